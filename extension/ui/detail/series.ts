// The chart's series: per-year AE and CP of the échéancier, their running totals, and the
// running totals of execution when it is known. Only sums of integer cents; no formatting here.
import type { Execution, LigneEcheancier } from '../../../shared/model';

export interface PointSerie {
  annee: number;
  /** Planned amounts of the year (null = nothing planned / empty cell). */
  ae: number | null;
  cp: number | null;
  /** Running totals up to and including this year. */
  cumulAe: number;
  cumulCp: number;
  /** Executed running totals; null for years after the last executed figure (not drawn). */
  cumulAeEngagees: number | null;
  cumulCpPayes: number | null;
}

/** One point per year present in the échéancier or the execution, in year order. */
export function seriesEcheancier(echeancier: LigneEcheancier[], execution?: Execution): PointSerie[] {
  const annees = new Set<number>(echeancier.map((l) => l.annee));
  for (const l of execution?.lignes ?? []) annees.add(l.annee);
  const ordre = [...annees].sort((a, b) => a - b);

  const derniereExecAe = dernierAnneeConnue(execution, 'aeEngagees');
  const derniereExecCp = dernierAnneeConnue(execution, 'cpPayes');

  let cumulAe = 0;
  let cumulCp = 0;
  let cumulEng = 0;
  let cumulPay = 0;
  return ordre.map((annee) => {
    const prevu = echeancier.filter((l) => l.annee === annee);
    const ae = somme(prevu.map((l) => l.ae));
    const cp = somme(prevu.map((l) => l.cp));
    cumulAe += ae ?? 0;
    cumulCp += cp ?? 0;
    const fait = execution?.lignes.filter((l) => l.annee === annee) ?? [];
    cumulEng += somme(fait.map((l) => l.aeEngagees)) ?? 0;
    cumulPay += somme(fait.map((l) => l.cpPayes)) ?? 0;
    return {
      annee,
      ae,
      cp,
      cumulAe,
      cumulCp,
      cumulAeEngagees: derniereExecAe !== null && annee <= derniereExecAe ? cumulEng : null,
      cumulCpPayes: derniereExecCp !== null && annee <= derniereExecCp ? cumulPay : null,
    };
  });
}

/** The largest value the chart must hold (bars and running totals), at least 0. */
export function maximumSeries(points: PointSerie[]): number {
  let max = 0;
  for (const p of points) {
    for (const v of [p.ae, p.cp, p.cumulAe, p.cumulCp, p.cumulAeEngagees, p.cumulCpPayes]) {
      if (v !== null && v > max) max = v;
    }
  }
  return max;
}

/** Rounds an axis maximum up to 1, 2, 2.5 or 5 × 10ⁿ cents, so the ticks read as round amounts. */
export function echelleArrondie(max: number): number {
  if (!(max > 0)) return 100; // 1 € when everything is zero: an axis still needs a height
  const puissance = 10 ** Math.floor(Math.log10(max));
  for (const pas of [1, 2, 2.5, 5, 10]) {
    if (pas * puissance >= max) return Math.round(pas * puissance);
  }
  return Math.round(10 * puissance);
}

/** How many intervals the axis gets, so that each tick is a round amount (0,5 M€ not 625 k€). */
export function nombreGraduations(max: number): number {
  if (!(max > 0)) return 1;
  const mantisse = Math.round((max / 10 ** Math.floor(Math.log10(max))) * 10) / 10;
  if (mantisse === 2) return 4; // 0,5 steps
  if (mantisse === 1 || mantisse === 2.5 || mantisse === 5 || mantisse === 10) return 5; // 0,2 / 0,5 / 1 / 2 steps
  return 4;
}

function somme(valeurs: (number | null)[]): number | null {
  const connues = valeurs.filter((v): v is number => v !== null);
  return connues.length ? connues.reduce((a, b) => a + b, 0) : null;
}

function dernierAnneeConnue(execution: Execution | undefined, champ: 'aeEngagees' | 'cpPayes'): number | null {
  let derniere: number | null = null;
  for (const l of execution?.lignes ?? []) {
    if (l[champ] !== null && (derniere === null || l.annee > derniere)) derniere = l.annee;
  }
  return derniere;
}
