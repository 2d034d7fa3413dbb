// What the e2e files of the extension's own pages (popup, dashboard, options) share: one Chromium
// with the built extension for the whole file, and each page opened at its size once usable.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { lancer, oublierPagesOutils, type OptionsLancement, type Session } from './navigateur';

/**
 * Launches the browser before the file's tests and closes it after them. The session only exists
 * once `beforeAll` has run, so what is returned stands for it: reading it earlier (at module level)
 * is an error that says so, rather than an `undefined` further down.
 */
export function sessionDuFichier(options: OptionsLancement = {}): Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await lancer(options);
  });
  afterAll(async () => {
    oublierPagesOutils();
    await session?.fermer();
  });
  return new Proxy({} as Session, {
    get(_, cle) {
      if (!session) throw new Error('Session e2e pas encore lancée : à lire dans un test ou un hook, après beforeAll.');
      return Reflect.get(session, cle);
    },
  });
}

/** A new tab on one of the extension's pages, at the given size, returned once `pret` has settled. */
async function ouvrirPage(session: Session, chemin: string, taille: { width: number; height: number }, pret: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(taille);
  await page.goto(session.urlExtension(chemin));
  await pret(page);
  return page;
}

/** The popup (380 × 600, as the browser shows it), once its search field is there. */
export const ouvrirPopup = (session: Session, fragment = ''): Promise<Page> =>
  ouvrirPage(session, `popup.html${fragment}`, { width: 380, height: 600 }, (page) => page.locator('#champ-recherche').waitFor({ state: 'attached' }));

/** The dashboard, once it has counted its conventions (a 5 000-convention registry takes a while). */
export const ouvrirTableauDeBord = (session: Session, suite = ''): Promise<Page> =>
  ouvrirPage(session, `tableau-de-bord.html${suite}`, { width: 1400, height: 900 }, (page) => page.locator('#tdb-compte').waitFor({ timeout: 60_000 }));

/** The options page, once its title and the database inventory are shown. */
export const ouvrirOptions = (session: Session): Promise<Page> =>
  ouvrirPage(session, 'options.html', { width: 1000, height: 900 }, async (page) => {
    await page.getByRole('heading', { name: 'Options de Jauge' }).waitFor();
    await page.locator('.inventaire').waitFor({ timeout: 15_000 });
  });

/** Clicks a page's export button and returns the downloaded file's name and bytes. */
export async function telechargerParBouton(page: Page, bouton: string | RegExp, timeout?: number): Promise<{ nom: string; octets: Buffer }> {
  const [telechargement] = await Promise.all([page.waitForEvent('download', { timeout }), page.getByRole('button', { name: bouton }).click()]);
  return { nom: telechargement.suggestedFilename(), octets: readFileSync(await telechargement.path()) };
}
