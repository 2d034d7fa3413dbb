import regle from '../../../shared/regles/orthographe-montant-lettres';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'orthographe traditionnelle', contexte: contexte({ montantsEnLettres: [{ chiffres: 80, lettres: 'quatre-vingts euros', ligne: 3 }] }) },
    { nom: 'orthographe de 1990', contexte: contexte({ montantsEnLettres: [{ chiffres: 203, lettres: 'deux-cent-trois euros', ligne: 3 }] }) },
    { nom: 'lettres discordantes (laissées à leur règle)', contexte: contexte({ montantsEnLettres: [{ chiffres: 81, lettres: 'quatre-vingt euros', ligne: 3 }] }) },
    { nom: 'lettres illisibles (laissées à leur règle)', contexte: contexte({ montantsEnLettres: [{ chiffres: 81, lettres: 'quatre blabla', ligne: 3 }] }) },
  ],
  invalides: [
    {
      nom: 'quatre-vingt sans s et milles',
      contexte: contexte({
        montantsEnLettres: [
          { chiffres: 80, lettres: 'quatre-vingt euros', ligne: 4 },
          { chiffres: 200000, lettres: 'deux cent milles euros', ligne: 9 },
        ],
      }),
      constats: [
        { position: { ligne: 4 }, message: /^Orthographe du montant en lettres «\squatre-vingt euros\s» : «\squatre-vingt\s» prend un s .*Écrivez «\squatre-vingts euros\s» \(ou «\squatre-vingts euros\s» en orthographe de 1990\)\.$/ },
        { position: { ligne: 9 }, message: /«\smille\s» est invariable.*Écrivez «\sdeux cent mille euros\s» \(ou «\sdeux-cent-mille euros\s»/ },
      ],
    },
    {
      nom: 'forme belge',
      contexte: contexte({ montantsEnLettres: [{ chiffres: 70000, lettres: 'septante mille euros', ligne: 2 }] }),
      constats: [{ position: { ligne: 2 }, message: /septante.*Écrivez «\ssoixante-dix mille euros\s»/ }],
    },
  ],
});
