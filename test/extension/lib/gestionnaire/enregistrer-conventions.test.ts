// Saving conventions reviewed from documents: all or nothing against a real (fake-indexeddb)
// database; a re-imported known convention keeps its registry links and its execution.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registreParDefaut } from '../../../../shared/registre/defaut';
import { BaseJauge } from '../../../../extension/lib/db';
import { Gestionnaire } from '../../../../extension/lib/gestionnaire';
import type { Reponses, Resultat } from '../../../../extension/lib/messages';

let db: BaseJauge;
let g: Gestionnaire;
beforeEach(() => {
  fakeBrowser.reset();
  db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
  g = new Gestionnaire({ db, maintenant: () => new Date('2025-11-24T09:00:00Z'), fetch: (() => Promise.reject(new TypeError('hors ligne'))) as typeof fetch });
});

async function enregistrer(conventions: { nomFichier: string; convention: unknown }[]): Promise<Reponses['enregistrer-conventions']> {
  await g.traiter({ type: 'inventaire' }, {}); // seeds the default registry
  const r = (await g.traiter({ type: 'enregistrer-conventions', conventions }, {})) as Resultat<Reponses['enregistrer-conventions']>;
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}

const connue = registreParDefaut.conventions.find((c) => c.startups?.length)!;
const nouvelle = { id: 'dgcl-2025-02-03', type: 'delegation-de-gestion', delegant: { sigle: 'DGCL' }, delegataire: { sigle: 'DINUM' }, echeancier: [] };

describe('enregistrer-conventions', () => {
  it('enregistre le lot et garde les startups et l’exécution d’une convention déjà connue', async () => {
    const { startups: _s, ...luDuPdf } = connue;
    await g.traiter({ type: 'inventaire' }, {});
    const executionAvant = await db.executions.get(connue.id);
    const r = await enregistrer([
      { nomFichier: 'connue.pdf', convention: { ...luDuPdf, dateFin: '2030-12-31' } },
      { nomFichier: 'nouvelle.docx', convention: nouvelle },
    ]);
    expect(r).toEqual({ ok: true, nombre: 2 });
    const apres = await db.conventions.get(connue.id);
    expect(apres?.dateFin).toBe('2030-12-31');
    expect(apres?.startups).toEqual(connue.startups);
    expect(await db.executions.get(connue.id)).toEqual(executionAvant);
    expect(await db.conventions.get(nouvelle.id)).toMatchObject({ delegant: { sigle: 'DGCL' } });
  });

  it('une convention invalide refuse tout le lot, en nommant le fichier', async () => {
    await g.traiter({ type: 'inventaire' }, {});
    const avant = await db.conventions.count();
    const r = await enregistrer([
      { nomFichier: 'bonne.docx', convention: nouvelle },
      { nomFichier: 'mauvaise.pdf', convention: { ...nouvelle, id: 'x', type: 'contrat-inconnu' } },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreurs.map((e) => e.message).join(' ')).toMatch(/« mauvaise\.pdf »/);
    expect(await db.conventions.get(nouvelle.id)).toBeUndefined();
    expect(await db.conventions.count()).toBe(avant);
  });

  it('deux conventions du même identifiant dans un lot : refus', async () => {
    const r = await enregistrer([
      { nomFichier: 'a.pdf', convention: nouvelle },
      { nomFichier: 'b.pdf', convention: nouvelle },
    ]);
    expect(r.ok).toBe(false);
    expect(await db.conventions.get(nouvelle.id)).toBeUndefined();
  });
});
