// Shared registries, end to end in Firefox ESR (the AMO build, .output/firefox-mv2): the same
// publications as in Chromium (util/registres-partages), on their real host names over real TLS
// through a local proxy, the test authority trusted by this profile only. The options page's save is
// a real click (a user gesture); Firefox is told to grant optional permissions without its prompt,
// as if the person said yes. Then the badges on a beta.gouv.fr page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demarrerHotesTls, type HotesTls } from './util/hotes-tls';
import { Routes, fixture, plat } from './util/navigateur';
import { lancerFirefox, type Marionette, type SessionFirefox } from './util/firefox';
import { DATA_GOUV, HOTE_GOOGLE_CONTENU, SHEETS, URL_DATA_GOUV, URL_SHEETS, publier } from './util/registres-partages';

let hotes: HotesTls;
let session: SessionFirefox;

beforeAll(async () => {
  hotes = await demarrerHotesTls();
  publier(hotes);
  const routes = new Routes().definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'));
  session = await lancerFirefox({ routes, proxy: hotes.portProxy, autorite: hotes.autoriteBase64, accorderPermissions: true });
}, 120_000);
afterAll(async () => {
  await session?.fermer();
  await hotes?.fermer();
});

async function envoyerAuFond<T>(m: Marionette, message: unknown): Promise<T> {
  const r = await m.executer<{ ok: true; valeur: T } | { ok: false; erreur: string }>('return browser.runtime.sendMessage(arguments[0]);', message);
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}

/** Types the address in the options page and clicks « Enregistrer et synchroniser »; answers the alert's text. */
async function enregistrer(m: Marionette, url: string): Promise<{ alerte: string; chaine: string }> {
  await m.naviguer(session.urlExtension('options.html'));
  await m.attendre(`document.querySelector('#url-registre') && !document.querySelector('#titre-synchro ~ form button[type="submit"]').disabled`);
  await m.executer(`document.querySelector('#url-registre').value = '';`);
  await m.taper('#url-registre', url);
  await m.cliquer('#titre-synchro ~ form button[type="submit"]');
  const alerte = await m.attendre<string>(`document.querySelector('section[aria-labelledby="titre-synchro"] .alerte')?.textContent`, 30_000);
  const chaine = await m.executer<string>(`return document.querySelector('[data-testid="chaine-synchro"]')?.textContent ?? ''`);
  return { alerte: plat(alerte), chaine: plat(chaine) };
}

async function idsSurLaPage(): Promise<string[]> {
  const page = await session.ouvrir('https://beta.gouv.fr/startups/classe-a-12.html');
  await page.waitForFunction(() => document.querySelectorAll('jauge-badge').length > 1, { timeout: 20_000 });
  const ids = await page.evaluate(() => [...document.querySelectorAll('jauge-badge')].map((h) => h.getAttribute('data-jauge-convention') ?? ''));
  await page.close();
  return ids;
}

describe('Firefox ESR : un registre partagé, de là où il est publié jusqu’aux badges', () => {
  it('Google Sheets publié : l’accès aux deux hôtes est demandé au clic, la chaîne est suivie, la convention a son badge', async () => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension('options.html'));
    await envoyerAuFond(m, { type: 'reglages-ecrire', reglages: { synchro: { startupsBetaGouv: false } } });
    const { alerte, chaine } = await enregistrer(m, URL_SHEETS);
    expect(alerte).toBe('Succès : Synchronisation terminée : 1 convention ajoutée.');
    expect(chaine).toBe(`Chemin : docs.google.com → ${HOTE_GOOGLE_CONTENU}.`);
    const permissions = await m.executer<{ origins: string[]; permissions: string[] }>('return browser.permissions.getAll();');
    expect(permissions.origins).toEqual(expect.arrayContaining(['https://docs.google.com/*', 'https://*.googleusercontent.com/*']));
    expect(hotes.demandes.map((d) => d.hote)).toEqual(['docs.google.com', HOTE_GOOGLE_CONTENU]);
    expect(await idsSurLaPage()).toContain(SHEETS.id);
  });

  it('data.gouv.fr : le lien stable, 302 vers static.data.gouv.fr ; la convention de la feuille quitte la base', async () => {
    const m = await session.extension();
    const { alerte, chaine } = await enregistrer(m, URL_DATA_GOUV);
    expect(alerte).toMatch(/^Succès : Synchronisation terminée : 1 convention ajoutée, 1 retirée \(plus dans la source\)\./);
    expect(chaine).toBe('Chemin : www.data.gouv.fr → static.data.gouv.fr.');
    const ids = await idsSurLaPage();
    expect(ids).toContain(DATA_GOUV.id);
    expect(ids).not.toContain(SHEETS.id);
  });

  it.each([
    ['par http', 'https://www.data.gouv.fr/fr/datasets/r/vers-http', () => `une étape en http (http://static.data.gouv.fr:${hotes.portHttp})`],
    ['vers 127.0.0.1', 'https://www.data.gouv.fr/fr/datasets/r/vers-local', () => `une adresse locale ou privée (https://127.0.0.1:${hotes.port}) atteinte depuis www.data.gouv.fr`],
  ])('une chaîne %s est refusée et nommée, l’étape jamais demandée', async (_nom, url, raison) => {
    const m = await session.extension();
    const avant = hotes.demandes.length;
    await envoyerAuFond(m, { type: 'reglages-ecrire', reglages: { synchro: { url } } });
    const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string } }>(m, { type: 'synchroniser' });
    expect(r.registre).toMatchObject({ ok: false, message: expect.stringContaining(`Le serveur https://www.data.gouv.fr redirige vers ${raison()}`) });
    expect(hotes.demandes.slice(avant).map((d) => `${d.protocole}://${d.hote}${d.chemin}`)).toEqual([`https://www.data.gouv.fr${new URL(url).pathname}`]);
  });
});
