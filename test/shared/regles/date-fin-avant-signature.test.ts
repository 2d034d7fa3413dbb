import regle from '../../../shared/regles/date-fin-avant-signature';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'fin après la signature', contexte: contexte() },
    { nom: 'fin le jour de la signature', contexte: contexte({ convention: { dateSignature: '2024-03-28', dateFin: '2024-03-28' } }) },
    { nom: 'une date manque', contexte: contexte({ convention: { dateFin: undefined } }) },
  ],
  invalides: [
    {
      nom: 'année de fin erronée',
      contexte: contexte({ convention: { dateSignature: '2024-03-28', dateFin: '2023-12-31', sources: { dateFin: 149 } } }),
      constats: [
        {
          position: { ligne: 149 },
          message: /^Date de fin \(31 décembre 2023\) antérieure à la date de signature \(28 mars 2024\) : .*Corrigez la date de fin \(31 décembre 2024 \?\) ou la date de signature\.$/,
        },
      ],
    },
    {
      nom: 'même jour et mois avant la signature : année suivante proposée',
      contexte: contexte({ convention: { dateSignature: '2024-06-30', dateFin: '2023-03-31' } }),
      constats: [{ position: null, message: /Corrigez la date de fin \(31 mars 2025 \?\)/ }],
    },
  ],
});
