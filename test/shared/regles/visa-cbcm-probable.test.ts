import regle from '../../../shared/regles/visa-cbcm-probable';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'sous le seuil', contexte: contexte({ lignes: [[2023, 90000, 60000], [2024, 499999.99, 40000]] }) },
    { nom: 'CP au-dessus du seuil ne comptent pas', contexte: contexte({ lignes: [[2024, 100000, 600000]] }) },
  ],
  invalides: [
    {
      nom: 'seuil atteint et dépassé',
      contexte: contexte({ lignes: [[2020, 100000, 0], [2021, 500000, 600000], [2022, 2500000, 0]] }),
      constats: [
        { gravite: 'information', position: cellule('B3'), message: /^AE de 2021 : 500\s000\s€, seuil de 500\s000\s€ atteint : l'engagement passera probablement par le visa préalable du contrôleur budgétaire \(CBCM\)/ },
        { gravite: 'information', position: cellule('B4'), message: /^AE de 2022 : 2\s500\s000\s€/ },
      ],
    },
  ],
});
