import regle from '../../../shared/regles/commande-en-fin-de-gestion';
import { contextePlan, positionBonTest } from './plan-aide';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'sans plan', contexte: contexte({ lignes: [[2025, 1000, 1000]] }) },
    { nom: 'bon de novembre', contexte: contextePlan({ bons: [['BC1', '2025-11', 1000, '2025-12', '2026-05']] }) },
    { nom: 'bon du 20 janvier', contexte: contextePlan({ bons: [['BC1', '2026-01', 1000, '2026-02', '2026-07', 20]] }) },
  ],
  invalides: [
    {
      nom: 'bon de décembre',
      contexte: contextePlan({ bons: [['BC déc', '2025-12', 1000, '2026-01', '2026-06']] }),
      constats: [{ position: positionBonTest(0, 'E'), message: /^Bon de commande «\sBC déc\s» prévu en décembre 2025 : aucun bon ne peut être émis de début décembre à mi-janvier \(fin de gestion\) ; émettez-le au plus tard fin novembre 2025\.$/ }],
    },
    {
      nom: 'bon de janvier sans jour, et bon du 10 janvier',
      contexte: contextePlan({ bons: [['BC1', '2026-01', 1000, '2026-02', '2026-07'], ['BC2', '2027-01', 1000, '2027-02', '2027-07', 10]] }),
      constats: [
        { position: positionBonTest(0, 'E'), message: /^Bon de commande «\sBC1\s» prévu en janvier 2026 : .* émettez-le fin novembre 2025 au plus tard, ou après le 15 janvier 2026\.$/ },
        { position: positionBonTest(1, 'E'), message: /^Bon de commande «\sBC2\s» prévu le 10 janvier 2027 : / },
      ],
    },
  ],
});
