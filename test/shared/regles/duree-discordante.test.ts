import regle from '../../../shared/regles/duree-discordante';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'seed DGEFP-DNUM : 18 mois, 16 décembre 2020 → 30 juin 2022', contexte: contexte({ convention: { dateSignature: '2020-12-16', dateFin: '2022-06-30', plafond: { ae: 200000000, dureeMois: 18 } } }) },
    { nom: 'sans durée', contexte: contexte() },
    { nom: 'fin avant signature (laissée à sa règle)', contexte: contexte({ convention: { dateSignature: '2024-01-01', dateFin: '2023-01-01', plafond: { dureeMois: 12 } } }) },
  ],
  invalides: [
    {
      nom: 'durée de 18 mois pour 30 mois de convention',
      contexte: contexte({ convention: { dateSignature: '2020-12-16', dateFin: '2023-06-30', plafond: { dureeMois: 18 }, sources: { 'plafond.dureeMois': 96 } } }),
      constats: [
        {
          position: { ligne: 96 },
          message: /^Durée de 18 mois annoncée, mais la convention court du 16 décembre 2020 au 30 juin 2023 \(environ 30 mois\) : .*«\s30 mois\s».*\(16 juin 2022\)\.$/,
        },
      ],
    },
  ],
});
