/**
 * @fileoverview Information: the largest gap, over the plan, between the work the titulaire has done
 * and what has been paid to it (its cash gap), and when it occurs.
 */
import { formaterMontant } from '../montant';
import { formaterMois } from '../mois';
import { SOURCE_BLOG } from './outils/plan';
import type { Regle } from './regle';

const messages = {
  decalage: (montant: number, mois: string, consommation: number, cp: number, mode: string) =>
    `Plus grand décalage de trésorerie du titulaire : ${formaterMontant(montant)} de travail fait et non encore payé fin ${formaterMois(mois)} ` +
    `(consommation cumulée ${formaterMontant(consommation)}, CP payés ${formaterMontant(cp)}, paiement ${mode}).`,
};

const decalageDeTresorerie: Regle = {
  meta: {
    id: 'decalage-de-tresorerie',
    gravite: 'information',
    titre: 'Décalage de trésorerie du titulaire',
    pourquoi:
      'Les CP suivent le travail : le titulaire avance le travail jusqu\u2019au service fait ; les services faits partiels mensuels réduisent ce décalage, ' +
      `que la consommation d'avance sur les CP mesure (${SOURCE_BLOG} [sûr]).`,
  },
  check(contexte) {
    const plan = contexte.plan;
    if (!plan) return [];
    let pire: { ecart: number; mois: string; consommation: number; cp: number } | null = null;
    for (const p of plan.courbes) {
      const ecart = p.consommation - p.cp;
      if (ecart > 0 && (pire === null || ecart > pire.ecart)) pire = { ecart, mois: p.mois, consommation: p.consommation, cp: p.cp };
    }
    if (pire === null) return [];
    const mode = plan.entree.paiement === 'mensuel' ? 'par services faits mensuels' : 'en fin de période';
    return [{ message: messages.decalage(pire.ecart, pire.mois, pire.consommation, pire.cp, mode), position: null }];
  },
};

export default decalageDeTresorerie;
