/**
 * @fileoverview No AE/CP schedule at all (or only empty rows): the financial terms the décret requires
 * are missing. A FAST partnership that states its amount needs none, nor a délégation of payroll
 * (titre 2) or of acts on a whole UO, where the délégant keeps AE and CP: that one is reported as
 * information, naming the kind recognised.
 */
import { formaterMontant } from '../montant';
import { estIllisible, lignesEcheancier, positionDuTexte } from './outils/echeancier';
import { genreSansEcheancier } from './outils/genre-delegation';
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
  titre2: () =>
    "Délégation de la paie (dépenses de titre 2) : le délégataire exécute les dépenses de personnel du délégant, qui garde ses crédits ; " +
    "pas d'échéancier AE/CP attendu. Si la convention délègue aussi des crédits hors titre 2, ajoutez leur tableau « Année | AE | CP ».",
  actes: () =>
    "Délégation d'actes (gestion et ordonnancement sur l'UO ou le programme du délégant, qui garde le pilotage des AE et des CP) : " +
    "pas d'échéancier AE/CP attendu. Si des crédits sont confiés au délégataire, ajoutez leur tableau « Année | AE | CP ».",
  nonLu: (entete: string[], ligne?: number) =>
    `Un tableau « ${entete.join(' | ')} »${ligne ? ` (ligne ${ligne})` : ''} ressemble à un échéancier mais n'a pas pu être lu : aucun de ses montants n'a été repris. ` +
    "Vérifiez-le sur le document : une ligne par année, une colonne AE et une colonne CP (ou les années en colonnes, une ligne AE et une ligne CP) ; sinon saisissez l'échéancier.",
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
      'Un partenariat FAST qui fixe son montant n\'en a pas besoin ; pour un avenant, c\'est un avertissement ; une délégation de la paie (titre 2) ' +
      "ou d'actes sur l'UO du délégant, qui garde le pilotage des AE et des CP, n'en porte pas (délégations publiées au BO des armées et par le Conseil d'État) : information.",
  },
  check(contexte) {
    const { type, montantFast } = contexte.convention;
    // An avenant whose new échéancier cannot be told has its own finding (avenant-echeancier-ambigu).
    if (Array.isArray(contexte.echeanciersAvenant) && contexte.echeanciersAvenant.length > 1) return [];
    const lignes = lignesEcheancier(contexte);
    if (lignes.length === 0) {
      if (type === 'partenariat-fast' && montantFast !== undefined) return [];
      // A table is there but could not be read: say so and where, rather than ask for one.
      const vu = contexte.echeancierNonLu;
      if (vu) return [{ message: messages.nonLu(vu.entete, vu.position.ligne), position: vu.position, ...(type === 'avenant' ? { gravite: 'avertissement' as const } : {}) }];
      if (type === 'partenariat-fast') return [{ message: messages.fastSansMontant(), position: null }];
      if (type === 'avenant') return [{ message: messages.avenant(montantFast), position: null, gravite: 'avertissement' }];
      const genre = contexte.texte ? genreSansEcheancier(contexte.texte) : null;
      if (genre) {
        const message = genre.genre === 'titre-2' ? messages.titre2() : messages.actes();
        return [{ message, position: positionDuTexte(contexte, genre.ligne), gravite: 'information' }];
      }
      return [{ message: messages.absent(), position: null }];
    }
    const toutesVides = lignes.every((l) => l.ae.valeur === null && l.cp.valeur === null && !estIllisible(l.ae) && !estIllisible(l.cp));
    if (!toutesVides) return [];
    const vide = { message: messages.vide(), position: lignes[0]!.position };
    return [type === 'avenant' ? { ...vide, gravite: 'avertissement' as const } : vide];
  },
};

export default echeancierAbsent;
