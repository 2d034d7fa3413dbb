// The background's message handler against a real (fake-indexeddb) database, the embedded default
// registry, a fixed clock and a fake fetch: every message, imports all-or-nothing, sync, toolbar badge.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registreParDefaut } from '../../../shared/registre/defaut';
import { ecrireRegistreCsv, ecrireRegistreJson } from '../../../shared/registre/format';
import { BaseJauge } from '../../../extension/lib/db';
import { RechercheLocale } from '../../../extension/lib/recherche-locale';
import { deployerDonneesRecherche } from '../../../extension/lib/recherche-transport';
import { Gestionnaire, ONGLETS_SUIVIS } from '../../../extension/lib/gestionnaire';
import type { Reponses, Resultat, TypeRequete } from '../../../extension/lib/messages';
import { ALARME_SYNCHRO } from '../../../extension/lib/sync';
import { URL_API_STARTUPS } from '../../../extension/lib/startups-api';

const AUJOURDHUI = new Date('2025-11-24T09:00:00Z');
const RACINE = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.join(RACINE, '../shared/seeds');

type Reseau = Record<string, { statut?: number; corps: string; type?: string } | Error>;
let reseau: Reseau;
const fetchFactice = vi.fn(async (entree: RequestInfo | URL) => {
  const url = String(entree);
  const r = reseau[url];
  if (!r) throw new TypeError('Failed to fetch');
  if (r instanceof Error) throw r;
  return new Response(r.corps, { status: r.statut ?? 200, headers: { 'content-type': r.type ?? 'application/json' } });
});

let db: BaseJauge;
let g: Gestionnaire;

async function demander<T extends TypeRequete>(message: { type: T } & Record<string, unknown>, expediteur = {}): Promise<Reponses[T]> {
  const r = (await g.traiter(message, expediteur)) as Resultat<Reponses[T]>;
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}
const exporterJson = async () => (await demander({ type: 'exporter', format: 'json' })).contenu;

const menjs = () => registreParDefaut.conventions.find((c) => c.delegant.sigle === 'MENJS')!;
const dgefpIncubateur = () => registreParDefaut.conventions.find((c) => c.incubateur === 'mission-apprentissage')!;

beforeEach(() => {
  fakeBrowser.reset();
  reseau = {};
  fetchFactice.mockClear();
  db = new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange });
  g = new Gestionnaire({ db, maintenant: () => AUJOURDHUI, fetch: fetchFactice as unknown as typeof fetch });
});

