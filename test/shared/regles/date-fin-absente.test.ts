import regle from '../../../shared/regles/date-fin-absente';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'date de fin lue', contexte: contexte({ texte: "Elle est conclue jusqu'au 31 décembre 2025." }) },
    { nom: 'tableau avec date de fin', contexte: contexte({ lignes: [[2024, 1, 1]] }) },
  ],
  invalides: [
    {
      nom: 'texte sans terme : erreur (décret 2004-1085 art. 1)',
      contexte: contexte({ convention: { dateFin: undefined }, texte: 'La présente convention prend effet à sa date de signature.' }),
      constats: [{ position: null, message: /^Date de fin introuvable : .*«\spour une durée limitée\s» \(décret 2004-1085, art\. 1\)/ }],
    },
    {
      nom: 'tableau sans date de fin : avertissement',
      contexte: contexte({ convention: { dateFin: undefined }, lignes: [[2024, 1, 1]] }),
      constats: [{ gravite: 'avertissement', position: null, message: /^Date de fin absente : ajoutez une cellule «\sDate de fin\s»/ }],
    },
    {
      nom: 'partenariat FAST sans date de fin : erreur qui ne cite pas le décret des délégations',
      contexte: contexte({ convention: { type: 'partenariat-fast', dateFin: undefined }, texte: 'Convention de partenariat FAST' }),
      constats: [{ gravite: 'erreur', position: null, message: /^Date de fin introuvable : sans terme écrit, on ne sait pas jusqu'à quand l'accompagnement FAST est dû/ }],
    },
    {
      nom: 'avenant sans date de fin : avertissement',
      contexte: contexte({ convention: { type: 'avenant', dateFin: undefined }, texte: 'Article 1 : Objet de l’avenant' }),
      constats: [{ gravite: 'avertissement', position: null, message: /^Date de fin introuvable dans l'avenant : s'il prolonge la convention, écrivez la nouvelle date/ }],
    },
    {
      nom: 'date impossible',
      contexte: contexte({ convention: { dateFin: '2025-13-01' }, positions: { dateFin: { cellule: 'G2', ligne: 2, colonne: 7 } } }),
      constats: [{ position: { cellule: 'G2', ligne: 2, colonne: 7 }, message: /^Date de fin «\s2025-13-01\s» invalide/ }],
    },
  ],
});
