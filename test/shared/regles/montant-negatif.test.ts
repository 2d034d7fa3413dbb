import regle from '../../../shared/regles/montant-negatif';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'montants positifs ou nuls', contexte: contexte({ lignes: [[2024, '100 000 €', '0 €'], [2025, null, 100000]] }) },
    { nom: 'exécution à zéro', contexte: contexte({ lignes: [[2024, 1000, 1000, 0, 0]], total: [1000, 1000] }) },
  ],
  invalides: [
    {
      nom: 'AE négatives',
      contexte: contexte({ lignes: [[2024, '-50 000 €', '0 €']] }),
      constats: [{ position: cellule('B2'), message: /^Montant des AE de 2024 négatif \(-50\s000\s€\).*Écrivez 50\s000\s€ si c'est le montant prévu, ou 0 €/ }],
    },
    {
      nom: 'parenthèses comptables, exécution et total',
      contexte: contexte({ lignes: [[2024, 1000, '(500 €)', -10, 0]], total: [1000, -500] }),
      constats: [
        { position: cellule('C2'), message: /^Montant des CP de 2024 négatif \(-500\s€\)/ },
        { position: cellule('D2'), message: /^Montant des AE engagées de 2024 négatif \(-10\s€\)/ },
        { position: cellule('C3'), message: /^Total des CP négatif/ },
      ],
    },
  ],
});
