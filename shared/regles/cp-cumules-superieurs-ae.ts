/**
 * @fileoverview At the end of a year, more CP scheduled in total than AE: payments with no engagement
 * behind them.
 */
import { formaterMontant } from '../montant';
import { centimes, lignesCumulables, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  depasse: (annee: number, cumulCp: number, cumulAe: number, cpMax: number) =>
    `CP cumulés fin ${annee} (${formaterMontant(cumulCp)}) supérieurs aux AE cumulées (${formaterMontant(cumulAe)}) : ` +
    `on ne peut payer que ce qui a été engagé ; ramenez les CP de ${annee} à ${formaterMontant(cpMax)} au plus ou augmentez les AE.`,
};

const cpCumulesSuperieursAe: Regle = {
  meta: {
    id: 'cp-cumules-superieurs-ae',
    gravite: 'erreur',
    titre: 'CP cumulés supérieurs aux AE cumulées',
    pourquoi:
      "Les CP couvrent les engagements contractés dans le cadre des AE (LOLF art. 8 [sûr]) : à la fin de chaque année, le cumul " +
      "des CP ne peut dépasser celui des AE. Une année où les CP dépassent les AE est normale tant que les cumuls tiennent " +
      '(paiement d\'AE antérieures). Conséquence des définitions, domain-research §1.1 et §6 R3 [probable].',
  },
  check(contexte) {
    const constats: Signalement[] = [];
    let cumulAe = 0;
    let cumulCp = 0;
    let excedentPrecedent = 0;
    for (const ligne of lignesCumulables(contexte)) {
      cumulAe += centimes(ligne.ae);
      cumulCp += centimes(ligne.cp);
      const excedent = cumulCp - cumulAe;
      // Reported where the excess appears or grows: a carried excess is the earlier year's fault,
      // and lowering each reported year by its own share fixes every cumulative total.
      if (excedent > 0 && excedent > excedentPrecedent) {
        const part = excedent - Math.max(excedentPrecedent, 0);
        const cpMax = Math.max(centimes(ligne.cp) - part, 0);
        constats.push({ message: messages.depasse(ligne.annee.valeur, cumulCp, cumulAe, cpMax), position: positionDe(ligne.cp, ligne) });
      }
      excedentPrecedent = excedent;
    }
    return constats;
  },
};

export default cpCumulesSuperieursAe;
