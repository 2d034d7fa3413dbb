// One schema decides what a valid registry is, whatever the path: a JSON registry, a CSV registry and
// the extension's database accept the same values and refuse the others for the same reason, so a JSON
// backup can always be restored from its CSV export (and back).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecrireEuros } from '../../../shared/montant';
import {
  ecrireRegistreCsv,
  ecrireRegistreJson,
  lireRegistreCsv,
  lireRegistreJson,
  type Registre,
} from '../../../shared/registre/format';
import { validerRegistre } from '../../../shared/registre/json';
import { registreCsv } from './arbitraires';
import { essais } from '../../aides/essais';

/** The reason of a message, without its place (`Ligne 3, champ « annee » : `). */
function raison(message: string): string {
  return message.slice(message.indexOf(' : ') + 3);
}
function raisons(r: ReturnType<typeof lireRegistreJson>): string[] {
  return r.ok ? [] : r.erreurs.map((e) => raison(e.message));
}

const MAX = Number.MAX_SAFE_INTEGER;

/** Edge values of a valid registry: first and last years, leap days, the largest exact amounts. */
const registreLimites: fc.Arbitrary<Registre> = fc
  .record({
    annee: fc.constantFrom(1900, 2199, 2024, 2000),
    dateFin: fc.constantFrom('1900-01-01', '2199-12-31', '2024-02-29', '2000-02-29', '2100-02-28'),
    ae: fc.constantFrom(MAX, -MAX, 0, 1, MAX - 1),
    cp: fc.constantFrom(null, 0, 99, MAX),
  })
  .map(({ annee, dateFin, ae, cp }) => ({
    version: 1 as const,
    conventions: [
      {
        id: 'limite',
        type: 'delegation-de-gestion' as const,
        delegant: { sigle: 'DGEFP' },
        delegataire: {},
        dateFin,
        echeancier: [{ annee, ae, cp }],
        anneesParAvenant: [annee],
      },
    ],
    executions: [{ conventionId: 'limite', dateArrete: dateFin, lignes: [{ annee, aeEngagees: ae, cpPayes: null }] }],
    startups: [],
    incubateurs: [],
  }));