describe('semis et consultation', () => {
  it('se remplit du registre embarqué au premier message', async () => {
    const inv = await demander({ type: 'inventaire' });
    expect(inv.conventions).toBe(registreParDefaut.conventions.length);
    expect(inv.startups).toBe(registreParDefaut.startups.length);
    expect(inv.versionSchema).toBeGreaterThanOrEqual(2);
  });

  it('classe-a-12 : la convention MENJS, échue, en mots', async () => {
    const r = await demander({ type: 'conventions-startup', slug: 'classe-a-12' });
    expect(r.startup?.nom).toBe('Classe à 12');
    expect(r.conventions.map((c) => c.id)).toEqual([menjs().id]);
    const [c] = r.conventions;
    expect(c).toMatchObject({ libelle: 'Convention MENJS', phase: 'echue', delegant: 'MENJS', delegataire: 'DINUM' });
    expect(c!.texteBadge).toBe('échue le 31 déc. 2021');
    expect(c!.texteTotaux).toMatch(/^AE 50\s000\s€ · CP 50\s000\s€/u);
  });

  it("une startup de l'incubateur mission-apprentissage reçoit la convention de l'incubateur ; `_` vaut `-`", async () => {
    for (const slug of ['catalogue-apprentissage', 'uai-siret', 'uai_siret']) {
      const r = await demander({ type: 'conventions-startup', slug });
      expect(r.conventions.map((c) => c.id), slug).toContain(dgefpIncubateur().id);
    }
    const inc = await demander({ type: 'conventions-incubateur', id: 'mission-apprentissage' });
    expect(inc.conventions.map((c) => c.id)).toContain(dgefpIncubateur().id);
  });

  it('startup inconnue : aucune convention, pas d’erreur', async () => {
    expect(await demander({ type: 'conventions-startup', slug: 'nexiste-pas' })).toEqual({ startup: null, conventions: [] });
  });

  it('recherche groupée pour les cartes', async () => {
    const r = await demander({ type: 'conventions-startups', slugs: ['classe-a-12', 'nexiste-pas', 'classe-a-12'] });
    expect(Object.keys(r).sort()).toEqual(['classe-a-12', 'nexiste-pas']);
    expect(r['classe-a-12']).toHaveLength(1);
    expect(r['nexiste-pas']).toEqual([]);
  });

  it('rechercher : vide = tout, le plus grave d’abord ; sinon classé', async () => {
    const tout = await demander({ type: 'rechercher', requete: '' });
    expect(tout).toHaveLength(registreParDefaut.conventions.length);
    const rang = { alerte: 0, attention: 1, ok: 2 };
    for (let i = 1; i < tout.length; i++) expect(rang[tout[i - 1]!.niveau]).toBeLessThanOrEqual(rang[tout[i]!.niveau]);
    const dgefp = await demander({ type: 'rechercher', requete: 'dgefp' });
    expect(dgefp.length).toBeGreaterThan(0);
    expect(dgefp.every((c) => c.delegant === 'DGEFP' || c.delegataire === 'DGEFP')).toBe(true);
    expect(await demander({ type: 'rechercher', requete: 'zzzzqqqq' })).toEqual([]);
  });

  it('index-recherche : la recherche locale répond comme « rechercher », sans autre message', async () => {
    const donnees = await demander({ type: 'index-recherche' });
    // Through a message's JSON, as between the background and a page.
    const locale = new RechercheLocale(deployerDonneesRecherche(JSON.parse(JSON.stringify(donnees))));
    expect(locale.taille).toBe(registreParDefaut.conventions.length);
    for (const requete of ['', 'dgefp', 'classe a 12', '2021', 'zzzzqqqq']) {
      const distant = await demander({ type: 'rechercher', requete, limite: 20 });
      const ici = locale.chercher(requete, 20);
      expect(ici.resultats.map((r) => r.id)).toEqual(distant.map((r) => r.id));
      expect(ici.resultats.map((r) => r.texteBadge)).toEqual(distant.map((r) => r.texteBadge));
      expect(ici.total).toBe(requete === '' ? registreParDefaut.conventions.length : distant.length);
    }
  });

  it('index-recherche : construit une fois par génération de données, reconstruit après un import', async () => {
    const premiere = await demander({ type: 'index-recherche' });
    expect(await demander({ type: 'index-recherche' })).toBe(premiere);
    await demander({ type: 'importer', contenu: await exporterJson(), format: 'json' });
    const apres = await demander({ type: 'index-recherche' });
    expect(apres).not.toBe(premiere);
    expect(apres).toEqual(premiere);
  });

  it('suit le badge de 200 onglets au plus, les plus récents', async () => {
    for (let tabId = 1; tabId <= ONGLETS_SUIVIS + 5; tabId++) {
      await g.traiter({ type: 'conventions-startup', slug: 'classe-a-12' }, { tab: { id: tabId }, url: `https://beta.gouv.fr/startups/classe-a-12.html?${tabId}` });
    }
    expect(g.ongletsSuivis).toBe(ONGLETS_SUIVIS);
  });

  it('détail : convention, statut au jour du fond, constats, startups', async () => {
    const d = await demander({ type: 'detail', conventionId: menjs().id });
    expect(d?.aujourdhui).toBe('2025-11-24');
    expect(d?.statut.aujourdhui).toBe('2025-11-24');
    expect(d?.convention.id).toBe(menjs().id);
    expect(d?.startups.map((s) => s.slug)).toEqual(['classe-a-12']);
    expect(Array.isArray(d?.constats)).toBe(true);
    expect(await demander({ type: 'detail', conventionId: 'inconnue' })).toBeNull();
  });

  it('message invalide : erreur typée en français, jamais d’exception', async () => {
    expect(await g.traiter({ type: 'supprimer-tout' })).toEqual({ ok: false, erreur: expect.stringContaining('type de message inconnu') });
    expect(await g.traiter(undefined)).toMatchObject({ ok: false });
    expect(await g.traiter({ type: 'detail' })).toEqual({ ok: false, erreur: expect.stringContaining('« conventionId »') });
  });
});

