// Shared registries, end to end in Chromium: a registry in the CSV layout published the way Google
// Sheets, data.gouv.fr and Grist serve it, on their real host names over real TLS (util/hotes-tls),
// synced by the built extension's service worker after the person grants the hosts, then shown as
// badges on a beta.gouv.fr page. The grant is given as a person gives it on chrome://extensions
// (the site-access API of that page), then the options page's own save asks for it and gets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demarrerHotesTls, type HotesTls } from './util/hotes-tls';
import { Routes, envoyerAuFond, fixture, lancer, plat, type Session } from './util/navigateur';
import { CLE_GRIST, DATA_GOUV, GRIST, HOTE_GOOGLE_CONTENU, SHEETS, URL_DATA_GOUV, URL_GRIST, URL_SHEETS, publier } from './util/registres-partages';

let hotes: HotesTls;
let session: Session;
/** Everything the extension's pages and service worker wrote to the console. */
const console_: string[] = [];

const B = 'https://beta.gouv.fr';
const NOS_HOTES = /(^|\.)(google\.com|googleusercontent\.com|data\.gouv\.fr|grist\.numerique\.gouv\.fr)$|^127\.0\.0\.1$/;

beforeAll(async () => {
  hotes = await demarrerHotesTls();
  publier(hotes);
  const routes = new Routes().definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'));
  session = await lancer({ routes, args: hotes.argsChromium(), reseau: (u) => NOS_HOTES.test(u.hostname) });
  session.serviceWorker.on('console', (m) => console_.push(`sw ${m.type()} : ${m.text()}`));
  session.context.on('page', (p) => p.on('console', (m) => console_.push(`${p.url()} ${m.type()} : ${m.text()}`)));
  // No startups refresh from beta.gouv.fr in these tests.
  await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { startupsBetaGouv: false } } });
}, 120_000);
afterAll(async () => {
  await session?.fermer();
  await hotes?.fermer();
});

/** As on chrome://extensions › Jauge › site access: the person lets Jauge read these hosts. */
async function accorderSurLaPageDesExtensions(motifs: string[]): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    async ([id, liste]) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, hote: string): Promise<void> } } }).chrome.developerPrivate;
      for (const m of liste) await api.addHostPermission(id, m);
    },
    [session.extensionId, motifs] as const,
  );
  await page.close();
}

const permissions = () =>
  session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins: string[] }> } } }).chrome.permissions.getAll());

