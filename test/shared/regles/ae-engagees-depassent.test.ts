import regle from '../../../shared/regles/ae-engagees-depassent';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'engagements dans l’enveloppe (colonnes du tableau)', contexte: contexte({ lignes: [[2024, 2500000, 1900000, 2500000, 1000000], [2025, null, 600000, null, null]] }) },
    {
      nom: 'exécution du registre dans l’enveloppe',
      contexte: contexte({
        lignes: [[2023, 90000, 60000], [2024, 10000, 40000]],
        execution: { conventionId: 'test', lignes: [{ annee: 2023, aeEngagees: 9000000, cpPayes: 6000000 }, { annee: 2024, aeEngagees: 0, cpPayes: null }] },
      }),
    },
    { nom: 'sans exécution', contexte: contexte({ lignes: [[2024, 1, 1]] }) },
  ],
  invalides: [
    {
      nom: 'AE engagées au-delà de l’année (colonne du tableau)',
      contexte: contexte({ lignes: [[2024, 2500000, 1900000, 2600000, 0]] }),
      constats: [
        {
          position: cellule('D2'),
          message: /^AE engagées en 2024 \(2\s600\s000\s€\) au-delà des AE prévues pour 2024 \(2\s500\s000\s€\) : 100\s000\s€ engagés sans crédits\..*porter les AE de 2024 à 2\s600\s000\s€ au moins/,
        },
      ],
    },
    {
      nom: 'registre : année sans AE prévues, pointée sur la cellule prévue',
      contexte: contexte({
        lignes: [[2024, 2500000, 1900000], [2025, null, 600000]],
        execution: { conventionId: 'test', lignes: [{ annee: 2025, aeEngagees: 10000000, cpPayes: null }, { annee: 2026, aeEngagees: 100, cpPayes: null }] },
      }),
      constats: [
        // Findings without a position come first (verifier's order).
        { position: null, message: /^AE engagées en 2026 \(1\s€\) alors que l'échéancier ne prévoit aucune AE en 2026/ },
        { position: cellule('B3'), message: /^AE engagées en 2025 \(100\s000\s€\) au-delà des AE prévues pour 2025 \(0\s€\)/ },
      ],
    },
    {
      nom: 'la colonne du tableau l’emporte sur le registre pour la même année',
      contexte: contexte({
        lignes: [[2024, 1000, 1000, 1500, null]],
        execution: { conventionId: 'test', lignes: [{ annee: 2024, aeEngagees: 50000, cpPayes: null }] },
      }),
      constats: [{ position: cellule('D2'), message: /^AE engagées en 2024 \(1\s500\s€\)/ }],
    },
  ],
});
