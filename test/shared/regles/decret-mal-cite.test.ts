import regle from '../../../shared/regles/decret-mal-cite';
import { contexte, testerRegle } from './testeur';

testerRegle(regle, {
  valides: [
    { nom: 'décret 2004-1085 bien cité', contexte: contexte({ texte: 'Vu le décret n° 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion dans les services de l’État ;' }) },
    {
      nom: 'deux décrets bien cités sur une ligne (lawinsider, DGITM)',
      contexte: contexte({
        texte:
          "Vu le décret 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion dans les services de l'Etat et le décret n°2012-1246 du 7 novembre 2012 modifié relatif à la gestion budgétaire et comptable publique,",
      }),
    },
    { nom: 'dates du BO de l’éducation nationale', contexte: contexte({ texte: 'Vu décret n° 2004-1085 du 14-10-2004 modifié ; décret n° 2012-1246 du 7-11-2012 modifié' }) },
    { nom: 'un autre décret du même jour, sous son titre', contexte: contexte({ texte: 'Vu le décret n° 2012-1247 du 7 novembre 2012 portant adaptation de divers textes' }) },
    { nom: 'un décret inconnu', contexte: contexte({ texte: 'Vu le décret n° 2013-728 du 12 août 2013 modifié portant organisation' }) },
    { nom: 'tableau', contexte: contexte({ lignes: [[2024, 1, 1]] }) },
  ],
  invalides: [
    {
      nom: 'le numéro d’un autre décret avec la date et le titre du décret 2004-1085 (BOC 2015), signalé une fois',
      contexte: contexte({
        texte:
          "Vu le décret n° 2014-1085 du 14 octobre 2004 (A) modifié, relatif à la délégation de gestion dans les services de l'État,\nPar la présente délégation établie en application de l'article 2. du décret n° 2014-1085 du 14 octobre 2004 (A) susvisé",
      }),
      constats: [
        {
          position: { ligne: 1 },
          message:
            /^Décret mal cité : « décret n° 2014-1085 du 14 octobre 2004 » n'est pas la bonne référence ; il s'agit du décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État\./,
        },
      ],
    },
    {
      nom: 'le numéro 2012-1247 avec le titre du décret GBCP (JO 2017)',
      contexte: contexte({ texte: 'Vu le décret n° 2012-1247 du 7 novembre 2012 modifié relatif à la gestion budgétaire et comptable publique ;' }),
      constats: [{ position: { ligne: 1 }, message: /il s'agit du décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique/ }],
    },
    {
      nom: 'le bon numéro avec une autre date',
      contexte: contexte({ texte: 'Vu le décret n° 2004-1085 du 14 octobre 2014 relatif à la délégation de gestion' }),
      constats: [{ position: { ligne: 1 }, message: /^Décret mal cité : « décret n° 2004-1085 du 14 octobre 2014 »/ }],
    },
  ],
});
