import regle from '../../../shared/regles/annee-hors-periode';
import { cellule, contexte, testerRegle } from './testeur';

// Default convention: signed 2024-03-28, ends 2025-12-31.
testerRegle(regle, {
  valides: [
    { nom: 'années dans la période', contexte: contexte({ lignes: [[2024, 1000, 500], [2025, null, 500]] }) },
    {
      nom: 'fin en cours d’année : l’année de fin reste dans la période',
      contexte: contexte({ convention: { dateSignature: '2020-12-16', dateFin: '2022-06-30' }, lignes: [[2020, 1000, 0], [2021, 5000, 6000], [2022, 0, 0]] }),
    },
    { nom: 'année après la fin sans montant', contexte: contexte({ lignes: [[2025, 1000, 1000], [2026, 0, null]] }) },
    {
      nom: 'avenant : l’échéancier repris porte des années antérieures à sa signature',
      contexte: contexte({ convention: { type: 'avenant', dateSignature: '2025-06-03', dateFin: '2026-06-30' }, lignes: [[2024, 6000, 4000], [2025, 8000, 7000], [2026, 0, 3000]] }),
    },
    { nom: 'dates inconnues', contexte: contexte({ convention: { dateSignature: undefined, dateFin: undefined }, lignes: [[1999, 1, 1]] }) },
  ],
  invalides: [
    {
      nom: 'AE après la fin',
      contexte: contexte({ lignes: [[2025, 1000, 0], [2026, '100 000 €', 1000]] }),
      constats: [
        {
          position: cellule('B3'),
          message: /^AE prévues en 2026 \(100\s000\s€\) après la fin de la convention \(31 décembre 2025\).*jusqu'au 31 décembre 2026 ou reportez ces AE sur 2025\.$/,
        },
      ],
    },
    {
      nom: 'CP après la fin : avertissement',
      contexte: contexte({ convention: { dateFin: '2024-03-31', dateSignature: '2023-08-31' }, lignes: [[2023, 90000, 60000], [2024, 10000, 20000], [2025, null, 20000]] }),
      constats: [{ gravite: 'avertissement', position: cellule('C4'), message: /^CP prévus en 2025 \(20\s000\s€\) après la fin de la convention \(31 mars 2024\)/ }],
    },
    {
      nom: 'année avant la signature : avertissement',
      contexte: contexte({ lignes: [[2023, 1000, 0], [2024, 1000, 2000]] }),
      constats: [{ gravite: 'avertissement', position: cellule('A2'), message: /^Année 2023 antérieure à la signature \(28 mars 2024\).*Corrigez l'année \(2024 \?\)/ }],
    },
  ],
});
