/**
 * @fileoverview A negative amount in an échéancier (planned or executed). Credits are made available,
 * never taken back through a minus sign: a reduction is a new amount fixed by avenant.
 */
import { formaterMontant } from '../montant';
import { CHAMPS_MONTANT, deLAnnee, lignesEcheancier, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  negatif: (quoi: string, centimes: number) =>
    `${quoi} négatif (${formaterMontant(centimes)}) : un échéancier ne contient que des montants positifs ou nuls. ` +
    `Écrivez ${formaterMontant(-centimes)} si c'est le montant prévu, ou 0 € ; une réduction de crédits se fait par avenant en fixant le nouveau montant.`,
};

const montantNegatif: Regle = {
  meta: {
    id: 'montant-negatif',
    gravite: 'erreur',
    titre: 'Montant négatif',
    pourquoi:
      "Les AE et les CP sont des plafonds de dépense (LOLF art. 8) : un montant d'échéancier est positif ou nul " +
      '(domain-research §6 R1 [sûr]).',
  },
  check(contexte) {
    const constats: Signalement[] = [];
    for (const ligne of lignesEcheancier(contexte)) {
      for (const { champ, libelle } of CHAMPS_MONTANT) {
        const valeur = ligne[champ];
        if (valeur?.valeur == null || valeur.valeur >= 0) continue;
        constats.push({ message: messages.negatif(`Montant des ${libelle} ${deLAnnee(ligne)}`, valeur.valeur), position: positionDe(valeur, ligne) });
      }
    }
    const total = contexte.total;
    if (total) {
      for (const [valeur, libelle] of [[total.ae, 'Total des AE'], [total.cp, 'Total des CP']] as const) {
        if (valeur.valeur !== null && valeur.valeur < 0) {
          constats.push({ message: messages.negatif(libelle, valeur.valeur), position: valeur.position ?? total.position });
        }
      }
    }
    return constats;
  },
};

export default montantNegatif;
