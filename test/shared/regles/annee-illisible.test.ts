import regle from '../../../shared/regles/annee-illisible';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'années sur quatre chiffres', contexte: contexte({ lignes: [[2024, 1000, 1000], [2025, null, 0]] }) },
    { nom: 'ligne vide sans année', contexte: contexte({ lignes: [[2024, 1000, 1000], [null, null, null]] }) },
    { nom: 'bornes 2000 et 2100', contexte: contexte({ lignes: [[2000, 1, 1], [2100, 1, 1]] }) },
  ],
  invalides: [
    {
      nom: 'année sur deux chiffres',
      contexte: contexte({ lignes: [['24', 1000, 1000]] }),
      constats: [{ position: cellule('A2'), message: /^Année illisible : «\s24\s» \(année attendue sur quatre chiffres\)\. Écrivez l'exercice sur quatre chiffres/ }],
    },
    {
      nom: 'raison du lecteur qui cite la cellule et dit quoi écrire : reprise telle quelle',
      contexte: (() => {
        const c = contexte({ lignes: [[2024, 1, 1], [2025, 1, 1]] });
        c.echeancier[1]!.annee = { brut: 'Plafond', valeur: null, position: cellule('A3'), probleme: 'année illisible « Plafond » : écrivez l\'année sur quatre chiffres (« 2024 »)' };
        return c;
      })(),
      constats: [{ position: cellule('A3'), message: /^Année illisible « Plafond » : écrivez l'année sur quatre chiffres \(« 2024 »\)\.$/ }],
    },
    {
      nom: 'année manquante sur une ligne qui porte des montants',
      contexte: contexte({ lignes: [[2024, 1000, 1000], [null, 500, null]] }),
      constats: [{ position: cellule('A3'), message: /^Année manquante .*quatre chiffres \(par exemple 2025\)/ }],
    },
    {
      nom: 'année invraisemblable',
      contexte: contexte({ lignes: [[2024, 1000, 1000], [2204, 1000, 1000], [1999, 1, 1]] }),
      constats: [
        { position: cellule('A3'), message: /^Année 2204 invraisemblable .*entre 2000 et 2100/ },
        { position: cellule('A4'), message: /^Année 1999 invraisemblable/ },
      ],
    },
  ],
});