/** Fills the options page's form and saves (the click asks the browser for the hosts, then syncs). */
async function enregistrerDansLesOptions(url: string, grist?: { table: string; cle: string }) {
  const options = await session.ouvrir(session.urlExtension('options.html'));
  // Once the saved settings are shown (they would replace what was typed before them).
  await options.locator('section[aria-labelledby="titre-synchro"] button[type="submit"]:not([disabled])').waitFor();
  await options.locator('#url-registre').fill(url);
  if (grist) {
    await options.locator('#table-grist').fill(grist.table);
    await options.locator('#cle-grist').fill(grist.cle);
  }
  const analyse = plat(await options.locator('[data-testid="analyse-source"]').textContent());
  await options.getByRole('button', { name: 'Enregistrer et synchroniser' }).click();
  await expect.poll(async () => options.locator('section[aria-labelledby="titre-synchro"] .alerte').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  return { options, analyse };
}

async function idsSurLaPage(): Promise<string[]> {
  const page = await session.ouvrir(`${B}/startups/classe-a-12.html`);
  await expect.poll(async () => page.locator('jauge-badge').count(), { timeout: 20_000 }).toBeGreaterThan(1);
  const ids = await page.locator('jauge-badge').evaluateAll((h) => h.map((e) => e.getAttribute('data-jauge-convention') ?? ''));
  await page.close();
  return ids;
}

async function exporter(format: 'json' | 'csv'): Promise<string> {
  const r = await envoyerAuFond<{ contenu: string }>(session, { type: 'exporter', format });
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur.contenu;
}

describe('Chromium : un registre partagé, de là où il est publié jusqu’aux badges', () => {
  it('Google Sheets publié : refusé sans l’accès ; accordé, la chaîne docs.google.com → googleusercontent.com est suivie et la convention a son badge', async () => {
    // Without the grant: no CORS header, so nothing is read.
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: URL_SHEETS } } });
    const sans = await envoyerAuFond<{ registre?: { ok: boolean; message: string } }>(session, { type: 'synchroniser' });
    expect(sans.ok && sans.valeur.registre).toMatchObject({ ok: false, message: expect.stringContaining('Téléchargement impossible depuis https://docs.google.com') });

    await accorderSurLaPageDesExtensions(['https://docs.google.com/*', 'https://*.googleusercontent.com/*']);
    const { options, analyse } = await enregistrerDansLesOptions(URL_SHEETS);
    expect(analyse).toContain('Feuille Google publiée sur le Web, lue en CSV.');
    expect(analyse).toContain('Chemin attendu : docs.google.com → *.googleusercontent.com.');
    expect(analyse).toContain('Le navigateur vous demandera l’accès à https://docs.google.com et https://*.googleusercontent.com.');
    await expect.poll(async () => plat(await options.locator('.alerte--succes').textContent())).toBe('Succès : Synchronisation terminée : 1 convention ajoutée.');
    expect(plat(await options.locator('[data-testid="chaine-synchro"]').textContent())).toBe(`Chemin : docs.google.com → ${HOTE_GOOGLE_CONTENU}.`);
    await session.capture(options, 'registres-partages-sheets');
    await options.close();
    expect((await permissions()).origins).toEqual(expect.arrayContaining(['https://docs.google.com/*', 'https://*.googleusercontent.com/*']));
    // Two hops, each asked once; the second on the changing host name.
    expect(hotes.demandes.filter((d) => d.hote.endsWith('google.com') || d.hote.endsWith('googleusercontent.com')).map((d) => d.hote)).toEqual([
      'docs.google.com', // before the grant: the answer could not be read
      'docs.google.com',
      HOTE_GOOGLE_CONTENU,
    ]);
    expect(await idsSurLaPage()).toContain(SHEETS.id);
  });

  it('data.gouv.fr : le lien stable (302 vers static.data.gouv.fr) ; la feuille Google quitte la base, la convention de data.gouv.fr a son badge', async () => {
    await accorderSurLaPageDesExtensions(['https://www.data.gouv.fr/*', 'https://static.data.gouv.fr/*']);
    const { options, analyse } = await enregistrerDansLesOptions(URL_DATA_GOUV);
    expect(analyse).toContain('Lien stable d’une ressource de data.gouv.fr');
    await expect.poll(async () => plat(await options.locator('.alerte--succes').textContent())).toMatch(/^Succès : Synchronisation terminée : 1 convention ajoutée, 1 retirée \(plus dans la source\)\. Retirée : Convention publiée depuis Sheets/);
    expect(plat(await options.locator('[data-testid="chaine-synchro"]').textContent())).toBe('Chemin : www.data.gouv.fr → static.data.gouv.fr.');
    await options.close();
    // The Google hosts, no longer needed, were given back.
    await expect.poll(async () => (await permissions()).origins).not.toContain('https://docs.google.com/*');
    const ids = await idsSurLaPage();
    expect(ids).toContain(DATA_GOUV.id);
    expect(ids).not.toContain(SHEETS.id);
  });

  it.each([
    ['par http', 'https://www.data.gouv.fr/fr/datasets/r/vers-http', () => `redirige vers une étape en http (http://static.data.gouv.fr:${hotes.portHttp}), sans chiffrement : seul https est suivi`],
    ['vers 127.0.0.1', 'https://www.data.gouv.fr/fr/datasets/r/vers-local', () => `redirige vers une adresse locale ou privée (https://127.0.0.1:${hotes.port}) atteinte depuis www.data.gouv.fr, un nom public`],
  ])('une chaîne %s depuis un nom public est refusée et nommée, sans que l’étape soit demandée ; base inchangée', async (_nom, url, raison) => {
    const avant = await exporter('json');
    const demandesAvant = hotes.demandes.length;
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url } } });
    const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string; chaine?: string[] } }>(session, { type: 'synchroniser' });
    expect(r.ok && r.valeur.registre).toMatchObject({ ok: false, message: expect.stringContaining(`Le serveur https://www.data.gouv.fr ${raison()}`) });
    // Only the first step was asked; the refused one never was.
    expect(hotes.demandes.slice(demandesAvant).map((d) => `${d.protocole}://${d.hote}${d.chemin}`)).toEqual([`https://www.data.gouv.fr${new URL(url).pathname}`]);
    expect(await exporter('json')).toBe(avant);
    const options = await session.ouvrir(session.urlExtension('options.html'));
    await expect.poll(async () => plat(await options.locator('.synchro__etat').textContent())).toContain(raison());
    await options.close();
  });

  it('Grist avec une clé : lue par l’API, la clé envoyée à ce seul site ; elle n’apparaît ni dans un export, ni dans la console, ni dans les réglages', async () => {
    await accorderSurLaPageDesExtensions(['https://grist.numerique.gouv.fr/*']);
    const { options, analyse } = await enregistrerDansLesOptions(URL_GRIST, { table: 'Registre', cle: CLE_GRIST });
    expect(analyse).toContain('Table « Registre » du document Grist hQHXqAQXceeQBPvRw5sSs1 sur grist.numerique.gouv.fr');
    await expect.poll(async () => plat(await options.locator('.alerte--succes').textContent())).toMatch(/^Succès : Synchronisation terminée : 1 convention ajoutée/);
    // The field is emptied once saved; the page says a key is kept, never shows it.
    expect(await options.locator('#cle-grist').inputValue()).toBe('');
    expect(await options.content()).not.toContain(CLE_GRIST);
    await options.close();
    const grist = hotes.demandes.filter((d) => d.hote === 'grist.numerique.gouv.fr');
    expect(grist.map((d) => d.autorisation)).toEqual([`Bearer ${CLE_GRIST}`]);
    expect(hotes.demandes.filter((d) => d.hote !== 'grist.numerique.gouv.fr' && d.autorisation)).toEqual([]);
    expect(await idsSurLaPage()).toContain(GRIST.id);

    const traces = [
      await exporter('json'),
      await exporter('csv'),
      JSON.stringify(await envoyerAuFond(session, { type: 'reglages-lire' })),
      JSON.stringify(await envoyerAuFond(session, { type: 'etat-synchro' })),
      console_.join('\n'),
      session.erreurs.join('\n'),
    ].join('\n');
    expect(traces).toContain(GRIST.id);
    expect(traces).not.toContain(CLE_GRIST);
    // It is in storage.local, under its one key, and nowhere else there.
    const stockage = await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
    expect(Object.entries(stockage).filter(([, v]) => JSON.stringify(v).includes(CLE_GRIST)).map(([k]) => k)).toEqual(['jauge.grist.cleApi']);
  });
});
