import regle from '../../../shared/regles/cp-payes-depassent';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'paiements dans les CP et les engagements', contexte: contexte({ lignes: [[2024, 2500000, 1900000, 2500000, 1900000], [2025, null, 600000, 0, 300000]] }) },
    { nom: 'engagements inconnus : seul le plafond annuel compte', contexte: contexte({ lignes: [[2024, 1000, 1000, null, 1000]] }) },
  ],
  invalides: [
    {
      nom: 'CP payés au-delà des CP de l’année',
      contexte: contexte({ lignes: [[2024, 2500000, 1900000, 2500000, 2000000]] }),
      constats: [
        {
          position: cellule('E2'),
          message: /^CP payés en 2024 \(2\s000\s000\s€\) au-delà des CP prévus pour 2024 \(1\s900\s000\s€\) : 100\s000\s€ payés sans crédits\./,
        },
      ],
    },
    {
      nom: 'payé plus qu’engagé',
      contexte: contexte({ lignes: [[2024, 1000, 800, 500, 700]] }),
      constats: [{ position: cellule('E2'), message: /^CP payés cumulés fin 2024 \(700\s€\) supérieurs aux AE engagées cumulées \(500\s€\) : on ne paie que des engagements/ }],
    },
    {
      nom: 'registre : paiement une année sans CP',
      contexte: contexte({
        lignes: [[2024, 1000, 1000]],
        execution: { conventionId: 'test', lignes: [{ annee: 2024, aeEngagees: 100000, cpPayes: 100000 }, { annee: 2027, aeEngagees: null, cpPayes: 500 }] },
      }),
      constats: [{ position: null, message: /^CP payés en 2027 \(5\s€\) alors que l'échéancier ne prévoit aucun CP en 2027/ }],
    },
  ],
});
