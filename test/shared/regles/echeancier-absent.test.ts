import regle from '../../../shared/regles/echeancier-absent';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'échéancier présent', contexte: contexte({ lignes: [[2024, 1000, 1000]] }) },
    { nom: 'FAST avec montant (seed FAST 14)', contexte: contexte({ convention: { type: 'partenariat-fast', montantFast: 3000000 } }) },
    { nom: 'une seule année renseignée suffit', contexte: contexte({ lignes: [[2024, null, null], [2025, null, 0]] }) },
    {
      nom: 'avenant dont le nouvel échéancier est indiscernable : avenant-echeancier-ambigu le dit, pas cette règle',
      contexte: { ...contexte({ convention: { type: 'avenant' } }), echeanciersAvenant: [{ ligne: 7 }, { ligne: 12 }] },
    },
    {
      nom: 'échéancier pris dans la convention quand le lecteur n’a pas de lignes',
      contexte: contexte({ convention: { echeancier: [{ annee: 2024, ae: 100, cp: 100 }] } }),
    },
  ],
  invalides: [
    {
      nom: 'délégation sans échéancier',
      contexte: contexte(),
      constats: [{ position: null, message: /^Aucun échéancier AE\/CP : le décret 2004-1085 \(art\. 2\).*«\sAnnée \| AE \| CP\s»/ }],
    },
    {
      nom: 'un tableau vu mais pas lu : la règle dit lequel et où, au lieu d’en demander un',
      contexte: { ...contexte(), echeancierNonLu: { position: { ligne: 42 }, entete: ['Année', 'AE', 'CP'] } },
      constats: [{ gravite: 'erreur', position: { ligne: 42 }, message: /^Un tableau « Année \| AE \| CP » \(ligne 42\) ressemble à un échéancier mais n'a pas pu être lu : aucun de ses montants n'a été repris\./ }],
    },
    {
      nom: 'délégation de la paie (titre 2, BOC 2018) : information, pas d’erreur',
      contexte: contexte({ texte: "Objet de la délégation.\nle délégant confie au délégataire l'exécution des dépenses et des recettes de titre II. mentionnées à l'article 12.1" }),
      constats: [{ gravite: 'information', position: { ligne: 2 }, message: /^Délégation de la paie \(dépenses de titre 2\)/ }],
    },
    {
      nom: 'délégation d’actes sur une UO (Conseil d’État 2011) : information, pas d’erreur',
      contexte: contexte({ texte: "la réalisation de l'ordonnancement des dépenses relevant de l'UO 0165-CCAC-DT38.\nLe délégant assure le pilotage des AE et des CP." }),
      constats: [{ gravite: 'information', position: { ligne: 1 }, message: /^Délégation d'actes \(gestion et ordonnancement/ }],
    },
    {
      nom: '« hors titre 2 » ne fait pas une délégation de la paie',
      contexte: contexte({ texte: 'le délégant autorise la DINUM à consommer des crédits, hors titre 2, rattachés à l’UO' }),
      constats: [{ position: null, message: /^Aucun échéancier AE\/CP/ }],
    },
    {
      nom: 'FAST sans montant ni échéancier',
      contexte: contexte({ convention: { type: 'partenariat-fast' } }),
      constats: [{ position: null, message: /^Convention FAST sans montant ni échéancier/ }],
    },
    {
      nom: 'avenant sans échéancier : avertissement',
      contexte: contexte({ convention: { type: 'avenant' } }),
      constats: [{ gravite: 'avertissement', position: null, message: /^Avenant sans échéancier/ }],
    },
    {
      nom: 'lignes toutes vides',
      contexte: contexte({ lignes: [[2024, null, null], [2025, null, null]] }),
      constats: [{ position: { ligne: 2 }, message: /^Échéancier vide : aucune année ne porte d'AE ni de CP/ }],
    },
  ],
});
