import regle from '../../../shared/regles/annee-sans-avenant';
import { cellule, contexte, testerRegle } from './testeur';

const PHRASE_000 =
  "La présente convention prend effet à sa date de signature. Elle est conclue pour une période allant jusqu'au 31 décembre 2025. " +
  "Le montant de la délégation de gestion nécessaire au titre de l'année 2025 sera établie par avenant à la présente convention.";

testerRegle(regle, {
  valides: [
    { nom: 'montant de l’année déjà inscrit', contexte: contexte({ lignes: [[2024, 1000, 500], [2025, 1000, 1500]], texte: PHRASE_000 }) },
    {
      nom: 'avenants passés cités par leur date',
      contexte: contexte({
        lignes: [[2024, 1000, 1000], [2025, null, 0]],
        texte: 'Faisant suite à la convention et ses avenants du 1er janvier 2020, du 9 septembre 2022 et du 20 juin 2023, il a été convenu ce qui suit :',
      }),
    },
    { nom: 'modification par avenant sans année', contexte: contexte({ lignes: [[2025, null, 0]], texte: 'Toute modification fait l’objet d’un avenant.' }) },
    { nom: 'année hors de la période', contexte: contexte({ lignes: [[2024, 1, 1]], texte: 'Le montant au titre de 2027 sera fixé par avenant.' }) },
    { nom: 'pas de texte', contexte: contexte({ lignes: [[2025, null, 10]] }) },
  ],
  invalides: [
    {
      nom: 'seed DGEFP 2024 : AE de 2025 renvoyées à un avenant',
      contexte: contexte({ lignes: [[2024, 2500000, 1900000], [2025, null, 600000]], texte: `\n\n${PHRASE_000}` }),
      constats: [
        {
          gravite: 'information',
          position: cellule('B3'),
          message: /^AE de 2025 non fixées : la convention renvoie leur montant à un avenant \(ligne 3\)\. Tant qu'il n'est pas signé, aucune AE ne peut être engagée en 2025/,
        },
      ],
    },
    {
      nom: 'année absente de l’échéancier : pointée sur la phrase',
      contexte: contexte({ lignes: [[2024, 1000, 1000]], texte: 'Les crédits de l’exercice 2025 seront fixés par voie d’avenant.' }),
      constats: [{ position: { ligne: 1 }, message: /^AE de 2025 non fixées/ }],
    },
  ],
});
