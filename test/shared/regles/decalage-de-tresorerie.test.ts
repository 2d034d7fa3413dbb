import regle from '../../../shared/regles/decalage-de-tresorerie';
import { chaqueMois, contextePlan } from './plan-aide';
import { contexte, testerRegle } from './testeur';

const travail = chaqueMois('2025-04', '2025-09', 10000);
const bons: [string, string, number, string, string][] = [['BC1', '2025-03', 60000, '2025-04', '2025-09']];

testerRegle(regle, {
  valides: [
    { nom: 'sans plan', contexte: contexte({ lignes: [[2025, 1000, 1000]] }) },
    { nom: 'plan sans travail', contexte: contextePlan({ bons }) },
  ],
  invalides: [
    {
      nom: 'services faits mensuels : un mois de travail d’avance',
      contexte: contextePlan({ consommation: travail, bons, paiement: 'mensuel' }),
      constats: [{ position: null, message: /^Plus grand décalage de trésorerie du titulaire : 10\s000\s€ de travail fait et non encore payé fin avril 2025 \(consommation cumulée 10\s000\s€, CP payés 0\s€, paiement par services faits mensuels\)\.$/ }],
    },
    {
      nom: 'fin de période : toute la période d’avance',
      contexte: contextePlan({ consommation: travail, bons, paiement: 'fin-de-periode' }),
      constats: [{ position: null, message: /^Plus grand décalage de trésorerie du titulaire : 60\s000\s€ de travail fait et non encore payé fin septembre 2025 .*paiement en fin de période\)\.$/ }],
    },
  ],
});
