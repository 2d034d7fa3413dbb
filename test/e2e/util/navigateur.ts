// Shared Playwright launcher for the extension's end-to-end tests: Debian's Chromium, headless,
// with the built extension (.output/chrome-mv3) loaded and the network replaced by routes
// (beta.gouv.fr pages served from test/fixtures, any other URL from what a test registers;
// everything else is refused, so no test ever reaches the internet).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Route, type Worker } from 'playwright-core';

export const RACINE = path.resolve(import.meta.dirname, '../../..');
/** The build under test: `.output/` unless JAUGE_SORTIE (see wxt.config.ts) points elsewhere. */
export const SORTIE = process.env.JAUGE_SORTIE ? path.resolve(RACINE, process.env.JAUGE_SORTIE) : path.join(RACINE, '.output');
export const EXTENSION_CHROME = path.join(SORTIE, 'chrome-mv3');
export const DOSSIER_FIXTURES = path.join(RACINE, 'test/fixtures/betagouv');
export const DOSSIER_CAPTURES = path.join(RACINE, 'test/e2e/screenshots');

/** Debian's real binary (the /usr/bin/chromium wrapper adds its own extension flags). */
export function cheminChromium(): string {
  for (const chemin of [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'])
    if (chemin && existsSync(chemin)) return chemin;
  throw new Error('Chromium introuvable : apt-get install -y chromium (ou CHROMIUM_PATH=…).');
}

export interface Reponse {
  statut?: number;
  type?: string;
  corps: string | Buffer;
  entetes?: Record<string, string>;
}

/** A fixture file of test/fixtures/betagouv as an HTML (or JSON) response. */
export function fixture(nom: string, statut = 200): Reponse {
  const type = nom.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
  return { statut, type, corps: readFileSync(path.join(DOSSIER_FIXTURES, nom), 'utf8') };
}

/**
 * What the network answers. Keys are full URLs (without the hash) or beta.gouv.fr paths
 * (`/startups/classe-a-12.html`); a value may be a function, read at request time, so a test can
 * change an answer between two steps. Unknown beta.gouv.fr paths get a 404 page.
 */
export class Routes {
  private readonly table = new Map<string, Reponse | (() => Reponse)>();
  readonly demandes: string[] = [];

  definir(cle: string, reponse: Reponse | (() => Reponse)): this {
    this.table.set(cle, reponse);
    return this;
  }

  retirer(cle: string): this {
    this.table.delete(cle);
    return this;
  }

  trouver(url: string): Reponse | undefined {
    const sansAncre = url.split('#')[0]!;
    const u = new URL(sansAncre);
    const cles = [sansAncre, `${u.origin}${u.pathname}`];
    if (u.origin === 'https://beta.gouv.fr') cles.push(`${u.pathname}${u.search}`, u.pathname);
    for (const cle of cles) {
      const r = this.table.get(cle);
      if (r) return typeof r === 'function' ? r() : r;
    }
    return undefined;
  }

  /** The answer to a request (recorded in `demandes`): a route, a 404 page on beta.gouv.fr, else null (refused). */
  repondre(url: string): Reponse | null {
    this.demandes.push(url);
    const r = this.trouver(url);
    if (r) return { ...r, entetes: { 'access-control-allow-origin': '*', ...r.entetes } };
    if (url.startsWith('https://beta.gouv.fr/')) {
      return { statut: 404, type: 'text/html; charset=utf-8', corps: '<!DOCTYPE html><title>404</title><h1>Page non trouvée</h1>' };
    }
    return null;
  }

  async traiter(route: Route): Promise<void> {
    const url = route.request().url();
    // Never interfere with the extension's own pages and chunks (toolchain.md §4).
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const r = this.repondre(url);
    if (!r) return route.abort('internetdisconnected');
    return route.fulfill({ status: r.statut ?? 200, contentType: r.type ?? 'text/html; charset=utf-8', body: r.corps, headers: r.entetes });
  }
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  routes: Routes;
  /** Console errors and uncaught page errors seen in any page since launch (or since `vider`). */
  erreurs: string[];
  /** Dialogs (alert/confirm/prompt) opened by any page: must stay empty. */
  dialogues: string[];
  ouvrir(url: string): Promise<Page>;
  urlExtension(chemin: string): string;
  capture(page: Page, nom: string): Promise<string>;
  fermer(): Promise<void>;
}

export interface OptionsLancement {
  extension?: string;
  routes?: Routes;
  /** More Chromium flags (util/hotes-tls: host names mapped to a local TLS server, its certificate trusted). */
  args?: string[];
  /** URLs left to the real network (a local server), outside the routes: not intercepted at all. */
  reseau?: (url: URL) => boolean;
}

export async function lancer(options: OptionsLancement = {}): Promise<Session> {
  const extension = options.extension ?? EXTENSION_CHROME;
  if (!existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`Extension non construite (${extension}) : lancez \`npx wxt build\` d'abord.`);
  }
  const routes = options.routes ?? new Routes();
  const profil = mkdtempSync(path.join(tmpdir(), 'jauge-e2e-'));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: cheminChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...(options.args ?? []),
    ],
  });
  const reseau = options.reseau;
  await context.route(reseau ? (u: URL) => !reseau(u) : '**/*', (route) => routes.traiter(route));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  const erreurs: string[] = [];
  const dialogues: string[] = [];
  const suivre = (page: Page) => {
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error' || m.type() === 'warning') erreurs.push(`${m.type()} ${page.url()} : ${m.text()}`);
    });
    page.on('pageerror', (e) => erreurs.push(`exception ${page.url()} : ${e.message}`));
    page.on('dialog', (d) => {
      dialogues.push(`${d.type()} : ${d.message()}`);
      void d.dismiss();
    });
  };
  context.on('page', suivre);
  for (const p of context.pages()) suivre(p);

  return {
    context,
    extensionId,
    serviceWorker,
    routes,
    erreurs,
    dialogues,
    async ouvrir(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    urlExtension: (chemin) => `chrome-extension://${extensionId}/${chemin.replace(/^\//, '')}`,
    async capture(page, nom) {
      mkdirSync(DOSSIER_CAPTURES, { recursive: true });
      const fichier = path.join(DOSSIER_CAPTURES, `${nom}.png`);
      await page.screenshot({ path: fichier });
      return fichier;
    },
    async fermer() {
      await context.close().catch(() => undefined);
      rmSync(profil, { recursive: true, force: true });
    },
  };
}

/**
 * Sends a message to the background as the extension's own pages do (from an extension page,
 * through chrome.runtime.sendMessage), and returns its `{ ok, valeur | erreur }` envelope.
 */
export async function envoyerAuFond<T = unknown>(session: Session, message: unknown): Promise<{ ok: true; valeur: T } | { ok: false; erreur: string }> {
  const page = await pageExtension(session);
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message as never) as never;
}

let pagesOutils = new WeakMap<BrowserContext, Page>();
/** A blank extension page (the popup's document), reused to talk to the background. */
async function pageExtension(session: Session): Promise<Page> {
  let page = pagesOutils.get(session.context);
  if (!page || page.isClosed()) {
    page = await session.context.newPage();
    // Any of our pages runs with the extension's privileges; the popup is always there.
    await page.goto(session.urlExtension('popup.html'));
    pagesOutils.set(session.context, page);
  }
  return page;
}
export function oublierPagesOutils(): void {
  pagesOutils = new WeakMap();
}

/** A text as read on the page, with U+202F / U+00A0 (Intl's French spaces) folded into plain spaces. */
export const plat = (s: string | null | undefined): string => (s ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
