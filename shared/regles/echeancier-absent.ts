/**
 * @fileoverview No AE/CP schedule at all (or only empty rows): the financial terms the décret requires
 * are missing. A FAST partnership that states its amount needs none.
 */
import { formaterMontant } from '../montant';
import { estIllisible, lignesEcheancier } from './outils/echeancier';
import type { Regle } from './regle';

const messages = {
  absent: () =>
    "Aucun échéancier AE/CP : le décret 2004-1085 (art. 2) exige les modalités d'exécution financière de la délégation. " +
    'Ajoutez un tableau « Année | AE | CP » avec une ligne par exercice, par exemple « 2025 | 100 000 € | 100 000 € ».',
  vide: () =>
    "Échéancier vide : aucune année ne porte d'AE ni de CP. Renseignez les montants de chaque année (0 € là où il n'y a rien).",
  fastSansMontant: () =>
    'Convention FAST sans montant ni échéancier : indiquez le montant de l\'accompagnement (« pour un montant de 30 000 € ») ' +
    'ou un tableau « Année | AE | CP ».',
  avenant: (fast?: number) =>
    `Avenant sans échéancier${fast ? ` (montant FAST ${formaterMontant(fast)})` : ''} : s'il modifie les crédits, ajoutez l'échéancier ` +
    'AE/CP complet qui remplace celui de la convention (« Année | AE | CP ») ; sinon ignorez ce message.',
};

const echeancierAbsent: Regle = {
  meta: {
    id: 'echeancier-absent',
    gravite: 'erreur',
    titre: 'Échéancier AE/CP absent',
    pourquoi:
      "La délégation « fait l'objet d'un document écrit qui précise … les modalités d'exécution financière de la mission » " +
      "(décret 2004-1085 art. 2 [sûr]) : sans échéancier, ni le délégataire ni le contrôleur budgétaire ne savent quels crédits sont ouverts chaque année. " +
      'Un partenariat FAST qui fixe son montant n\'en a pas besoin ; pour un avenant, c\'est un avertissement.',
  },
  check(contexte) {
    const { type, montantFast } = contexte.convention;
    const lignes = lignesEcheancier(contexte);
    if (lignes.length === 0) {
      if (type === 'partenariat-fast') return montantFast !== undefined ? [] : [{ message: messages.fastSansMontant(), position: null }];
      if (type === 'avenant') return [{ message: messages.avenant(montantFast), position: null, gravite: 'avertissement' }];
      return [{ message: messages.absent(), position: null }];
    }
    const toutesVides = lignes.every((l) => l.ae.valeur === null && l.cp.valeur === null && !estIllisible(l.ae) && !estIllisible(l.cp));
    if (!toutesVides) return [];
    const vide = { message: messages.vide(), position: lignes[0]!.position };
    return [type === 'avenant' ? { ...vide, gravite: 'avertissement' as const } : vide];
  },
};

export default echeancierAbsent;
