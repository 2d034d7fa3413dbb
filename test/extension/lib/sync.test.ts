// Registry sync against a real local HTTP server and Node's real fetch (undici): bodies are real
// streams (chunked, gzip-encoded), redirects are real. The database is Dexie on fake-indexeddb.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Convention } from '../../../shared/model';
import { ecrireRegistreCsv } from '../../../shared/registre/format';
import { BaseJauge } from '../../../extension/lib/db';
import { Gestionnaire } from '../../../extension/lib/gestionnaire';
import type { Reponses, Resultat, TypeRequete } from '../../../extension/lib/messages';
import { TAILLE_MAXIMALE } from '../../../extension/lib/sync';

const AUJOURDHUI = new Date('2025-11-24T09:00:00Z');
const MO = 1024 * 1024;

/** What the server answers at each path; `envoyes` counts the body bytes it really wrote. */
type Gestion = (res: ServerResponse) => void;
const chemins = new Map<string, Gestion>();
let envoyes = 0;
let serveur: Server;
let base: string;

/** Writes `total` bytes in 64 KiB chunks, waiting for the client (back-pressure), until it goes away. */
function ecrireLentement(res: ServerResponse, total: number, morceau: Buffer): void {
  let restant = total;
  res.on('close', () => (restant = 0));
  const suite = () => {
    while (restant > 0) {
      const n = Math.min(restant, morceau.length);
      restant -= n;
      envoyes += n;
      if (!res.write(n === morceau.length ? morceau : morceau.subarray(0, n))) return void res.once('drain', suite);
    }
    res.end();
  };
  suite();
}

/** A real gzip of `taille` bytes of spaces, compressed once (~400 KB for 400 MB). */
async function bombeGzip(taille: number): Promise<Buffer> {
  const bloc = Buffer.alloc(MO, 0x20);
  const source = Readable.from((function* () {
    for (let i = 0; i < taille / MO; i++) yield bloc;
  })());
  const morceaux: Buffer[] = [];
  for await (const m of source.pipe(createGzip({ level: 9 }))) morceaux.push(m as Buffer);
  return Buffer.concat(morceaux);
}

let db: BaseJauge;
let g: Gestionnaire;
/** Decoded bytes the extension pulled out of each response body (counted on the real stream). */
let lus = 0;
const fetchCompte: typeof fetch = async (entree, init) => {
  const r = await fetch(entree, init);
  if (!r.body) return r;
  const compteur = new TransformStream<Uint8Array, Uint8Array>({
    transform(morceau, c) {
      lus += morceau.byteLength;
      c.enqueue(morceau);
    },
  });
  const corps = r.body.pipeThrough(compteur);
  const copie = new Response(corps, { status: r.status, statusText: r.statusText, headers: r.headers });
  // Response.url is read-only and empty on a constructed response: keep the real final URL.
  Object.defineProperty(copie, 'url', { value: r.url });
  return copie;
};

async function demander<T extends TypeRequete>(message: { type: T } & Record<string, unknown>): Promise<Reponses[T]> {
  const r = (await g.traiter(message)) as Resultat<Reponses[T]>;
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}

async function synchroniserDepuis(chemin: string, hote = base) {
  const e = await demander({ type: 'reglages-ecrire', reglages: { synchro: { url: `${hote}${chemin}`, startupsBetaGouv: false } } });
  if (!e.ok) throw new Error(JSON.stringify(e.erreurs));
  return (await demander({ type: 'synchroniser' })).registre!;
}

const convention = (id: string, extra: Partial<Convention> = {}): Convention => ({
  id,
  type: 'delegation-de-gestion',
  titre: `Convention ${id}`,
  delegant: { sigle: 'DGEFP' },
  delegataire: { sigle: 'DINUM' },
  dateSignature: '2024-03-28',
  dateFin: '2025-12-31',
  echeancier: [{ annee: 2024, ae: 250_000_000, cp: 190_000_000 }],
  ...extra,
});
const registre = (...conventions: Convention[]) => JSON.stringify({ version: 1, conventions });
const json = (corps: string): Gestion => (res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(corps);
};

