import regle from '../../../shared/regles/echeancier-absent';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'échéancier présent', contexte: contexte({ lignes: [[2024, 1000, 1000]] }) },
    { nom: 'FAST avec montant (seed FAST 14)', contexte: contexte({ convention: { type: 'partenariat-fast', montantFast: 3000000 } }) },
    { nom: 'une seule année renseignée suffit', contexte: contexte({ lignes: [[2024, null, null], [2025, null, 0]] }) },
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
