// Bench of the extension, on the real Chrome build in Debian's Chromium: bundle sizes (gzip),
// page load with Jauge against no extension and an empty extension (same fixtures, same run), popup
// search per keystroke over 5 000 conventions.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ecrireRegistreJson } from '../shared/registre/format';
import { cheminChromium, EXTENSION_CHROME, envoyerAuFond, fixture, lancer, Routes } from '../test/e2e/util/navigateur';
import { genererRegistre } from './generateurs';
import { CHEMIN_PAGE_LOURDE, routesPageLourde } from './page-lourde';
import { mediane, type Mesure } from './mesure';
import { medianeEtQuartiles, quantile } from './dispersion';
import { tracerChargement } from './trace-contenu';

const tailleGzip = (fichiers: string[]) => fichiers.reduce((t, f) => t + gzipSync(readFileSync(f), { level: 9 }).length, 0);

/** The JS a page of the build loads: its module script and the chunks it preloads. */
export function scriptsDePage(page: string): string[] {
  const html = readFileSync(path.join(EXTENSION_CHROME, page), 'utf8');
  const chemins = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => path.join(EXTENSION_CHROME, m[1]!.replace(/^\//, '')));
  return [...new Set(chemins)];
}

/**
 * What a beta.gouv.fr page runs: the content script the manifest declares (a stub, injected before
 * `load`) and the features' file it imports after `load` (web_accessible_resources).
 */
export function scriptsDuContenu(): { declares: string[]; importes: string[] } {
  const manifeste = JSON.parse(readFileSync(path.join(EXTENSION_CHROME, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js?: string[]; css?: string[] }>;
    web_accessible_resources?: Array<{ resources: string[] }>;
  };
  const declares = manifeste.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]).map((f) => path.join(EXTENSION_CHROME, f));
  const importes = (manifeste.web_accessible_resources ?? []).flatMap((w) => w.resources).filter((f) => f.endsWith('.js')).map((f) => path.join(EXTENSION_CHROME, f));
  return { declares, importes };
}

export function mesurerTailles(): Mesure[] {
  const { declares, importes } = scriptsDuContenu();
  const ko = (octets: number) => octets / 1024;
  const amorceKo = ko(tailleGzip(declares));
  const contenuKo = ko(tailleGzip([...declares, ...importes]));
  const popupKo = ko(tailleGzip(scriptsDePage('popup.html')));
  const tableauKo = ko(tailleGzip(scriptsDePage('tableau-de-bord.html')));
  // exceljs, loaded by the dashboard only when an .xlsx is asked for.
  const dossierChunks = path.join(EXTENSION_CHROME, 'chunks');
  const xlsxKo = ko(tailleGzip(readdirSync(dossierChunks).filter((f) => /^xlsx-.*\.js$/.test(f)).map((f) => path.join(dossierChunks, f))));
  return [
    { section: 'extension', mesure: 'script de contenu, amorce injectée avant load (gzip -9)', valeur: amorceKo, unite: 'Ko' },
    { section: 'extension', mesure: 'script de contenu, amorce + fonctionnalités importées (gzip -9)', valeur: contenuKo, unite: 'Ko', objectif: '≤ 15 Ko', atteint: contenuKo <= 15 },
    { section: 'extension', mesure: 'popup, JS chargé (gzip -9)', valeur: popupKo, unite: 'Ko', objectif: '≤ 60 Ko', atteint: popupKo <= 60 },
    { section: 'extension', mesure: 'tableau de bord, JS chargé (gzip -9)', valeur: tableauKo, unite: 'Ko' },
    { section: 'extension', mesure: 'tableau de bord, export .xlsx à la demande (exceljs, gzip -9)', valeur: xlsxKo, unite: 'Ko' },
  ];
}

const B = 'https://beta.gouv.fr';

/** The page's own navigation timing: from navigation start to the end of its load event. */
const DUREE_CHARGEMENT = `performance.getEntriesByType('navigation')[0].loadEventEnd`;

/**
 * The floor of any extension's cost: a minimal MV3 extension whose content script is empty, on
 * Jauge's matches and at the same run_at, with an empty service worker as Jauge has one (the test
 * launcher waits for it). Written into a temporary folder.
 */
function extensionVide(dossier: string): string {
  const manifeste = JSON.parse(readFileSync(path.join(EXTENSION_CHROME, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ matches: string[]; run_at?: string }>;
    host_permissions?: string[];
  };
  const vide = path.join(dossier, 'extension-vide');
  mkdirSync(vide, { recursive: true });
  writeFileSync(
    path.join(vide, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Extension vide (plancher du bench)',
      version: '1.0.0',
      background: { service_worker: 'fond.js' },
      host_permissions: manifeste.host_permissions ?? [],
      content_scripts: manifeste.content_scripts.map((c) => ({ matches: c.matches, run_at: c.run_at ?? 'document_idle', js: ['vide.js'] })),
    }),
  );
  writeFileSync(path.join(vide, 'fond.js'), '');
  writeFileSync(path.join(vide, 'vide.js'), '');
  return vide;
}

/**
 * Median load time (the page's loadEventEnd) without any extension, with the empty extension and
 * with Jauge, in three browsers launched with the same options, visiting in turn; on the bare
 * startup fixture and on a heavier copy (stylesheet, script, images: bench/page-lourde.ts). Jauge's
 * badge must then be there on both, or the ratios mean nothing.
 */
export async function mesurerChargement(repetitions: number): Promise<Mesure[]> {
  const routes = new Routes().definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'));
  for (const [chemin, reponse] of routesPageLourde()) routes.definir(chemin, reponse);
  const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-bench-'));
  const jauge = await lancer({ routes });
  const vide = await lancer({ routes, extension: extensionVide(dossier) });
  const sans: BrowserContext = await chromium.launchPersistentContext(path.join(dossier, 'profil-sans'), {
    executablePath: cheminChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  await sans.route('**/*', (route) => routes.traiter(route));
  const duree = async (context: BrowserContext, url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const ms = (await page.evaluate(DUREE_CHARGEMENT)) as number;
    await page.close();
    return ms;
  };
  const contextes = { sans, vide: vide.context, jauge: jauge.context };
  const pages = { startup: `${B}/startups/classe-a-12.html`, lourde: `${B}${CHEMIN_PAGE_LOURDE}` };
  const temps = { startup: { sans: [] as number[], vide: [] as number[], jauge: [] as number[] }, lourde: { sans: [] as number[], vide: [] as number[], jauge: [] as number[] } };
  const TRACES = 10;
  const cpu = { vide: [] as number[], jauge: [] as number[] };
  try {
    for (const url of Object.values(pages)) for (let i = 0; i < 3; i++) for (const c of Object.values(contextes)) await duree(c, url);
    for (let i = 0; i < repetitions; i++) {
      for (const [nomPage, url] of Object.entries(pages) as Array<[keyof typeof pages, string]>) {
        // A different first browser each round, so none is always the one after a pause.
        const ordre = (['sans', 'vide', 'jauge'] as const).map((_, k, t) => t[(k + i) % 3]!);
        for (const nom of ordre) temps[nomPage][nom].push(await duree(contextes[nom], url));
      }
    }
    // CPU time of the content scripts' evaluation inside the load (traced), in the same browsers.
    for (let i = 0; i < TRACES; i++) {
      for (const nom of ['vide', 'jauge'] as const) cpu[nom].push((await tracerChargement(contextes[nom], pages.startup)).cpu);
    }
    for (const url of Object.values(pages)) {
      const page = await jauge.context.newPage();
      await page.goto(url);
      await page.locator('[data-jauge-convention]').first().waitFor({ timeout: 10_000 });
      await page.close();
    }
  } finally {
    await jauge.fermer();
    await vide.fermer();
    await sans.close();
    rmSync(dossier, { recursive: true, force: true });
  }
  const m = (p: keyof typeof pages, n: 'sans' | 'vide' | 'jauge') => mediane(temps[p][n]);
  const ratioVide = m('startup', 'jauge') / m('startup', 'vide');
  const ratioLourde = m('lourde', 'jauge') / m('lourde', 'sans');
  // Paired ratios: the three browsers visit back to back in each round, so a round's ratio cancels
  // the machine's drift between rounds; their median and quartiles say how far one figure can be trusted.
  const paires = (p: keyof typeof pages, a: 'jauge', b: 'vide' | 'sans') => temps[p][a].map((t, i) => t / temps[p][b][i]!);
  const pairesVide = paires('startup', 'jauge', 'vide');
  const pairesLourde = paires('lourde', 'jauge', 'sans');
  return [
    { section: 'extension', mesure: `page startup, sans extension (loadEventEnd, médiane ×${repetitions})`, valeur: m('startup', 'sans'), unite: 'ms' },
    { section: 'extension', mesure: `page startup, extension vide (plancher)`, valeur: m('startup', 'vide'), unite: 'ms' },
    { section: 'extension', mesure: `page startup, avec Jauge`, valeur: m('startup', 'jauge'), unite: 'ms' },
    { section: 'extension', mesure: 'page startup : Jauge / extension vide', valeur: ratioVide, unite: '×', objectif: '≤ 1,05', atteint: ratioVide <= 1.05 },
    { section: 'extension', mesure: `page startup : Jauge / extension vide, par tour : médiane (quartiles) ${medianeEtQuartiles(pairesVide)}`, valeur: quantile(pairesVide, 0.5), unite: '×' },
    { section: 'extension', mesure: `page startup : CPU du script de contenu avant load, vide (tracé, médiane ×${TRACES})`, valeur: mediane(cpu.vide), unite: 'ms' },
    { section: 'extension', mesure: `page startup : CPU du script de contenu avant load, Jauge (tracé)`, valeur: mediane(cpu.jauge), unite: 'ms' },
    { section: 'extension', mesure: 'page startup : Jauge / sans extension', valeur: m('startup', 'jauge') / m('startup', 'sans'), unite: '×' },
    { section: 'extension', mesure: 'page startup : extension vide / sans extension', valeur: m('startup', 'vide') / m('startup', 'sans'), unite: '×' },
    { section: 'extension', mesure: `page complète (CSS, script, 25 images), sans extension`, valeur: m('lourde', 'sans'), unite: 'ms' },
    { section: 'extension', mesure: `page complète, extension vide`, valeur: m('lourde', 'vide'), unite: 'ms' },
    { section: 'extension', mesure: `page complète, avec Jauge`, valeur: m('lourde', 'jauge'), unite: 'ms' },
    { section: 'extension', mesure: 'page complète : Jauge / sans extension', valeur: ratioLourde, unite: '×', objectif: '≤ 1,05', atteint: ratioLourde <= 1.05 },
    { section: 'extension', mesure: `page complète : Jauge / sans extension, par tour : médiane (quartiles) ${medianeEtQuartiles(pairesLourde)}`, valeur: quantile(pairesLourde, 0.5), unite: '×' },
    { section: 'extension', mesure: 'page complète : Jauge / extension vide', valeur: m('lourde', 'jauge') / m('lourde', 'vide'), unite: '×' },
  ];
}

// Plain JS source (not a compiled function: tsx would add helpers the page does not have).
// One keystroke: after `pause` ms of quiet (a typist's rhythm), sets the field and fires `input`, waits
// for the status line to answer this query, then returns the milliseconds to the next animation frame
// (`image`: how the bench measured before) and to the end of that frame's rendering (`peinte`: a
// message posted from the frame callback runs once style, layout and paint are done).
export const FRAPPE = `async (q, pause) => {
  if (pause > 0) await new Promise((r) => setTimeout(r, pause));
  const champ = document.querySelector('#champ-recherche');
  const etat = document.querySelector('[role="status"]');
  const debut = performance.now();
  champ.value = q;
  champ.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((fini) => {
    const repondu = () => (etat.textContent || '').includes('« ' + q.trim() + ' »');
    if (repondu()) return fini();
    const obs = new MutationObserver(() => { if (repondu()) { obs.disconnect(); fini(); } });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  let image = 0;
  await new Promise((r) => requestAnimationFrame(() => {
    image = performance.now() - debut;
    const canal = new MessageChannel();
    canal.port1.onmessage = () => r(null);
    canal.port2.postMessage(null);
  }));
  return { image, peinte: performance.now() - debut };
}`;

export const REQUETE_BENCH = 'startup numéro 4321';
/** The query typed key by key: each prefix, a space alone being no new query. */
export const PREFIXES_BENCH = [...REQUETE_BENCH].map((_, n) => REQUETE_BENCH.slice(0, n + 1)).filter((p) => !p.endsWith(' '));

/** Milliseconds from opening the popup to its local search being ready (index received, vocabulary built). */
const PRETE = `(async () => {
  while (!document.querySelector('[data-recherche="locale"]')) await new Promise((r) => setTimeout(r, 5));
  return performance.now();
})()`;

/**
 * The floor of the keystroke measurement: a page whose input handler only writes the answer line
 * (no search, no list), typed with the same FRAPPE. On this machine the browser's own frame
 * scheduling moves it from 2 to 12 ms from one run to the next; Jauge's figure reads against it.
 */
const PAGE_ECHO = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Plancher</title>
<label for="champ-recherche">Rechercher</label><input id="champ-recherche" type="text"><p role="status"></p>
<script>
  const etat = document.querySelector('[role="status"]');
  const champ = document.querySelector('#champ-recherche');
  champ.focus();
  champ.addEventListener('input', () => { etat.textContent = '1 convention pour « ' + champ.value.trim() + ' »'; });
</script></html>`;

/** The keystrokes of REQUETE_BENCH, one by one (a space alone is not a query), each after `pause` ms. */
export async function taper(page: Page, pause: number): Promise<Array<{ image: number; peinte: number }>> {
  const mesures: Array<{ image: number; peinte: number }> = [];
  await page.fill('#champ-recherche', '');
  for (const prefixe of PREFIXES_BENCH) {
    mesures.push((await page.evaluate(`(${FRAPPE})(${JSON.stringify(prefixe)}, ${pause})`)) as { image: number; peinte: number });
  }
  return mesures;
}

/**
 * Types a query key by key in the real popup, once its local search is ready; each keystroke waits
 * for the answer to that prefix. The floor page is typed in a second browser, round for round, so
 * both see the same machine. Also: how long the popup takes to get there, right after the import
 * (the background still computing 5 000 statuses) and on a later opening.
 */
export async function mesurerRecherchePopup(tours = 3): Promise<Mesure[]> {
  const session = await lancer();
  const plancher = await lancer();
  try {
    const import5000 = await envoyerAuFond(session, { type: 'importer', contenu: ecrireRegistreJson(genererRegistre(5000, 2)), nomFichier: 'bench.json', format: 'json', confirmer: true });
    if (!import5000.ok) throw new Error(`import de 5 000 conventions refusé : ${import5000.erreur}`);
    const premiere = await session.ouvrir(session.urlExtension('popup.html'));
    const pretApresImport = (await premiere.evaluate(PRETE)) as number;
    await premiere.close();
    const page = await session.ouvrir(session.urlExtension('popup.html'));
    const pret = (await page.evaluate(PRETE)) as number;
    const echo = await plancher.ouvrir('about:blank');
    await echo.setContent(PAGE_ECHO);
    type Frappes = Array<{ image: number; peinte: number }>;
    const mesures = { enchainees: { jauge: [] as Frappes, sol: [] as Frappes }, rythme: { jauge: [] as Frappes, sol: [] as Frappes } };
    // Round for round, Jauge then the floor: keys back to back (as the bench always measured), then
    // at 10 keys a second (a fast typist). Back to back, each key lands a few ms after the previous
    // frame, while the browser is still producing frames, so its frame waits for the next vsync even
    // on the floor page; after 100 ms of quiet the browser starts a frame on demand.
    for (let t = 0; t < tours; t++) {
      for (const [cle, pause] of [['enchainees', 0], ['rythme', 100]] as const) {
        mesures[cle].jauge.push(...(await taper(page, pause)));
        mesures[cle].sol.push(...(await taper(echo, pause)));
      }
    }
    const image = (f: Frappes) => f.map((m) => m.image);
    const peinte = (f: Frappes) => f.map((m) => m.peinte);
    const m = mediane(image(mesures.enchainees.jauge));
    const pire = Math.max(...image(mesures.enchainees.jauge));
    const mRythme = mediane(image(mesures.rythme.jauge));
    const pireRythme = Math.max(...image(mesures.rythme.jauge));
    const n = mesures.enchainees.jauge.length;
    return [
      { section: 'extension', mesure: `recherche popup, 5 000 conventions, frappes enchaînées (médiane, ${n} frappes)`, valeur: m, unite: 'ms', objectif: '≤ 4 ms', atteint: m <= 4 },
      { section: 'extension', mesure: 'recherche popup, frappes enchaînées, pire frappe', valeur: pire, unite: 'ms', objectif: '≤ 16 ms', atteint: pire <= 16 },
      { section: 'extension', mesure: 'page écho sans recherche (plancher), frappes enchaînées, médiane', valeur: mediane(image(mesures.enchainees.sol)), unite: 'ms' },
      { section: 'extension', mesure: 'page écho sans recherche (plancher), frappes enchaînées, pire', valeur: Math.max(...image(mesures.enchainees.sol)), unite: 'ms' },
      { section: 'extension', mesure: `recherche popup, 10 touches/s (médiane, ${n} frappes)`, valeur: mRythme, unite: 'ms', objectif: '≤ 4 ms', atteint: mRythme <= 4 },
      { section: 'extension', mesure: 'recherche popup, 10 touches/s, pire frappe', valeur: pireRythme, unite: 'ms', objectif: '≤ 16 ms', atteint: pireRythme <= 16 },
      { section: 'extension', mesure: 'page écho sans recherche (plancher), 10 touches/s, médiane', valeur: mediane(image(mesures.rythme.sol)), unite: 'ms' },
      { section: 'extension', mesure: 'recherche popup, 10 touches/s, frappe → fin de la peinture (médiane)', valeur: mediane(peinte(mesures.rythme.jauge)), unite: 'ms' },
      { section: 'extension', mesure: 'recherche popup, 10 touches/s, frappe → fin de la peinture (pire)', valeur: Math.max(...peinte(mesures.rythme.jauge)), unite: 'ms' },
      { section: 'extension', mesure: 'recherche popup, frappes enchaînées, frappe → fin de la peinture (médiane)', valeur: mediane(peinte(mesures.enchainees.jauge)), unite: 'ms' },
      { section: 'extension', mesure: 'popup : recherche locale prête, juste après l’import de 5 000', valeur: pretApresImport, unite: 'ms' },
      { section: 'extension', mesure: 'popup : recherche locale prête, ouverture suivante', valeur: pret, unite: 'ms' },
    ];
  } finally {
    await session.fermer();
    await plancher.fermer();
  }
}

export async function benchExtension(): Promise<Mesure[]> {
  return [...mesurerTailles(), ...(await mesurerChargement(30)), ...(await mesurerRecherchePopup())];
}
