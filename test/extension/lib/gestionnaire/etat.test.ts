// The background's caches (registry, search index, statuses and summaries): reused while nothing
// changes, dropped on every change that affects a status — import, sync of the registry or of the
// beta.gouv.fr startups, reset, closing dates in the settings, a new day — and never refilled by
// work still in flight for older data. Checked through the messages, on a real (fake) database.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Convention } from '../../../../shared/model';
import { registreParDefaut } from '../../../../shared/registre/defaut';
import { BaseJauge } from '../../../../extension/lib/db';
import { Gestionnaire } from '../../../../extension/lib/gestionnaire';
import { TRANCHE_PRECHAUFFAGE, type Dependances } from '../../../../extension/lib/gestionnaire/etat';
import type { Reponses, Resultat, TypeRequete } from '../../../../extension/lib/messages';
import { URL_API_STARTUPS } from '../../../../extension/lib/startups-api';

const RACINE = path.resolve(import.meta.dirname, '../../../..');
const URL_REGISTRE = 'https://registre.exemple.fr/jauge.json';

let maintenant: Date;
let reseau: Record<string, string>;
let g: Gestionnaire;

function creer(options: Partial<Dependances> = {}): Gestionnaire {
  const db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
  const fetchFactice = async (entree: RequestInfo | URL) => {
    const corps = reseau[String(entree)];
    if (corps === undefined) throw new TypeError('Failed to fetch');
    return new Response(corps, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return new Gestionnaire({ db, maintenant: () => maintenant, fetch: fetchFactice as typeof fetch, prechauffer: false, ...options });
}

async function demander<T extends TypeRequete>(message: { type: T } & Record<string, unknown>): Promise<Reponses[T]> {
  const r = (await g.traiter(message)) as Resultat<Reponses[T]>;
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}

const base = () => registreParDefaut.conventions.find((c) => c.delegant.sigle === 'MENJS')!;

/** A running convention ending on 31 Dec 2025, so its badge counts the days down (J-37 on 24 Nov). */
function enCours(id: string, extra: Partial<Convention> = {}): Convention {
  return {
    ...base(),
    id,
    dateSignature: '2025-01-15',
    dateFin: '2025-12-31',
    echeancier: [{ annee: 2025, ae: 10_000_000, cp: 10_000_000 }],
    startups: [`${id}-startup`],
    ...extra,
  };
}

const importer = (conventions: Convention[], startups: { slug: string; nom: string }[] = []) =>
  demander({ type: 'importer', contenu: JSON.stringify({ version: 1, conventions, startups }), format: 'json' });

const trouver = async (requete: string) => demander({ type: 'rechercher', requete, limite: 50 });
const resumeDe = async (id: string) => (await trouver(id)).find((r) => r.id === id);

beforeEach(() => {
  fakeBrowser.reset();
  maintenant = new Date('2025-11-24T09:00:00Z');
  reseau = {};
  g = creer();
});

describe('cache des statuts : réutilisé tant que rien ne change', () => {
  it('la liste complète est calculée une fois ; les frappes suivantes ne recalculent rien', async () => {
    await importer([enCours('cache-1'), enCours('cache-2')]);
    const n = registreParDefaut.conventions.length + 2;
    const avant = g.etat.nombreCalculs;
    expect(await trouver('')).toHaveLength(Math.min(n, 50));
    expect(g.etat.nombreCalculs - avant).toBe(n);
    for (const requete of ['', 'c', 'ca', 'cache', 'cache 1', 'menjs', '']) await trouver(requete);
    await demander({ type: 'conventions-startup', slug: 'cache-1-startup' });
    await demander({ type: 'detail', conventionId: 'cache-2' });
    expect(g.etat.nombreCalculs - avant).toBe(n);
  });

  it('une recherche ne calcule que les conventions qu’elle rend', async () => {
    await importer(Array.from({ length: 120 }, (_, i) => enCours(`lot-${i}`)));
    const avant = g.etat.nombreCalculs;
    const r = await demander({ type: 'rechercher', requete: 'lot', limite: 10 });
    expect(r).toHaveLength(10);
    expect(g.etat.nombreCalculs - avant).toBe(10);
  });

  it('écrire des réglages qui ne touchent pas aux clôtures ne recalcule rien', async () => {
    await trouver('');
    const avant = g.etat.nombreCalculs;
    await demander({ type: 'reglages-ecrire', reglages: { fonctionnalites: { 'badges-cartes': false }, synchro: { intervalleHeures: 6 } } });
    await trouver('');
    expect(g.etat.nombreCalculs).toBe(avant);
  });
});

describe('cache des statuts : invalidé à chaque changement', () => {
  it('import : la convention réimportée avec une autre date de fin change de badge', async () => {
    await importer([enCours('change-1')]);
    expect((await resumeDe('change-1'))?.texteBadge).toMatch(/J-37$/);
    await importer([enCours('change-1', { dateFin: '2026-06-30', echeancier: [{ annee: 2025, ae: 10_000_000, cp: 0 }, { annee: 2026, ae: 0, cp: 10_000_000 }] })]);
    expect((await resumeDe('change-1'))?.texteBadge).toMatch(/jusqu'au 30 juin 2026$/);
    expect((await trouver('')).some((r) => r.id === 'change-1' && r.dateFin === '2026-06-30')).toBe(true);
  });

  it('texte de convention confirmé : il remplace aussitôt dans la recherche la convention de même id', async () => {
    const texte = readFileSync(path.join(RACINE, '../shared/seeds/004_4089475481e85089.txt'), 'utf8');
    const apercu = await demander({ type: 'importer', contenu: texte, format: 'texte' });
    const id = apercu.ok ? apercu.apercu?.convention.id : undefined;
    expect(id).toBe(base().id);
    // The embedded MENJS convention is linked to classe-a-12; the text alone names no startup.
    expect((await resumeDe(id!))?.startups).toEqual(['classe-a-12']);
    await demander({ type: 'importer', contenu: texte, format: 'texte', confirmer: true });
    expect((await resumeDe(id!))?.startups).toEqual([]);
  });

  it('synchronisation du registre : les données téléchargées remplacent le cache', async () => {
    await importer([enCours('synchro-1')]);
    expect((await resumeDe('synchro-1'))?.texteBadge).toMatch(/J-37$/);
    await demander({ type: 'reglages-ecrire', reglages: { synchro: { url: URL_REGISTRE, startupsBetaGouv: false } } });
    reseau[URL_REGISTRE] = JSON.stringify({ version: 1, conventions: [enCours('synchro-1', { dateFin: '2025-11-30' })] });
    expect((await demander({ type: 'synchroniser' })).registre).toMatchObject({ ok: true });
    expect((await resumeDe('synchro-1'))?.texteBadge).toMatch(/J-6$/);
  });

  it('synchronisation des startups beta.gouv.fr : le nom affiché suit', async () => {
    await importer([enCours('lba-1', { startups: ['la-bonne-alternance'] })], [{ slug: 'la-bonne-alternance', nom: 'Ancien nom' }]);
    expect((await resumeDe('lba-1'))?.nomsStartups).toEqual(['Ancien nom']);
    reseau[URL_API_STARTUPS] = readFileSync(path.join(RACINE, 'test/fixtures/betagouv/api/startups.json'), 'utf8');
    await demander({ type: 'reglages-ecrire', reglages: { synchro: { url: null, startupsBetaGouv: true } } });
    expect((await demander({ type: 'synchroniser' })).startups).toMatchObject({ ok: true });
    expect((await resumeDe('lba-1'))?.nomsStartups).toEqual(['La bonne alternance']);
  });

  it('réinitialisation : les conventions importées disparaissent de la recherche', async () => {
    await importer([enCours('efface-1')]);
    expect(await resumeDe('efface-1')).toBeDefined();
    await demander({ type: 'reinitialiser' });
    expect(await resumeDe('efface-1')).toBeUndefined();
    expect((await trouver('')).length).toBe(Math.min(registreParDefaut.conventions.length, 50));
  });

  it('dates de clôture changées dans les réglages : statuts recalculés avec elles', async () => {
    await importer([enCours('cloture-1')]);
    expect((await resumeDe('cloture-1'))?.prochaineDate).toMatchObject({ date: '2025-11-30', texte: expect.stringContaining('paiement') });
    const avant = g.etat.nombreCalculs;
    await demander({ type: 'reglages-ecrire', reglages: { clotures: { paiements: '11-27' } } });
    expect((await resumeDe('cloture-1'))?.prochaineDate).toMatchObject({ date: '2025-11-27' });
    expect(g.etat.nombreCalculs).toBeGreaterThan(avant);
  });

  it('jour suivant : les comptes à rebours avancent (et la liste est recalculée)', async () => {
    await importer([enCours('jour-1')]);
    expect((await resumeDe('jour-1'))?.texteBadge).toMatch(/J-37$/);
    const avant = g.etat.nombreCalculs;
    await trouver('');
    expect(g.etat.nombreCalculs).toBeGreaterThan(avant);
    const memeJour = g.etat.nombreCalculs;
    // 22:59 UTC is still 24 November in Paris; 23:00 UTC is the 25th.
    maintenant = new Date('2025-11-24T22:59:00Z');
    await trouver('');
    expect(g.etat.nombreCalculs).toBe(memeJour);
    maintenant = new Date('2025-11-24T23:00:00Z');
    expect((await resumeDe('jour-1'))?.texteBadge).toMatch(/J-36$/);
    expect((await trouver('')).find((r) => r.id === 'jour-1')?.joursRestants).toBe(36);
  });
});

describe('travail en cours et préchauffage', () => {
  it('un import pendant le calcul de la liste complète : rien de périmé ne reste en cache', async () => {
    const lot = Array.from({ length: TRANCHE_PRECHAUFFAGE * 3 }, (_, i) => enCours(`course-${String(i).padStart(4, '0')}`));
    await importer(lot);
    // The full list is computed in slices: the import lands between two of them.
    const enVol = trouver('');
    await importer([enCours('course-0000', { dateFin: '2025-11-30' })]);
    await enVol;
    expect((await resumeDe('course-0000'))?.texteBadge).toMatch(/J-6$/);
    expect((await trouver('')).find((r) => r.id === 'course-0000')?.joursRestants).toBe(6);
  });

  it('après un import, tout est prêt avant la première frappe', async () => {
    g = creer({ prechauffer: true });
    await importer(Array.from({ length: 300 }, (_, i) => enCours(`chaud-${i}`)));
    await g.etat.prechauffer();
    const pret = g.etat.nombreCalculs;
    expect(pret).toBeGreaterThanOrEqual(300 + registreParDefaut.conventions.length);
    for (const requete of ['', 'c', 'ch', 'chaud', 'chaud 12', '']) await trouver(requete);
    expect(g.etat.nombreCalculs).toBe(pret);
  });
});
