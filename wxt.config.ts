import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Jauge',
    description: 'Statut budgétaire des conventions de délégation de gestion sur beta.gouv.fr',
    default_locale: undefined,
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://beta.gouv.fr/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'jauge@beta.gouv.fr', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
