/**
 * @fileoverview More CP paid in a year than scheduled, or more paid in total than engaged.
 */
import { formaterMontant } from '../montant';
import { centimes, lignesEcheancier } from './outils/echeancier';
import { executionParAnnee } from './outils/execution';
import type { Regle, Signalement } from './regle';

const messages = {
  depasse: (annee: number, payes: number, prevus: number) =>
    `CP payés en ${annee} (${formaterMontant(payes)}) au-delà des CP prévus pour ${annee} (${formaterMontant(prevus)}) : ` +
    `${formaterMontant(payes - prevus)} payés sans crédits. Vérifiez le chiffre Chorus ; s'il est juste, un avenant doit porter ` +
    `les CP de ${annee} à ${formaterMontant(payes)} au moins.`,
  sansLigne: (annee: number, payes: number) =>
    `CP payés en ${annee} (${formaterMontant(payes)}) alors que l'échéancier ne prévoit aucun CP en ${annee} : ` +
    `ajoutez cette année par avenant ou rattachez ces paiements à la bonne année.`,
  auDelaDesEngagements: (annee: number, payes: number, engagees: number) =>
    `CP payés cumulés fin ${annee} (${formaterMontant(payes)}) supérieurs aux AE engagées cumulées (${formaterMontant(engagees)}) : ` +
    `on ne paie que des engagements. Vérifiez les chiffres Chorus de ${annee} (un engagement non saisi ?).`,
};

const cpPayesDepassent: Regle = {
  meta: {
    id: 'cp-payes-depassent',
    gravite: 'erreur',
    titre: 'CP payés au-delà des CP prévus',
    pourquoi:
      'Les CP sont « la limite supérieure des dépenses pouvant être ordonnancées ou payées pendant l\'année » (LOLF art. 8 [sûr]) ' +
      "et ne couvrent que des engagements pris dans le cadre des AE : on ne paie ni au-delà des CP de l'année, ni au-delà de ce qui a été engagé.",
  },
  check(contexte) {
    const prevus = new Map<number, number>();
    for (const ligne of lignesEcheancier(contexte)) {
      if (ligne.annee.valeur !== null) prevus.set(ligne.annee.valeur, (prevus.get(ligne.annee.valeur) ?? 0) + centimes(ligne.cp));
    }
    const constats: Signalement[] = [];
    const payes = executionParAnnee(contexte, 'cpPayes');
    const enDepassement = new Set<number>();
    for (const { annee, centimes: montant, position } of payes) {
      const prevu = prevus.get(annee);
      if (prevu === undefined) {
        if (montant > 0) constats.push({ message: messages.sansLigne(annee, montant), position });
        enDepassement.add(annee);
      } else if (montant > prevu) {
        constats.push({ message: messages.depasse(annee, montant, prevu), position });
        enDepassement.add(annee);
      }
    }
    // Paid beyond engaged, year-end running totals; only when engagements are known for every year paid.
    const engagees = new Map(executionParAnnee(contexte, 'aeEngagees').map((e) => [e.annee, e.centimes]));
    if (engagees.size > 0 && payes.every((p) => engagees.has(p.annee))) {
      let cumulPayes = 0;
      let cumulEngagees = 0;
      let excedentPrecedent = 0;
      const annees = [...new Set([...payes.map((p) => p.annee), ...engagees.keys()])].sort((a, b) => a - b);
      for (const annee of annees) {
        const paye = payes.find((p) => p.annee === annee);
        cumulPayes += paye?.centimes ?? 0;
        cumulEngagees += engagees.get(annee) ?? 0;
        const excedent = cumulPayes - cumulEngagees;
        if (excedent > 0 && excedent > excedentPrecedent && paye && !enDepassement.has(annee)) {
          constats.push({ message: messages.auDelaDesEngagements(annee, cumulPayes, cumulEngagees), position: paye.position });
        }
        excedentPrecedent = excedent;
      }
    }
    return constats;
  },
};

export default cpPayesDepassent;
