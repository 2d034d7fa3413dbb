import regle from '../../../shared/regles/lettres-chiffres-discordants';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    {
      nom: 'seed DGEFP 2024 : chiffres et lettres concordants',
      contexte: contexte({
        montantsEnLettres: [
          { chiffres: '2 500 000 €', lettres: 'deux millions cinq cent mille euros', ligne: 119 },
          { chiffres: '1 900 000 €', lettres: 'un million neuf cent mille euros', ligne: 119 },
          { chiffres: '600 000 €', lettres: 'six cent mille euros', ligne: 120 },
        ],
      }),
    },
    { nom: 'orthographe de 1990', contexte: contexte({ montantsEnLettres: [{ chiffres: 2500000, lettres: 'deux millions cinq-cent-mille euros', ligne: 3 }] }) },
    { nom: 'lettres mal orthographiées mais justes (laissées à leur règle)', contexte: contexte({ montantsEnLettres: [{ chiffres: 80, lettres: 'quatre-vingt euros', ligne: 3 }] }) },
    { nom: 'chiffres illisibles (laissés au lecteur)', contexte: contexte({ montantsEnLettres: [{ chiffres: '1.900', lettres: 'mille neuf cents euros', ligne: 3 }] }) },
    { nom: 'aucun montant en lettres', contexte: contexte() },
  ],
  invalides: [
    {
      nom: 'lettres et chiffres différents',
      contexte: contexte({ montantsEnLettres: [{ chiffres: '1 800 000 €', lettres: 'un million neuf cent mille euros', ligne: 119 }] }),
      constats: [
        {
          position: { ligne: 119 },
          message:
            /^Montant en lettres discordant : «\sun million neuf cent mille euros\s» vaut 1\s900\s000\s€, mais les chiffres disent 1\s800\s000\s€\. Si 1\s800\s000\s€ est juste, écrivez «\sun million huit cent mille euros\s» ; sinon corrigez les chiffres en 1\s900\s000\s€\.$/,
        },
      ],
    },
    {
      nom: 'lettres illisibles : avertissement',
      contexte: contexte({ montantsEnLettres: [{ chiffres: 2000000, lettres: 'deux millions blabla', ligne: 12 }] }),
      constats: [{ gravite: 'avertissement', position: { ligne: 12 }, message: /^Montant en lettres illisible : .*«\sblabla\s» n'est pas attendu ici\. Pour 2\s000\s000\s€, écrivez «\sdeux millions d'euros\s»\.$/ }],
    },
  ],
});
