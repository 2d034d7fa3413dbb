import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../shared/lecture/convention';
import regle from '../../../shared/regles/avenant-echeancier-ambigu';
import { verifier } from '../../../shared/verifier';
import { contexte, testerRegle } from './testeur';

/** An avenant that quotes the old échéancier and gives a new one without saying which is which. */
const AMBIGU = [
  'Avenant n° 2 à la convention de délégation de gestion du 4 mai 2018',
  '',
  'Il a été convenu ce qui suit :',
  '',
  "Article 1 – L'article 3 de la convention prévoit l'échéancier suivant :",
  '',
  'Année\tAE\tCP',
  '2024\t100 000 €\t100 000 €',
  '',
  'Article 2 – Échéancier',
  '',
  'Année\tAE\tCP',
  '2024\t150 000 €\t120 000 €',
  '2025\t0 €\t30 000 €',
].join('\n');

testerRegle(regle, {
  valides: [
    { nom: 'convention sans avenant', contexte: contexte({ lignes: [[2024, 1000, 1000]] }) },
    { nom: 'avenant dont le nouvel échéancier est annoncé', contexte: contexte({ convention: { type: 'avenant' }, lignes: [[2024, 1000, 1000]] }) },
    { nom: 'un seul échéancier signalé (rien à départager)', contexte: { ...contexte({ convention: { type: 'avenant' } }), echeanciersAvenant: [{ ligne: 7 }] } },
    { nom: 'lu du texte : « est remplacé par » désigne le nouveau', contexte: lireConvention(AMBIGU.replace('Article 2 – Échéancier', 'Il est remplacé par le tableau suivant :')).contexte },
  ],
  invalides: [
    {
      nom: 'deux échéanciers sans mot qui dise lequel est le nouveau',
      contexte: { ...contexte({ convention: { type: 'avenant' } }), echeanciersAvenant: [{ ligne: 7 }, { ligne: 12 }] },
      constats: [{ position: { ligne: 7 }, message: /^Avenant à 2 échéanciers \(lignes 7 et 12\) sans mention de celui qu'il fixe : aucun n'est retenu/ }],
    },
    {
      nom: 'lu du texte : aucun montant retenu, le constat nomme les deux tableaux',
      contexte: lireConvention(AMBIGU).contexte,
      constats: [{ position: { ligne: 7 }, message: /^Avenant à 2 échéanciers \(lignes 7 et 12\)/ }],
    },
  ],
});

describe('avenant ambigu lu d’un texte', () => {
  it('ne retient aucun montant, et seul ce constat parle de l’échéancier (pas « échéancier absent »)', () => {
    const { convention, contexte: c } = lireConvention(AMBIGU);
    expect(convention.echeancier).toEqual([]);
    const regles = verifier(c).map((k) => k.regle);
    expect(regles).toContain('avenant-echeancier-ambigu');
    expect(regles).not.toContain('echeancier-absent');
  });
});
