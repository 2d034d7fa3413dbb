// Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv2), for the end-to-end
// tests. Two remote protocols of the same Firefox, one session at a time (Firefox allows one):
// - WebDriver BiDi through puppeteer-core for web pages: it installs the temporary add-on
//   (webExtension.install) and serves beta.gouv.fr from fixtures by request interception (the same
//   Routes as the Chromium tests); any other request is refused, and a proxy pref pointing to a
//   closed port stops what the interception does not see (the background's own fetches).
// - Marionette (WebDriver classic) for the extension's own pages: Firefox's BiDi hides extension
//   browsing contexts (bug 1755014) and refuses to navigate to moz-extension://, while Marionette,
//   with --remote-allow-system-access, opens and scripts them. A tiny client speaks its protocol.
// The add-on's internal UUID is fixed by the pref extensions.webextensions.uuids, so the popup is at
// moz-extension://<UUID>/popup.html.
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Routes, SORTIE } from './navigateur';

export const EXTENSION_FIREFOX = path.join(SORTIE, 'firefox-mv2');
export const ID_EXTENSION = 'jauge@beta.gouv.fr';
export const UUID_EXTENSION = '6a0b7c5e-4f1d-4d2e-9a3b-2c1d0e9f8a7b';

export function cheminFirefox(): string {
  for (const chemin of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) if (chemin && existsSync(chemin)) return chemin;
  throw new Error('Firefox introuvable : apt-get install -y firefox-esr (ou FIREFOX_PATH=…).');
}