beforeAll(async () => {
  serveur = createServer((req, res) => {
    const gestion = chemins.get(req.url ?? '');
    if (!gestion) {
      res.writeHead(404);
      return void res.end('introuvable');
    }
    gestion(res);
  });
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(serveur.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => serveur.close(() => ok())));

beforeEach(() => {
  fakeBrowser.reset();
  chemins.clear();
  envoyes = 0;
  lus = 0;
  db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
  g = new Gestionnaire({ db, maintenant: () => AUJOURDHUI, fetch: fetchCompte, registreInitial: { version: 1, conventions: [convention('defaut-1')], executions: [], startups: [], incubateurs: [] }, prechauffer: false });
});

describe('synchronisation : taille plafonnée en lisant le flux', () => {
  it('un corps de 300 Mo en morceaux (sans longueur annoncée) est refusé au plafond, sans être lu ni téléchargé en entier', async () => {
    chemins.set('/enorme.json', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      ecrireLentement(res, 300 * MO, Buffer.alloc(64 * 1024, 0x20));
    });
    const avant = await demander({ type: 'exporter', format: 'json' });
    const r = await synchroniserDepuis('/enorme.json');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Réponse trop volumineuse depuis http://127.0.0.1') });
    expect(lus).toBeLessThanOrEqual(TAILLE_MAXIMALE + MO);
    // The server stopped soon after the client cancelled: far from 300 MB.
    await new Promise((ok) => setTimeout(ok, 200));
    expect(envoyes).toBeLessThan(TAILLE_MAXIMALE + 20 * MO);
    expect(await demander({ type: 'exporter', format: 'json' })).toEqual(avant);
  });

  it('une bombe gzip (400 Ko qui font 400 Mo décompressés) est refusée au plafond, décompressée jusque-là seulement', async () => {
    const bombe = await bombeGzip(400 * MO);
    expect(bombe.length).toBeLessThan(500 * 1024);
    chemins.set('/bombe.json', (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bombe.length) });
      res.end(bombe);
    });
    const r = await synchroniserDepuis('/bombe.json');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Réponse trop volumineuse') });
    expect(r.message).not.toMatch(/\.\.$/);
    expect(lus).toBeGreaterThan(TAILLE_MAXIMALE);
    expect(lus).toBeLessThanOrEqual(TAILLE_MAXIMALE + MO);
  });

  it('un registre ordinaire en gzip est lu', async () => {
    const corps = registre(convention('gz-1'));
    const { gzipSync } = await import('node:zlib');
    chemins.set('/gz.json', (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(corps));
    });
    expect(await synchroniserDepuis('/gz.json')).toMatchObject({ ok: true, nombre: 1 });
  });
});

describe('synchronisation : redirections', () => {
  it('refuse une redirection vers un autre hôte, en le nommant, sans rien changer', async () => {
    const autre = base.replace('127.0.0.1', 'localhost');
    chemins.set('/ailleurs.json', (res) => {
      res.writeHead(302, { location: `${autre}/registre.json` });
      res.end();
    });
    chemins.set('/registre.json', json(registre(convention('pirate-1'))));
    const r = await synchroniserDepuis('/ailleurs.json');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining(`redirige vers ${autre}, un autre site que celui que vous avez autorisé`) });
    expect(await db.conventions.get('pirate-1')).toBeUndefined();
  });

  it('suit une redirection sur le même hôte', async () => {
    chemins.set('/ancien.json', (res) => {
      res.writeHead(301, { location: '/registre.json' });
      res.end();
    });
    chemins.set('/registre.json', json(registre(convention('ici-1'))));
    expect(await synchroniserDepuis('/ancien.json')).toMatchObject({ ok: true, nombre: 1 });
    expect(await db.conventions.get('ici-1')).toBeDefined();
  });
});

