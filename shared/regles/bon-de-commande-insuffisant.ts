/**
 * @fileoverview A bon de commande whose period carries more consumption than its amount: the work
 * beyond the order cannot be paid.
 */
import { formaterMontant } from '../montant';
import { deMois, formaterMois } from '../mois';
import { nommerBon, positionBon, SOURCE_BLOG } from './outils/plan';
import type { Regle, Signalement } from './regle';

const messages = {
  insuffisant: (nom: string, montant: number, consommation: number, du: string, au: string) =>
    `${nommerBon(nom)} (${formaterMontant(montant)}) : le travail prévu sur sa période, ${deMois(du)} à ${formaterMois(au)}, ` +
    `atteint ${formaterMontant(consommation)}, soit ${formaterMontant(consommation - montant)} au-delà du bon qui ne pourront pas être payés : ` +
    'augmentez le bon ou émettez un bon complémentaire.',
};

const bonDeCommandeInsuffisant: Regle = {
  meta: {
    id: 'bon-de-commande-insuffisant',
    gravite: 'erreur',
    titre: 'Bon de commande insuffisant',
    pourquoi:
      'Un bon de commande engage un montant : le service fait ne peut être certifié, ni le titulaire payé, au-delà de ce montant ' +
      `(${SOURCE_BLOG} [sûr]).`,
  },
  check(contexte) {
    const plan = contexte.plan;
    if (!plan) return [];
    const constats: Signalement[] = [];
    plan.bons.forEach((bon, i) => {
      if (bon.depassement <= 0) return;
      constats.push({
        message: messages.insuffisant(bon.nom, bon.montant, bon.consommation, bon.du, bon.au),
        position: positionBon(plan.entree.bonsDeCommande[i], 'montant'),
      });
    });
    return constats;
  },
};

export default bonDeCommandeInsuffisant;
