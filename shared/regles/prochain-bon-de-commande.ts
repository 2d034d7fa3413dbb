/**
 * @fileoverview Information, relative to today: the next bon de commande to issue and the last day to
 * issue it so the work does not stop (30 November when the work starts in January).
 */
import { formaterDate } from '../dates';
import { formaterMontant } from '../montant';
import { citer } from '../texte';
import { deMois, formaterMois } from '../mois';
import { prochainBon } from './outils/prochain-bon';
import { positionBon, SOURCE_BLOG } from './outils/plan';
import type { Regle } from './regle';

const messages = {
  prevu: (nom: string, montant: number, du: string, au: string, emisEn: string, limite: string, passee: boolean) =>
    `Prochain bon de commande à émettre : ${citer(nom, 40)} (${formaterMontant(montant)}, ${deMois(du)} à ${formaterMois(au)}), prévu en ${formaterMois(emisEn)} : ` +
    (passee
      ? `il devait être émis le ${formaterDate(limite)} au plus tard pour que le travail ${deMois(du)} commence couvert ; émettez-le sans attendre.`
      : `émettez-le au plus tard le ${formaterDate(limite)} pour que le travail ${deMois(du)} commence couvert.`),
  manquant: (mois: string, montant: number, limite: string, passee: boolean) =>
    `Aucun bon de commande prévu ne couvre ${formaterMois(mois)} (${formaterMontant(montant)} de travail prévu) : ` +
    (passee ? `il fallait l'émettre le ${formaterDate(limite)} au plus tard ; émettez-le sans attendre.` : `émettez-en un au plus tard le ${formaterDate(limite)}.`),
};

const prochainBonDeCommande: Regle = {
  meta: {
    id: 'prochain-bon-de-commande',
    gravite: 'information',
    titre: 'Prochain bon de commande à émettre',
    pourquoi:
      'Un bon de commande est émis à chaque comité d\u2019investissement et permet de travailler dès le mois suivant ; aucun bon ne peut être émis ' +
      `de début décembre à mi-janvier, d'où l'intérêt de commander un à trois mois au-delà d'un comité ou d'un changement d'année (${SOURCE_BLOG} [sûr]).`,
  },
  check(contexte) {
    const plan = contexte.plan;
    const aujourdhui = contexte.aujourdhui;
    if (!plan || !aujourdhui) return [];
    const suivant = prochainBon(plan, aujourdhui);
    if (suivant === null) return [];
    const passee = suivant.dateLimite < aujourdhui;
    if (suivant.sorte === 'prevu') {
      const { bon } = suivant;
      return [{ message: messages.prevu(bon.nom, bon.montant, bon.du, bon.au, bon.emisEn, suivant.dateLimite, passee), position: positionBon(bon, 'emisEn') }];
    }
    const { travail } = suivant;
    return [{ message: messages.manquant(travail.mois, travail.montant, suivant.dateLimite, passee), position: travail.position }];
  },
};

export default prochainBonDeCommande;
