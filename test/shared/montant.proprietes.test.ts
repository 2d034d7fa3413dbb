// Property tests: lireMontant never throws, always answers a typed result, and reads back exactly
// every valid way of writing an amount that we generate.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formaterMontant, lireMontant, type ResultatMontant } from '../../shared/montant';
import { essais } from '../aides/essais';

const RUNS = essais(10_000);
const ESPACES = [' ', '\u00a0', '\u202f'] as const;

function verifierType(r: ResultatMontant): void {
  if (r.ok) {
    expect(Number.isSafeInteger(r.centimes)).toBe(true);
    expect(Object.is(r.centimes, -0)).toBe(false);
    if (r.avertissement !== undefined) expect(r.avertissement.length).toBeGreaterThan(0);
  } else {
    expect(r.erreur).toMatch(/^Montant (vide|illisible|ambigu|trop grand)/);
  }
}

/** Groups integer digits by 3 with the given separator. */
function grouper(entier: string, sep: string): string {
  return entier.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Cents as euro digits: [integer part, two decimals]. */
function decouper(c: number): [string, string] {
  return [String(Math.floor(c / 100)), String(c % 100).padStart(2, '0')];
}

describe('lireMontant — properties', () => {
  it('never throws and always types its answer on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => verifierType(lireMontant(s))),
      { numRuns: RUNS },
    );
  });

  it('never throws on strings made of amount-like pieces', () => {
    const morceau = fc.constantFrom(
      '0', '1', '2', '5', '9', '00', '000', '500', ' ', '\u00a0', '\u202f', '.', ',', '-', '+', '(', ')', '€',
      'EUR', 'euros', "d'euros", 'k', 'K€', 'M€', 'Md€', 'millions', 'milliard', 'mille', 'deux', 'cent', 'et',
    );
    fc.assert(
      fc.property(fc.array(morceau, { maxLength: 12 }), (morceaux) => verifierType(lireMontant(morceaux.join('')))),
      { numRuns: RUNS },
    );
  });

  it('never throws on any number (sheet cells)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.double({ min: -1e12, max: 1e12 })), (n) => verifierType(lireMontant(n))),
      { numRuns: RUNS },
    );
  });

  it('reads back exactly every valid French writing of an amount', () => {
    const centimes = fc.oneof(
      fc.integer({ min: 0, max: 100_000_000_000_000 }),
      fc.integer({ min: 0, max: 100_000_000 }),
      fc.integer({ min: 0, max: 100_000 }).map((e) => e * 100),
    );
    const style = fc.constantFrom('intl', 'intl-decimales', 'espaces', 'points', 'brut');
    const devise = fc.constantFrom('', ' €', '€', '\u00a0€', ' EUR', ' euros', ' Euros');
    fc.assert(
      fc.property(centimes, style, fc.constantFrom(...ESPACES), devise, fc.boolean(), (c, st, esp, dev, negatif) => {
        const [entier, dec] = decouper(c);
        let texte: string;
        switch (st) {
          case 'intl':
            texte = formaterMontant(c);
            break;
          case 'intl-decimales':
            texte = formaterMontant(c, { decimales: true });
            break;
          case 'espaces':
            texte = grouper(entier, esp) + (dec === '00' ? '' : `,${dec}`) + dev;
            break;
          case 'points':
            // Dots as thousands separators are unambiguous with decimals or with two dots or more.
            texte = grouper(entier, '.') + `,${dec}` + dev;
            break;
          default:
            texte = entier + (dec === '00' ? '' : `,${dec}`) + dev;
        }
        const attendu = negatif && c !== 0 ? -c : c;
        if (negatif) texte = `-${texte}`;
        const r = lireMontant(texte);
        expect(r).toMatchObject({ ok: true, centimes: attendu });
      }),
      { numRuns: RUNS },
    );
  });

  it('reads k€, M€, Md€ and words of quantity exactly (no float drift)', () => {
    const unites: Array<[string, bigint]> = [
      [' k€', 1_000n], ['k€', 1_000n], [' K€', 1_000n], [' M€', 1_000_000n], [' millions d’euros', 1_000_000n],
      [' Md€', 1_000_000_000n], [' milliards', 1_000_000_000n],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(...unites),
        (entier, chiffres, fraction, [unite, facteur]) => {
          const dec = chiffres === 0 ? '' : String(fraction % 10 ** chiffres).padStart(chiffres, '0');
          const texte = `${entier}${dec ? `,${dec}` : ''}${unite}`;
          // Exact value in cents: (entier + dec / 10^len) * facteur * 100.
          const echelle = 10n ** BigInt(dec.length);
          const attendu = ((BigInt(entier) * echelle + BigInt(dec || '0')) * facteur * 100n) / echelle;
          expect(lireMontant(texte)).toMatchObject({ ok: true, centimes: Number(attendu) });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads sheet numbers (euros) to the exact cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (c) => {
        expect(lireMontant(c / 100)).toEqual({ ok: true, centimes: c === 0 ? 0 : c });
      }),
      { numRuns: RUNS },
    );
  });

  it('never guesses a lone 1.900 or 1,900', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('.', ','),
        fc.constantFrom('', ' €', '€', ' euros'),
        (a, b, sep, dev) => {
          const r = lireMontant(`${a}${sep}${String(b).padStart(3, '0')}${dev}`);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.erreur).toMatch(/^Montant ambigu/);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
