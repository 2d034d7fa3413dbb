// The dashboard's view in its query string: a bookmarked link gives back the same view, and a
// hand-edited one opens without error (unknown values are dropped).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLONNES_TRI } from '../../../../shared/portefeuille/filtres';
import { COLONNES_FACULTATIVES, ecrireVue, filtresDe, lireVue, NIVEAUX, PHASES, VUE_VIDE, type Vue } from '../../../../extension/ui/tableau/vue';

describe('vue du tableau de bord dans l’URL', () => {
  it('la vue par défaut n’écrit rien ; une vue complète se relit à l’identique', () => {
    expect(ecrireVue(VUE_VIDE)).toBe('');
    const vue: Vue = { requete: 'dgefp 2025', phases: ['en-cours', 'a-venir'], niveaux: ['alerte'], partenaire: 'DGEFP', programme: '0103', annee: 2025, tri: { colonne: 'ae', sens: 'desc' }, masquees: ['uo', 'periode'] };
    expect(ecrireVue(vue)).toBe('?q=dgefp+2025&phase=en-cours&phase=a-venir&niveau=alerte&partenaire=DGEFP&programme=0103&annee=2025&tri=ae&sens=desc&masquer=uo&masquer=periode');
    expect(lireVue(ecrireVue(vue))).toEqual(vue);
  });

  it('propriété : lire(écrire(vue)) = vue', () => {
    const vue = fc.record({
      requete: fc.string({ maxLength: 30 }).filter((q) => q.trim() !== ''),
      phases: fc.subarray([...PHASES]),
      niveaux: fc.subarray([...NIVEAUX]),
      partenaire: fc.string({ maxLength: 10 }),
      programme: fc.string({ maxLength: 10 }),
      annee: fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: null }),
      tri: fc.record({ colonne: fc.constantFrom(...COLONNES_TRI), sens: fc.constantFrom('asc' as const, 'desc' as const) }),
      masquees: fc.subarray([...COLONNES_FACULTATIVES]),
    });
    fc.assert(
      fc.property(vue, (v) => {
        expect(lireVue(ecrireVue(v))).toEqual(v);
      }),
    );
  });

  it('un lien modifié à la main s’ouvre : valeurs inconnues ignorées', () => {
    expect(lireVue('?phase=finie&niveau=rouge&annee=abc&tri=prix&sens=haut&masquer=startups')).toEqual(VUE_VIDE);
    expect(lireVue('?annee=99999').annee).toBeNull();
  });

  it('donne les filtres partagés, avec les résultats de recherche', () => {
    const ids = new Set(['a']);
    expect(filtresDe({ ...VUE_VIDE, partenaire: 'DNE', annee: 2024 }, ids)).toEqual({ phases: [], niveaux: [], partenaires: ['DNE'], annee: 2024, ids });
    expect(filtresDe(VUE_VIDE, null)).toEqual({ phases: [], niveaux: [] });
  });
});
