// A person's edits of a saved convention and of a document's reading, against a real (fake-indexeddb)
// database: the schema names a refused value at its field, a rule error the edit brings refuses the
// save, a warning it brings waits for a knowing confirmation, and the saved fields carry their marks.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Convention } from '../../../../shared/model';
import { registreParDefaut } from '../../../../shared/registre/defaut';
import { BaseJauge } from '../../../../extension/lib/db';
import { Gestionnaire } from '../../../../extension/lib/gestionnaire';
import type { Reponses, Resultat, TypeRequete } from '../../../../extension/lib/messages';

let db: BaseJauge;
let g: Gestionnaire;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
  g = new Gestionnaire({ db, maintenant: () => new Date('2025-11-24T09:00:00Z'), fetch: (() => Promise.reject(new TypeError('hors ligne'))) as typeof fetch, prechauffer: false });
  await demander({ type: 'inventaire' });
});

async function demander<T extends TypeRequete>(message: { type: T } & Record<string, unknown>): Promise<Reponses[T]> {
  const r = (await g.traiter(message, {})) as Resultat<Reponses[T]>;
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}

const dgefp = (): Convention => registreParDefaut.conventions.find((c) => c.id === 'dgefp-2024-03-28')!;

describe('modifier-convention', () => {
  it('enregistre une ligne d’échéancier corrigée, marque le champ avec sa première lecture, garde origine et provenance', async () => {
    const ecartsSource = { uo: { valeurSource: '0103-CEFP-C005', le: '2025-11-20' } };
    await db.conventions.update('dgefp-2024-03-28', { provenance: { nom: 'dgefp.pdf' }, ecartsSource });
    const echeancier = [{ annee: 2024, ae: 250000000, cp: 150000000 }, { annee: 2025, ae: null, cp: 100000000 }];
    const r = await demander({ type: 'modifier-convention', convention: { ...dgefp(), echeancier } });
    expect(r.ok).toBe(true);
    const stockee = await db.conventions.get('dgefp-2024-03-28');
    // The sync's differences waiting for a choice are not settled by an edit.
    expect(stockee).toMatchObject({ echeancier, origine: 'defaut', provenance: { nom: 'dgefp.pdf' }, ecartsSource });
    expect(stockee?.modificationsManuelles).toEqual({ echeancier: { valeurLue: dgefp().echeancier, le: '2025-11-24' } });
    // The detail and the badges follow at once.
    const detail = await demander({ type: 'detail', conventionId: 'dgefp-2024-03-28' });
    expect(detail?.convention.echeancier).toEqual(echeancier);
  });

  it('un programme « abc » : avertissement au champ, rien d’enregistré, puis enregistré une fois confirmé', async () => {
    const r = await demander({ type: 'modifier-convention', convention: { ...dgefp(), programme: 'abc' } });
    expect(r).toMatchObject({ ok: false, aConfirmer: true, modifies: ['programme'] });
    if (r.ok) return;
    expect(r.constats.find((c) => c.position?.champ === 'programme')?.message).toMatch(/^Programme «\s?abc\s?» mal formé/);
    expect((await db.conventions.get('dgefp-2024-03-28'))?.programme).toBe('0103');
    const confirme = await demander({ type: 'modifier-convention', convention: { ...dgefp(), programme: 'abc' }, confirmer: true });
    expect(confirme.ok).toBe(true);
    expect((await db.conventions.get('dgefp-2024-03-28'))?.modificationsManuelles?.programme).toEqual({ valeurLue: '0103', le: '2025-11-24' });
  });

  it('une erreur qu’apporte la modification refuse, même confirmée ; une valeur que le schéma refuse est nommée à son champ', async () => {
    const erreur = await demander({ type: 'modifier-convention', convention: { ...dgefp(), dateFin: '2020-01-01' }, confirmer: true });
    expect(erreur).toMatchObject({ ok: false, aConfirmer: false });
    if (!erreur.ok) expect(erreur.constats.some((c) => c.gravite === 'erreur' && c.position?.champ === 'dateFin')).toBe(true);
    const schema = await demander({ type: 'modifier-convention', convention: { ...dgefp(), dateFin: '2025-02-30' } });
    expect(schema).toMatchObject({ ok: false, erreurs: [{ champ: 'dateFin' }] });
    if (!schema.ok) expect(schema.erreurs[0]!.message).toMatch(/^Date impossible/);
    expect((await db.conventions.get('dgefp-2024-03-28'))?.dateFin).toBe(dgefp().dateFin);
  });

  it('une convention disparue entre-temps : refus en français, rien d’écrit', async () => {
    const r = await demander({ type: 'modifier-convention', convention: { ...dgefp(), id: 'disparue' } });
    expect(r).toMatchObject({ ok: false, erreurs: [{ message: expect.stringMatching(/n'est plus enregistrée/) }] });
    expect(await db.conventions.get('disparue')).toBeUndefined();
  });
});

describe('verifier-convention et referentiel-betagouv', () => {
  it('dit ce qui change et ce que disent les règles, sans rien enregistrer', async () => {
    const r = await demander({ type: 'verifier-convention', convention: { ...dgefp(), uo: 'xyz' }, reference: dgefp() });
    expect(r.modifies).toEqual(['uo']);
    expect(r.constats.filter((c) => c.position?.champ === 'uo').map((c) => c.gravite)).toEqual(['erreur']);
    expect((await db.conventions.get('dgefp-2024-03-28'))?.uo).toBe(dgefp().uo);
  });

  it('donne les startups et incubateurs connus', async () => {
    const r = await demander({ type: 'referentiel-betagouv' });
    expect(r.startups).toContainEqual({ slug: 'classe-a-12', nom: 'Classe à 12', incubateur: 'dinum', anciensSlugs: ['classes12'] });
    expect(r.incubateurs.map((i) => i.id)).toContain('mission-apprentissage');
  });
});

describe('enregistrer-conventions avec la lecture', () => {
  const lue: Convention = { id: 'dgcl-2025-02-03', type: 'delegation-de-gestion', delegant: { sigle: 'DGCL' }, delegataire: { sigle: 'DINUM' }, dateFin: '2025-12-31', echeancier: [], sources: { dateFin: 7 } };
  it('marque les champs corrigés dans la revue, et garde le nom du fichier', async () => {
    const r = await demander({ type: 'enregistrer-conventions', conventions: [{ nomFichier: 'dgcl.pdf', lue, convention: { ...lue, dateFin: '2026-06-30', startups: ['classe-a-12'] } }] });
    expect(r).toEqual({ ok: true, nombre: 1 });
    const stockee = await db.conventions.get('dgcl-2025-02-03');
    expect(stockee).toMatchObject({ origine: 'import', provenance: { nom: 'dgcl.pdf' }, startups: ['classe-a-12'] });
    expect(stockee?.modificationsManuelles).toEqual({ dateFin: { valeurLue: '2025-12-31', le: '2025-11-24' }, startups: { valeurLue: null, le: '2025-11-24' } });
    expect(stockee?.sources).toBeUndefined();
  });

  it('un avertissement qu’apporte une correction attend la confirmation du lot', async () => {
    const lot = { type: 'enregistrer-conventions', conventions: [{ nomFichier: 'dgcl.pdf', lue, convention: { ...lue, programme: 'abc' } }] } as const;
    const r = await demander({ ...lot });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.verifications?.[0]).toMatchObject({ aConfirmer: true, modifies: ['programme'] });
    expect(await db.conventions.get('dgcl-2025-02-03')).toBeUndefined();
    expect((await demander({ ...lot, confirmer: true })).ok).toBe(true);
  });
});
