import regle from '../../../shared/regles/montant-illisible';
import { cellule, contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'montants lisibles et case vide', contexte: contexte({ lignes: [[2024, '2 500 000 €', '1 900 000 €'], [2025, null, '600 000 €']] }) },
    { nom: 'nombres de cellule', contexte: contexte({ lignes: [[2024, 100000, 100000, 50000, 20000]], total: [100000, 100000] }) },
    { nom: 'sans échéancier', contexte: contexte() },
  ],
  invalides: [
    {
      nom: 'montant ambigu 1.900',
      contexte: contexte({ lignes: [[2024, '2 500 000 €', '1.900']] }),
      constats: [{ position: cellule('C2'), message: /^Montant des CP de 2024 ambigu : «\s1\.900\s» peut se lire.*Écrivez/ }],
    },
    {
      nom: 'erreur de formule et texte',
      contexte: contexte({ lignes: [[2024, '#REF!', '100 000 €'], [2025, 'beaucoup', '100 000 €']] }),
      constats: [
        { position: cellule('B2'), message: /^Montant des AE de 2024 illisible : «\s#REF!\s» ne contient pas de chiffres\. Écrivez par exemple/ },
        { position: cellule('B3'), message: /^Montant des AE de 2025 illisible : «\sbeaucoup\s»/ },
      ],
    },
    {
      nom: 'colonnes d’exécution et ligne de total',
      contexte: contexte({ lignes: [[2024, 1000, 1000, '12,5,0', 500]], total: ['mille euros et quelques', 1000] }),
      constats: [
        { position: cellule('D2'), message: /^Montant des AE engagées de 2024 illisible : «\s12,5,0\s»/ },
        { position: cellule('B3'), message: /^Montant du total des AE illisible : «\smille euros et quelques\s»/ },
      ],
    },
    {
      nom: 'ligne sans année : désignée par sa ligne, conseil du lecteur repris sans doublon',
      contexte: (() => {
        const c = contexte({ lignes: [[2024, 1000, 1000], [null, 1000, null]] });
        c.echeancier[1]!.cp = { brut: '', valeur: null, position: cellule('C3'), probleme: 'Cellule absente : la ligne s\'arrête avant cette colonne. Complétez la ligne.' };
        return c;
      })(),
      constats: [{ position: cellule('C3'), message: /^Montant des CP de la ligne 3 illisible : Cellule absente : la ligne s'arrête avant cette colonne\. Complétez la ligne\.$/ }],
    },
    {
      nom: 'problème signalé par le lecteur sans texte',
      contexte: (() => {
        const c = contexte({ lignes: [[2024, 1000, 1000]] });
        c.echeancier[0]!.cp = { brut: '', valeur: null, position: cellule('C2'), probleme: 'Cellule fusionnée : valeur introuvable.' };
        return c;
      })(),
      constats: [{ position: cellule('C2'), message: /^Montant des CP de 2024 illisible : Cellule fusionnée : valeur introuvable\. Écrivez le montant en chiffres/ }],
    },
  ],
});
