import regle from '../../../shared/regles/bon-de-commande-insuffisant';
import { chaqueMois, contextePlan, positionBonTest } from './plan-aide';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'sans plan', contexte: contexte({ lignes: [[2025, 1000, 1000]] }) },
    {
      nom: 'travail égal au montant du bon',
      contexte: contextePlan({ consommation: chaqueMois('2025-04', '2025-09', 10000), bons: [['BC1', '2025-03', 60000, '2025-04', '2025-09']] }),
    },
    {
      nom: 'le second bon prend le relais du premier épuisé',
      contexte: contextePlan({
        consommation: chaqueMois('2025-04', '2025-07', 10000),
        bons: [['BC1', '2025-03', 25000, '2025-04', '2025-07'], ['BC2', '2025-05', 15000, '2025-05', '2025-07']],
      }),
    },
  ],
  invalides: [
    {
      nom: 'travail au-delà du bon (exemple du billet beta.gouv.fr, bon de mars 2026)',
      contexte: contextePlan({
        consommation: [['2026-04', 30000], ...chaqueMois('2026-05', '2026-09', 35000)],
        bons: [['Investissement 2', '2026-03', 200000, '2026-04', '2026-09']],
      }),
      constats: [
        {
          position: positionBonTest(0, 'F'),
          message: /^Bon de commande «\sInvestissement 2\s» \(200\s000\s€\) : le travail prévu sur sa période, d'avril 2026 à septembre 2026, atteint 205\s000\s€, soit 5\s000\s€ au-delà du bon/,
        },
      ],
    },
  ],
});
