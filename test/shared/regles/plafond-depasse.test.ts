import regle from '../../../shared/regles/plafond-depasse';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'sous le plafond (seed DGEFP-DNUM)', contexte: contexte({ convention: { plafond: { ae: 200000000, dureeMois: 18 } }, lignes: [[2020, 100000, 0], [2021, 500000, 600000]] }) },
    { nom: 'égal au plafond AE et CP (seed MENJS)', contexte: contexte({ convention: { plafond: { ae: 5000000, cp: 5000000 } }, lignes: [[2021, 50000, 50000]] }) },
    { nom: 'sans plafond', contexte: contexte({ lignes: [[2021, 5e9, 5e9]] }) },
    { nom: 'dépassement éventuel après un montant illisible : inconnu', contexte: contexte({ convention: { plafond: { ae: 100 } }, lignes: [[2021, 'abc', 0], [2022, 5, 0]] }) },
  ],
  invalides: [
    {
      nom: 'AE au-delà du plafond la deuxième année',
      contexte: contexte({ convention: { plafond: { ae: 200000000 } }, lignes: [[2024, 1500000, 1000000], [2025, 600000, 1100000]] }),
      constats: [
        {
          position: cellule('B3'),
          message: /^AE cumulées fin 2025 \(2\s100\s000\s€\) au-delà du montant maximum de la convention \(2\s000\s000\s€\) : ramenez les AE de 2025 à 500\s000\s€ au plus, ou relevez le montant maximum par avenant\.$/,
        },
      ],
    },
    {
      nom: 'dépassement avant un montant illisible',
      contexte: contexte({ convention: { plafond: { ae: 100 } }, lignes: [[2021, 150, 0], [2022, '1.900', 0]] }),
      constats: [{ position: cellule('B2'), message: /^AE cumulées fin 2021 \(150\s€\)/ }],
    },
    {
      nom: 'AE et CP au-delà',
      contexte: contexte({ convention: { plafond: { ae: 5000000, cp: 5000000 } }, lignes: [[2021, 60000, 55000]] }),
      constats: [
        { position: cellule('B2'), message: /^AE cumulées fin 2021 \(60\s000\s€\).*\(50\s000\s€\).*ramenez les AE de 2021 à 50\s000\s€/ },
        { position: cellule('C2'), message: /^CP cumulés fin 2021 \(55\s000\s€\)/ },
      ],
    },
  ],
});
