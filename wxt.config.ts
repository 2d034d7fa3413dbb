import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The content script's `wxt/browser`: the browser's native promise API instead of the polyfill
// (see extension/lib/navigateur-natif.ts); it keeps the script under its 15 KB gzip budget.
const NAVIGATEUR_NATIF = fileURLToPath(new URL('./extension/lib/navigateur-natif.ts', import.meta.url));

// https://wxt.dev/api/config.html
// Permissions are the least the extension needs (checked by test/extension/manifeste): storage
// (IndexedDB quota), alarms (scheduled sync), contextMenus (the toolbar button's « Ouvrir le
// tableau de bord »: Chrome asks for it even for the `action` context), beta.gouv.fr (badges and its public API). A registry
// URL's host is optional and asked for at run time, for that origin only, from the options page.
export default defineConfig({
  srcDir: 'extension',
  // JAUGE_SORTIE lets a run build elsewhere than .output (parallel local runs); CI uses the default.
  ...(process.env.JAUGE_SORTIE && { outDir: process.env.JAUGE_SORTIE }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Jauge',
    description: 'Statut budgétaire des conventions de délégation de gestion sur beta.gouv.fr',
    permissions: ['storage', 'alarms', 'contextMenus'],
    host_permissions: ['https://beta.gouv.fr/*'],
    // MV2 (Firefox) lists optional hosts among optional_permissions; WXT does not move them itself.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
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
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      // Before the polyfill module's alias of the same name (Vite uses the first match).
      const alias = config.resolve?.alias;
      const existants = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: NAVIGATEUR_NATIF }, ...existants] };
    },
  },
});
