// `npm test` after the build: the unit files and the end-to-end files in two Vitest processes at once.
// One Vitest process runs a project limited to one worker (the browsers, `fileParallelism: false`)
// in a group of its own, after the unit files: 250 s then 210 s on a 2-core machine, while the browsers
// mostly wait. Side by side, the end-to-end output is held back and printed whole after the unit
// output, so neither is interleaved with the other. Arguments (file filters) go to both.
import { spawn } from 'node:child_process';
import path from 'node:path';

const RACINE = path.resolve(import.meta.dirname, '..');
const VITEST = path.join(RACINE, 'node_modules', 'vitest', 'vitest.mjs');
const filtres = process.argv.slice(2);
// With a filter, one of the two projects may have no file to run: that is not a failure.
const options = filtres.length > 0 ? ['--passWithNoTests', ...filtres] : [];

interface Fin {
  code: number;
  sortie: string;
}

function lancerProjet(projet: 'unit' | 'e2e', retenir: boolean): Promise<Fin> {
  return new Promise((resoudre) => {
    const env = { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
    const enfant = spawn(process.execPath, [VITEST, 'run', '--project', projet, ...options], {
      cwd: RACINE,
      env,
      stdio: retenir ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const morceaux: Buffer[] = [];
    enfant.stdout?.on('data', (m: Buffer) => morceaux.push(m));
    enfant.stderr?.on('data', (m: Buffer) => morceaux.push(m));
    enfant.on('error', (e) => resoudre({ code: 1, sortie: `Vitest (${projet}) n'a pas pu être lancé : ${e.message}\n` }));
    enfant.on('close', (code, signal) =>
      resoudre({ code: code ?? (signal ? 1 : 0), sortie: Buffer.concat(morceaux).toString('utf8') }),
    );
  });
}

const debut = Date.now();
const [unitaires, boutEnBout] = await Promise.all([lancerProjet('unit', false), lancerProjet('e2e', true)]);
process.stdout.write('\n── Tests de bout en bout (Chromium, Firefox), lancés en même temps ──\n');
process.stdout.write(boutEnBout.sortie);
const secondes = Math.round((Date.now() - debut) / 1000);
const etat = (f: Fin) => (f.code === 0 ? 'réussis' : `en échec (code ${f.code})`);
process.stdout.write(`\nTests unitaires ${etat(unitaires)}, de bout en bout ${etat(boutEnBout)} ; ${secondes} s en tout.\n`);
process.exitCode = unitaires.code !== 0 ? unitaires.code : boutEnBout.code;
