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
import { TAILLE_IMPORT } from '../../../extension/lib/limites';
import { TAILLE_MAXIMALE } from '../../../extension/lib/sync';
import { URL_API_STARTUPS } from '../../../extension/lib/startups-api';

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
/** Each request the extension made: its URL and Authorization header. */
let demandes: { url: string; autorisation: string | null }[] = [];
const fetchCompte: typeof fetch = async (entree, init) => {
  const adresse = String(entree) === URL_API_STARTUPS ? `${base}/api/startups.json` : String(entree);
  demandes.push({ url: adresse, autorisation: new Headers(init?.headers).get('authorization') });
  const r = await fetch(adresse, init);
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

async function synchroniserDepuis(chemin: string, hote = base, tableGrist: string | null = null) {
  const e = await demander({ type: 'reglages-ecrire', reglages: { synchro: { url: `${hote}${chemin}`, tableGrist, startupsBetaGouv: false } } });
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
  demandes = [];
  accordes = new Set(['127.0.0.1']);
  cleGrist = null;
  db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
  g = new Gestionnaire({
    db,
    maintenant: () => AUJOURDHUI,
    fetch: fetchCompte,
    registreInitial: { version: 1, conventions: [convention('defaut-1')], executions: [], startups: [], incubateurs: [] },
    prechauffer: false,
    autorise: async (u) => accordes.has(u.hostname),
    cleGrist: async () => cleGrist,
  });
});

/** Hosts the user granted (the local server's, by default); the Grist key in storage.local. */
let accordes: Set<string>;
let cleGrist: string | null;

describe('synchronisation : taille plafonnée en lisant le flux', () => {
  it('un registre de 300 Mo en morceaux (sans longueur annoncée) est refusé à la limite des imports, sans être lu ni téléchargé en entier', async () => {
    chemins.set('/enorme.json', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      ecrireLentement(res, 300 * MO, Buffer.alloc(64 * 1024, 0x20));
    });
    const avant = await demander({ type: 'exporter', format: 'json' });
    const r = await synchroniserDepuis('/enorme.json');
    expect(r).toMatchObject({ ok: false, message: `Registre trop volumineux depuis ${base} : 20\u00a0Mo au plus, comme pour un fichier importé ; la lecture s'est arrêtée là.` });
    expect(lus).toBeLessThanOrEqual(TAILLE_IMPORT + MO);
    // The server stopped soon after the client cancelled: far from 300 MB.
    await new Promise((ok) => setTimeout(ok, 200));
    expect(envoyes).toBeLessThan(TAILLE_IMPORT + 20 * MO);
    expect(await demander({ type: 'exporter', format: 'json' })).toEqual(avant);
  });

  it('une bombe gzip (400 Ko qui font 400 Mo décompressés) est refusée à la limite, décompressée jusque-là seulement', async () => {
    const bombe = await bombeGzip(400 * MO);
    expect(bombe.length).toBeLessThan(500 * 1024);
    chemins.set('/bombe.json', (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bombe.length) });
      res.end(bombe);
    });
    const r = await synchroniserDepuis('/bombe.json');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Registre trop volumineux') });
    expect(r.message).not.toMatch(/\.\.$/);
    expect(lus).toBeGreaterThan(TAILLE_IMPORT);
    expect(lus).toBeLessThanOrEqual(TAILLE_IMPORT + MO);
  });

  it('la liste des startups de beta.gouv.fr garde le plafond de 50 Mo du corps', async () => {
    chemins.set('/api/startups.json', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      ecrireLentement(res, 300 * MO, Buffer.alloc(64 * 1024, 0x20));
    });
    await demander({ type: 'reglages-ecrire', reglages: { synchro: { url: null, startupsBetaGouv: true } } });
    const r = (await demander({ type: 'synchroniser' })).startups!;
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Réponse trop volumineuse depuis') });
    expect(r.message).toContain('50 Mo au plus');
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

describe('synchronisation : la limite des imports, au octet près', () => {
  /** A valid registry padded with spaces (JSON allows them) to exactly `taille` bytes. */
  const registreDeTaille = (taille: number) => {
    const corps = Buffer.from(registre(convention('limite-1')));
    return Buffer.concat([corps, Buffer.alloc(taille - corps.length, 0x20)]);
  };

  it.each([
    ['annoncée (content-length)', true],
    ['en morceaux, sans longueur annoncée', false],
  ])('longueur %s : un registre de 20 Mo pile est lu ; un octet de plus, refusé en le disant', async (_nom, annoncee) => {
    for (const [taille, ok] of [
      [TAILLE_IMPORT, true],
      [TAILLE_IMPORT + 1, false],
    ] as const) {
      const octets = registreDeTaille(taille);
      expect(octets.length).toBe(taille);
      chemins.set('/limite.json', (res) => {
        res.writeHead(200, { 'content-type': 'application/json', ...(annoncee ? { 'content-length': String(taille) } : { 'transfer-encoding': 'chunked' }) });
        if (annoncee) return void res.end(octets);
        for (let i = 0; i < octets.length; i += 1024 * 1024) res.write(octets.subarray(i, i + 1024 * 1024));
        res.end();
      });
      const r = await synchroniserDepuis('/limite.json');
      if (ok) expect(r).toMatchObject({ ok: true, nombre: 1 });
      else expect(r).toMatchObject({ ok: false, message: expect.stringContaining(`Registre trop volumineux depuis ${base} : 20\u00a0Mo au plus`) });
    }
  });
});

const rediriger = (vers: string, statut = 302): Gestion => (res) => {
  res.writeHead(statut, { location: vers });
  res.end();
};

describe('synchronisation : redirections suivies pas à pas', () => {
  it('suit une redirection sur le même hôte, et garde le chemin parcouru', async () => {
    chemins.set('/ancien.json', rediriger('/registre.json', 301));
    chemins.set('/registre.json', json(registre(convention('ici-1'))));
    expect(await synchroniserDepuis('/ancien.json')).toMatchObject({ ok: true, nombre: 1, chaine: [`${base}/ancien.json`, `${base}/registre.json`] });
    expect(await db.conventions.get('ici-1')).toBeDefined();
  });

  it('une redirection vers un hôte non autorisé est refusée en le nommant, sans lui rien demander ; l’hôte à autoriser est dit', async () => {
    const autre = base.replace('127.0.0.1', 'localhost');
    chemins.set('/ailleurs.json', rediriger(`${autre}/registre.json`));
    chemins.set('/registre.json', json(registre(convention('pirate-1'))));
    const r = await synchroniserDepuis('/ailleurs.json');
    expect(r).toMatchObject({ ok: false, aAutoriser: 'http://localhost/*', message: expect.stringContaining(`redirige vers ${autre}, un site que vous n'avez pas autorisé`) });
    expect(r.message).toContain(`(${new URL(base).host} → ${new URL(autre).host})`);
    expect(demandes.map((d) => d.url)).toEqual([`${base}/ailleurs.json`]);
    expect(await db.conventions.get('pirate-1')).toBeUndefined();
    // Once granted, the same chain is followed.
    accordes.add('localhost');
    expect(await synchroniserDepuis('/ailleurs.json')).toMatchObject({ ok: true, nombre: 1 });
  });

  it('une étape en http hors de la machine est refusée avant d’être demandée, en la nommant', async () => {
    chemins.set('/vers-http.json', rediriger('http://registre.exemple.fr/r.json'));
    const r = await synchroniserDepuis('/vers-http.json');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('redirige vers une étape en http (http://registre.exemple.fr), sans chiffrement : seul https est suivi') });
    expect(demandes).toHaveLength(1);
  });

  it('5 redirections sont suivies ; une sixième est refusée', async () => {
    for (let i = 0; i < 6; i++) chemins.set(`/r${i}.json`, rediriger(`/r${i + 1}.json`, 307));
    chemins.set('/r6.json', json(registre(convention('loin-1'))));
    expect(await synchroniserDepuis('/r1.json')).toMatchObject({ ok: true, nombre: 1 });
    const r = await synchroniserDepuis('/r0.json');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Plus de 5 redirections depuis') });
    expect(r.chaine).toHaveLength(7);
  });
});

