/**
 * @fileoverview The plan needs more AE or CP in a calendar year than the convention's échéancier
 * gives that year: without an avenant, orders or payments of that year will be blocked.
 */
import { formaterMontant } from '../montant';
import { lignesEcheancier, positionDe } from './outils/echeancier';
import { SOURCE_BLOG } from './outils/plan';
import type { Regle, Signalement } from './regle';

type Sorte = 'AE' | 'CP';

const messages = {
  depasse: (sorte: Sorte, annee: number, plan: number, prevu: number | null) =>
    `Année ${annee} : le plan demande ${formaterMontant(plan)} ${sorte === 'AE' ? "d'AE (bons de commande émis)" : 'de CP (paiements)'}, ` +
    (prevu === null
      ? `l'échéancier de la convention n'en prévoit pas pour ${annee}`
      : `l'échéancier de la convention n'en prévoit que ${formaterMontant(prevu)} (${formaterMontant(plan - prevu)} de plus)`) +
    ` : demandez un avenant qui porte les ${sorte} de ${annee} à ${formaterMontant(plan)}, ou décalez ${sorte === 'AE' ? 'des bons de commande' : 'des paiements'}.`,
};

const planDepasseEcheancier: Regle = {
  meta: {
    id: 'plan-depasse-echeancier',
    gravite: 'erreur',
    titre: "Plan au-delà de l'échéancier de la convention",
    pourquoi:
      "Les crédits sont ouverts par année civile (LOLF art. 15 [sûr]) : le délégataire ne peut engager ni payer au-delà des AE et CP que l'échéancier " +
      `de la convention met à sa disposition pour l'année ; l'échéancier demandé doit suivre le plan (${SOURCE_BLOG} [sûr]).`,
  },
  check(contexte) {
    const plan = contexte.plan;
    if (!plan) return [];
    const lignes = lignesEcheancier(contexte).filter((l) => l.annee.valeur !== null);
    if (lignes.length === 0) return [];
    const constats: Signalement[] = [];
    for (const annee of plan.annees) {
      const ligne = lignes.find((l) => l.annee.valeur === annee.annee);
      for (const sorte of ['AE', 'CP'] as const) {
        const besoin = sorte === 'AE' ? annee.ae : annee.cp;
        const valeur = ligne ? (sorte === 'AE' ? ligne.ae : ligne.cp) : undefined;
        // An unreadable amount is montant-illisible's; here it counts as unknown, not as zero.
        if (valeur?.probleme !== undefined) continue;
        const prevu = valeur?.valeur ?? null;
        if (besoin <= (prevu ?? 0)) continue;
        constats.push({
          message: messages.depasse(sorte, annee.annee, besoin, ligne ? (prevu ?? 0) : null),
          position: ligne ? positionDe(valeur, ligne) : null,
        });
      }
    }
    return constats;
  },
};

export default planDepasseEcheancier;
