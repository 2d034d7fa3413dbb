// The `jauge` CLI as the tests run it: a real process on real files, from the bundle that
// test/aides/cli-construite.ts makes of scripts/jauge.ts at the start of the run. `jaugeParTsx` runs
// scripts/jauge.ts itself, as `npm run jauge` does, for the tests that guard that path.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const RACINE = path.resolve(import.meta.dirname, '../..');
const DOSSIER_CLI_CONSTRUITE = path.join(RACINE, 'node_modules/.cache/jauge-cli');
export const CLI_CONSTRUITE = path.join(DOSSIER_CLI_CONSTRUITE, 'jauge.mjs');

export interface SortieCli {
  code: number | null;
  stdout: string;
  stderr: string;
}

function executer(args: string[], options: { cwd?: string; timeout?: number }): SortieCli {
  const r = spawnSync(process.execPath, args, { cwd: options.cwd ?? RACINE, encoding: 'utf8', timeout: options.timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the bundled CLI with `args` (relative paths are read from `cwd`, the repository by default). */
export function jauge(args: string[], options: { cwd?: string; timeout?: number } = {}): SortieCli {
  return executer([CLI_CONSTRUITE, ...args], options);
}

/** Runs scripts/jauge.ts through tsx, exactly as `npm run jauge` does. */
export function jaugeParTsx(args: string[], options: { cwd?: string; timeout?: number } = {}): SortieCli {
  return executer(['--import', 'tsx', path.join(RACINE, 'scripts/jauge.ts'), ...args], options);
}
