import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MOTIFS_CONTENU } from './extension/lib/betagouv';
import { FICHIER_FONCTIONNALITES, SCRIPT_CONTENU } from './extension/lib/fonctionnalites-differees';

// The beta.gouv.fr scripts' `wxt/browser`: the browser's native promise API instead of the polyfill
// (see extension/lib/navigateur-natif.ts); it keeps them under their 15 KB gzip budget.
const NAVIGATEUR_NATIF = fileURLToPath(new URL('./extension/lib/navigateur-natif.ts', import.meta.url));

// The options page's French OCR runs from files of the extension, never fetched (no remote code):
// tesseract.js's worker, the SIMD LSTM core (WebAssembly, embedded in its .wasm.js) and the
// French model of @tesseract.js-data/fra. Copied from node_modules at build time, under ocr/.
const modules = (chemin: string) => fileURLToPath(new URL(`./node_modules/${chemin}`, import.meta.url));
const FICHIERS_OCR = [
  { absoluteSrc: modules('tesseract.js/dist/worker.min.js'), relativeDest: 'ocr/worker.min.js' },
  { absoluteSrc: modules('tesseract.js-core/tesseract-core-simd-lstm.wasm.js'), relativeDest: 'ocr/tesseract-core-simd-lstm.wasm.js' },
  { absoluteSrc: modules('@tesseract.js-data/fra/4.0.0_best_int/fra.traineddata.gz'), relativeDest: 'ocr/fra.traineddata.gz' },
];
// WebAssembly needs 'wasm-unsafe-eval' in the extension pages' CSP (the OCR core); nothing else is relaxed.
const CSP_PAGES = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

// https://wxt.dev/api/config.html
// Permissions are the least the extension needs (checked by test/extension/manifeste): storage
// (IndexedDB quota), alarms (scheduled sync), contextMenus (the toolbar button's « Ouvrir le
// tableau de bord »: Chrome asks for it even for the `action` context), beta.gouv.fr (badges and its public API), webRequest
// (no prompt in either browser: it reads where the extension's own registry download is redirected,
// on granted hosts only; see lib/sources/observateur). A registry's hosts are optional and asked for at
// run time, those of its redirect chain together (a published Sheet: docs.google.com and
// *.googleusercontent.com), from the options page.
export default defineConfig({
  srcDir: 'extension',
  // JAUGE_SORTIE lets a run build elsewhere than .output (parallel local runs); CI uses the default.
  ...(process.env.JAUGE_SORTIE && { outDir: process.env.JAUGE_SORTIE }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Jauge',
    description: 'Statut budgétaire des conventions de délégation de gestion sur beta.gouv.fr',
    permissions: ['storage', 'alarms', 'contextMenus', 'webRequest'],
    host_permissions: ['https://beta.gouv.fr/*'],
    // MV2 (Firefox) lists optional hosts among optional_permissions; WXT does not move them itself.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    content_security_policy: manifestVersion === 2 ? CSP_PAGES : { extension_pages: CSP_PAGES },
    // The overlay features, imported by the content script after the page's load event (see
    // extension/lib/fonctionnalites-differees.ts): readable by beta.gouv.fr pages only, and in Chrome
    // through a per-session URL, so no site can probe for Jauge by a fixed address.
    // The content script itself (a stub, an unlisted script) is declared in build:manifestGenerated.
    // Firefox loads a content script's import() with the extension's rights: nothing to expose there.
    ...(manifestVersion === 3 && {
      web_accessible_resources: [{ resources: [FICHIER_FONCTIONNALITES.slice(1)], matches: ['https://beta.gouv.fr/*'], use_dynamic_url: true }],
    }),
    action: { default_title: 'Jauge — conventions de délégation de gestion' },
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Ouvrir la recherche de Jauge',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'jauge@beta.gouv.fr', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script: the stub betagouv-amorce (see that file for why not a WXT content script),
    // at document_idle, the latest Chrome offers.
    'build:manifestGenerated'(_wxt, manifeste) {
      manifeste.content_scripts = [...(manifeste.content_scripts ?? []), { matches: MOTIFS_CONTENU, run_at: 'document_idle', js: [SCRIPT_CONTENU] }];
    },
    'build:publicAssets'(_wxt, fichiers) {
      fichiers.push(...FICHIERS_OCR);
    },
    'vite:build:extendConfig'(entrypoints, config) {
      // The beta.gouv.fr scripts (the stub and the features it imports) get the native API.
      if (!entrypoints.every((e) => e.type === 'content-script' || [SCRIPT_CONTENU, FICHIER_FONCTIONNALITES.slice(1)].includes(`${e.name}.js`))) return;
      // Before the polyfill module's alias of the same name (Vite uses the first match).
      const alias = config.resolve?.alias;
      const existants = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: NAVIGATEUR_NATIF }, ...existants] };
    },
  },
});
