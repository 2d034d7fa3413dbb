// Property tests: lireDate never throws, types every answer, reads back every generated French writing
// of a real date; day arithmetic agrees with an independent oracle (Date.UTC, a pure function).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ajouterJours,
  ajouterMois,
  formaterDate,
  formaterDateCourte,
  joursDansMois,
  joursEntre,
  lireDate,
  type ResultatDate,
} from '../../shared/dates';
import { essais } from '../aides/essais';

const RUNS = essais(10_000);
const JOUR_MS = 86_400_000;

function isoDepuisUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Real calendar dates 1900 … 2199, as ISO strings. */
const datesIso = fc
  .integer({ min: Date.UTC(1900, 0, 1) / JOUR_MS, max: Date.UTC(2199, 11, 31) / JOUR_MS })
  .map((j) => isoDepuisUtc(j * JOUR_MS));

function verifierType(r: ResultatDate): void {
  if (r.ok) {
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isoDepuisUtc(Date.parse(`${r.date}T00:00:00Z`))).toBe(r.date);
  } else {
    expect(r.erreur).toMatch(/^Date (vide|illisible|impossible|improbable)/);
  }
}

const MOIS_ECRITS: Record<number, string[]> = {
  1: ['janvier', 'JANVIER', 'janv.', 'JAN.', 'jan'],
  2: ['février', 'fevrier', 'FÉVRIER', 'févr.', 'fev.'],
  3: ['mars', 'MARS'],
  4: ['avril', 'avr.', 'AVR.'],
  5: ['mai', 'MAI'],
  6: ['juin', 'Juin'],
  7: ['juillet', 'juil.', 'JUIL.'],
  8: ['août', 'aout', 'AOÛT'],
  9: ['septembre', 'sept.', 'SEPT.'],
  10: ['octobre', 'oct.'],
  11: ['novembre', 'nov.'],
  12: ['décembre', 'decembre', 'déc.', 'DEC.'],
};

describe('lireDate — properties', () => {
  it('never throws and always types its answer on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => verifierType(lireDate(s))),
      { numRuns: RUNS },
    );
  });

  it('never throws on date-like pieces', () => {
    const morceau = fc.constantFrom(
      '0', '1', '2', '9', '12', '28', '29', '30', '31', '2024', '1899', '/', '-', '.', ' ', '\u00a0', 'er', 'le ',
      'lundi ', 'mars', 'févr.', 'aout', 'DÉC.', 'premier', 'ᵉʳ',
    );
    fc.assert(
      fc.property(fc.array(morceau, { maxLength: 8 }), (m) => verifierType(lireDate(m.join('')))),
      { numRuns: RUNS },
    );
  });

  it('reads back every generated French writing of a real date', () => {
    const style = fc.constantFrom('longue', 'courte', 'nom', 'barres', 'barres-courtes', 'points', 'iso');
    fc.assert(
      fc.property(datesIso, style, fc.nat(), fc.constantFrom('', 'le ', 'Le ', 'mardi '), (iso, st, choix, prefixe) => {
        const [a, m, j] = iso.split('-').map(Number) as [number, number, number];
        let texte: string;
        switch (st) {
          case 'longue':
            texte = formaterDate(iso);
            break;
          case 'courte':
            texte = formaterDateCourte(iso);
            break;
          case 'nom': {
            const noms = MOIS_ECRITS[m]!;
            texte = `${j === 1 && choix % 2 === 0 ? '1er' : j} ${noms[choix % noms.length]} ${a}`;
            break;
          }
          case 'barres':
            texte = `${String(j).padStart(2, '0')}/${String(m).padStart(2, '0')}/${a}`;
            break;
          case 'barres-courtes':
            texte = `${j}/${m}/${a}`;
            break;
          case 'points':
            texte = `${j}.${m}.${a}`;
            break;
          default:
            texte = iso;
        }
        expect(lireDate(`${prefixe}${texte}`)).toEqual({ ok: true, date: iso });
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses every day past the end of its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (a, m, d) => {
        const jour = joursDansMois(a, m) + d;
        if (jour > 31) return;
        const r = lireDate(`${jour}/${m}/${a}`);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.erreur).toMatch(/^Date impossible/);
      }),
      { numRuns: essais(2_000) },
    );
  });
});

describe('calendar arithmetic — properties', () => {
  it('ajouterJours agrees with Date.UTC and joursEntre is its inverse', () => {
    fc.assert(
      fc.property(datesIso, fc.integer({ min: -40_000, max: 40_000 }), (iso, n) => {
        const resultat = ajouterJours(iso, n);
        expect(resultat).toBe(isoDepuisUtc(Date.parse(`${iso}T00:00:00Z`) + n * JOUR_MS));
        expect(joursEntre(iso, resultat)).toBe(n);
        expect(joursEntre(resultat, iso)).toBe(0 - n || 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('ajouterMois moves the month and keeps the day, clamped to the month end', () => {
    fc.assert(
      fc.property(datesIso, fc.integer({ min: -600, max: 600 }), (iso, n) => {
        const [a, m, j] = iso.split('-').map(Number) as [number, number, number];
        const [a2, m2, j2] = ajouterMois(iso, n).split('-').map(Number) as [number, number, number];
        expect(a2 * 12 + m2 - (a * 12 + m)).toBe(n);
        expect(j2).toBe(Math.min(j, joursDansMois(a2, m2)));
      }),
      { numRuns: RUNS },
    );
  });
});
