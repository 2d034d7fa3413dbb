/**
 * @fileoverview Over the whole convention, total CP differ from total AE: either AE that will never be
 * paid, or CP with no engagement behind them.
 */
import { formaterMontant } from '../montant';
import { centimes, echeancierLisible, lignesChronologiques, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  cpInferieurs: (ae: number, cp: number, derniere: number) =>
    `Total des CP (${formaterMontant(cp)}) inférieur au total des AE (${formaterMontant(ae)}) : ${formaterMontant(ae - cp)} d'AE ` +
    `ne seraient jamais payés. Ajoutez ${formaterMontant(ae - cp)} de CP (en ${derniere} ou sur une année suivante, au titre des restes à payer) ` +
    `ou réduisez les AE d'autant.`,
  cpSuperieurs: (ae: number, cp: number) =>
    `Total des CP (${formaterMontant(cp)}) supérieur au total des AE (${formaterMontant(ae)}) : ${formaterMontant(cp - ae)} de CP ` +
    `n'ont aucun engagement en face. Ramenez les CP à ${formaterMontant(ae)} au total ou augmentez les AE d'autant.`,
};

const totauxAeCpDifferents: Regle = {
  meta: {
    id: 'totaux-ae-cp-differents',
    gravite: 'avertissement',
    titre: 'Totaux AE et CP différents',
    pourquoi:
      "Pour une opération pluriannuelle, la consommation des CP s'échelonne « jusqu'à atteindre le total des AE initiales » " +
      '(economie.gouv.fr, LOLF art. 8 [sûr]) : sur toute la convention, Σ CP = Σ AE. Avertissement tant que la convention court, ' +
      'erreur une fois échue (domain-research §6 R4 [probable]).',
  },
  check(contexte) {
    if (!echeancierLisible(contexte)) return [];
    const lignes = lignesChronologiques(contexte);
    const derniere = lignes.at(-1);
    if (!derniere) return [];
    const ae = lignes.reduce((s, l) => s + centimes(l.ae), 0);
    const cp = lignes.reduce((s, l) => s + centimes(l.cp), 0);
    if (ae === cp) return [];
    const { dateFin } = contexte.convention;
    const echue = Boolean(contexte.aujourdhui && dateFin && contexte.aujourdhui > dateFin);
    const position = contexte.total ? (contexte.total.cp.position ?? contexte.total.position) : positionDe(derniere.cp, derniere);
    const constat: Signalement = {
      message: cp < ae ? messages.cpInferieurs(ae, cp, derniere.annee.valeur) : messages.cpSuperieurs(ae, cp),
      position,
    };
    if (echue) constat.gravite = 'erreur';
    return [constat];
  },
};

export default totauxAeCpDifferents;
