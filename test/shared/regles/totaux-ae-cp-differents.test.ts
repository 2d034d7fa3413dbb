import regle from '../../../shared/regles/totaux-ae-cp-differents';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'totaux égaux', contexte: contexte({ lignes: [[2024, 2500000, 1900000], [2025, null, 600000]] }) },
    { nom: 'échéancier vide', contexte: contexte() },
    { nom: 'montant illisible : règle muette', contexte: contexte({ lignes: [[2024, 'abc', 5000]] }) },
  ],
  invalides: [
    {
      nom: 'CP inférieurs aux AE',
      contexte: contexte({ lignes: [[2024, 2500000, 1900000], [2025, null, 500000]] }),
      constats: [
        {
          position: cellule('C3'),
          message: /^Total des CP \(2\s400\s000\s€\) inférieur au total des AE \(2\s500\s000\s€\) : 100\s000\s€ d'AE ne seraient jamais payés\. Ajoutez 100\s000\s€ de CP \(en 2025/,
        },
      ],
    },
    {
      nom: 'CP supérieurs aux AE, pointé sur la ligne de total',
      contexte: contexte({ lignes: [[2024, 1000, 1000], [2025, 0, 500]], total: [1000, 1500] }),
      constats: [{ position: cellule('C4'), message: /^Total des CP \(1\s500\s€\) supérieur au total des AE \(1\s000\s€\).*Ramenez les CP à 1\s000\s€ au total/ }],
    },
    {
      nom: 'convention échue : erreur',
      contexte: contexte({ lignes: [[2024, 1000, 900]], aujourdhui: '2026-01-01' }),
      constats: [{ gravite: 'erreur', position: cellule('C2'), message: /^Total des CP \(900\s€\) inférieur/ }],
    },
    {
      nom: 'dernier jour de la convention : encore un avertissement',
      contexte: contexte({ lignes: [[2024, 1000, 900]], aujourdhui: '2025-12-31' }),
      constats: [{ gravite: 'avertissement', position: cellule('C2'), message: /inférieur au total des AE/ }],
    },
  ],
});
