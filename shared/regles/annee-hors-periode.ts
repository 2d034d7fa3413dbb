/**
 * @fileoverview Échéancier years outside the convention's term: AE after the end date cannot be
 * engaged, CP after it cannot be paid under the convention, and years before the signature would
 * be a retroactive delegation.
 */
import { formaterDate } from '../dates';
import { formaterMontant } from '../montant';
import { centimes, lignesEcheancier, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  aeApresFin: (annee: number, ae: number, dateFin: string) =>
    `AE prévues en ${annee} (${formaterMontant(ae)}) après la fin de la convention (${formaterDate(dateFin)}) : ` +
    `rien ne peut être engagé après son terme. Prolongez la convention par avenant jusqu'au ${formaterDate(`${annee}-12-31`)} ` +
    `ou reportez ces AE sur ${dateFin.slice(0, 4)}.`,
  cpApresFin: (annee: number, cp: number, dateFin: string) =>
    `CP prévus en ${annee} (${formaterMontant(cp)}) après la fin de la convention (${formaterDate(dateFin)}) : ` +
    `la période d'effet couvre le paiement des dépenses, pas au-delà. Prolongez la convention par avenant jusqu'au ` +
    `${formaterDate(`${annee}-12-31`)} ou avancez ces CP sur ${dateFin.slice(0, 4)}.`,
  avantSignature: (annee: number, dateSignature: string) =>
    `Année ${annee} antérieure à la signature (${formaterDate(dateSignature)}) : une délégation ne vaut qu'à compter de sa signature, ` +
    `ses crédits ne peuvent pas couvrir un exercice déjà clos. Corrigez l'année (${dateSignature.slice(0, 4)} ?) ou retirez la ligne.`,
};

const anneeHorsPeriode: Regle = {
  meta: {
    id: 'annee-hors-periode',
    gravite: 'erreur',
    titre: 'Année hors de la période de la convention',
    pourquoi:
      "La délégation est conclue « pour une durée limitée » (décret 2004-1085 art. 1 [sûr]) et les conventions fixent que leur " +
      "période d'effet couvre l'engagement et le paiement des dépenses. Des AE après la date de fin sont une erreur, des CP " +
      'après elle ou des années avant la signature un avertissement (domain-research §6 R5, R6 [probable]) ; un avenant, qui reprend ' +
      "l'échéancier entier, peut porter des années antérieures à sa propre signature.",
  },
  check(contexte) {
    const { dateSignature, dateFin } = contexte.convention;
    const anneeFin = dateFin ? Number(dateFin.slice(0, 4)) : null;
    const anneeSignature = dateSignature ? Number(dateSignature.slice(0, 4)) : null;
    const constats: Signalement[] = [];
    for (const ligne of lignesEcheancier(contexte)) {
      const annee = ligne.annee.valeur;
      if (annee === null) continue;
      const ae = centimes(ligne.ae);
      const cp = centimes(ligne.cp);
      if (dateFin && anneeFin !== null && annee > anneeFin) {
        if (ae > 0) constats.push({ message: messages.aeApresFin(annee, ae, dateFin), position: positionDe(ligne.ae, ligne) });
        else if (cp > 0) {
          constats.push({ message: messages.cpApresFin(annee, cp, dateFin), position: positionDe(ligne.cp, ligne), gravite: 'avertissement' });
        }
      } else if (
        // An avenant restates the whole schedule, past years included: its own signature says nothing of them.
        contexte.convention.type !== 'avenant' &&
        dateSignature &&
        anneeSignature !== null &&
        annee < anneeSignature &&
        (ae > 0 || cp > 0)
      ) {
        constats.push({ message: messages.avantSignature(annee, dateSignature), position: positionDe(ligne.annee, ligne), gravite: 'avertissement' });
      }
    }
    return constats;
  },
};

export default anneeHorsPeriode;
