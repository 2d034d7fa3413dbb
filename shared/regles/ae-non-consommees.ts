/**
 * @fileoverview Information: per bon de commande, the AE its planned work leaves unconsumed, to be
 * de-committed (the order reduced) once its last service fait is certified.
 */
import { formaterMontant } from '../montant';
import { nommerBon, positionBon, SOURCE_BLOG } from './outils/plan';
import type { Regle, Signalement } from './regle';

const messages = {
  restantes: (nom: string, reste: number, montant: number, consomme: number) =>
    `${nommerBon(nom)} : ${formaterMontant(reste)} d'AE non consommées sur ${formaterMontant(montant)} (travail prévu ${formaterMontant(consomme)}) : ` +
    'après le dernier service fait, réduisez le bon pour désengager ces AE et les rendre disponibles.',
};

const aeNonConsommees: Regle = {
  meta: {
    id: 'ae-non-consommees',
    gravite: 'information',
    titre: 'AE non consommées d\u2019un bon de commande',
    pourquoi:
      'Un bon de commande peut être consommé en partie puis réduit, ce qui libère ses AE non consommées (désengagement) ; ' +
      `sans réduction, elles restent bloquées (${SOURCE_BLOG} [sûr]).`,
  },
  check(contexte) {
    const plan = contexte.plan;
    if (!plan) return [];
    const constats: Signalement[] = [];
    plan.bons.forEach((bon, i) => {
      if (bon.aeNonConsommees <= 0) return;
      constats.push({
        message: messages.restantes(bon.nom, bon.aeNonConsommees, bon.montant, bon.consommation - bon.depassement),
        position: positionBon(plan.entree.bonsDeCommande[i], 'montant'),
      });
    });
    return constats;
  },
};

export default aeNonConsommees;