describe('synchronisation : Grist', () => {
  const csvGrist = () => ecrireRegistreCsv({ version: 1, conventions: [convention('grist-1')], executions: [], startups: [], incubateurs: [] });

  it('lit la table par l’API CSV de Grist, avec la clé pour ce seul site ; une redirection ailleurs ne la porte pas', async () => {
    cleGrist = 'cle-secrete-0123456789abcdef';
    chemins.set('/o/equipe/api/docs/docRegistre123/download/csv?tableId=Registre&header=label', rediriger(`${base.replace('127.0.0.1', 'localhost')}/fichier.csv`));
    chemins.set('/fichier.csv', (res) => {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end(csvGrist());
    });
    accordes.add('localhost');
    const r = await synchroniserDepuis('/o/equipe/docRegistre123/Registre-budgetaire/p/2', base, 'Registre');
    expect(r).toMatchObject({ ok: true, nombre: 1 });
    expect(demandes).toEqual([
      { url: `${base}/o/equipe/api/docs/docRegistre123/download/csv?tableId=Registre&header=label`, autorisation: 'Bearer cle-secrete-0123456789abcdef' },
      { url: `${base.replace('127.0.0.1', 'localhost')}/fichier.csv`, autorisation: null },
    ]);
    // The key is in no stored record, no export, no message.
    const traces = JSON.stringify([await db.synchro.toArray(), await db.reglages.toArray(), await demander({ type: 'exporter', format: 'json' }), await demander({ type: 'exporter', format: 'csv' }), r]);
    expect(traces).not.toContain('cle-secrete');
  });

  it('un document privé sans clé : l’erreur HTTP 401 le dit', async () => {
    chemins.set('/api/docs/docPrive1234/download/csv?tableId=Registre&header=label', (res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":"No view access"}');
    });
    const r = await synchroniserDepuis('/docPrive1234/Registre', base, 'Registre');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('HTTP 401') });
    expect(r.message).toContain('accès refusé (document privé ? clé absente ou invalide ?)');
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
    expect(r.message).toBe('1 convention à jour, 2 retirées (plus dans la source). Retirées : Convention MENJS du 28 mars 2024 (« s-2 »), Convention s-3 (« s-3 »).');
    expect(r.bilan).toEqual({ aJour: 1, ajoutees: 0, retirees: 2, gardees: 0 });
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

describe('synchronisation : ce qu’une personne a modifié à la main n’est jamais écrasé en silence', () => {
  it('le bilan en mots ; l’écart est gardé, listé, puis tranché champ par champ', async () => {
    let corps = registre(convention('s-1'), convention('s-2'), convention('s-3'), convention('s-4'));
    chemins.set('/r.json', (res) => json(corps)(res));
    expect(await synchroniserDepuis('/r.json')).toMatchObject({ ok: true, message: '4 conventions ajoutées.', bilan: { aJour: 0, ajoutees: 4, retirees: 0, gardees: 0 } });
    // A person edits s-1's end date and s-4's programme (as the review form of issue 18 records it).
    const s1 = (await db.conventions.get('s-1'))!;
    await db.conventions.put({ ...s1, dateFin: '2026-06-30', modificationsManuelles: { dateFin: { valeurLue: s1.dateFin ?? null, le: '2025-11-20T10:00:00Z' } } });
    const s4 = (await db.conventions.get('s-4'))!;
    await db.conventions.put({ ...s4, programme: '0102', modificationsManuelles: { programme: { valeurLue: null, le: '2025-11-20T10:00:00Z' } } });

    // The source changes s-1's end date, drops s-3 and s-4, adds s-5.
    corps = registre(convention('s-1', { dateFin: '2026-03-31', titre: 'Titre changé' }), convention('s-2'), convention('s-5'));
    const r = await synchroniserDepuis('/r.json');
    expect(r).toMatchObject({ ok: true, bilan: { aJour: 1, ajoutees: 1, retirees: 1, gardees: 2 } });
    expect(r.message).toBe(
      '1 convention à jour, 1 ajoutée, 1 retirée (plus dans la source), 2 modifiées à la main gardées. Retirée : Convention s-3 (« s-3 »). Absente de la source mais gardée car modifiée à la main : Convention s-4 (« s-4 »).',
    );
    expect(await db.conventions.get('s-1')).toMatchObject({ dateFin: '2026-06-30', titre: 'Titre changé' });
    expect(await db.conventions.get('s-4')).toMatchObject({ origine: 'import', programme: '0102' });
    expect(await db.conventions.get('s-3')).toBeUndefined();

    const ecarts = await demander({ type: 'ecarts-source' });
    expect(ecarts).toEqual([{ id: 's-1', nom: 'Titre changé', champs: [{ champ: 'dateFin', mienne: '2026-06-30', source: '2026-03-31', le: AUJOURDHUI.toISOString() }] }]);
    // Not part of the registry: no export carries it.
    expect(JSON.stringify(await demander({ type: 'exporter', format: 'json' }))).not.toContain('ecartsSource');

    expect(await demander({ type: 'resoudre-ecart', conventionId: 's-1', champ: 'dateFin', choix: 'source' })).toEqual({ ok: true });
    expect(await db.conventions.get('s-1')).toMatchObject({ dateFin: '2026-03-31' });
    expect((await db.conventions.get('s-1'))?.modificationsManuelles).toBeUndefined();
    expect(await demander({ type: 'ecarts-source' })).toEqual([]);
    expect(await demander({ type: 'resoudre-ecart', conventionId: 's-1', champ: 'dateFin', choix: 'source' })).toMatchObject({ ok: false, erreur: expect.stringContaining('plus d’écart') });
  });

  it('garder la mienne : la synchronisation suivante ne redemande pas, tant que la source ne change pas', async () => {
    let corps = registre(convention('s-1'));
    chemins.set('/r.json', (res) => json(corps)(res));
    await synchroniserDepuis('/r.json');
    const s1 = (await db.conventions.get('s-1'))!;
    await db.conventions.put({ ...s1, dateFin: '2026-06-30', modificationsManuelles: { dateFin: { valeurLue: s1.dateFin ?? null, le: '2025-11-20T10:00:00Z' } } });
    corps = registre(convention('s-1', { dateFin: '2026-03-31' }));
    await synchroniserDepuis('/r.json');
    expect(await demander({ type: 'resoudre-ecart', conventionId: 's-1', champ: 'dateFin', choix: 'mienne' })).toEqual({ ok: true });
    expect(await synchroniserDepuis('/r.json')).toMatchObject({ message: '1 convention modifiée à la main gardée.' });
    expect(await demander({ type: 'ecarts-source' })).toEqual([]);
    expect((await db.conventions.get('s-1'))?.dateFin).toBe('2026-06-30');
    corps = registre(convention('s-1', { dateFin: '2026-09-30' }));
    await synchroniserDepuis('/r.json');
    expect((await demander({ type: 'ecarts-source' }))[0]?.champs[0]).toMatchObject({ champ: 'dateFin', mienne: '2026-06-30', source: '2026-09-30' });
  });
});
