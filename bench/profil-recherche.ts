// Where a popup keystroke's time goes (`npx tsx bench/profil-recherche.ts` after a build): the same
// keystrokes as the bench over 5 000 conventions, split into message round trip (timed around
// chrome.runtime.sendMessage in the popup), the search alone (same code in Node), and the popup
// main thread's work per keystroke from a Chromium trace (script, style, layout, paint).
// Not part of `npm run bench`: a diagnostic, its findings are in bench/PROFIL-recherche.md.
import { performance } from 'node:perf_hooks';
import { ecrireRegistreJson } from '../shared/registre/format';
import { indexerRegistre, rechercher } from '../shared/registre/recherche';
import { envoyerAuFond, lancer } from '../test/e2e/util/navigateur';
import { PREFIXES_BENCH, REQUETE_BENCH, taper } from './extension';
import { genererRegistre } from './generateurs';
import { mediane } from './mesure';

const registre = genererRegistre(5000, 2);
const f = (v: number) => v.toFixed(2).padStart(7);
const ligne = (nom: string, v: number[]) => console.log(`${nom.padEnd(46)} médiane ${f(mediane(v))} ms   pire ${f(Math.max(...v))} ms`);

// 1. The search alone, in Node.
let t = performance.now();
const index = indexerRegistre(registre);
console.log(`index de 5 000 conventions (Node) : ${(performance.now() - t).toFixed(1)} ms`);
const seule: number[] = [];
for (const p of PREFIXES_BENCH) {
  t = performance.now();
  rechercher(index, p, 50);
  seule.push(performance.now() - t);
}

// 2. The popup, traced.
const ESPION = `(() => {
  const rt = globalThis.chrome?.runtime;
  if (!rt?.sendMessage) return;
  const original = rt.sendMessage.bind(rt);
  globalThis.__allers = [];
  rt.sendMessage = (...a) => {
    const debut = performance.now();
    const type = a[0]?.type;
    const rappel = a[a.length - 1];
    if (typeof rappel === 'function') {
      a[a.length - 1] = (...r) => { globalThis.__allers.push({ type, ms: performance.now() - debut }); return rappel(...r); };
      return original(...a);
    }
    return original(...a).then((r) => { globalThis.__allers.push({ type, ms: performance.now() - debut }); return r; });
  };
})()`;

const session = await lancer();
try {
  const r = await envoyerAuFond(session, { type: 'importer', contenu: ecrireRegistreJson(registre), nomFichier: 'bench.json', format: 'json', confirmer: true });
  if (!r.ok) throw new Error(r.erreur);
  // PROFIL_ATTENTE=ms: let the background's warm-up (statuses of every convention) finish first.
  await new Promise((ok) => setTimeout(ok, Number(process.env.PROFIL_ATTENTE ?? 0)));
  await session.context.addInitScript(ESPION);
  const page = await session.ouvrir(session.urlExtension('popup.html'));
  await page.locator('#champ-recherche').waitFor();
  // Since the local search: measure once the popup has its index (see bench/extension.ts).
  if (await page.locator('[data-recherche]').count()) await page.locator('[data-recherche="locale"]').waitFor({ timeout: 60_000 });
  const cdp = await session.context.newCDPSession(page);
  const evenements: Array<{ name: string; ph: string; ts: number; dur?: number; tid: number; cat: string; args?: { data?: { type?: string } } }> = [];
  cdp.on('Tracing.dataCollected', (d) => void evenements.push(...(d.value as unknown as typeof evenements)));
  const fin = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing', transferMode: 'ReportEvents' });
  const frappes = (await taper(page, 0)).map((m) => m.image);
  await cdp.send('Tracing.end');
  await fin;
  const allers = (await page.evaluate('globalThis.__allers')) as Array<{ type: string; ms: number }>;
  // Bare messaging cost: a request with a trivial answer, same channel.
  const vides: number[] = [];
  for (let i = 0; i < 20; i++) {
    vides.push((await page.evaluate(`(async () => { const d = performance.now(); await chrome.runtime.sendMessage({ type: 'reglages-lire' }); return performance.now() - d; })()`)) as number);
  }
  const rechercheSeule: number[] = [];
  for (const p of PREFIXES_BENCH) {
    rechercheSeule.push((await page.evaluate(`(async () => { const d = performance.now(); const r = await chrome.runtime.sendMessage({ type: 'rechercher', requete: ${JSON.stringify(p)}, limite: 50 }); if (!r.ok) throw new Error(r.erreur); return performance.now() - d; })()`)) as number);
  }

  // Main-thread work of the popup's renderer, summed per keystroke window (trace clock = µs, monotonic).
  const principal = evenements.find((e) => e.name === 'thread_name' && (e as { args?: { name?: string } }).args?.name === 'CrRendererMain')?.tid;
  const parNom = new Map<string, number[]>();
  const cles = ['FunctionCall', 'EventDispatch', 'TimerFire', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'ParseHTML', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER'];
  const completes = evenements.filter((e) => e.ph === 'X' && e.tid === principal && e.dur !== undefined);
  const total = new Map<string, number>();
  for (const e of completes) if (cles.includes(e.name)) total.set(e.name, (total.get(e.name) ?? 0) + e.dur! / 1000);
  for (const [nom, ms] of total) parNom.set(nom, [ms / PREFIXES_BENCH.length]);

  console.log(`\n${PREFIXES_BENCH.length} frappes « ${REQUETE_BENCH} » sur 5 000 conventions`);
  ligne('frappe → résultats peints (mesure du bench)', frappes);
  ligne('aller-retour rechercher (pendant la frappe)', allers.filter((a) => a.type === 'rechercher').map((a) => a.ms));
  ligne('aller-retour rechercher (seul, sans rendu)', rechercheSeule);
  ligne('aller-retour reglages-lire (coût du canal)', vides);
  ligne('rechercher() seule, Node', seule);
  console.log(`\nfil principal de la popup, moyenne par frappe (trace Chromium) :`);
  for (const [nom, [ms]] of [...parNom].sort((a, b) => b[1]![0]! - a[1]![0]!)) console.log(`  ${nom.padEnd(20)} ${f(ms!)} ms`);
} finally {
  await session.fermer();
}
