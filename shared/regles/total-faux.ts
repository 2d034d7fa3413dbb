/**
 * @fileoverview A `Total` row that does not equal the sum of the years above it.
 */
import { formaterMontant } from '../montant';
import { centimes, echeancierLisible, lignesEcheancier } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  faux: (sorte: 'AE' | 'CP', ecrit: number, somme: number) =>
    `Total des ${sorte} faux : ${formaterMontant(ecrit)} écrit, mais les années additionnées font ${formaterMontant(somme)} ` +
    `(écart de ${formaterMontant(Math.abs(ecrit - somme))}). Écrivez ${formaterMontant(somme)} ou corrigez l'année erronée.`,
};

const totalFaux: Regle = {
  meta: {
    id: 'total-faux',
    gravite: 'erreur',
    titre: 'Total faux',
    pourquoi:
      "Le contrôleur budgétaire vérifie « l'exactitude de l'évaluation de la consommation de crédits » (décret GBCP art. 224 [sûr]) : " +
      'un total écrit doit être la somme des années (domain-research §6 R2 [sûr]).',
  },
  check(contexte) {
    const total = contexte.total;
    if (!total || !echeancierLisible(contexte)) return [];
    const lignes = lignesEcheancier(contexte);
    const constats: Signalement[] = [];
    for (const sorte of ['AE', 'CP'] as const) {
      const ecrit = sorte === 'AE' ? total.ae : total.cp;
      if (ecrit.valeur === null) continue;
      const somme = lignes.reduce((s, l) => s + centimes(sorte === 'AE' ? l.ae : l.cp), 0);
      if (somme !== ecrit.valeur) constats.push({ message: messages.faux(sorte, ecrit.valeur, somme), position: ecrit.position ?? total.position });
    }
    return constats;
  },
};

export default totalFaux;
