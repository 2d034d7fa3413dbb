// Runs the campaign: each input made in a temporary folder, then read by the real CLI in a process
// of its own (a few at a time), its wall time and peak memory measured. The test
// (test/scripts/campagne-hostiles.test.ts) asserts on the results; the bench prints them.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { empaqueterPourNode } from '../empaqueter-node';
import { argumentsDuCas, type CasHostile } from './cas';

export interface ResultatCas {
  cas: CasHostile;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole process (start-up included), in ms. */
  duree: number;
  /** Peak resident memory of the process, in MiB. */
  memoire: number;
  /** CPU time of the process (user and system), in ms: what a quiet machine's wall time would be. */
  cpu: number;
  /** Killed after the campaign's own cap (a run that would never end). */
  tue: boolean;
}

/** The limits the design promises for any document. */
export const DUREE_MAX_CAMPAGNE_MS = 60_000;
export const MEMOIRE_MAX_CAMPAGNE_MIO = 1024;
/** A run still going after this is killed (and fails the campaign). */
const ARRET_MS = 120_000;

const RACINE = path.resolve(import.meta.dirname, '../..');

/** The runner bundled once (scripts/empaqueter-node.ts): node starts it in a fraction of tsx's time. */
async function executeur(): Promise<string> {
  const sortie = path.join(RACINE, 'node_modules/.cache/jauge-hostiles/executer.mjs');
  await empaqueterPourNode(path.join(import.meta.dirname, 'executer.ts'), sortie);
  return sortie;
}

/** Writes the case's input under `dossier`; its path. */
export function fabriquerCas(cas: CasHostile, dossier: string): string {
  const chemin = path.join(dossier, cas.nom);
  if (cas.fabriquer) cas.fabriquer(chemin);
  else writeFileSync(chemin, cas.octets!());
  return chemin;
}

function lancer(script: string, cas: CasHostile, chemin: string, dossier: string): Promise<ResultatCas> {
  return new Promise((resoudre) => {
    const debut = performance.now();
    const enfant = spawn(process.execPath, [script, JSON.stringify(argumentsDuCas(cas, chemin))], { cwd: dossier, stdio: ['ignore', 'pipe', 'pipe'] });
    let sortie = '';
    let erreur = '';
    let tue = false;
    const minuterie = setTimeout(() => ((tue = true), enfant.kill('SIGKILL')), ARRET_MS);
    enfant.stdout.on('data', (d: Buffer) => (sortie += d.toString('utf8')));
    enfant.stderr.on('data', (d: Buffer) => (erreur += d.toString('utf8')));
    enfant.on('close', () => {
      clearTimeout(minuterie);
      const duree = performance.now() - debut;
      try {
        const r = JSON.parse(sortie) as { code: number; stdout: string; stderr: string; maxRssKio: number; cpuMs: number };
        resoudre({ cas, code: r.code, stdout: r.stdout, stderr: r.stderr, duree, memoire: r.maxRssKio / 1024, cpu: r.cpuMs, tue });
      } catch {
        resoudre({ cas, code: null, stdout: sortie, stderr: erreur, duree, memoire: NaN, cpu: NaN, tue });
      }
    });
  });
}

/** Makes and runs every case, `paralleles` processes at a time, in the cases' order. */
export async function executerCampagne(cas: readonly CasHostile[], paralleles = 3): Promise<ResultatCas[]> {
  const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-hostiles-'));
  try {
    const script = await executeur();
    const resultats: ResultatCas[] = new Array(cas.length);
    let suivant = 0;
    const ouvrier = async () => {
      for (let i = suivant++; i < cas.length; i = suivant++) {
        const chemin = fabriquerCas(cas[i]!, dossier);
        resultats[i] = await lancer(script, cas[i]!, chemin, dossier);
      }
    };
    await Promise.all(Array.from({ length: Math.min(paralleles, cas.length) }, ouvrier));
    return resultats;
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** The campaign as a table: input, exit code, wall and CPU seconds, peak MiB, what it is. */
export function tableauCampagne(resultats: readonly ResultatCas[]): string {
  const largeur = Math.max(...resultats.map((r) => r.cas.nom.length));
  const s = (ms: number) => `${nombre.format(ms / 1000).padStart(6)} s`;
  const lignes = resultats.map((r) => `${r.cas.nom.padEnd(largeur)}  ${String(r.code ?? '—').padStart(4)}  ${s(r.duree)}  ${s(r.cpu)}  ${nombre.format(r.memoire).padStart(7)} Mio  ${r.cas.quoi}`);
  const pire = (f: (r: ResultatCas) => number) => resultats.reduce((m, r) => Math.max(m, f(r)), 0);
  const cpu = resultats.reduce((t, r) => t + r.cpu, 0);
  return [
    `${'entrée'.padEnd(largeur)}  code     durée       CPU     mémoire  ce que c'est`,
    ...lignes,
    `${resultats.length} entrées ; la plus longue ${nombre.format(pire((r) => r.duree) / 1000)} s, la plus gourmande ${nombre.format(pire((r) => r.memoire))} Mio ` +
      `(bornes : 60 s, 1 024 Mio) ; ${nombre.format(cpu / 1000)} s de CPU en tout.`,
  ].join('\n');
}
