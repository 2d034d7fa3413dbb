// Runs the rules on one context and turns their reports into findings (Constat): stamps the rule id,
// its gravité and the convention, never lets a rule's failure escape, and sorts by position.
import { Gravite, type Constat, type Position } from './model';
import { regles as reglesParDefaut } from './regles/index';
import type { Regle, Signalement } from './regles/regle';
import type { ContexteRegle } from './modele/lu';

/** Id of the finding that stands for a rule that threw or returned something unusable. */
export const REGLE_EN_ECHEC = 'regle-en-echec';

function enEchec(regle: Regle | undefined, raison: string, conventionId: string | undefined): Constat {
  const id = typeof regle?.meta?.id === 'string' ? regle.meta.id : '(sans identifiant)';
  return {
    regle: REGLE_EN_ECHEC,
    gravite: 'erreur',
    message:
      `La règle « ${id} » n'a pas pu s'exécuter (${raison}) : ses contrôles n'ont pas été faits sur ce document. ` +
      'Signalez-le avec le document en cause ; les autres règles ont bien été appliquées.',
    position: null,
    ...(conventionId ? { conventionId } : {}),
  };
}

function raisonDe(erreur: unknown): string {
  if (erreur instanceof Error) return erreur.message || erreur.name;
  return String(erreur);
}

/** A report is usable when it has a message and a position (possibly null) of the right shape. */
function estSignalement(s: unknown): s is Signalement {
  if (typeof s !== 'object' || s === null) return false;
  const { message, position, gravite } = s as Record<string, unknown>;
  if (typeof message !== 'string' || message.trim() === '') return false;
  if (gravite !== undefined && !Gravite.safeParse(gravite).success) return false;
  return position === null || (typeof position === 'object' && position !== undefined);
}

/** Whole-document findings first, then by line, column, field; ties keep the rules' order. */
function comparerPositions(a: Position | null, b: Position | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const ligneA = a.ligne ?? Number.POSITIVE_INFINITY;
  const ligneB = b.ligne ?? Number.POSITIVE_INFINITY;
  if (ligneA !== ligneB) return ligneA < ligneB ? -1 : 1;
  const colonneA = a.colonne ?? 0;
  const colonneB = b.colonne ?? 0;
  if (colonneA !== colonneB) return colonneA - colonneB;
  return (a.champ ?? '').localeCompare(b.champ ?? '');
}

/**
 * Every rule (or `options.regles`) on `contexte`. Never throws: a rule that throws or returns
 * something unusable becomes a `regle-en-echec` finding of gravité erreur.
 */
export function verifier(contexte: ContexteRegle, options?: { regles?: readonly Regle[] }): Constat[] {
  const conventionId = contexte?.convention?.id;
  const constats: Constat[] = [];
  for (const regle of options?.regles ?? reglesParDefaut) {
    const meta = regle?.meta;
    if (typeof meta?.id !== 'string' || !Gravite.safeParse(meta.gravite).success || typeof regle.check !== 'function') {
      constats.push(enEchec(regle, 'sa description (meta) est incomplète', conventionId));
      continue;
    }
    let resultat: unknown;
    try {
      resultat = regle.check(contexte);
    } catch (erreur) {
      constats.push(enEchec(regle, raisonDe(erreur), conventionId));
      continue;
    }
    if (!Array.isArray(resultat)) {
      constats.push(enEchec(regle, 'elle n\'a pas rendu de liste de constats', conventionId));
      continue;
    }
    const invalide = resultat.find((s) => !estSignalement(s));
    if (invalide !== undefined) {
      constats.push(enEchec(regle, 'elle a rendu un constat sans message ou sans position', conventionId));
      continue;
    }
    for (const s of resultat as Signalement[]) {
      constats.push({
        regle: meta.id,
        gravite: s.gravite ?? meta.gravite,
        message: s.message,
        position: s.position ?? null,
        ...(conventionId ? { conventionId } : {}),
      });
    }
  }
  // Array.prototype.sort is stable: equal positions keep the registry order.
  return constats.sort((a, b) => comparerPositions(a.position, b.position));
}
