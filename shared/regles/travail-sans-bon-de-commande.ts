/**
 * @fileoverview A month of a plan with work (consumption) that no bon de commande issued in or before
 * that month covers: work without an order cannot be certified nor paid.
 */
import { formaterMontant } from '../montant';
import { formaterMois } from '../mois';
import { citer, majusculeInitiale } from '../texte';
import { SOURCE_BLOG } from './outils/plan';
import type { Regle } from './regle';

const messages = {
  sansBon: (mois: string, montant: number) =>
    `${majusculeInitiale(formaterMois(mois))} : ${formaterMontant(montant)} de travail prévu sans bon de commande (aucun bon ne couvre ce mois) : ` +
    'émettez un bon avant que le travail commence ; un travail sans bon ne peut être ni certifié ni payé.',
  bonTardif: (mois: string, montant: number, nom: string, emisEn: string) =>
    `${majusculeInitiale(formaterMois(mois))} : ${formaterMontant(montant)} de travail prévu avant l'émission de son bon de commande ` +
    `(${citer(nom, 40)} couvre ce mois mais n'est émis qu'en ${formaterMois(emisEn)}) : émettez-le au plus tard le mois où le travail commence.`,
};

const travailSansBonDeCommande: Regle = {
  meta: {
    id: 'travail-sans-bon-de-commande',
    gravite: 'erreur',
    titre: 'Travail sans bon de commande',
    pourquoi:
      `Pas de travail sans bon de commande : le bon est l'engagement juridique qui permet au titulaire de travailler et d'être payé (${SOURCE_BLOG} [sûr]).`,
  },
  check(contexte) {
    const plan = contexte.plan;
    if (!plan) return [];
    return plan.nonCouvert.map((n) => {
      const tardif = n.bonTardif === undefined ? undefined : plan.entree.bonsDeCommande.find((b) => b.nom === n.bonTardif);
      return {
        message: tardif ? messages.bonTardif(n.mois, n.montant, tardif.nom, tardif.emisEn) : messages.sansBon(n.mois, n.montant),
        position: n.position,
      };
    });
  },
};

export default travailSansBonDeCommande;
