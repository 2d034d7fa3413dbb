// A registry convention's plan (`Convention.plan`) as the model's input, and what its status must say
// about it: the next month's work that no order covers calls for attention.
import { formaterDate } from '../dates';
import type { Alerte, Convention } from '../model';
import { formaterMontant } from '../montant';
import { analyserPlan } from './analyse';
import type { EntreePlan } from '../modele/plan';
import { formaterMois } from '../mois';
import { dateLimiteEmission, moisProchainSansBon } from '../regles/outils/prochain-bon';
/** A registry convention's plan as the model's input, each value located by its field (`plan.bonsDeCommande.0.montant`). */
export function entreeDepuisConvention(c: Convention): EntreePlan | null {
  const plan = c.plan;
  if (!plan) return null;
  return {
    paiement: plan.paiement,
    consommation: plan.consommation.map((l, i) => ({ ...l, position: { champ: `plan.consommation.${i}.montant` } })),
    bonsDeCommande: plan.bonsDeCommande.map((b, i) => ({
      ...b,
      position: { champ: `plan.bonsDeCommande.${i}` },
      positions: {
        nom: { champ: `plan.bonsDeCommande.${i}.nom` },
        emisEn: { champ: `plan.bonsDeCommande.${i}.emisEn` },
        montant: { champ: `plan.bonsDeCommande.${i}.montant` },
        du: { champ: `plan.bonsDeCommande.${i}.du` },
        au: { champ: `plan.bonsDeCommande.${i}.au` },
      },
    })),
    echeancier: c.echeancier,
  };
}

/** Attention when next month's planned work has no order to cover it (the badge takes it into account). */
export function alertesPlan(c: Convention, aujourdhui: string): Alerte[] {
  const entree = entreeDepuisConvention(c);
  if (!entree) return [];
  const manque = moisProchainSansBon(analyserPlan(entree), aujourdhui);
  if (!manque) return [];
  const limite = dateLimiteEmission(manque.mois);
  return [
    {
      code: 'plan-mois-prochain-sans-bon',
      niveau: 'attention',
      message:
        `Aucun bon de commande ne couvre ${formaterMois(manque.mois)} (${formaterMontant(manque.montant)} de travail prévu au plan) : ` +
        (limite < aujourdhui ? 'émettez-en un sans attendre.' : `émettez-en un au plus tard le ${formaterDate(limite)}.`),
    },
  ];
}
