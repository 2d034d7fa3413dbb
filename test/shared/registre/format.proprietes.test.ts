// Property tests of the registry formats: both round-trip, writing is idempotent, and neither reader
// throws or answers untyped results on arbitrary texts (10 000 each in the deep run, 1 000 in `npm test`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ecrireRegistreCsv,
  ecrireRegistreJson,
  lireRegistreCsv,
  lireRegistreJson,
  Registre,
  type ResultatRegistre,
} from '../../../shared/registre/format';
import { registreCsv, registreQuelconque } from './arbitraires';
import { essais } from '../../aides/essais';

const RUNS = essais(10_000);
const ANGLAIS = /\b(undefined|NaN|object Object|Unexpected|Invalid input|expected)\b/;

function verifierResultat(r: ResultatRegistre): void {
  if (r.ok) {
    expect(Registre.safeParse(r.registre).success).toBe(true);
    return;
  }
  expect(r.erreurs.length).toBeGreaterThan(0);
  expect(r.erreurs.length).toBeLessThanOrEqual(51);
  for (const e of r.erreurs) {
    expect(e.message.length).toBeGreaterThan(10);
    expect(e.message).not.toMatch(ANGLAIS);
    if (e.ligne !== undefined) {
      expect(Number.isInteger(e.ligne) && e.ligne >= 1).toBe(true);
      expect(e.message).toMatch(new RegExp(`^Ligne ${e.ligne}\\b`));
    }
  }
}

describe('registre CSV — propriétés', () => {
  it('relit exactement tout registre que le format CSV porte', () => {
    fc.assert(
      fc.property(registreCsv, (r) => {
        expect(lireRegistreCsv(ecrireRegistreCsv(r))).toEqual({ ok: true, registre: r });
      }),
      // Registries of up to 5 conventions with every field: fewer runs cover as much as 10 000 texts.
      { numRuns: essais(3_000) },
    );
  });

  it('met tout registre valide en forme normale CSV en un passage : le relire et le réécrire ne change plus rien', () => {
    fc.assert(
      fc.property(registreQuelconque.filter((r) => r.conventions.length > 0), (r) => {
        const premier = lireRegistreCsv(ecrireRegistreCsv(r));
        if (!premier.ok) throw new Error(premier.erreurs.map((e) => e.message).join('\n'));
        expect(premier.registre.conventions.map((c) => c.id)).toEqual(r.conventions.map((c) => c.id));
        const texte = ecrireRegistreCsv(premier.registre);
        expect(lireRegistreCsv(texte)).toEqual(premier);
        expect(ecrireRegistreCsv(premier.registre)).toBe(texte);
      }),
      { numRuns: essais(2_000) },
    );
  });

  it('ne lève jamais et répond un résultat typé en français sur des textes quelconques', () => {
    const morceau = fc.constantFrom(
      'id', 'annee', 'ae', 'cp', 'date_fin', 'nature', 'execution', 'type', 'x', '2024', '24', '1.900', '2 500 000,00', '#REF!',
      ';', ',', '\t', '\n', '\r\n', '"', '|', ':', '\\', "'", '=', ' ', '31/12/2025', 'oui', 'avenant',
    );
    const texte = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.array(morceau, { maxLength: 40 }).map((m) => m.join('')),
      fc.array(morceau, { maxLength: 30 }).map((m) => `id;annee;ae;cp;date_fin;nature\n${m.join('')}`),
    );
    fc.assert(
      fc.property(texte, (t) => verifierResultat(lireRegistreCsv(t))),
      { numRuns: RUNS },
    );
  });
});

describe('registre JSON — propriétés', () => {
  it('relit tout registre valide tel que le schéma le donne', () => {
    fc.assert(
      fc.property(registreQuelconque, (r) => {
        expect(lireRegistreJson(ecrireRegistreJson(r))).toEqual({ ok: true, registre: Registre.parse(r) });
      }),
      { numRuns: essais(2_000) },
    );
  });

  it('ne lève jamais et répond un résultat typé en français sur des textes ou des objets quelconques', () => {
    const texte = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.json(),
      fc
        .record({
          version: fc.oneof(fc.constant(1), fc.anything()),
          conventions: fc.oneof(fc.array(fc.object(), { maxLength: 3 }), fc.anything()),
          executions: fc.anything(),
        })
        .map((o) => JSON.stringify(o) ?? ''),
    );
    fc.assert(
      fc.property(texte, (t) => verifierResultat(lireRegistreJson(t))),
      { numRuns: RUNS },
    );
  });
});
