import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit tests (Node, happy-dom per file, fake IndexedDB) and end-to-end tests
// that drive the built extension and add-on in Debian's Chromium. `npm test` runs both.
// `npm run test:profond` (JAUGE_PROFOND=1) runs the unit tests with the property tests' full counts
// (test/aides/essais.ts): minutes per file, hence the longer limit.
const PROFOND = process.env.JAUGE_PROFOND === '1';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          setupFiles: ['fake-indexeddb/auto', './test/aides/graine.ts'],
          testTimeout: PROFOND ? 600_000 : 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
