import regle from '../../../shared/regles/total-faux';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'total juste', contexte: contexte({ lignes: [[2024, 100000, 80000], [2025, 0, 20000]], total: [100000, 100000] }) },
    { nom: 'sans ligne de total', contexte: contexte({ lignes: [[2024, 1, 1]] }) },
    { nom: 'total vide', contexte: contexte({ lignes: [[2024, 1, 1]], total: [null, null] }) },
    { nom: 'montant illisible : règle muette', contexte: contexte({ lignes: [[2024, '#N/A', 1]], total: [5, 1] }) },
  ],
  invalides: [
    {
      nom: 'total AE faux',
      contexte: contexte({ lignes: [[2024, 100000, 50000], [2025, 70000, 100000]], total: [180000, 150000] }),
      constats: [
        {
          position: cellule('B4'),
          message: /^Total des AE faux : 180\s000\s€ écrit, mais les années additionnées font 170\s000\s€ \(écart de 10\s000\s€\)\. Écrivez 170\s000\s€ ou corrigez l'année erronée\.$/,
        },
      ],
    },
    {
      nom: 'totaux AE et CP faux',
      contexte: contexte({ lignes: [[2024, 10, 10]], total: [20, 5] }),
      constats: [
        { position: cellule('B3'), message: /^Total des AE faux : 20\s€ écrit.*font 10\s€/ },
        { position: cellule('C3'), message: /^Total des CP faux : 5\s€ écrit.*font 10\s€/ },
      ],
    },
  ],
});
