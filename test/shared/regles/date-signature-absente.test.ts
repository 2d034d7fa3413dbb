import regle from '../../../shared/regles/date-signature-absente';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'date de signature lue', contexte: contexte({ texte: 'Fait à Paris, le 28 mars 2024' }) },
    { nom: 'tableau avec date de signature', contexte: contexte({ lignes: [[2024, 1, 1]] }) },
  ],
  invalides: [
    {
      nom: 'texte sans date de signature',
      contexte: contexte({ convention: { dateSignature: undefined }, texte: 'Fait à Paris, le' }),
      constats: [{ position: null, message: /^Date de signature introuvable : .*«\sFait à Paris, le 28 mars 2024\s»/ }],
    },
    {
      nom: 'tableau sans date de signature : information',
      contexte: contexte({ convention: { dateSignature: undefined }, lignes: [[2024, 1, 1]] }),
      constats: [{ gravite: 'information', position: null, message: /^Date de signature absente : ajoutez une cellule «\sDate de signature\s»/ }],
    },
    {
      nom: 'date impossible',
      contexte: contexte({ convention: { dateSignature: '2023-02-29', sources: { dateSignature: 160 } } }),
      constats: [{ position: { ligne: 160 }, message: /^Date de signature «\s2023-02-29\s» invalide/ }],
    },
  ],
});
