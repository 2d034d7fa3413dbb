// Sync in the built extension: the registry URL and the beta.gouv.fr startups API answered by
// routes (the service worker's fetches go through Playwright's routing). Good → visible on the
// page; bad → error recorded with its time, database unchanged.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../shared/registre/defaut';
import { ecrireRegistreCsv } from '../../shared/registre/format';
import { Routes, envoyerAuFond, fixture, lancer, plat, type Reponse, type Session } from './util/navigateur';

const URL_REGISTRE = 'https://registre.exemple.gouv.fr/jauge/registre.json';
const URL_CSV = 'https://registre.exemple.gouv.fr/jauge/registre.csv';
const B = 'https://beta.gouv.fr';
let session: Session;
let reponseRegistre: Reponse;

const menjs = registreParDefaut.conventions.find((c) => c.delegant.sigle === 'MENJS')!;
const nouvelle = {
  ...menjs,
  id: 'menjs-2026-synchro',
  titre: 'Convention synchronisée',
  dateSignature: '2026-01-15',
  dateFin: '2027-12-31',
  echeancier: [{ annee: 2026, ae: 12_000_000, cp: 8_000_000 }],
  startups: ['classe-a-12'],
};

async function exporter(): Promise<string> {
  const r = await envoyerAuFond<{ contenu: string }>(session, { type: 'exporter', format: 'json' });
  if (!r.ok) throw new Error(r.erreur);
  // genereLe is today's date: equal within one run.
  return r.valeur.contenu;
}

beforeAll(async () => {
  reponseRegistre = { corps: '' };
  const routes = new Routes()
    .definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'))
    .definir(URL_REGISTRE, () => reponseRegistre)
    .definir(URL_CSV, { type: 'text/csv; charset=utf-8', corps: ecrireRegistreCsv({ ...registreParDefaut, executions: [] }) })
    .definir('/api/v2.7/startups.json', fixture('api/startups.json'));
  session = await lancer({ routes });
  const r = await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: URL_REGISTRE, startupsBetaGouv: true } } });
  expect(r).toMatchObject({ ok: true, valeur: { ok: true } });
});
afterAll(async () => session?.fermer());

