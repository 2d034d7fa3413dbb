// The rules' context for a convention of the registry: no text and no sheet behind it, so every value
// is located by its field (`echeancier.0.ae`, `execution.lignes.1.cpPayes`, `dateFin`). In the model, not
// in registre/, so that the plan's checks and the CLI build it without leaning on the registry.
import type { Convention, Execution, Position } from '../model';
import { formaterMontant } from '../montant';
import type { ContexteRegle, LigneLue, ValeurLue } from './lu';

function montantLu(valeur: number | null, champ: string): ValeurLue<number> {
  return { brut: valeur === null ? '' : formaterMontant(valeur), valeur, position: { champ } };
}

/** `execution.0.cpPayes` (the rules' shorthand) → `execution.lignes.0.cpPayes`. */
function champRegistre(champ: string): string {
  return champ.replace(/^execution\.(\d+)/, 'execution.lignes.$1');
}

/**
 * A ContexteRegle for a registry convention and, when known, its execution figures: one LigneLue per
 * échéancier line, each execution line attached to the first échéancier line of its year (the others
 * stay in `execution`, which the rules also read).
 */
export function contexteDepuisConvention(c: Convention, e?: Execution, aujourdhui?: string): ContexteRegle {
  const attachees = new Map<number, number>();
  e?.lignes.forEach((l, j) => {
    const i = c.echeancier.findIndex((x, k) => x.annee === l.annee && !attachees.has(k));
    if (i >= 0) attachees.set(i, j);
  });
  const echeancier: LigneLue[] = c.echeancier.map((l, i) => {
    const ligne: LigneLue = {
      annee: { brut: String(l.annee), valeur: l.annee, position: { champ: `echeancier.${i}.annee` } },
      ae: montantLu(l.ae, `echeancier.${i}.ae`),
      cp: montantLu(l.cp, `echeancier.${i}.cp`),
      position: { champ: `echeancier.${i}` },
    };
    const j = attachees.get(i);
    const x = j === undefined ? undefined : e?.lignes[j];
    if (x !== undefined) {
      ligne.aeEngagees = montantLu(x.aeEngagees, `execution.lignes.${j}.aeEngagees`);
      ligne.cpPayes = montantLu(x.cpPayes, `execution.lignes.${j}.cpPayes`);
    }
    return ligne;
  });
  const contexte: ContexteRegle = {
    convention: c,
    echeancier,
    localiser: (champ: string): Position | null => (typeof champ === 'string' && champ !== '' ? { champ: champRegistre(champ) } : null),
  };
  if (e !== undefined) contexte.execution = e;
  if (aujourdhui !== undefined) contexte.aujourdhui = aujourdhui;
  return contexte;
}
