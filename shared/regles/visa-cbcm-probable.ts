/**
 * @fileoverview A year with 500 000 € of AE or more: the engagement will most likely need the
 * contrôleur budgétaire's prior visa. Information, to plan for the delay.
 */
import { formaterMontant } from '../montant';
import { lignesEcheancier, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

/** Arrêté of 26 December 2013, art. 17 (each ministry's arrêté may set its own threshold). */
const SEUIL = 500_000_00;

const messages = {
  visa: (annee: number, ae: number) =>
    `AE de ${annee} : ${formaterMontant(ae)}, seuil de ${formaterMontant(SEUIL)} atteint : l'engagement passera probablement ` +
    'par le visa préalable du contrôleur budgétaire (CBCM) ; prévoyez son délai avant les premières commandes.',
};

const visaCbcmProbable: Regle = {
  meta: {
    id: 'visa-cbcm-probable',
    gravite: 'information',
    titre: 'Visa du contrôleur budgétaire probable',
    pourquoi:
      "Les engagements de 500 000 € ou plus sont soumis au visa préalable du CBCM (arrêté du 26 décembre 2013, art. 17) ; le seuil " +
      'varie selon les arrêtés ministériels (domain-research §1.4 et §6 R18 [probable]).',
  },
  check(contexte) {
    const constats: Signalement[] = [];
    for (const ligne of lignesEcheancier(contexte)) {
      const ae = ligne.ae.valeur;
      if (ligne.annee.valeur === null || ae === null || ae < SEUIL) continue;
      constats.push({ message: messages.visa(ligne.annee.valeur, ae), position: positionDe(ligne.ae, ligne) });
    }
    return constats;
  },
};

export default visaCbcmProbable;