function portLibre(): Promise<number> {
  return new Promise((ok, ko) => {
    const serveur = net.createServer();
    serveur.once('error', ko);
    serveur.listen(0, '127.0.0.1', () => {
      const { port } = serveur.address() as net.AddressInfo;
      serveur.close(() => ok(port));
    });
  });
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** WebDriver's key codes (ElementSendKeys, PerformActions). */
export const TOUCHES = { entree: '\uE007', echap: '\uE00C', bas: '\uE015', haut: '\uE013', tab: '\uE004', maj: '\uE008' } as const;

/** Marionette's protocol: frames `length:json`; a command `[0, id, name, params]` → `[1, id, error, result]`. */
export class Marionette {
  private tampon = Buffer.alloc(0);
  private numero = 0;
  private readonly attentes = new Map<number, { ok: (v: unknown) => void; ko: (e: Error) => void }>();
  private constructor(private readonly prise: net.Socket) {
    prise.on('data', (d) => this.recevoir(Buffer.from(d)));
  }

  static async ouvrir(port: number): Promise<Marionette> {
    const prise = net.connect(port, '127.0.0.1');
    await new Promise<void>((ok, ko) => prise.once('connect', ok).once('error', ko));
    const m = new Marionette(prise);
    // The server speaks first (its greeting has no id): wait for it before any command.
    await new Promise<void>((ok) => (m.salut = ok));
    await m.commande('WebDriver:NewSession', { capabilities: { alwaysMatch: { pageLoadStrategy: 'normal' } } });
    return m;
  }

  private salut?: () => void;

  private recevoir(d: Buffer): void {
    this.tampon = Buffer.concat([this.tampon, d]);
    for (;;) {
      const deuxPoints = this.tampon.indexOf(':');
      if (deuxPoints < 0) return;
      const longueur = Number(this.tampon.subarray(0, deuxPoints).toString());
      if (this.tampon.length < deuxPoints + 1 + longueur) return;
      const message = JSON.parse(this.tampon.subarray(deuxPoints + 1, deuxPoints + 1 + longueur).toString('utf8')) as unknown;
      this.tampon = this.tampon.subarray(deuxPoints + 1 + longueur);
      if (!Array.isArray(message)) {
        this.salut?.();
        continue;
      }
      const [, id, erreur, resultat] = message as [number, number, { error: string; message: string } | null, unknown];
      const attente = this.attentes.get(id);
      this.attentes.delete(id);
      if (erreur) attente?.ko(new Error(`Marionette : ${erreur.error} : ${erreur.message}`));
      else attente?.ok(resultat);
    }
  }

  commande<T = unknown>(nom: string, parametres: object = {}): Promise<T> {
    const id = ++this.numero;
    const texte = JSON.stringify([0, id, nom, parametres]);
    return new Promise<T>((ok, ko) => {
      this.attentes.set(id, { ok: ok as (v: unknown) => void, ko });
      this.prise.write(`${Buffer.byteLength(texte)}:${texte}`);
    });
  }

  async naviguer(url: string): Promise<void> {
    await this.commande('WebDriver:Navigate', { url });
  }

  /** Runs a function body in the current page (its returned promise is awaited) and returns its value. */
  async executer<T>(corps: string, ...args: unknown[]): Promise<T> {
    const r = await this.commande<{ value: T }>('WebDriver:ExecuteScript', { script: corps, args });
    return r.value;
  }

  /** Polls an expression in the page until it is truthy; returns its value. */
  async attendre<T>(expression: string, delai = 15_000): Promise<T> {
    const fin = Date.now() + delai;
    for (;;) {
      const v = await this.executer<T>(`return (${expression});`).catch(() => undefined);
      if (v) return v;
      if (Date.now() > fin) throw new Error(`Firefox : toujours faux après ${delai} ms : ${expression}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Real keystrokes into the element matching `selecteur` (WebDriver Element Send Keys). */
  async taper(selecteur: string, texte: string): Promise<void> {
    const { value } = await this.commande<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selecteur });
    await this.commande('WebDriver:ElementSendKeys', { id: value[ELEMENT], text: texte });
  }

  /** Keys pressed on whatever has the focus (WebDriver Perform Actions), as a person types them. */
  async touches(...touches: string[]): Promise<void> {
    const actions = touches.flatMap((t) => [
      { type: 'keyDown', value: t },
      { type: 'keyUp', value: t },
    ]);
    await this.commande('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'clavier', actions }] });
    await this.commande('WebDriver:ReleaseActions');
  }

  /** Shift+Tab, held while Tab is pressed. */
  async tabArriere(): Promise<void> {
    const actions = [
      { type: 'keyDown', value: TOUCHES.maj },
      { type: 'keyDown', value: TOUCHES.tab },
      { type: 'keyUp', value: TOUCHES.tab },
      { type: 'keyUp', value: TOUCHES.maj },
    ];
    await this.commande('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'clavier', actions }] });
    await this.commande('WebDriver:ReleaseActions');
  }

  /**
   * The colour scheme pages see (prefers-color-scheme), set by the browser's own preference from its
   * chrome context (Marionette, with --remote-allow-system-access).
   */
  async theme(theme: 'light' | 'dark'): Promise<void> {
    await this.commande('Marionette:SetContext', { value: 'chrome' });
    try {
      await this.executer(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', arguments[0]);`, theme === 'dark' ? 0 : 1);
    } finally {
      await this.commande('Marionette:SetContext', { value: 'content' });
    }
  }

  /** A real click (a user gesture: what permissions.request needs) on the element matching `selecteur`. */
  async cliquer(selecteur: string): Promise<void> {
    const { value } = await this.commande<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selecteur });
    await this.commande('WebDriver:ElementClick', { id: value[ELEMENT] });
  }

  async fermer(): Promise<void> {
    await this.commande('WebDriver:DeleteSession').catch(() => undefined);
    this.prise.destroy();
  }
}

export interface SessionFirefox {
  routes: Routes;
  /** A web page through BiDi, its requests answered by `routes` (closes the Marionette session first). */
  ouvrir(url: string): Promise<Page>;
  /** The Marionette session, on the extension's pages (ends the BiDi session first). */
  extension(): Promise<Marionette>;
  urlExtension(chemin: string): string;
  fermer(): Promise<void>;
}

/** The MIME types of the dashboard's exports, saved without a dialog when `telechargements` is set. */
const TYPES_TELECHARGES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/calendar', 'application/json', 'application/octet-stream'];

export interface OptionsFirefox {
  routes?: Routes;
  telechargements?: string;
  /** A local proxy for the background's own requests (util/hotes-tls); none: they meet a closed port. */
  proxy?: number;
  /** A test authority (base64 DER) this profile trusts, for the proxy's TLS hosts. */
  autorite?: string;
  /** Optional permissions asked by the extension are granted without a prompt (as if the person said yes). */
  accorderPermissions?: boolean;
}

