// What a team must do next, relative to today: the next bon de commande to issue and its deadline, and
// whether next month's work is covered. Feeds the rule `prochain-bon-de-commande` and, through the
// plan's alerts (plan/convention.ts), the extension's badge. It sits with the rules' tools, not in plan/,
// because a rule needs it and rules stand below the plan (the plan runs them).
import type { BonDeCommande, AnalysePlan, TravailNonCouvert } from '../../modele/plan';
import { ajouterMoisA, anneeDe, dernierJour, moisDeDate, numeroDe, type Mois } from '../../mois';

/**
 * The last day an order can be issued so that work starts on the 1st of `debut`: the end of the month
 * before, or 30 November when that month is December (no order from early December to mid January).
 */
export function dateLimiteEmission(debut: Mois): string {
  const veille = ajouterMoisA(debut, -1);
  return numeroDe(veille) === 12 ? `${anneeDe(veille)}-11-30` : dernierJour(veille);
}

export type ProchainBon =
  | { sorte: 'prevu'; bon: BonDeCommande; dateLimite: string }
  | { sorte: 'manquant'; travail: TravailNonCouvert; dateLimite: string };

/** The planned order still to issue (issued this month or later), else the first future month no order covers. */
export function prochainBon(analyse: AnalysePlan, aujourdhui: string): ProchainBon | null {
  const courant = moisDeDate(aujourdhui);
  const aVenir = analyse.entree.bonsDeCommande
    .filter((b) => b.emisEn >= courant)
    .sort((a, b) => (a.emisEn === b.emisEn ? (a.du < b.du ? -1 : a.du > b.du ? 1 : 0) : a.emisEn < b.emisEn ? -1 : 1));
  const bon = aVenir[0];
  if (bon) return { sorte: 'prevu', bon, dateLimite: dateLimiteEmission(bon.du) };
  const travail = analyse.nonCouvert.find((n) => n.mois >= courant);
  return travail ? { sorte: 'manquant', travail, dateLimite: dateLimiteEmission(travail.mois) } : null;
}

/** Next month's planned work that no order (issued by then) covers, or null. */
export function moisProchainSansBon(analyse: AnalysePlan, aujourdhui: string): TravailNonCouvert | null {
  const prochain = ajouterMoisA(moisDeDate(aujourdhui), 1);
  return analyse.nonCouvert.find((n) => n.mois === prochain) ?? null;
}
