import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BaseJauge, VERSIONS, VERSION_SCHEMA } from '../../../extension/lib/db';

const ouvrir = (indexedDB: IDBFactory, jusquA?: number) =>
  new BaseJauge({ indexedDB, IDBKeyRange, ...(jusquA !== undefined && { jusquA }) });

const convention = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'delegation-de-gestion',
  delegant: { sigle: 'DGEFP' },
  delegataire: { sigle: 'DINUM' },
  echeancier: [{ annee: 2024, ae: 250_000_000, cp: 190_000_000 }],
  ...extra,
});

describe('schéma Dexie versionné', () => {
  it('les versions se suivent et la dernière est exportée', () => {
    const numeros = VERSIONS.map((v) => v.version);
    expect(numeros).toEqual([...numeros].sort((a, b) => a - b));
    expect(VERSION_SCHEMA).toBe(numeros.at(-1));
    expect(VERSION_SCHEMA).toBeGreaterThanOrEqual(2);
  });

  it('une base neuve est à la dernière version, avec les index par startup et par incubateur', async () => {
    const db = ouvrir(new IDBFactory());
    await db.open();
    expect(db.verno).toBe(VERSION_SCHEMA);
    await db.conventions.bulkPut([
      convention('a', { startups: ['classe-a-12', 'tdb-apprentissage'] }),
      convention('b', { incubateur: 'mission-apprentissage' }) as never,
    ] as never);
    expect((await db.conventions.where('startups').equals('tdb-apprentissage').toArray()).map((c) => c.id)).toEqual(['a']);
    expect((await db.conventions.where('incubateur').equals('mission-apprentissage').toArray()).map((c) => c.id)).toEqual(['b']);
    db.close();
  });

  // Every version, filled with data, upgraded to the latest: nothing lost, rows cleaned.
  for (const depart of VERSIONS.slice(0, -1).map((v) => v.version)) {
    it(`mise à niveau v${depart} → v${VERSION_SCHEMA} avec des données`, async () => {
      const fabrique = new IDBFactory();
      const ancienne = ouvrir(fabrique, depart);
      await ancienne.open();
      expect(ancienne.verno).toBe(depart);
      // Rows as each version wrote them: from v2 on, the background cleans lists before writing.
      const v1 = depart < 2;
      const conventions = Array.from({ length: 200 }, (_, i) =>
        convention(`c${i}`, {
          startups: i % 3 === 0 ? (v1 ? [' classe-a-12 ', 'classe-a-12', '', 'rdv.insertion'] : ['classe-a-12', 'rdv.insertion']) : [`s${i}`],
          ...(i % 10 === 0 && { incubateur: v1 ? '  mission-apprentissage ' : 'mission-apprentissage' }),
          ...(i % 10 === 5 && v1 && { incubateur: '   ' }),
        }),
      );
      await ancienne.table('conventions').bulkPut(conventions);
      await ancienne.table('executions').put({ conventionId: 'c1', lignes: [{ annee: 2024, aeEngagees: 100, cpPayes: 50 }] });
      await ancienne.table('startups').bulkPut([
        { slug: 'classe-a-12', nom: 'Classe à 12', incubateur: 'dinum' },
        { slug: 'rdv.insertion', nom: 'RDV-Insertion', ...(!v1 && { source: 'registre' }) },
      ]);
      await ancienne.table('incubateurs').put({ id: 'dinum', nom: 'DINUM' });
      await ancienne.table('reglages').put({ cle: 'reglages', valeur: { fonctionnalites: { 'badges-cartes': false } } });
      await ancienne.table('synchro').put({ cle: 'seme', le: '2025-01-01T00:00:00.000Z', source: 'defaut' });
      ancienne.close();

      const db = ouvrir(fabrique);
      await db.open();
      expect(db.verno).toBe(VERSION_SCHEMA);
      expect(await db.conventions.count()).toBe(200);
      expect(await db.executions.get('c1')).toEqual({ conventionId: 'c1', lignes: [{ annee: 2024, aeEngagees: 100, cpPayes: 50 }] });
      expect(await db.startups.count()).toBe(2);
      expect(await db.incubateurs.count()).toBe(1);
      expect((await db.reglages.get('reglages'))?.valeur).toEqual({ fonctionnalites: { 'badges-cartes': false } });
      expect(await db.synchro.get('seme')).toMatchObject({ source: 'defaut' });

      const c0 = await db.conventions.get('c0');
      expect(c0?.startups).toEqual(['classe-a-12', 'rdv.insertion']);
      expect(c0?.incubateur).toBe('mission-apprentissage');
      expect(c0?.echeancier).toEqual([{ annee: 2024, ae: 250_000_000, cp: 190_000_000 }]);
      expect('incubateur' in (await db.conventions.get('c5'))!).toBe(false);
      expect((await db.startups.get('rdv.insertion'))?.source).toBe('registre');
      // The new indexes answer on upgraded rows.
      expect(await db.conventions.where('startups').equals('classe-a-12').count()).toBe(67);
      expect(await db.conventions.where('incubateur').equals('mission-apprentissage').count()).toBe(20);
      // v3: rows of unknown origin count as imported by hand, so that no sync ever removes them.
      expect(await db.conventions.where('origine').equals('import').count()).toBe(200);
      expect(c0?.origine).toBe('import');
      expect(await db.startups.where('incubateur').equals('dinum').count()).toBe(1);
      db.close();
    });
  }
});
