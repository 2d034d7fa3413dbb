import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lireConvention } from '../../../shared/lecture/convention';
import regle from '../../../shared/regles/montant-lu-zero';
import { cellule, contexte, testerRegle } from './testeur';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const seed = (nom: string) => readFileSync(path.join(SEEDS, nom), 'utf8');
const FAST = '003_f3a018de4bd6a119.txt';
const DELEGATION = [
  'CONVENTION DE DÉLÉGATION DE GESTION',
  'Entre la DGEFP et la DINUM.',
  'Article 1 : Objet',
  'La délégation porte sur un montant maximum de 2_000_000 € en AE et en CP.',
  'Article 2 : Échéancier',
  'Année\tAE\tCP',
  "2024\t1'200'000 €\t0 €",
  'Fait à Paris, le 28 mars 2024',
].join('\n');

testerRegle(regle, {
  valides: [
    { nom: 'un zéro écrit comme tel', contexte: contexte({ lignes: [[2024, '0 €', '0,00 €'], [2025, 0, '100 000 €']] }) },
    { nom: 'le seed FAST tel quel (30 000 €)', contexte: lireConvention(seed(FAST)).contexte },
    {
      nom: 'un plafond de 0 € écrit comme tel sur une ligne qui porte une année',
      contexte: contexte({ convention: { plafond: { ae: 0 }, sources: { 'plafond.ae': 1 } }, texte: 'En 2024, le plafond est de 0 € en AE.' }),
    },
    { nom: 'un texte dont le plafond ne se lit pas : rien à dire ici', contexte: lireConvention(DELEGATION).contexte },
  ],
  invalides: [
    {
      nom: 'cellule lue 0 € qui porte d’autres chiffres',
      contexte: (() => {
        const c = contexte({ lignes: [[2024, '100 000 €', 0]] });
        c.echeancier[0]!.cp = { brut: "1'000", valeur: 0, position: cellule('C2') };
        return c;
      })(),
      constats: [{ position: cellule('C2'), message: /^Montant des CP de 2024 lu 0 € alors que «\s1'000\s» porte d'autres chiffres\. Écrivez/ }],
    },
    {
      nom: 'montant FAST « 30\'000 € » lu 0 € (seed FAST)',
      contexte: lireConvention(seed(FAST).replace('30 000 €', "30'000 €")).contexte,
      constats: [{ position: { ligne: 124 }, message: /^Montant FAST lu 0 € alors que la ligne porte «\s30'000 €\s»\. Écrivez/ }],
    },
    {
      nom: 'plafond et ligne d’échéancier d’un texte lus 0 € sur des lignes qui portent d’autres chiffres',
      contexte: (() => {
        const c = contexte({
          convention: { plafond: { ae: 0, cp: 0 }, sources: { 'plafond.ae': 1, 'plafond.cp': 1 } },
          texte: "Un montant maximum de 2˙000˙000 € en AE et en CP.\nEn 2024, 1'200'000 € en AE.",
        });
        c.echeancier = [
          {
            annee: { brut: '2024', valeur: 2024, position: { ligne: 2 } },
            ae: { brut: '000 €', valeur: 0, position: { ligne: 2 } },
            cp: { brut: '', valeur: null, position: { ligne: 2 } },
            position: { ligne: 2 },
          },
        ];
        return c;
      })(),
      constats: [
        { position: { ligne: 1 }, message: /^Plafond des AE lu 0 € alors que la ligne porte «\s2˙000˙000 €\s»/ },
        { position: { ligne: 1 }, message: /^Plafond des CP lu 0 €/ },
        { position: { ligne: 2 }, message: /^Montant des AE de 2024 lu 0 € alors que la ligne porte «\s1'200'000 €\s»/ },
      ],
    },
  ],
});
