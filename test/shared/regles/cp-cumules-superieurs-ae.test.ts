import regle from '../../../shared/regles/cp-cumules-superieurs-ae';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'seed DGEFP 2024 : CP sur AE antérieures', contexte: contexte({ lignes: [[2024, 2500000, 1900000], [2025, null, 600000]] }) },
    { nom: 'année où les CP dépassent les AE mais cumuls tenus', contexte: contexte({ lignes: [[2020, 100000, 0], [2021, 500000, 600000]] }) },
    { nom: 'cumuls égaux', contexte: contexte({ lignes: [[2023, 90000, 60000], [2024, 10000, 40000]] }) },
    { nom: 'montant illisible la première année : cumuls inconnus', contexte: contexte({ lignes: [[2024, '1.900', 5000]] }) },
    { nom: 'montants sans année : cumuls inconnus', contexte: contexte({ lignes: [[2024, 100, 50], [null, 0, 500]] }) },
    {
      nom: 'ordre des lignes indifférent',
      contexte: contexte({ lignes: [[2025, 0, 500], [2024, 1000, 500]] }),
    },
  ],
  invalides: [
    {
      nom: 'exemple du brief',
      contexte: contexte({ lignes: [[2024, 1000000, 1200000]] }),
      constats: [
        {
          position: cellule('C2'),
          message:
            /^CP cumulés fin 2024 \(1\s200\s000\s€\) supérieurs aux AE cumulées \(1\s000\s000\s€\) : on ne peut payer que ce qui a été engagé ; ramenez les CP de 2024 à 1\s000\s000\s€ au plus ou augmentez les AE\.$/,
        },
      ],
    },
    {
      nom: 'excédent reporté signalé une fois, puis aggravé',
      contexte: contexte({ lignes: [[2023, 100, 150], [2024, 100, 100], [2025, 100, 130]] }),
      constats: [
        { position: cellule('C2'), message: /^CP cumulés fin 2023 \(150\s€\) supérieurs aux AE cumulées \(100\s€\).*ramenez les CP de 2023 à 100\s€/ },
        { position: cellule('C4'), message: /^CP cumulés fin 2025 \(380\s€\) supérieurs aux AE cumulées \(300\s€\).*ramenez les CP de 2025 à 100\s€/ },
      ],
    },
    {
      nom: 'un montant illisible en 2025 n’empêche pas de juger 2024',
      contexte: contexte({ lignes: [[2024, 100000, 120000], [2025, 50000, '1.900'], [2026, null, 100000]] }),
      constats: [{ position: cellule('C2'), message: /^CP cumulés fin 2024 \(120\s000\s€\) supérieurs aux AE cumulées \(100\s000\s€\)/ }],
    },
    {
      nom: 'CP sans aucune AE',
      contexte: contexte({ lignes: [[2024, null, 5000]] }),
      constats: [{ position: cellule('C2'), message: /ramenez les CP de 2024 à 0\s€ au plus/ }],
    },
  ],
});
