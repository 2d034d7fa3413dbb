// Bench of the extension, on the real Chrome build in Debian's Chromium: bundle sizes (gzip),
// page load with the extension over without (same fixture, same run), popup search per keystroke
// over 5 000 conventions.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { ecrireRegistreJson } from '../shared/registre/format';
import { cheminChromium, EXTENSION_CHROME, envoyerAuFond, fixture, lancer, Routes } from '../test/e2e/util/navigateur';
import { genererRegistre } from './generateurs';
import { mediane, type Mesure } from './mesure';

const tailleGzip = (fichiers: string[]) => fichiers.reduce((t, f) => t + gzipSync(readFileSync(f), { level: 9 }).length, 0);

/** The JS a page of the build loads: its module script and the chunks it preloads. */
function scriptsDePage(page: string): string[] {
  const html = readFileSync(path.join(EXTENSION_CHROME, page), 'utf8');
  const chemins = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => path.join(EXTENSION_CHROME, m[1]!.replace(/^\//, '')));
  return [...new Set(chemins)];
}

function mesurerTailles(): Mesure[] {
  const dossierContenu = path.join(EXTENSION_CHROME, 'content-scripts');
  const contenu = readdirSync(dossierContenu).filter((f) => f.endsWith('.js') || f.endsWith('.css')).map((f) => path.join(dossierContenu, f));
  const ko = (octets: number) => octets / 1024;
  const contenuKo = ko(tailleGzip(contenu));
  const popupKo = ko(tailleGzip(scriptsDePage('popup.html')));
  return [
    { section: 'extension', mesure: 'script de contenu (gzip -9)', valeur: contenuKo, unite: 'Ko', objectif: '≤ 15 Ko', atteint: contenuKo <= 15 },
    { section: 'extension', mesure: 'popup, JS chargé (gzip -9)', valeur: popupKo, unite: 'Ko', objectif: '≤ 60 Ko', atteint: popupKo <= 60 },
  ];
}

const PAGE = 'https://beta.gouv.fr/startups/classe-a-12.html';

/** The page's own navigation timing: from navigation start to the end of its load event. */
const DUREE_CHARGEMENT = `performance.getEntriesByType('navigation')[0].loadEventEnd`;

/**
 * Median load time (the page's loadEventEnd) with and without the extension, alternating runs in two
 * browsers launched with the same options; the badge must then be there, or the ratio means nothing.
 */
async function mesurerChargement(repetitions: number): Promise<Mesure[]> {
  const routes = new Routes().definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'));
  const avec = await lancer({ routes });
  const profil = mkdtempSync(path.join(tmpdir(), 'jauge-bench-'));
  const sans: BrowserContext = await chromium.launchPersistentContext(profil, {
    executablePath: cheminChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  await sans.route('**/*', (route) => routes.traiter(route));
  const duree = async (context: BrowserContext) => {
    const page = await context.newPage();
    await page.goto(PAGE, { waitUntil: 'load' });
    const ms = (await page.evaluate(DUREE_CHARGEMENT)) as number;
    await page.close();
    return ms;
  };
  const tAvec: number[] = [];
  const tSans: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      await duree(avec.context);
      await duree(sans);
    }
    for (let i = 0; i < repetitions; i++) {
      tSans.push(await duree(sans));
      tAvec.push(await duree(avec.context));
    }
    const page = await avec.context.newPage();
    await page.goto(PAGE);
    await page.locator('[data-jauge-convention]').first().waitFor({ timeout: 10_000 });
    await page.close();
  } finally {
    await avec.fermer();
    await sans.close();
    rmSync(profil, { recursive: true, force: true });
  }
  const mAvec = mediane(tAvec);
  const mSans = mediane(tSans);
  const ratio = mAvec / mSans;
  return [
    { section: 'extension', mesure: `chargement page startup sans extension (loadEventEnd, médiane ×${repetitions})`, valeur: mSans, unite: 'ms' },
    { section: 'extension', mesure: `chargement page startup avec extension (loadEventEnd, médiane ×${repetitions})`, valeur: mAvec, unite: 'ms' },
    { section: 'extension', mesure: 'chargement avec / sans extension', valeur: ratio, unite: '×', objectif: '≤ 1,05', atteint: ratio <= 1.05 },
    // On a bare local fixture a few milliseconds weigh a lot; the absolute cost is the figure to follow.
    { section: 'extension', mesure: 'surcoût absolu de l’extension au chargement', valeur: mAvec - mSans, unite: 'ms' },
  ];
}

// Plain JS source (not a compiled function: tsx would add helpers the page does not have).
export const FRAPPE = `async (q) => {
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
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  return performance.now() - debut;
}`;

export const REQUETE_BENCH = 'startup numéro 4321';

/** Types a query key by key in the real popup; each keystroke waits for the answer to that prefix. */
async function mesurerRecherchePopup(): Promise<Mesure[]> {
  const session = await lancer();
  try {
    const import5000 = await envoyerAuFond(session, { type: 'importer', contenu: ecrireRegistreJson(genererRegistre(5000, 2)), nomFichier: 'bench.json', format: 'json', confirmer: true });
    if (!import5000.ok) throw new Error(`import de 5 000 conventions refusé : ${import5000.erreur}`);
    const page = await session.ouvrir(session.urlExtension('popup.html'));
    await page.locator('#champ-recherche').waitFor();
    const requete = REQUETE_BENCH;
    const durees: number[] = [];
    for (let n = 1; n <= requete.length; n++) {
      const prefixe = requete.slice(0, n);
      if (prefixe.endsWith(' ')) continue;
      const ms = (await page.evaluate(`(${FRAPPE})(${JSON.stringify(prefixe)})`)) as number;
      durees.push(ms);
    }
    const m = mediane(durees);
    return [
      { section: 'extension', mesure: 'recherche popup, 5 000 conventions, par frappe (médiane)', valeur: m, unite: 'ms', objectif: '≤ 16 ms', atteint: m <= 16 },
      { section: 'extension', mesure: 'recherche popup, 5 000 conventions, pire frappe', valeur: Math.max(...durees), unite: 'ms' },
    ];
  } finally {
    await session.fermer();
  }
}

export async function benchExtension(): Promise<Mesure[]> {
  return [...mesurerTailles(), ...(await mesurerChargement(30)), ...(await mesurerRecherchePopup())];
}
