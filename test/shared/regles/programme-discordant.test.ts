import regle from '../../../shared/regles/programme-discordant';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    {
      nom: 'seed DGEFP 2024 : le BOP 013-CEFP est laissé à code-chorus-mal-forme',
      contexte: contexte({
        convention: {
          uo: '0103-CEFP-C004',
          programme: '0103',
          bop: '013-CEFP',
          chorus: { domaineFonctionnel: '0103-01-01', centreFinancier: '0103-CEFP-C004', activites: ['01030000-2303'] },
        },
      }),
    },
    { nom: 'seed DNE : 349-01-01 est bien sur le programme 0349', contexte: contexte({ convention: { programme: '0349', chorus: { domaineFonctionnel: '349-01-01', centreFinancier: '0349-CDBU-CENS', activites: ['03490101B801'] } } }) },
    { nom: 'programme sur trois chiffres', contexte: contexte({ convention: { programme: '214', chorus: { centreFinancier: '0214-CEN2-LGAC', activites: ['021401FC0503'] } } }) },
    { nom: 'activité sans programme lisible', contexte: contexte({ convention: { programme: '0103', chorus: { activites: ['DGTUCT'] } } }) },
  ],
  invalides: [
    {
      nom: 'domaine fonctionnel d’un autre programme',
      contexte: contexte({
        convention: { programme: '0103', chorus: { centreFinancier: '0103-CEFP-C004', domaineFonctionnel: '0104-01-01' } },
        positions: { 'chorus.domaineFonctionnel': { ligne: 130 } },
      }),
      constats: [
        {
          position: { ligne: 130 },
          message: /^Domaine fonctionnel 0104-01-01 sur le programme 0104, alors que la convention porte sur le programme 0103 : une dépense s'impute sur un seul programme\. Écrivez un domaine fonctionnel du programme 0103 \(0103…\) ou corrigez le programme\.$/,
        },
      ],
    },
    {
      nom: 'sans programme déclaré : le centre financier sert de référence',
      contexte: contexte({ convention: { uo: '0102-CEFP-C002', chorus: { centreFinancier: '0102-CEFP-C002', activites: ['010300002201'] } } }),
      constats: [{ position: null, message: /^Activité 010300002201 sur le programme 0103, alors que la convention porte sur le programme 0102 \(d'après le centre financier 0102-CEFP-C002\).*Écrivez une activité du programme 0102/ }],
    },
    {
      nom: 'UO et centre financier identiques sur un autre programme : signalés une fois',
      contexte: contexte({ convention: { programme: '0349', uo: '0103-CEFP-C004', chorus: { centreFinancier: '0103-CEFP-C004' } } }),
      constats: [{ position: null, message: /^Centre financier 0103-CEFP-C004 sur le programme 0103, alors que la convention porte sur le programme 0349/ }],
    },
  ],
});