describe('import et export', () => {
  it('JSON valide : les conventions deviennent visibles', async () => {
    const nouvelle = { ...menjs(), id: 'test-import-1', startups: ['ma-startup'] };
    const contenu = JSON.stringify({ version: 1, conventions: [nouvelle], startups: [{ slug: 'ma-startup', nom: 'Ma startup' }] });
    const r = await demander({ type: 'importer', contenu, nomFichier: 'registre.json' });
    expect(r).toEqual({ ok: true, enregistre: true, nombre: 1 });
    const vue = await demander({ type: 'conventions-startup', slug: 'ma-startup' });
    expect(vue.conventions.map((c) => c.id)).toEqual(['test-import-1']);
    expect((await demander({ type: 'inventaire' })).conventions).toBe(registreParDefaut.conventions.length + 1);
  });

  it('CSV dont la dernière ligne est fausse : refusé avec ligne et champ, base inchangée', async () => {
    const avant = await exporterJson();
    const csv = ecrireRegistreCsv({ ...registreParDefaut, conventions: registreParDefaut.conventions.map((c) => ({ ...c, id: `${c.id}-bis` })), executions: [] });
    const lu = Papa.parse<string[]>(csv.trim());
    const entete = lu.data[0]!;
    const derniere = [...lu.data.at(-1)!];
    derniere[entete.indexOf('annee')] = 'deux mille';
    const faux = Papa.unparse([...lu.data, derniere], { delimiter: lu.meta.delimiter });
    const r = await demander({ type: 'importer', contenu: faux, nomFichier: 'registre.csv' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.erreurs[0]!.ligne).toBe(lu.data.length + 1);
      expect(r.erreurs[0]!.message).toMatch(/annee|année/i);
    }
    expect(await exporterJson()).toBe(avant);
  });

  it('10 000 lignes dont la dernière est fausse : tout est refusé, la base est exactement ce qu’elle était', async () => {
    const avant = await exporterJson();
    const base = menjs();
    const conventions = Array.from({ length: 5_000 }, (_, i) => ({
      ...base,
      id: `masse-${i}`,
      echeancier: [
        { annee: 2025, ae: 1_000_000 + i, cp: 500_000 },
        { annee: 2026, ae: 2_000_000, cp: 2_500_000 + i },
      ],
    }));
    const csv = ecrireRegistreCsv({ version: 1, conventions, executions: [], startups: [], incubateurs: [] });
    const lu = Papa.parse<string[]>(csv.trim());
    expect(lu.data.length - 1).toBe(10_000);
    const derniere = [...lu.data.at(-1)!];
    derniere[lu.data[0]!.indexOf('ae')] = 'beaucoup';
    const faux = Papa.unparse([...lu.data.slice(0, -1), derniere], { delimiter: lu.meta.delimiter });
    const r = await demander({ type: 'importer', contenu: faux, format: 'csv' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreurs.some((e) => e.ligne === 10_001)).toBe(true);
    expect(await exporterJson()).toBe(avant);
    // The same file without the bad line goes in whole.
    const bon = await demander({ type: 'importer', contenu: csv, format: 'csv' });
    expect(bon).toMatchObject({ ok: true, nombre: 5_000 });
    expect((await demander({ type: 'inventaire' })).conventions).toBe(registreParDefaut.conventions.length + 5_000);
  });

  it('annonce aux pages ouvertes chaque import réussi, et seulement les réussis', async () => {
    const annonces = vi.fn();
    g = new Gestionnaire({ db, maintenant: () => AUJOURDHUI, fetch: fetchFactice as unknown as typeof fetch, annoncerChangement: annonces });
    const json = await exporterJson();
    annonces.mockClear();
    await demander({ type: 'importer', contenu: json, format: 'json' });
    expect(annonces).toHaveBeenCalledTimes(1);
    await g.traiter({ type: 'importer', contenu: '{"version": 1, "conventions": [{}]}', format: 'json' }, {});
    expect(annonces).toHaveBeenCalledTimes(1);
  });

  it('CSV valide : importé ; export CSV → réimport identique', async () => {
    const csv = (await demander({ type: 'exporter', format: 'csv' })).contenu;
    const r = await demander({ type: 'importer', contenu: csv, format: 'csv' });
    expect(r).toMatchObject({ ok: true, nombre: registreParDefaut.conventions.length });
    const avant = await exporterJson();
    await demander({ type: 'importer', contenu: avant, format: 'json' });
    expect(await exporterJson()).toBe(avant);
  });

  it('export JSON : nom de fichier daté, relu par le lecteur du registre', async () => {
    const e = await demander({ type: 'exporter', format: 'json' });
    expect(e.nomFichier).toBe('jauge-registre-2025-11-24.json');
    expect(e.type).toBe('application/json');
    expect(JSON.parse(e.contenu).conventions).toHaveLength(registreParDefaut.conventions.length);
    expect(ecrireRegistreJson(registreParDefaut).length).toBeGreaterThan(0);
  });

  it('texte de convention : aperçu d’abord (rien d’enregistré), puis confirmation', async () => {
    const texte = readFileSync(path.join(SEEDS, '004_4089475481e85089.txt'), 'utf8');
    await demander({ type: 'reinitialiser' });
    await db.conventions.clear();
    g.etat.invalider();
    const apercu = await demander({ type: 'importer', contenu: texte, nomFichier: 'convention.txt' });
    expect(apercu).toMatchObject({ ok: true, enregistre: false });
    if (apercu.ok) expect(apercu.apercu?.convention.delegant.sigle).toBe('MENJS');
    expect(await db.conventions.count()).toBe(0);
    const confirme = await demander({ type: 'importer', contenu: texte, format: 'texte', confirmer: true });
    expect(confirme).toMatchObject({ ok: true, enregistre: true, nombre: 1 });
    expect(await db.conventions.count()).toBe(1);
  });

  it('fichiers refusés : vide, texte qui n’est pas une convention, format deviné absurde', async () => {
    expect(await demander({ type: 'importer', contenu: '  ' })).toEqual({ ok: false, erreurs: [{ message: 'Le fichier est vide.' }] });
    const r = await demander({ type: 'importer', contenu: 'Bonjour,\nvoici ma liste de courses.', format: 'texte' });
    expect(r).toMatchObject({ ok: false, erreurs: [{ message: expect.stringContaining('ne ressemble pas à une convention') }] });
    const j = await demander({ type: 'importer', contenu: '{"version": 2}', nomFichier: 'x.json' });
    expect(j.ok).toBe(false);
  });

  it('réinitialiser : retour au registre embarqué', async () => {
    await db.conventions.clear();
    g.etat.invalider();
    expect(await demander({ type: 'reinitialiser' })).toEqual({ nombre: registreParDefaut.conventions.length });
    expect((await demander({ type: 'inventaire' })).conventions).toBe(registreParDefaut.conventions.length);
  });
});

describe('réglages', () => {
  it('lit les valeurs par défaut, écrit partiellement, refuse une valeur fausse en le disant', async () => {
    const r = await demander({ type: 'reglages-lire' });
    expect(r.fonctionnalites['badges-startup']).toBe(true);
    const e = await demander({ type: 'reglages-ecrire', reglages: { fonctionnalites: { 'badges-cartes': false }, synchro: { intervalleHeures: 6 } } });
    expect(e).toMatchObject({ ok: true, reglages: { fonctionnalites: { 'badges-cartes': false, 'badges-startup': true }, synchro: { intervalleHeures: 6 } } });
    expect((await demander({ type: 'reglages-lire' })).synchro.intervalleHeures).toBe(6);
    const alarme = await fakeBrowser.alarms.get(ALARME_SYNCHRO);
    expect(alarme?.periodInMinutes).toBe(360);
    const faux = await g.traiter({ type: 'reglages-ecrire', reglages: { clotures: { commandes: '13-45' } } });
    expect(faux).toMatchObject({ ok: false });
  });

  it('valeur hors limites : refusée dès le message, en nommant le champ ; rien n’est écrit', async () => {
    const faux = await g.traiter({ type: 'reglages-ecrire', reglages: { synchro: { intervalleHeures: 0 } } });
    expect(faux).toEqual({ ok: false, erreur: 'Message invalide (reglages-ecrire) : champ « reglages.synchro.intervalleHeures » : au moins 1 heure.' });
    expect((await demander({ type: 'reglages-lire' })).synchro.intervalleHeures).toBe(24);
  });
});

describe('synchronisation', () => {
  const URL_REGISTRE = 'https://registre.exemple.fr/jauge.json';

  beforeEach(async () => {
    await demander({ type: 'reglages-ecrire', reglages: { synchro: { url: URL_REGISTRE, startupsBetaGouv: false } } });
  });

  it('registre valide à l’URL : importé, résultat daté', async () => {
    reseau[URL_REGISTRE] = { corps: JSON.stringify({ version: 1, conventions: [{ ...menjs(), id: 'synchro-1', startups: ['synchro-startup'] }] }) };
    const etat = await demander({ type: 'synchroniser' });
    expect(etat.registre).toMatchObject({ ok: true, nombre: 1, le: AUJOURDHUI.toISOString() });
    expect(etat.derniereReussiteRegistre).toBe(AUJOURDHUI.toISOString());
    expect((await demander({ type: 'conventions-startup', slug: 'synchro-startup' })).conventions).toHaveLength(1);
    expect(fetchFactice).toHaveBeenCalledWith(URL_REGISTRE, expect.objectContaining({ credentials: 'omit' }));
  });

  it.each([
    ['HTTP 404', { statut: 404, corps: 'introuvable' }, 'HTTP 404'],
    ['registre invalide', { corps: '{"version": 1, "conventions": [{"id": ""}]}' }, 'Registre invalide, rien n'],
    ['réseau coupé', new TypeError('Failed to fetch'), 'Téléchargement impossible depuis https://registre.exemple.fr'],
  ])('%s : rien ne change, la raison et l’heure sont gardées', async (_nom, reponse, message) => {
    const avant = await exporterJson();
    reseau[URL_REGISTRE] = reponse as Reseau[string];
    const etat = await demander({ type: 'synchroniser' });
    expect(etat.registre?.ok).toBe(false);
    expect(etat.registre?.message).toContain(message);
    expect(etat.registre?.le).toBe(AUJOURDHUI.toISOString());
    expect(await exporterJson()).toBe(avant);
    expect((await demander({ type: 'etat-synchro' })).registre?.message).toContain(message);
  });

  it('CSV servi à l’URL : lu comme CSV', async () => {
    reseau[URL_REGISTRE] = { corps: ecrireRegistreCsv({ ...registreParDefaut, executions: [] }), type: 'text/csv' };
    const etat = await demander({ type: 'synchroniser' });
    expect(etat.registre).toMatchObject({ ok: true, nombre: registreParDefaut.conventions.length });
  });

  it('liste des startups beta.gouv.fr : ajoutées, sans changer l’incubateur donné par le registre', async () => {
    await demander({ type: 'reglages-ecrire', reglages: { synchro: { url: null, startupsBetaGouv: true } } });
    reseau[URL_API_STARTUPS] = { corps: readFileSync(path.join(RACINE, 'test/fixtures/betagouv/api/startups.json'), 'utf8') };
    const avant = await db.startups.get('tdb-apprentissage');
    const etat = await demander({ type: 'synchroniser' });
    expect(etat.startups).toMatchObject({ ok: true, nombre: 4 });
    expect(etat.registre).toBeUndefined();
    expect((await db.startups.get('la-bonne-alternance'))?.nom).toBe('La bonne alternance');
    if (avant) expect((await db.startups.get('tdb-apprentissage'))?.incubateur).toBe(avant.incubateur);
    reseau[URL_API_STARTUPS] = { corps: '<html>maintenance</html>', type: 'text/html' };
    const echec = await demander({ type: 'synchroniser' });
    expect(echec.startups).toMatchObject({ ok: false, message: expect.stringContaining('JSON invalide') });
    expect(echec.derniereReussiteStartups).toBe(AUJOURDHUI.toISOString());
  });

  it('l’alarme lance la synchronisation', async () => {
    reseau[URL_REGISTRE] = { corps: JSON.stringify({ version: 1, conventions: [] }) };
    await g.synchroniseur.lancer();
    expect(fetchFactice).toHaveBeenCalledTimes(1);
  });
});

describe('badge de la barre d’outils', () => {
  it('compte les conventions de la page et prend la couleur du pire niveau, avec un titre en mots', async () => {
    const expediteur = { tab: { id: 7 }, url: 'https://beta.gouv.fr/startups/classe-a-12.html' };
    await demander({ type: 'conventions-startup', slug: 'classe-a-12' }, expediteur);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('1');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(/^Jauge — 1 convention sur cette page/);
  });

  it('pas de badge pour une page hors beta.gouv.fr ni pour la popup', async () => {
    await demander({ type: 'conventions-startup', slug: 'classe-a-12' }, { tab: { id: 8 }, url: 'https://exemple.fr/' });
    await demander({ type: 'conventions-startup', slug: 'classe-a-12' }, {});
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('désactivé dans les réglages : effacé', async () => {
    await demander({ type: 'reglages-ecrire', reglages: { fonctionnalites: { 'badge-barre-outils': false } } });
    await demander({ type: 'conventions-startup', slug: 'classe-a-12' }, { tab: { id: 9 }, url: 'https://beta.gouv.fr/startups/classe-a-12.html' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
  });
});
