import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../shared/lecture/convention';
import regle from '../../../shared/regles/roles-parties-indetermines';
import { verifier } from '../../../shared/verifier';
import { contexte, testerRegle } from './testeur';

/** Two parties and nothing that says which one delegates. */
const SANS_ROLES = [
  'Convention de délégation de gestion du 4 mai 2018',
  '',
  'Entre',
  'La direction du budget (DB),',
  'Et',
  'La direction générale des finances publiques (DGFiP),',
  'Il est convenu ce qui suit :',
  'Article 1 – Objet',
].join('\n');

testerRegle(regle, {
  valides: [
    { nom: 'rôles connus', contexte: contexte({}) },
    { nom: 'liste vide', contexte: { ...contexte({}), partiesSansRole: [] } },
    { nom: 'lu du texte : les rôles sont dits', contexte: lireConvention(SANS_ROLES.replace('(DB),', '(DB), ci-après dénommée « le délégant »,')).contexte },
  ],
  invalides: [
    {
      nom: 'deux parties sans rôle',
      contexte: { ...contexte({}), partiesSansRole: [{ designation: 'DB', position: { ligne: 4 } }, { designation: 'DGFiP', position: { ligne: 6 } }] },
      constats: [{ position: { ligne: 4 }, message: /^Le texte nomme « DB » et « DGFiP » sans dire qui délègue à qui : ni délégant ni délégataire n'a été retenu\./ }],
    },
    {
      nom: 'lu du texte : aucun rôle deviné, le constat nomme les deux parties',
      contexte: lireConvention(SANS_ROLES).contexte,
      constats: [{ position: { ligne: 4 }, message: /« DB » et « DGFiP »/ }],
    },
  ],
});

describe('parties sans rôle lues d’un texte', () => {
  it('laisse délégant et délégataire vides et le constat est un avertissement', () => {
    const { convention, contexte: c } = lireConvention(SANS_ROLES);
    expect(convention.delegant).toEqual({});
    expect(convention.delegataire).toEqual({});
    const constat = verifier(c).find((k) => k.regle === 'roles-parties-indetermines');
    expect(constat?.gravite).toBe('avertissement');
  });
});
