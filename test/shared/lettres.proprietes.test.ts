// Property tests: amounts ↔ words round-trip over 0 … 10¹² euros in both spellings, and the words
// reader never throws and always answers a typed result.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lireMontantEnLettres, montantEnLettres, type ResultatLettres } from '../../shared/lettres';
import { essais } from '../aides/essais';

const RUNS = essais(10_000);
const MAX_EUROS = 1_000_000_000_000;

/** Euros over the whole range, biased towards round amounts as conventions write them. */
const montants = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: MAX_EUROS }),
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: 1_000_000 }).map((e) => e * 1_000),
      fc.integer({ min: 0, max: 1_000 }).map((e) => e * 1_000_000),
      fc.integer({ min: 0, max: 1_000 }).map((e) => e * 1_000_000_000),
    ),
    fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 })),
  )
  .map(([euros, cts]) => (euros === MAX_EUROS ? euros * 100 : euros * 100 + cts));

function verifierType(r: ResultatLettres): void {
  if (r.ok) {
    expect(Number.isSafeInteger(r.centimes)).toBe(true);
    expect(Array.isArray(r.avertissements)).toBe(true);
    for (const a of r.avertissements) expect(a.length).toBeGreaterThan(0);
  } else {
    expect(r.erreur).toMatch(/^Montant en lettres (vide|illisible : «\u00a0.*\u00a0» — .+)/s);
  }
}

describe('montantEnLettres ↔ lireMontantEnLettres — properties', () => {
  it('round-trips 0 … 10¹² euros in traditional spelling, without warning', () => {
    fc.assert(
      fc.property(montants, (c) => {
        expect(lireMontantEnLettres(montantEnLettres(c))).toEqual({ ok: true, centimes: c, avertissements: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips 0 … 10¹² euros in 1990 spelling, without warning', () => {
    fc.assert(
      fc.property(montants, (c) => {
        const texte = montantEnLettres(c, { orthographe1990: true });
        // 1990: no space between numeral adjectives (only around the nouns and the currency).
        const nombres = texte.replace(/ et [^ ]+ centimes?$/, '');
        expect(nombres).not.toMatch(/\b(?:cent|vingt|mille|et) (?!euros?\b|centimes?\b|millions?\b|milliards?\b|d'euros\b)/);
        expect(lireMontantEnLettres(texte)).toEqual({ ok: true, centimes: c, avertissements: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it('reads the words whatever the case, accents and hyphens', () => {
    fc.assert(
      fc.property(montants, fc.boolean(), fc.constantFrom('majuscules', 'sans-accents', 'sans-tirets', 'tout-tirets'), (c, r90, variante) => {
        let texte = montantEnLettres(c, { orthographe1990: r90 });
        if (variante === 'majuscules') texte = texte.toUpperCase();
        if (variante === 'sans-accents') texte = texte.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        if (variante === 'sans-tirets') texte = texte.replace(/-/g, ' ');
        // Hyphens next to million/milliard are optional too (sources disagree).
        if (variante === 'tout-tirets') texte = texte.replace(/ (millions?|milliards?) /g, '-$1-');
        expect(lireMontantEnLettres(texte)).toMatchObject({ ok: true, centimes: c });
      }),
      { numRuns: RUNS },
    );
  });

  it('negative amounts round-trip with « moins »', () => {
    fc.assert(
      fc.property(montants.filter((c) => c > 0), (c) => {
        expect(lireMontantEnLettres(montantEnLettres(-c))).toEqual({ ok: true, centimes: -c, avertissements: [] });
      }),
      { numRuns: essais(2_000) },
    );
  });
});

describe('lireMontantEnLettres — never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => verifierType(lireMontantEnLettres(s))),
      { numRuns: RUNS },
    );
  });

  it('on random sequences of number words', () => {
    const mot = fc.constantFrom(
      'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
      'seize', 'vingt', 'vingts', 'trente', 'soixante', 'septante', 'huitante', 'nonante', 'cent', 'cents',
      'mille', 'milles', 'mil', 'million', 'millions', 'milliard', 'milliards', 'et', 'euro', 'euros',
      "d'euros", '€', 'centime', 'centimes', 'moins', 'de', ',', '-',
    );
    fc.assert(
      fc.property(fc.array(mot, { maxLength: 10 }), fc.constantFrom(' ', '-'), (mots, sep) => {
        verifierType(lireMontantEnLettres(mots.join(sep)));
      }),
      { numRuns: RUNS },
    );
  });
});
