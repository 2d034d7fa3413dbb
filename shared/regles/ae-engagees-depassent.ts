/**
 * @fileoverview More AE engaged in a year than the échéancier makes available for that year.
 */
import { formaterMontant } from '../montant';
import { centimes, lignesEcheancier } from './outils/echeancier';
import { executionParAnnee } from './outils/execution';
import type { Regle, Signalement } from './regle';

const messages = {
  depasse: (annee: number, engagees: number, prevues: number) =>
    `AE engagées en ${annee} (${formaterMontant(engagees)}) au-delà des AE prévues pour ${annee} (${formaterMontant(prevues)}) : ` +
    `${formaterMontant(engagees - prevues)} engagés sans crédits. Vérifiez le chiffre Chorus ; s'il est juste, un avenant doit porter ` +
    `les AE de ${annee} à ${formaterMontant(engagees)} au moins, sinon suspendez les engagements.`,
  sansLigne: (annee: number, engagees: number) =>
    `AE engagées en ${annee} (${formaterMontant(engagees)}) alors que l'échéancier ne prévoit aucune AE en ${annee} : ` +
    `ajoutez cette année par avenant ou rattachez ces engagements à la bonne année.`,
};

const aeEngageesDepassent: Regle = {
  meta: {
    id: 'ae-engagees-depassent',
    gravite: 'erreur',
    titre: 'AE engagées au-delà des AE prévues',
    pourquoi:
      "« La somme des crédits engagés par le délégataire ne pourra dépasser la limite du montant alloué par le délégant » " +
      "(clause des conventions) ; les AE d'une année sont une enveloppe pour cette année (LOLF art. 15 [sûr], pratique beta.gouv [sûr]).",
  },
  check(contexte) {
    const prevues = new Map<number, number>();
    for (const ligne of lignesEcheancier(contexte)) {
      if (ligne.annee.valeur !== null) prevues.set(ligne.annee.valeur, (prevues.get(ligne.annee.valeur) ?? 0) + centimes(ligne.ae));
    }
    const constats: Signalement[] = [];
    for (const { annee, centimes: engagees, position } of executionParAnnee(contexte, 'aeEngagees')) {
      const prevu = prevues.get(annee);
      if (prevu === undefined) {
        if (engagees > 0) constats.push({ message: messages.sansLigne(annee, engagees), position });
      } else if (engagees > prevu) {
        constats.push({ message: messages.depasse(annee, engagees, prevu), position });
      }
    }
    return constats;
  },
};

export default aeEngageesDepassent;
