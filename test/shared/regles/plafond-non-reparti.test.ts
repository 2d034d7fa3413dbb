import regle from '../../../shared/regles/plafond-non-reparti';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'plafond entièrement réparti', contexte: contexte({ convention: { plafond: { ae: 5000000, cp: 5000000 } }, lignes: [[2021, 50000, 50000]] }) },
    { nom: 'sans plafond', contexte: contexte({ lignes: [[2021, 1, 1]] }) },
    { nom: 'plafond sans échéancier (laissé à echeancier-absent)', contexte: contexte({ convention: { plafond: { ae: 100 } } }) },
    { nom: 'plafond dépassé (laissé à plafond-depasse)', contexte: contexte({ convention: { plafond: { ae: 100 } }, lignes: [[2021, 5, 5]] }) },
  ],
  invalides: [
    {
      nom: 'seed DGEFP-DNUM : 600 000 € sur 2 000 000 €',
      contexte: contexte({
        convention: { plafond: { ae: 200000000, dureeMois: 18 } },
        lignes: [[2020, 100000, 0], [2021, 500000, 600000]],
        positions: { 'plafond.ae': { ligne: 96 } },
      }),
      constats: [
        {
          position: { ligne: 96 },
          message: /^L'échéancier répartit 600\s000\s€ d'AE sur un montant maximum de 2\s000\s000\s€ : 1\s400\s000\s€ ne sont programmés sur aucune année\./,
        },
      ],
    },
    {
      nom: 'CP non répartis sans position connue',
      contexte: contexte({ convention: { plafond: { cp: 10000000 } }, lignes: [[2021, 50000, 50000]] }),
      constats: [{ position: null, message: /50\s000\s€ de CP sur un montant maximum de 100\s000\s€/ }],
    },
  ],
});