describe('synchronisation : le registre synchronisé est le miroir de sa source', () => {
  it('ce qui a quitté la source quitte la base ; ce qui a été importé à la main et le registre embarqué restent', async () => {
    const importe = await demander({ type: 'importer', contenu: registre(convention('main-1'), convention('commune-1')), nomFichier: 'a.json' });
    expect(importe).toMatchObject({ ok: true, nombre: 2 });
    let corps = registre(convention('s-1'), convention('s-2', { titre: undefined, delegant: { sigle: 'MENJS' } }), convention('s-3'), convention('commune-1'));
    chemins.set('/r.json', (res) => json(corps)(res));
    expect(await synchroniserDepuis('/r.json')).toMatchObject({ ok: true, nombre: 4 });
    expect((await db.conventions.get('s-1'))?.origine).toBe('synchro');
    expect((await db.conventions.get('commune-1'))?.origine).toBe('import');

    corps = registre(convention('s-1', { titre: 'Convention s-1 modifiée' }));
    const r = await synchroniserDepuis('/r.json');
    expect(r).toMatchObject({
      ok: true,
      nombre: 1,
      retirees: { nombre: 2, conventions: [{ id: 's-2', nom: 'Convention MENJS du 28 mars 2024' }, { id: 's-3', nom: 'Convention s-3' }] },
    });
    expect(r.message).toBe(`1 convention mise à jour depuis ${new URL(base).host} ; 2 retirées car absentes du registre source : Convention MENJS du 28 mars 2024 (« s-2 »), Convention s-3 (« s-3 »).`);
    expect((await db.conventions.toArray()).map((c) => c.id).sort()).toEqual(['commune-1', 'defaut-1', 'main-1', 's-1']);
    expect((await db.conventions.get('s-1'))?.titre).toBe('Convention s-1 modifiée');
    expect((await demander({ type: 'etat-synchro' })).registre?.retirees?.nombre).toBe(2);

    // A sync that removes nothing says nothing about removals.
    expect(await synchroniserDepuis('/r.json')).not.toHaveProperty('retirees');
  });

  it('l’exécution d’une convention retirée part avec elle', async () => {
    let corps = JSON.stringify({ version: 1, conventions: [convention('s-1'), convention('s-2')], executions: [{ conventionId: 's-2', lignes: [{ annee: 2024, aeEngagees: 1, cpPayes: 1 }] }] });
    chemins.set('/r.json', (res) => json(corps)(res));
    await synchroniserDepuis('/r.json');
    expect(await db.executions.get('s-2')).toBeDefined();
    corps = registre(convention('s-1'));
    await synchroniserDepuis('/r.json');
    expect(await db.executions.get('s-2')).toBeUndefined();
  });
});

describe('synchronisation : messages', () => {
  it('une ligne de 5 Mo n’est pas recopiée dans le message gardé et affiché ; jamais « .. »', async () => {
    const enorme = `${'x'.repeat(5 * MO)};annee;ae;cp`;
    chemins.set('/r.csv', (res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(`${enorme}\nid;2024;1;1\n`);
    });
    const r = await synchroniserDepuis('/r.csv');
    expect(r.ok).toBe(false);
    expect(r.message.length).toBeLessThan(1200);
    expect(r.message).toMatch(/colonne « x+… »/);
    expect(r.message).not.toMatch(/\.\./);
    expect(JSON.stringify(await db.synchro.get('registre')).length).toBeLessThan(3000);
  });

  it('un registre CSV en UTF-16 avec BOM est lu', async () => {
    const texte = ecrireRegistreCsv({ version: 1, conventions: [convention('utf16-é')], executions: [], startups: [], incubateurs: [] }).replace(/^\ufeff/, '');
    const octets = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(texte, 'utf16le')]);
    chemins.set('/r16.csv', (res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(octets);
    });
    expect(await synchroniserDepuis('/r16.csv')).toMatchObject({ ok: true, nombre: 1 });
    expect(await db.conventions.get('utf16-é')).toBeDefined();
  });

  it('refuse tout de suite une adresse avec identifiant et mot de passe, sans l’enregistrer', async () => {
    const r = await g.traiter({ type: 'reglages-ecrire', reglages: { synchro: { url: 'https://moi:secret@registre.exemple.fr/r.json' } } });
    expect(r).toEqual({
      ok: false,
      erreur: expect.stringMatching(/champ « reglages\.synchro\.url » : adresse refusée : elle contient un identifiant ou un mot de passe \(« nom:motdepasse@ »\)/),
    });
    expect((await demander({ type: 'reglages-lire' })).synchro.url).toBeNull();
  });
});
