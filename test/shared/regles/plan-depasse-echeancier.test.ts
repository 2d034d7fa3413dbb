import regle from '../../../shared/regles/plan-depasse-echeancier';
import { chaqueMois, contextePlan } from './plan-aide';
import { cellule, testerRegle } from './testeur';

// A plan over a year boundary: the December work is paid in January (monthly mode).
const plan = { consommation: chaqueMois('2025-10', '2026-03', 10000), bons: [['BC1', '2025-09', 60000, '2025-10', '2026-03']] as [string, string, number, string, string][] };

testerRegle(regle, {
  valides: [
    { nom: 'plan sans échéancier à respecter', contexte: contextePlan(plan) },
    { nom: 'échéancier qui suit le plan au centime', contexte: contextePlan({ ...plan, echeancier: [[2025, 60000, 20000], [2026, 0, 40000]] }) },
    { nom: 'échéancier plus large que le plan', contexte: contextePlan({ ...plan, echeancier: [[2025, 100000, 50000], [2026, 10000, 50000]] }) },
  ],
  invalides: [
    {
      nom: 'CP de décembre payés en janvier : la convention les a mis sur la mauvaise année',
      contexte: contextePlan({ ...plan, echeancier: [[2025, 60000, 30000], [2026, null, 30000]] }),
      constats: [
        {
          position: cellule('C3'),
          message: /^Année 2026 : le plan demande 40\s000\s€ de CP \(paiements\), l'échéancier de la convention n'en prévoit que 30\s000\s€ \(10\s000\s€ de plus\) : demandez un avenant qui porte les CP de 2026 à 40\s000\s€/,
        },
      ],
    },
    {
      nom: 'année absente de l’échéancier et AE trop faibles',
      contexte: contextePlan({ ...plan, echeancier: [[2025, 50000, 60000]] }),
      constats: [
        { position: null, message: /^Année 2026 : le plan demande 40\s000\s€ de CP \(paiements\), l'échéancier de la convention n'en prévoit pas pour 2026 : / },
        { position: cellule('B2'), message: /^Année 2025 : le plan demande 60\s000\s€ d'AE \(bons de commande émis\), l'échéancier de la convention n'en prévoit que 50\s000\s€/ },
      ],
    },
  ],
});
