import regle from '../../../shared/regles/uo-discordante';
import { contexte, testerRegle } from './testeur';

const texte = (lignes: string[]) => lignes.join('\n');

testerRegle(regle, {
  valides: [
    {
      nom: 'UO = centre financier, citée plusieurs fois (seed DGEFP-DNUM)',
      contexte: contexte({
        convention: { uo: '0102-CEFP-C002', chorus: { centreFinancier: '0102-CEFP-C002' } },
        texte: texte(['(UO) [0102-CEFP-C002], dont le responsable', "sur l'UO [0102-CEFP-C002] selon", 'Centre financier :\t0102-CEFP-C002']),
      }),
    },
    { nom: 'écritures différentes du même code', contexte: contexte({ convention: { uo: 'UO 0214-CEN2-LGAC', chorus: { centreFinancier: '**0214-cen2-lgac**' } } }) },
    { nom: 'un code activité écrit 4-4-4 n’est pas une UO', contexte: contexte({ convention: { uo: '0103-CEFP-C004' }, texte: 'Activité : 0103-0000-2303' }) },
    { nom: 'rien à comparer', contexte: contexte({ convention: { chorus: { centreFinancier: '0103-CEFP-C004' } } }) },
  ],
  invalides: [
    {
      nom: 'centre financier d’une autre UO',
      contexte: contexte({
        convention: { uo: '0103-CEFP-C004', chorus: { centreFinancier: '0103-CEFP-C005' } },
        positions: { 'chorus.centreFinancier': { ligne: 131 } },
      }),
      constats: [
        {
          position: { ligne: 131 },
          message: /^Centre financier 0103-CEFP-C005 différent de l'UO de la convention \(0103-CEFP-C004\).*Écrivez 0103-CEFP-C004 dans les références Chorus, ou corrigez l'UO\.$/,
        },
      ],
    },
    {
      nom: 'une autre UO citée dans le texte : avertissement sur sa ligne',
      contexte: contexte({
        convention: { uo: '0102-CEFP-C002', chorus: { centreFinancier: '0102-CEFP-C002' } },
        texte: texte(['(UO) [0102-CEFP-C002]', '', "sur l'UO [0102-CEFP-C020] selon l'échéancier, et encore [0102-CEFP-C020]"]),
      }),
      constats: [{ gravite: 'avertissement', position: { ligne: 3 }, message: /^UO 0102-CEFP-C020 citée ici alors que la convention porte sur l'UO 0102-CEFP-C002.*Remplacez 0102-CEFP-C020 par 0102-CEFP-C002/ }],
    },
  ],
});