describe('synchronisation depuis une URL', () => {
  it('registre valide : la nouvelle convention apparaît sur la page de la startup', async () => {
    reponseRegistre = { type: 'application/json', corps: JSON.stringify({ version: 1, conventions: [nouvelle] }) };
    const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string; le: string }; startups?: { ok: boolean; nombre?: number } }>(session, {
      type: 'synchroniser',
    });
    if (!r.ok) throw new Error(r.erreur);
    expect(r.valeur.registre).toMatchObject({ ok: true, message: '1 convention ajoutée.', chaine: [URL_REGISTRE] });
    expect(Date.now() - Date.parse(r.valeur.registre!.le)).toBeLessThan(60_000);
    expect(r.valeur.startups).toMatchObject({ ok: true, nombre: 4 });
    expect(session.routes.demandes).toContain(URL_REGISTRE);
    expect(session.routes.demandes).toContain(`${B}/api/v2.7/startups.json`);

    const page = await session.ouvrir(`${B}/startups/classe-a-12.html`);
    await expect.poll(async () => page.locator('jauge-badge').evaluateAll((h) => h.map((e) => e.getAttribute('data-jauge-convention')))).toEqual(
      expect.arrayContaining(['menjs-2026-synchro', menjs.id]),
    );
    await session.capture(page, 'synchro-visible');
    await page.close();
  });

  it('le registre synchronisé est un miroir : ce qui quitte la source quitte la base, l’import manuel reste, les options le disent', async () => {
    const ids = async () => {
      const r = await envoyerAuFond<{ id: string }[]>(session, { type: 'rechercher', requete: '' });
      if (!r.ok) throw new Error(r.erreur);
      return r.valeur.map((c) => c.id);
    };
    const manuelle = { ...nouvelle, id: 'import-manuel-1', titre: 'Importée à la main' };
    const importe = await envoyerAuFond(session, { type: 'importer', contenu: JSON.stringify({ version: 1, conventions: [manuelle] }), nomFichier: 'manuel.json' });
    expect(importe).toMatchObject({ ok: true, valeur: { ok: true, nombre: 1 } });
    const deux = [
      { ...nouvelle, id: 'miroir-1', titre: 'Miroir un' },
      { ...nouvelle, id: 'miroir-2', titre: 'Miroir deux' },
    ];
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: URL_REGISTRE } } });
    reponseRegistre = { type: 'application/json', corps: JSON.stringify({ version: 1, conventions: deux }) };
    const premiere = await envoyerAuFond<{ registre?: { ok: boolean } }>(session, { type: 'synchroniser' });
    // menjs-2026-synchro (first test) is no longer in the source: it leaves the database.
    expect(premiere.ok && premiere.valeur.registre).toMatchObject({ ok: true, retirees: { nombre: 1, conventions: [{ id: 'menjs-2026-synchro' }] } });
    expect(await ids()).toEqual(expect.arrayContaining(['miroir-1', 'miroir-2', 'import-manuel-1', menjs.id]));
    expect(await ids()).not.toContain('menjs-2026-synchro');

    reponseRegistre = { type: 'application/json', corps: JSON.stringify({ version: 1, conventions: [deux[0]] }) };
    const seconde = await envoyerAuFond<{ registre?: { ok: boolean; message: string; retirees?: { nombre: number } } }>(session, { type: 'synchroniser' });
    if (!seconde.ok) throw new Error(seconde.erreur);
    expect(seconde.valeur.registre).toMatchObject({ ok: true, retirees: { nombre: 1 } });
    expect(seconde.valeur.registre!.message).toContain('Miroir deux (« miroir-2 »)');
    const apres = await ids();
    // What the user imported by hand and the embedded registry stay.
    expect(apres).toEqual(expect.arrayContaining(['miroir-1', 'import-manuel-1', menjs.id]));
    expect(apres).not.toContain('miroir-2');

    const options = await session.ouvrir(session.urlExtension('options.html'));
    const etat = options.locator('.synchro__etat');
    await expect.poll(async () => plat(await etat.textContent())).toContain('1 convention à jour, 1 retirée (plus dans la source). Retirée : Miroir deux (« miroir-2 »).');
    expect(plat(await etat.textContent())).toContain('Chemin : registre.exemple.gouv.fr.');
    await options.locator('.synchro__retirees summary').click();
    await expect.poll(async () => plat(await options.locator('.synchro__retirees').textContent())).toContain('Miroir deux (miroir-2)');
    await session.capture(options, 'synchro-miroir');
    await options.close();
  });

  it('une redirection depuis un hôte que la personne n’a pas autorisé n’est pas suivie : le navigateur cache sa destination, la synchronisation le dit ; base inchangée', async () => {
    // A real HTTP server: Chromium does not follow a redirect fulfilled by a route for the service
    // worker's fetch. 127.0.0.1 redirects to localhost, another host name for the same machine; no
    // host was granted, so webRequest does not show the redirect (extension-registres-partages for the
    // granted chains).
    const serveur = createServer((req, res) => {
      const cors = { 'access-control-allow-origin': '*' };
      if (req.url === '/ancien.json') {
        res.writeHead(302, { ...cors, location: `http://localhost:${port()}/registre.json` });
        return void res.end();
      }
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ version: 1, conventions: [{ ...nouvelle, id: 'venue-d-ailleurs' }] }));
    });
    const port = () => (serveur.address() as AddressInfo).port;
    await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
    // Routes registered last are tried first: this local server is reached for real.
    const local = /^http:\/\/(127\.0\.0\.1|localhost):\d+\//;
    await session.context.route(local, (route) => route.continue());
    try {
      await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: `http://127.0.0.1:${port()}/ancien.json` } } });
      const conventions = async () => JSON.parse(await exporter()).conventions as unknown[];
      const avant = await conventions();
      const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string } }>(session, { type: 'synchroniser' });
      if (!r.ok) throw new Error(r.erreur);
      expect(r.valeur.registre).toMatchObject({
        ok: false,
        message: expect.stringContaining(`Le serveur http://127.0.0.1:${port()} redirige ailleurs, et le navigateur ne dit vers où qu'aux sites autorisés : synchronisation refusée.`),
        aAutoriser: 'http://127.0.0.1/*',
      });
      expect(await conventions()).toEqual(avant);
    } finally {
      await session.context.unroute(local);
      await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: URL_REGISTRE } } });
      await new Promise<void>((ok) => serveur.close(() => ok()));
    }
  });

  it.each<[string, Reponse, string]>([
    ['réponse HTTP 500', { statut: 500, corps: 'panne' }, 'HTTP 500'],
    ['registre invalide', { type: 'application/json', corps: JSON.stringify({ version: 1, conventions: [{ ...nouvelle, dateFin: '31/12/2027' }] }) }, 'Registre invalide'],
    ['pas du JSON', { type: 'application/json', corps: '<html>maintenance</html>' }, 'Registre invalide'],
  ])('%s : erreur enregistrée avec sa raison et son heure, base inchangée', async (_nom, reponse, message) => {
    const avant = await exporter();
    reponseRegistre = reponse;
    const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string; le: string }; derniereReussiteRegistre?: string }>(session, {
      type: 'synchroniser',
    });
    if (!r.ok) throw new Error(r.erreur);
    expect(r.valeur.registre).toMatchObject({ ok: false, message: expect.stringContaining(message) });
    expect(r.valeur.derniereReussiteRegistre).toBeDefined();
    expect(await exporter()).toBe(avant);
    const etat = await envoyerAuFond<{ registre?: { message: string } }>(session, { type: 'etat-synchro' });
    expect(etat.ok && etat.valeur.registre?.message).toContain(message);
  });

  it('hôte injoignable (requête refusée) : erreur en français', async () => {
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: 'https://injoignable.exemple.org/r.json' } } });
    const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string } }>(session, { type: 'synchroniser' });
    expect(r.ok && r.valeur.registre).toMatchObject({ ok: false, message: expect.stringContaining('Téléchargement impossible depuis https://injoignable.exemple.org') });
  });

  it('un registre CSV à l’URL est lu comme CSV', async () => {
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: URL_CSV } } });
    const r = await envoyerAuFond<{ registre?: { ok: boolean; nombre?: number } }>(session, { type: 'synchroniser' });
    expect(r.ok && r.valeur.registre).toMatchObject({ ok: true, nombre: registreParDefaut.conventions.length });
  });

  it('l’alarme de synchronisation est planifiée selon les réglages', async () => {
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { intervalleHeures: 12 } } });
    const alarme = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms.get('jauge-synchro'),
    );
    expect(alarme?.periodInMinutes).toBe(720);
  });
});
