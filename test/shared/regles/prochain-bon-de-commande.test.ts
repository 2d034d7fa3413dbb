import regle from '../../../shared/regles/prochain-bon-de-commande';
import { chaqueMois, contextePlan, positionBonTest } from './plan-aide';
import { cellule, contexte, testerRegle } from './testeur';

const bons: [string, string, number, string, string][] = [
  ['BC1', '2025-03', 60000, '2025-04', '2025-09'],
  ['BC2', '2025-09', 60000, '2025-10', '2026-03'],
];
const consommation = chaqueMois('2025-04', '2026-03', 10000);

testerRegle(regle, {
  valides: [
    { nom: 'sans plan', contexte: contexte({ lignes: [[2025, 1000, 1000]], aujourdhui: '2025-06-01' }) },
    { nom: 'sans date du jour', contexte: contextePlan({ consommation, bons }) },
    { nom: 'tout est émis et couvert', contexte: contextePlan({ consommation, bons, aujourdhui: '2025-10-15' }) },
  ],
  invalides: [
    {
      nom: 'le bon prévu de septembre',
      contexte: contextePlan({ consommation, bons, aujourdhui: '2025-06-12' }),
      constats: [{ position: positionBonTest(1, 'E'), message: /^Prochain bon de commande à émettre : «\sBC2\s» \(60\s000\s€, d'octobre 2025 à mars 2026\), prévu en septembre 2025 : émettez-le au plus tard le 30 septembre 2025 pour que le travail d'octobre 2025 commence couvert\.$/ }],
    },
    {
      nom: 'travail de janvier sans bon : limite au 30 novembre (fin de gestion)',
      contexte: contextePlan({ consommation: chaqueMois('2025-10', '2026-02', 10000), bons: [['BC1', '2025-09', 30000, '2025-10', '2025-12']], aujourdhui: '2025-11-03' }),
      constats: [{ position: cellule('B5'), message: /^Aucun bon de commande prévu ne couvre janvier 2026 \(10\s000\s€ de travail prévu\) : émettez-en un au plus tard le 30 novembre 2025\.$/ }],
    },
    {
      nom: 'limite passée',
      contexte: contextePlan({ consommation: chaqueMois('2025-10', '2025-12', 10000), bons: [['BC1', '2025-11', 30000, '2025-11', '2025-12']], aujourdhui: '2025-11-20' }),
      constats: [{ position: positionBonTest(0, 'E'), message: /il devait être émis le 31 octobre 2025 au plus tard .* émettez-le sans attendre\.$/ }],
    },
  ],
});