describe('un seul schéma pour le JSON, le CSV et la base', () => {
  it('JSON → CSV → JSON est l’identité pour tout registre valide que le CSV porte, valeurs limites comprises', () => {
    fc.assert(
      fc.property(fc.oneof(registreCsv, registreLimites), (r) => {
        const json = lireRegistreJson(ecrireRegistreJson(r));
        expect(json).toEqual({ ok: true, registre: r });
        const csv = lireRegistreCsv(ecrireRegistreCsv(json.ok ? json.registre : r));
        if (!csv.ok) throw new Error(csv.erreurs.map((e) => e.message).join('\n'));
        expect(lireRegistreJson(ecrireRegistreJson(csv.registre))).toEqual({ ok: true, registre: r });
      }),
      { numRuns: essais(500) },
    );
  });

  it('CSV → JSON → CSV redonne le même texte', () => {
    fc.assert(
      fc.property(fc.oneof(registreCsv, registreLimites), (r) => {
        const texte = ecrireRegistreCsv(r);
        const csv = lireRegistreCsv(texte);
        if (!csv.ok) throw new Error(csv.erreurs.map((e) => e.message).join('\n'));
        const json = lireRegistreJson(ecrireRegistreJson(csv.registre));
        if (!json.ok) throw new Error(json.erreurs.map((e) => e.message).join('\n'));
        expect(ecrireRegistreCsv(json.registre)).toBe(texte);
      }),
      { numRuns: essais(500) },
    );
  });

  // Raw values around every limit: the two formats take the same decision, for the same reasons.
  const chiffres = (n: number, min: number, max: number) => fc.integer({ min, max }).map((v) => String(v).padStart(n, '0'));
  const valeurs = fc.record({
    annee: fc.oneof(fc.integer({ min: 1880, max: 2220 }), fc.constantFrom(24, -5, 1e15, 0, 99_999, 1899, 2200)),
    dateFin: fc.oneof(
      fc.tuple(chiffres(4, 1890, 2210), chiffres(2, 0, 13), chiffres(2, 0, 32)).map(([a, m, j]) => `${a}-${m}-${j}`),
      fc.constantFrom('2024-02-30', '2025-13-45', '2023-02-29', '2024-02-29', '0024-01-01', '1899-12-31', '2200-01-01'),
    ),
    montants: fc.array(
      fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(MAX, -MAX, 2 ** 53, 1e16, -(2 ** 54), MAX - 1, 1)),
      { minLength: 1, maxLength: 3 },
    ),
  });

  it('refuse les mêmes valeurs en JSON, en CSV et avant la base, pour la même raison', () => {
    fc.assert(
      fc.property(valeurs, ({ annee, dateFin, montants }) => {
        const convention = {
          id: 'c',
          type: 'delegation-de-gestion',
          delegant: {},
          delegataire: {},
          dateFin,
          echeancier: montants.map((ae) => ({ annee, ae, cp: null })),
        };
        const json = lireRegistreJson(JSON.stringify({ version: 1, conventions: [convention] }));
        const base = validerRegistre({ version: 1, conventions: [convention] });
        const csv = lireRegistreCsv(
          ['id;annee;ae;cp;date_fin', ...montants.map((ae) => `c;${JSON.stringify(annee)};${ecrireEuros(ae)};;${dateFin}`)].join('\n'),
        );
        expect(csv.ok).toBe(json.ok);
        expect(base.ok).toBe(json.ok);
        if (json.ok && csv.ok) {
          expect(csv.registre.conventions).toEqual(json.registre.conventions);
          return;
        }
        // The CSV stops reading a line at its first bad cell: its reasons are some of the JSON's.
        const enJson = new Set(raisons(json));
        expect(raisons(csv).length).toBeGreaterThan(0);
        for (const r of raisons(csv)) expect(enJson).toContain(r);
        expect(raisons(base)).toEqual(raisons(json));
      }),
      { numRuns: essais(1_500) },
    );
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['une date qui n’existe pas', { dateFin: '2024-02-30' }, 'c;2024;1;1;2024-02-30', /février 2024 compte 29 jours, le 30 n'existe pas/],
    ['un mois 13', { dateFin: '2025-13-45' }, 'c;2024;1;1;2025-13-45', /il n'y a pas de mois 13/],
    ['une année sur deux chiffres', { echeancier: [{ annee: 24, ae: 100, cp: 100 }] }, 'c;24;1;1;', /«\s24\s» n'est pas une année/],
    ['une année négative', { echeancier: [{ annee: -5, ae: 100, cp: 100 }] }, 'c;-5;1;1;', /«\s-5\s» n'est pas une année/],
    ['une année 1e15', { echeancier: [{ annee: 1e15, ae: 100, cp: 100 }] }, 'c;1000000000000000;1;1;', /«\s1000000000000000\s» n'est pas une année/],
    [
      'un total au-delà de 2^53 centimes',
      { echeancier: [{ annee: 2024, ae: MAX, cp: 0 }, { annee: 2025, ae: MAX, cp: 0 }] },
      `c;2024;${ecrireEuros(MAX)};0;\nc;2025;${ecrireEuros(MAX)};0;`,
      /total trop grand : la somme des AE de l’échéancier dépasse 90071992547409,91 €/,
    ],
  ])('%s : refusée en JSON et en CSV avec la même raison', (_nom, champs, lignesCsv, attendu) => {
    const convention = { id: 'c', type: 'delegation-de-gestion', delegant: { sigle: 'X' }, delegataire: {}, echeancier: [{ annee: 2024, ae: 100, cp: 100 }], ...champs };
    const json = lireRegistreJson(JSON.stringify({ version: 1, conventions: [convention] }));
    const csv = lireRegistreCsv(`id;annee;ae;cp;date_fin\n${lignesCsv}\n`);
    expect(json.ok).toBe(false);
    expect(csv.ok).toBe(false);
    expect(raisons(json)[0]).toMatch(attendu);
    expect(raisons(csv)[0]).toBe(raisons(json)[0]);
    // Placed: the CSV names its line and column, the JSON its line, convention and field.
    expect(csv.ok ? '' : csv.erreurs[0]!.message).toMatch(/^Ligne 2(, champ « (annee|date_fin) »)? : /);
    expect(json.ok ? '' : json.erreurs[0]!.message).toMatch(/^Ligne \d+, convention n° 1 \(« c »\), champ « (dateFin|echeancier(\[\d\]\.annee)?) » : /);
  });
});
