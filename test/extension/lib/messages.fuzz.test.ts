// Fuzz of the extension's message boundary (reliability suite): whatever arrives, the validator
// and the background handler answer a typed envelope — never an exception — with French errors.
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BaseJauge } from '../../../extension/lib/db';
import { Gestionnaire } from '../../../extension/lib/gestionnaire';
import { lireRequete } from '../../../extension/lib/messages';
import { essais } from '../../aides/essais';

const TYPES = [
  'conventions-startup', 'conventions-incubateur', 'conventions-startups', 'rechercher', 'index-recherche', 'detail', 'importer', 'exporter',
  'etat-synchro', 'reglages-lire', 'reglages-ecrire', 'inventaire',
] as const;

/** Messages that look like ours: a known type and random fields (strings with HTML, numbers, nesting). */
const presqueValide = fc.record(
  {
    type: fc.constantFrom(...TYPES, 'inconnu', ''),
    slug: fc.oneof(fc.string(), fc.constant('<img src=x onerror=alert(1)>'), fc.integer()),
    slugs: fc.oneof(fc.array(fc.string(), { maxLength: 5 }), fc.string()),
    id: fc.oneof(fc.string(), fc.constant(null)),
    requete: fc.oneof(fc.string(), fc.integer()),
    limite: fc.oneof(fc.integer({ min: -5, max: 20_000 }), fc.double()),
    conventionId: fc.string(),
    contenu: fc.oneof(fc.string(), fc.json(), fc.constant('{"version":1,"conventions":[{"id":"x"}]}'), fc.constant('id;annee;ae;cp\nx;deux mille;1;2')),
    format: fc.constantFrom('json', 'csv', 'texte', 'xml', undefined),
    reglages: fc.oneof(fc.object(), fc.record({ synchro: fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), intervalleHeures: fc.integer() }, { requiredKeys: [] }) })),
  },
  { requiredKeys: ['type'] },
);

const erreurFrancaise = (e: string) => /^Message invalide/.test(e) || /^Erreur interne/.test(e);

describe('frontière des messages (fuzz)', () => {
  it('lireRequete : jamais d’exception, toute erreur en français (4 000 entrées ; 40 000 au passage profond)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), presqueValide), (m) => {
        const r = lireRequete(m);
        if (!r.ok) expect(r.erreur).toMatch(/^Message invalide/);
      }),
      { numRuns: essais(20_000) },
    );
    fc.assert(
      fc.property(presqueValide, (m) => {
        const r = lireRequete(m);
        if (!r.ok) expect(r.erreur).toMatch(/^Message invalide \(.*\) : (type de message inconnu|champ « .+ » : .+)\.$/s);
      }),
      { numRuns: essais(20_000) },
    );
  });

  describe('le gestionnaire du fond', () => {
    let g: Gestionnaire;
    beforeAll(async () => {
      fakeBrowser.reset();
      const db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
      g = new Gestionnaire({ db, maintenant: () => new Date('2025-11-24T09:00:00Z'), fetch: (() => Promise.reject(new TypeError('hors ligne'))) as typeof fetch });
      await g.traiter({ type: 'inventaire' });
    });

    it('répond toujours une enveloppe { ok, valeur | erreur } (100 messages ; 1 000 au passage profond)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), presqueValide), async (m) => {
          const r = await g.traiter(m);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(erreurFrancaise(r.erreur), r.erreur).toBe(true);
        }),
        { numRuns: essais(1_000) },
      );
    });
  });
});
