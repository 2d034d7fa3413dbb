// Builds both add-ons (dist/sheets-addon, dist/docs-addon) when their sources changed — once for all
// test processes, under a lock — so that every test loads the artifacts that ship.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { construire, HOTES } from '../../../sheets-addon/build';

const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCES = ['sheets-addon', 'shared'].map((d) => path.join(RACINE, d));
const VERROU = path.join(RACINE, 'dist', '.modules-google.verrou');

function derniereModification(dossier: string): number {
  let max = 0;
  for (const entree of readdirSync(dossier, { withFileTypes: true })) {
    if (entree.name === 'node_modules' || entree.name.startsWith('.') || entree.name === 'captures') continue;
    const chemin = path.join(dossier, entree.name);
    max = Math.max(max, entree.isDirectory() ? derniereModification(chemin) : statSync(chemin).mtimeMs);
  }
  return max;
}

function aJour(): boolean {
  const produits = HOTES.flatMap((h) => [...(h.fonctions ? ['Fonctions.js'] : []), 'Code.js', 'Sidebar.html', 'appsscript.json'].map((f) => path.join(h.dossier, f)));
  if (!produits.every((f) => existsSync(f))) return false;
  const construitLe = Math.min(...produits.map((f) => statSync(f).mtimeMs));
  return SOURCES.every((d) => derniereModification(d) <= construitLe);
}

const attendre = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds both add-ons unless they are newer than every source; safe across parallel test files. Returns dist/sheets-addon. */
export async function assurerConstruction(): Promise<string> {
  mkdirSync(path.dirname(VERROU), { recursive: true });
  const debut = Date.now();
  for (;;) {
    try {
      mkdirSync(VERROU);
      break;
    } catch {
      // Another process builds; a lock older than two minutes is left over from a killed run.
      try {
        if (Date.now() - statSync(VERROU).mtimeMs > 120_000) rmSync(VERROU, { recursive: true, force: true });
      } catch {
        /* removed meanwhile */
      }
      if (Date.now() - debut > 180_000) throw new Error('Construction des modules Google : verrou jamais libéré.');
      await attendre(100);
    }
  }
  try {
    if (!aJour()) await construire();
  } finally {
    rmSync(VERROU, { recursive: true, force: true });
  }
  return HOTES[0]!.dossier;
}
