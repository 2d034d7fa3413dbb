import regle from '../../../shared/regles/annees-non-consecutives';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'années consécutives', contexte: contexte({ lignes: [[2023, 1, 1], [2024, 1, 1], [2025, 1, 1]] }) },
    { nom: 'une seule année', contexte: contexte({ lignes: [[2021, 1, 1]] }) },
    { nom: 'année en double laissée à sa règle', contexte: contexte({ lignes: [[2024, 1, 1], [2024, 1, 1], [2025, 1, 1]] }) },
  ],
  invalides: [
    {
      nom: 'année sautée',
      contexte: contexte({ lignes: [[2023, 1, 1], [2025, 1, 1]] }),
      constats: [{ gravite: 'avertissement', position: cellule('A3'), message: /^Année 2025 juste après 2023 : 2024 manque\. Ajoutez la ligne/ }],
    },
    {
      nom: 'plusieurs années sautées',
      contexte: contexte({ lignes: [[2021, 1, 1], [2024, 1, 1]] }),
      constats: [{ position: cellule('A3'), message: /2022, 2023 manquent\. Ajoutez les lignes/ }],
    },
    {
      nom: 'ordre inversé signalé une seule fois',
      contexte: contexte({ lignes: [[2024, 1, 1], [2023, 1, 1], [2025, 1, 1]] }),
      constats: [{ position: cellule('A3'), message: /^Année 2023 placée après 2024 : classez .*\(2023 avant 2024\)/ }],
    },
  ],
});