export async function lancerFirefox(options: OptionsFirefox = {}): Promise<SessionFirefox> {
  if (!existsSync(path.join(EXTENSION_FIREFOX, 'manifest.json'))) {
    throw new Error(`Extension Firefox non construite (${EXTENSION_FIREFOX}) : lancez \`npx wxt build -b firefox\` d'abord.`);
  }
  const routes = options.routes ?? new Routes();
  const portMarionette = await portLibre();
  let navigateur: Browser | null = await puppeteer.launch({
    browser: 'firefox',
    executablePath: cheminFirefox(),
    headless: true,
    protocolTimeout: 60_000,
    args: ['--marionette', '--remote-allow-system-access'],
    env: { ...process.env, TZ: 'Europe/Paris' },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ID_EXTENSION]: UUID_EXTENSION }),
      'marionette.port': portMarionette,
      'intl.locale.requested': 'fr-FR',
      // Nothing reaches the network: what the interception does not answer meets a closed port, or
      // the test's proxy, which answers only for its own host names.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxy ?? 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxy ?? 9,
      'network.proxy.no_proxies_on': '',
      ...(options.accorderPermissions && { 'extensions.webextOptionalPermissionPrompts': false }),
      // Downloads (an <a download> of a Blob URL) go straight to this folder, where the tests read them.
      ...(options.telechargements && {
        'browser.download.dir': options.telechargements,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.helperApps.neverAsk.saveToDisk': TYPES_TELECHARGES.join(','),
      }),
    },
  });
  const processus = navigateur.process();
  const pointBidi = navigateur.wsEndpoint();
  const installe = await navigateur.installExtension(EXTENSION_FIREFOX);
  if (installe !== ID_EXTENSION) throw new Error(`module installé sous l'id ${installe}, attendu ${ID_EXTENSION}`);
  let marionette: Marionette | null = null;

  const web = async (): Promise<Browser> => {
    if (marionette) {
      await marionette.fermer();
      marionette = null;
    }
    navigateur ??= await puppeteer.connect({ browserWSEndpoint: pointBidi, protocol: 'webDriverBiDi', protocolTimeout: 60_000 });
    return navigateur;
  };

  const session: SessionFirefox = {
    routes,
    async ouvrir(url) {
      const page = await (await web()).newPage();
      await page.setRequestInterception(true);
      page.on('request', (requete) => {
        if (requete.isInterceptResolutionHandled()) return;
        const u = requete.url();
        if (u.startsWith('moz-extension:') || u.startsWith('data:')) return void requete.continue();
        const r = routes.repondre(u);
        if (!r) return void requete.abort();
        void requete.respond({ status: r.statut ?? 200, contentType: r.type ?? 'text/html; charset=utf-8', body: r.corps, headers: r.entetes });
      });
      await page.goto(url);
      return page;
    },
    async extension() {
      if (navigateur) {
        await navigateur.disconnect();
        navigateur = null;
      }
      marionette ??= await Marionette.ouvrir(portMarionette);
      return marionette;
    },
    urlExtension: (chemin) => `moz-extension://${UUID_EXTENSION}/${chemin.replace(/^\//, '')}`,
    async fermer() {
      await marionette?.fermer().catch(() => undefined);
      await navigateur?.close().catch(() => undefined);
      if (processus && processus.exitCode === null) {
        const fini = new Promise((ok) => processus.once('exit', ok));
        processus.kill();
        await fini;
      }
    },
  };
  if (options.autorite) {
    // In the browser's own (chrome) context: the profile's certificate database trusts the authority.
    const m = await session.extension();
    await m.commande('Marionette:SetContext', { value: 'chrome' });
    await m.executer('Cc["@mozilla.org/security/x509certdb;1"].getService(Ci.nsIX509CertDB).addCertFromBase64(arguments[0], "C,,");', options.autorite);
    await m.commande('Marionette:SetContext', { value: 'content' });
  }
  return session;
}
