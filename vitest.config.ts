import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit tests (Node, happy-dom per file, fake IndexedDB) and end-to-end tests
// that drive the built extension and add-on in Debian's Chromium. `npm test` runs both, side by side
// in two processes (scripts/tests-en-parallele.ts).
// `npm run test:profond` (JAUGE_PROFOND=1) runs the unit tests with the property tests' full counts
// (test/aides/essais.ts): minutes per file, hence the longer limit.
const PROFOND = process.env.JAUGE_PROFOND === '1';
// Vitest's default leaves one core to its main process: one worker on a 2-core CI machine, where the
// unit files then ran one after the other (350 s, 1.2 cores busy). The main process mostly waits,
// and many files wait on child processes: two workers at least (235 s on the same machine).
const TRAVAILLEURS_UNITAIRES = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          maxWorkers: TRAVAILLEURS_UNITAIRES,
          include: ['test/**/*.test.{ts,tsx}'],
          // *.profond.test.ts: minutes each, run by `npm run test:profond` only (never shown as skipped).
          exclude: ['test/e2e/**', ...(PROFOND ? [] : ['test/**/*.profond.test.ts'])],
          setupFiles: ['fake-indexeddb/auto', './test/aides/graine.ts'],
          globalSetup: ['./test/aides/cli-construite.ts'],
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
