// Totals of a convention and how far its execution has gone: the figures behind the status.
import type { Convention, Execution } from '../model';

export interface Consommation {
  aeEngagees: number;
  cpPayes: number;
  tauxEngagement: number | null;
  tauxPaiement: number | null;
  aeRestantes: number;
  cpRestants: number;
}

/**
 * Σ AE and Σ CP of the échéancier (an empty cell counts 0). A FAST partnership states one amount
 * and no schedule: that amount is then both its AE and its CP.
 */
export function totaux(convention: Convention): { ae: number; cp: number } {
  if (convention.echeancier.length === 0 && convention.montantFast !== undefined) {
    return { ae: convention.montantFast, cp: convention.montantFast };
  }
  return {
    ae: convention.echeancier.reduce((s, l) => s + (l.ae ?? 0), 0),
    cp: convention.echeancier.reduce((s, l) => s + (l.cp ?? 0), 0),
  };
}

/** A percentage with one decimal (`82.5`), null when there is nothing to divide by. */
export function taux(part: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.round((part / total) * 1000) / 10;
}

export function consommation(total: { ae: number; cp: number }, execution: Execution): Consommation {
  const aeEngagees = execution.lignes.reduce((s, l) => s + (l.aeEngagees ?? 0), 0);
  const cpPayes = execution.lignes.reduce((s, l) => s + (l.cpPayes ?? 0), 0);
  return {
    aeEngagees,
    cpPayes,
    tauxEngagement: taux(aeEngagees, total.ae),
    tauxPaiement: taux(cpPayes, total.cp),
    // Negative when overrun: the status then carries an alert that says so.
    aeRestantes: total.ae - aeEngagees,
    cpRestants: total.cp - cpPayes,
  };
}

export interface Depassement {
  /** null for the whole convention. */
  annee: number | null;
  realise: number;
  prevu: number;
}

/**
 * Where execution goes past what was planned: the whole convention first, then each year (the AE and
 * CP of a year are an envelope for that year, LOLF art. 15).
 */
export function depassements(convention: Convention, execution: Execution, total: number, champ: 'aeEngagees' | 'cpPayes'): Depassement[] {
  const sorte = champ === 'aeEngagees' ? 'ae' : 'cp';
  const resultat: Depassement[] = [];
  const realiseTotal = execution.lignes.reduce((s, l) => s + (l[champ] ?? 0), 0);
  if (realiseTotal > total) resultat.push({ annee: null, realise: realiseTotal, prevu: total });
  // A FAST partnership has no yearly schedule: only its total can be overrun.
  if (convention.echeancier.length === 0) return resultat;
  const parAnnee = new Map<number, number>();
  for (const l of execution.lignes) parAnnee.set(l.annee, (parAnnee.get(l.annee) ?? 0) + (l[champ] ?? 0));
  for (const [annee, realise] of [...parAnnee].sort((a, b) => a[0] - b[0])) {
    const prevu = convention.echeancier.filter((l) => l.annee === annee).reduce((s, l) => s + (l[sorte] ?? 0), 0);
    if (realise > prevu) resultat.push({ annee, realise, prevu });
  }
  return resultat;
}
