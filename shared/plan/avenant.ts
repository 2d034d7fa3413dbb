// What the avenant should say: the AE and CP per calendar year the plan needs, as an échéancier ready
// to paste, each amount in figures and in words (MONTANT_EN_LETTRES' spelling).
import { montantEnLettres } from '../lettres';
import { formaterMontant } from '../montant';
import { totauxPlan } from './analyse';
import type { AnalysePlan } from '../modele/plan';

export interface LigneAvenant {
  annee: number;
  ae: number;
  cp: number;
  aeEnLettres: string;
  cpEnLettres: string;
}

/** The years with AE or CP, in order (a year of consumption alone asks the convention for nothing). */
export function lignesAvenant(analyse: AnalysePlan): LigneAvenant[] {
  return analyse.annees
    .filter((a) => a.ae !== 0 || a.cp !== 0)
    .map((a) => ({ annee: a.annee, ae: a.ae, cp: a.cp, aeEnLettres: montantEnLettres(a.ae), cpEnLettres: montantEnLettres(a.cp) }));
}

/** `275 000 € (deux cent soixante-quinze mille euros)`. */
function enChiffresEtLettres(centimes: number): string {
  return `${formaterMontant(centimes)} (${montantEnLettres(centimes)})`;
}

/** The échéancier text, one tab-separated row per year, then the totals. */
export function texteAvenant(analyse: AnalysePlan): string {
  const lignes = lignesAvenant(analyse);
  const total = totauxPlan(analyse);
  return [
    "Échéancier prévisionnel des crédits mis à disposition (en euros, par année civile) :",
    'Année\tAutorisations d\u2019engagement (AE)\tCrédits de paiement (CP)',
    ...lignes.map((l) => `${l.annee}\t${enChiffresEtLettres(l.ae)}\t${enChiffresEtLettres(l.cp)}`),
    `Total\t${enChiffresEtLettres(total.ae)}\t${enChiffresEtLettres(total.cp)}`,
  ].join('\n');
}
