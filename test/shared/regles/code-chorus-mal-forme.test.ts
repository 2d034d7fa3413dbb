import regle from '../../../shared/regles/code-chorus-mal-forme';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    {
      nom: 'codes bien formés (seed DNE corrigée)',
      contexte: contexte({
        convention: {
          uo: '0349-CDBU-CENS',
          programme: '0349',
          bop: '0349-CDBU',
          chorus: { domaineFonctionnel: '0349-01-01', centreFinancier: '0349-CDBU-CENS', activites: ['03490101B801'], centreDeCout: 'CENDPAG075' },
        },
      }),
    },
    { nom: 'seed MENJS', contexte: contexte({ convention: { uo: '0214-CEN2-LGAC', programme: '0214', chorus: { centreFinancier: '0214-CEN2-LGAC', activites: ['021401FC0503'] } } }) },
    { nom: 'préfixe BG00/ des extractions Chorus et domaine sans sous-action', contexte: contexte({ convention: { chorus: { activites: ['BG00/010300000108'], domaineFonctionnel: '0103-01' } } }) },
    { nom: 'aucune référence Chorus', contexte: contexte() },
  ],
  invalides: [
    {
      nom: 'seed DGEFP 2024 : BOP 013-CEFP et activité avec tiret',
      contexte: contexte({
        convention: {
          uo: '0103-CEFP-C004',
          programme: '0103',
          bop: '013-CEFP',
          chorus: { domaineFonctionnel: '0103-01-01', centreFinancier: '0103-CEFP-C004', activites: ['01030000-2303'], centreDeCout: 'EMPEF00075' },
        },
        positions: { bop: { ligne: 52 }, 'chorus.activites.0': { ligne: 132 } },
      }),
      constats: [
        {
          position: { ligne: 52 },
          message: /^BOP «\s013-CEFP\s» mal formé : un BOP s'écrit programme sur 4 chiffres.*; d'après le centre financier 0103-CEFP-C004, écrivez 0103-CEFP\.$/,
        },
        { position: { ligne: 132 }, message: /^Activité «\s01030000-2303\s» écrite avec un séparateur.*écrivez 010300002303\.$/ },
      ],
    },
    {
      nom: 'seed DNE : domaine fonctionnel sans le zéro du programme',
      contexte: contexte({ convention: { chorus: { domaineFonctionnel: '349-01-01' } }, positions: { 'chorus.domaineFonctionnel': { ligne: 124 } } }),
      constats: [{ position: { ligne: 124 }, message: /^Domaine fonctionnel «\s349-01-01\s» mal formé.*; écrivez 0349-01-01\.$/ }],
    },
    {
      nom: 'seed DGEFP-DNUM : activité de 13 caractères',
      contexte: contexte({ convention: { chorus: { activites: ['0102000002201'] } }, positions: { 'chorus.activites': { ligne: 171 } } }),
      constats: [{ position: { ligne: 171 }, message: /^Activité «\s0102000002201\s» de 13 caractères au lieu de 12.*un caractère en trop \?\)\.$/ }],
    },
    {
      nom: 'centre financier et UO mal formés : erreurs',
      contexte: contexte({ convention: { uo: '103-CEFP-C004', chorus: { centreFinancier: '0103-CEFP' } }, positions: { uo: { ligne: 5 } } }),
      constats: [
        { gravite: 'erreur', position: null, message: /^Centre financier «\s0103-CEFP\s» mal formé : un centre financier s'écrit.*par exemple 0103-CEFP-C004\.$/ },
        { gravite: 'erreur', position: { ligne: 5 }, message: /^UO «\s103-CEFP-C004\s» mal formée : une UO s'écrit.*; écrivez 0103-CEFP-C004\.$/ },
      ],
    },
    {
      nom: 'BOP bien formé mais d’un autre centre financier',
      contexte: contexte({ convention: { bop: '0103-CEFX', chorus: { centreFinancier: '0103-CEFP-C004' } } }),
      constats: [{ position: null, message: /^BOP 0103-CEFX différent de celui du centre financier 0103-CEFP-C004 \(0103-CEFP\).*Écrivez 0103-CEFP/ }],
    },
    {
      nom: 'centre de coûts avec espace, programme sur trois chiffres, activité trop courte',
      contexte: contexte({ convention: { programme: '214', chorus: { centreDeCout: 'CENLOG 1075', activites: ['021401FC05'] } } }),
      constats: [
        { position: null, message: /^Activité «\s021401FC05\s» de 10 caractères au lieu de 12.*un caractère manquant \?\)\.$/ },
        { position: null, message: /^Centre de coûts «\sCENLOG 1075\s» mal formé.*; écrivez CENLOG1075\.$/ },
        { position: null, message: /^Programme «\s214\s» mal formé : .*; écrivez 0214\.$/ },
      ],
    },
  ],
});
