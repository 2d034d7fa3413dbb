// What both hosts' reports share (the sidebars type-check against it; no Apps Script global here).
import type { Gravite } from '../../../shared/model';

export type { Gravite };

/** Findings counted by gravité. */
export interface Comptes {
  erreur: number;
  avertissement: number;
  information: number;
}

/** Counts of a list of findings. */
export function compterGravites(constats: readonly { gravite: Gravite }[]): Comptes {
  const comptes: Comptes = { erreur: 0, avertissement: 0, information: 0 };
  for (const c of constats) comptes[c.gravite]++;
  return comptes;
}
