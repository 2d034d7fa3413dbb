// Execution figures (AE engagées, CP payés) per year, from the échéancier's own columns (a sheet) or
// from the context's `execution` (registry, Chorus figures typed by staff), with where each sits.
import type { Position } from '../../model';
import type { ContexteRegle } from '../../modele/lu';
import { lignesEcheancier, localiser, positionDe } from './echeancier';

export interface MontantExecute {
  annee: number;
  centimes: number;
  position: Position | null;
}

/**
 * One entry per year that has a figure. A figure typed in the table wins over the registry's for the
 * same year, so the same amount is never counted twice.
 */
export function executionParAnnee(contexte: ContexteRegle, champ: 'aeEngagees' | 'cpPayes'): MontantExecute[] {
  const lignes = lignesEcheancier(contexte);
  const parAnnee = new Map<number, MontantExecute>();
  for (const ligne of lignes) {
    const annee = ligne.annee.valeur;
    const valeur = ligne[champ];
    if (annee === null || valeur?.valeur == null || parAnnee.has(annee)) continue;
    parAnnee.set(annee, { annee, centimes: valeur.valeur, position: positionDe(valeur, ligne) });
  }
  contexte.execution?.lignes.forEach((l, i) => {
    const valeur = l[champ];
    if (valeur === null || parAnnee.has(l.annee)) return;
    // No cell of its own: point at the registry field, else at the planned amount of that year.
    const prevue = lignes.find((x) => x.annee.valeur === l.annee);
    const position =
      localiser(contexte, `execution.${i}.${champ}`) ?? (prevue ? positionDe(champ === 'aeEngagees' ? prevue.ae : prevue.cp, prevue) : null);
    parAnnee.set(l.annee, { annee: l.annee, centimes: valeur, position });
  });
  return [...parAnnee.values()].sort((a, b) => a.annee - b.annee);
}
