// The database accepts only what the one schema accepts, whatever path brings a registry (import,
// sync, seed): a value the JSON or CSV readers would refuse is refused here with the same reason.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Convention } from '../../../shared/model';
import { lireRegistreJson } from '../../../shared/registre/format';
import type { Registre } from '../../../shared/registre/format';
import { BaseJauge } from '../../../extension/lib/db';
import { enregistrerMiroir } from '../../../extension/lib/miroir';
import { chargerRegistre, enregistrerRegistre, RegistreRefuse } from '../../../extension/lib/stockage';

const convention = (id: string, extra: Record<string, unknown> = {}) =>
  ({ id, type: 'delegation-de-gestion', delegant: { sigle: 'DGEFP' }, delegataire: {}, echeancier: [{ annee: 2024, ae: 100, cp: 100 }], ...extra }) as Convention;
const registre = (...conventions: Convention[]): Registre => ({ version: 1, conventions, executions: [], startups: [], incubateurs: [] });
const raison = (m: string) => m.slice(m.indexOf(' : ') + 3);

describe('écriture dans la base', () => {
  it.each<[string, Record<string, unknown>]>([
    ['date qui n’existe pas', { dateFin: '2024-02-30' }],
    ['mois 13', { dateSignature: '2025-13-45' }],
    ['année sur deux chiffres', { echeancier: [{ annee: 24, ae: 1, cp: 1 }] }],
    ['année 1e15', { echeancier: [{ annee: 1e15, ae: 1, cp: 1 }] }],
    ['total au-delà de 2^53', { echeancier: [{ annee: 2024, ae: Number.MAX_SAFE_INTEGER, cp: 0 }, { annee: 2025, ae: 2, cp: 0 }] }],
  ])('%s : refusée avant d’entrer, avec la raison du lecteur JSON, base intacte', async (_nom, champs) => {
    const db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
    await enregistrerRegistre(db, registre(convention('deja')), { origine: 'import' });
    const mauvais = registre(convention('x', champs));
    const json = lireRegistreJson(JSON.stringify(mauvais));
    if (json.ok) throw new Error('le lecteur JSON aurait dû refuser');
    for (const ecrire of [() => enregistrerRegistre(db, mauvais, { origine: 'import' }), () => enregistrerMiroir(db, mauvais, { le: '2026-01-12T10:00:00Z' })]) {
      const erreur = await ecrire().then(
        () => null,
        (e: unknown) => e,
      );
      expect(erreur).toBeInstanceOf(RegistreRefuse);
      expect((erreur as RegistreRefuse).erreurs.map((e) => raison(e.message))).toEqual(json.erreurs.map((e) => raison(e.message)));
    }
    expect((await chargerRegistre(db)).conventions.map((c) => c.id)).toEqual(['deja']);
    db.close();
  });

  it('garde l’origine hors du format : un export relu est identique', async () => {
    const db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
    await enregistrerRegistre(db, registre(convention('a')), { origine: 'import' });
    expect((await db.conventions.get('a'))?.origine).toBe('import');
    const charge = await chargerRegistre(db);
    expect(charge.conventions[0]).not.toHaveProperty('origine');
    expect(lireRegistreJson(JSON.stringify(charge))).toEqual({ ok: true, registre: charge });
    db.close();
  });

  it('garde la provenance (nom du fichier) hors du format, et les modifications manuelles dedans', async () => {
    const db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
    const modificationsManuelles = { dateFin: { valeurLue: '2025-06-30', le: '2026-01-12' } };
    await enregistrerRegistre(db, registre(convention('a', { dateFin: '2025-12-31', modificationsManuelles })), { origine: 'import', provenance: { nom: 'registre.csv' } });
    expect(await db.conventions.get('a')).toMatchObject({ origine: 'import', provenance: { nom: 'registre.csv' }, modificationsManuelles });
    // A sync of the same id keeps what the person imported, and where it came from.
    await enregistrerMiroir(db, registre(convention('a')), { le: '2026-01-12T10:00:00Z' });
    expect((await db.conventions.get('a'))?.provenance).toEqual({ nom: 'registre.csv' });
    const charge = await chargerRegistre(db);
    expect(charge.conventions[0]).not.toHaveProperty('provenance');
    db.close();
  });
});
