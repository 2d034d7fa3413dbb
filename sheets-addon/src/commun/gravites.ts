// The gravités as both add-ons show them: the mark's background, the word, the order.
import type { Gravite } from './contrat';

/** DSFR-like light backgrounds (error / warning / info "950" tints), readable under black text. */
export const COULEURS: Readonly<Record<Gravite, string>> = {
  erreur: '#ffdddd',
  avertissement: '#feecc2',
  information: '#e3ebff',
};

/** Is this background one of Jauge's marks? (Hosts report colours in either case.) */
export function estNotreCouleur(fond: string | null | undefined): boolean {
  return typeof fond === 'string' && (Object.values(COULEURS) as string[]).includes(fond.toLowerCase());
}

export const LIBELLES: Readonly<Record<Gravite, string>> = { erreur: 'Erreur', avertissement: 'Avertissement', information: 'Information' };

/** Most serious first. */
export const RANG: Readonly<Record<Gravite, number>> = { erreur: 0, avertissement: 1, information: 2 };

export const GRAVITES: readonly Gravite[] = ['erreur', 'avertissement', 'information'];
