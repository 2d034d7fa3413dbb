import regle from '../../../shared/regles/ae-non-consommees';
import { chaqueMois, contextePlan, positionBonTest } from './plan-aide';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'sans plan', contexte: contexte({ lignes: [[2025, 1000, 1000]] }) },
    { nom: 'bon consommé entièrement', contexte: contextePlan({ consommation: chaqueMois('2025-04', '2025-05', 5000), bons: [['BC1', '2025-03', 10000, '2025-04', '2025-05']] }) },
  ],
  invalides: [
    {
      nom: 'bon de lancement du billet beta.gouv.fr : 120 000 € de travail pour 125 000 €',
      contexte: contextePlan({
        consommation: [['2025-04', 10000], ['2025-05', 15000], ['2025-06', 20000], ...chaqueMois('2025-07', '2025-09', 25000)],
        bons: [['Lancement', '2025-03', 125000, '2025-04', '2025-09']],
        paiement: 'fin-de-periode',
      }),
      constats: [{ position: positionBonTest(0, 'F'), message: /^Bon de commande «\sLancement\s» : 5\s000\s€ d'AE non consommées sur 125\s000\s€ \(travail prévu 120\s000\s€\) : après le dernier service fait, réduisez le bon/ }],
    },
    {
      nom: 'le dépassement d’un bon ne compte pas comme consommé dans un autre',
      contexte: contextePlan({ consommation: [['2025-04', 12000]], bons: [['A', '2025-03', 10000, '2025-04', '2025-04'], ['B', '2025-04', 5000, '2025-05', '2025-05']] }),
      constats: [{ position: positionBonTest(1, 'F'), message: /^Bon de commande «\sB\s» : 5\s000\s€ d'AE non consommées sur 5\s000\s€ \(travail prévu 0\s€\)/ }],
    },
  ],
});
