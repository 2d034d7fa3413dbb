import regle from '../../../shared/regles/annee-en-double';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'années distinctes', contexte: contexte({ lignes: [[2024, 1000, 1000], [2025, 1000, 1000]] }) },
    { nom: 'années manquantes non comparées', contexte: contexte({ lignes: [[null, 1000, 1000], [null, 1000, 1000]] }) },
  ],
  invalides: [
    {
      nom: 'même année deux fois',
      contexte: contexte({ lignes: [[2024, 100000, 50000], [2025, 0, 50000], [2024, 50000, 0]] }),
      constats: [{ position: cellule('A4'), message: /^Année 2024 en double \(déjà en A2\).*AE 150\s000\s€, CP 50\s000\s€/ }],
    },
    {
      nom: 'trois fois la même année',
      contexte: contexte({ lignes: [[2024, 1, 1], [2024, 1, 1], [2024, 1, 1]] }),
      constats: [
        { position: cellule('A3'), message: /^Année 2024 en double \(déjà en A2\)/ },
        { position: cellule('A4'), message: /^Année 2024 en double \(déjà en A2\)/ },
      ],
    },
  ],
});
