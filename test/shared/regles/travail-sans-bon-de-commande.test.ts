import regle from '../../../shared/regles/travail-sans-bon-de-commande';
import { chaqueMois, contextePlan } from './plan-aide';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'sans plan (échéancier seul)', contexte: contexte({ lignes: [[2025, 1000, 1000]] }) },
    {
      nom: 'chaque mois couvert par un bon émis avant',
      contexte: contextePlan({ consommation: chaqueMois('2025-04', '2025-09', 10000), bons: [['BC1', '2025-03', 60000, '2025-04', '2025-09']] }),
    },
    {
      nom: 'bon émis le mois même où le travail commence',
      contexte: contextePlan({ consommation: [['2025-04', 10000]], bons: [['BC1', '2025-04', 10000, '2025-04', '2025-04']] }),
    },
  ],
  invalides: [
    {
      nom: 'un mois après la fin du dernier bon',
      contexte: contextePlan({ consommation: [...chaqueMois('2025-04', '2025-06', 10000), ['2025-07', 5000]], bons: [['BC1', '2025-03', 30000, '2025-04', '2025-06']] }),
      constats: [{ position: cellule('B5'), message: /^Juillet 2025 : 5\s000\s€ de travail prévu sans bon de commande \(aucun bon ne couvre ce mois\) : émettez un bon/ }],
    },
    {
      nom: 'un bon qui couvre le mois mais émis après',
      contexte: contextePlan({ consommation: [['2026-01', 20000]], bons: [['BC hiver', '2026-02', 20000, '2026-01', '2026-03']] }),
      constats: [{ position: cellule('B2'), message: /^Janvier 2026 : 20\s000\s€ de travail prévu avant l'émission de son bon de commande \(«\sBC hiver\s» couvre ce mois mais n'est émis qu'en février 2026\)/ }],
    },
  ],
});
