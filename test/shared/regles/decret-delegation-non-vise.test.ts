import regle from '../../../shared/regles/decret-delegation-non-vise';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'décret visé', contexte: contexte({ texte: 'Vu le décret 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion' }) },
    { nom: 'espaces autour du tiret', contexte: contexte({ texte: 'Vu le décret n° 2004 - 1085' }) },
    { nom: 'partenariat FAST', contexte: contexte({ convention: { type: 'partenariat-fast', montantFast: 3000000 }, texte: 'Vu le décret n° 2019-1088' }) },
    { nom: 'tableau', contexte: contexte({ lignes: [[2024, 1, 1]] }) },
    {
      nom: 'cité sous un mauvais numéro : decret-mal-cite le signale, pas « cité nulle part »',
      contexte: contexte({ texte: "Vu le décret n° 2014-1085 du 14 octobre 2004 (A) modifié, relatif à la délégation de gestion dans les services de l'État," }),
    },
  ],
  invalides: [
    {
      nom: 'délégation sans visa du décret',
      contexte: contexte({ texte: 'Vu le décret n° 2019-1088 du 25 octobre 2019' }),
      constats: [{ position: null, message: /^Le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion n'est cité nulle part : ajoutez le visa/ }],
    },
  ],
});
