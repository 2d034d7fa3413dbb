/**
 * @fileoverview A bon de commande planned in December or the first half of January, when orders
 * cannot be issued (fin de gestion).
 */
import { anneeDe, formaterMois, numeroDe } from '../mois';
import { nommerBon, positionBon, SOURCE_BLOG } from './outils/plan';
import type { Regle, Signalement } from './regle';

/** Orders are open again from about the 15 January. */
const REOUVERTURE = 15;

const messages = {
  decembre: (nom: string, mois: string) =>
    `${nommerBon(nom)} prévu en ${formaterMois(mois)} : aucun bon ne peut être émis de début décembre à mi-janvier (fin de gestion) ; ` +
    `émettez-le au plus tard fin novembre ${anneeDe(mois)}.`,
  janvier: (nom: string, mois: string, jour: number | undefined) =>
    `${nommerBon(nom)} prévu ${jour === undefined ? 'en' : `le ${jour === 1 ? '1er' : jour}`} ${formaterMois(mois)} : ` +
    'aucun bon ne peut être émis de début décembre à mi-janvier (fin de gestion) ; ' +
    `émettez-le fin novembre ${anneeDe(mois) - 1} au plus tard, ou après le ${REOUVERTURE} janvier ${anneeDe(mois)}.`,
};

const commandeEnFinDeGestion: Regle = {
  meta: {
    id: 'commande-en-fin-de-gestion',
    gravite: 'avertissement',
    titre: 'Bon de commande en fin de gestion',
    pourquoi:
      'Aucun bon de commande ne peut être émis de début décembre à mi-janvier environ, et les services faits s\u2019arrêtent vers la mi-décembre ' +
      `(${SOURCE_BLOG} [sûr] ; les dates exactes dépendent de la note de fin de gestion de chaque année [probable]).`,
  },
  check(contexte) {
    const plan = contexte.plan;
    if (!plan) return [];
    const constats: Signalement[] = [];
    for (const bon of plan.entree.bonsDeCommande) {
      const numero = numeroDe(bon.emisEn);
      const position = positionBon(bon, 'emisEn');
      if (numero === 12) constats.push({ message: messages.decembre(bon.nom, bon.emisEn), position });
      // A January month without a day may be before the 15th: said, as the team knows the date.
      else if (numero === 1 && (bon.emisLeJour === undefined || bon.emisLeJour < REOUVERTURE)) {
        constats.push({ message: messages.janvier(bon.nom, bon.emisEn, bon.emisLeJour), position });
      }
    }
    return constats;
  },
};

export default commandeEnFinDeGestion;
