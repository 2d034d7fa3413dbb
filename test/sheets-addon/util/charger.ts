// Builds the add-on when its sources changed (once for all test processes, under a lock), then loads
// the REAL dist/sheets-addon/Code.js and Fonctions.js into a Node vm context whose only globals are
// the fake Apps Script services of ./tableur.ts — as Apps Script loads every file of the project
// into one global scope. The bench imports this file too.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { construire, DOSSIER_SORTIE } from '../../../sheets-addon/build';
import type { Rapport, ResultatEffacement } from '../../../sheets-addon/src/contrat';
import { FauxTableur, type Royaume } from './tableur';

const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DOSSIER_DIST = DOSSIER_SORTIE;
const SOURCES = ['sheets-addon', 'shared'].map((d) => path.join(RACINE, d));
const VERROU = path.join(RACINE, 'dist', '.sheets-addon.verrou');

function derniereModification(dossier: string): number {
  let max = 0;
  for (const entree of readdirSync(dossier, { withFileTypes: true })) {
    if (entree.name === 'node_modules' || entree.name.startsWith('.')) continue;
    const chemin = path.join(dossier, entree.name);
    max = Math.max(max, entree.isDirectory() ? derniereModification(chemin) : statSync(chemin).mtimeMs);
  }
  return max;
}

function aJour(): boolean {
  const produits = ['Code.js', 'Fonctions.js', 'Sidebar.html', 'appsscript.json'].map((f) => path.join(DOSSIER_DIST, f));
  if (!produits.every((f) => existsSync(f))) return false;
  const construitLe = Math.min(...produits.map((f) => statSync(f).mtimeMs));
  return SOURCES.every((d) => derniereModification(d) <= construitLe);
}

const attendre = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds dist/sheets-addon unless it is newer than every source; safe across parallel test files. */
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
      if (Date.now() - debut > 180_000) throw new Error('Construction du module Sheets : verrou jamais libéré.');
      await attendre(100);
    }
  }
  try {
    if (!aJour()) await construire();
  } finally {
    rmSync(VERROU, { recursive: true, force: true });
  }
  return DOSSIER_DIST;
}

const scripts = new Map<string, vm.Script>();
function script(fichier: string): vm.Script {
  const chemin = path.join(DOSSIER_DIST, fichier);
  const cle = `${chemin}@${statSync(chemin).mtimeMs}`;
  let s = scripts.get(cle);
  if (!s) scripts.set(cle, (s = new vm.Script(readFileSync(chemin, 'utf8'), { filename: fichier })));
  return s;
}

/** The functions Code.js declares (menus, triggers, the sidebar's calls); the custom functions are in Fonctions.js. */
export const POINTS_ENTREE: readonly (keyof ModuleJauge)[] = [
  'onOpen',
  'onInstall',
  'ouvrirPanneau',
  'verifierEcheancier',
  'effacerMarques',
  'selectionnerCellule',
  'menuVerifierEcheancier',
  'menuEffacerMarques',
];

/** The add-on as Apps Script and Sheets see it: its global functions. */
export interface ModuleJauge {
  onOpen(e?: { authMode?: string }): void;
  onInstall(e?: { authMode?: string }): void;
  ouvrirPanneau(): void;
  verifierEcheancier(): Rapport;
  effacerMarques(): ResultatEffacement;
  selectionnerCellule(a1: string, feuille?: string): void;
  menuVerifierEcheancier(): void;
  menuEffacerMarques(): void;
  MONTANT_EN_LETTRES(montant: unknown, orthographe1990?: unknown): unknown;
  MONTANT_EN_CHIFFRES(texte: unknown): unknown;
  ECHEANCIER_CONSTATS(plage: unknown, dateSignature?: unknown, dateFin?: unknown, plafond?: unknown): unknown;
  ECHEANCIER_DEPUIS_PLAN(consommation: unknown, bonsDeCommande: unknown, paiement?: unknown): unknown;
}

export interface Chargement {
  module: ModuleJauge;
  /** The vm context (its globals are the add-on's top-level functions and the fake services). */
  contexte: vm.Context;
  royaume: Royaume;
}

/**
 * Loads the built files into a fresh context bound to `tableur`. `aujourdhui` fixes the clock seen by
 * the add-on (Date() and Date.now()); results cross back as JSON, as google.script.run sends them.
 */
export function charger(tableur: FauxTableur, options: { aujourdhui?: string } = {}): Chargement {
  const contexte = vm.createContext({});
  if (options.aujourdhui) {
    const instant = Date.parse(`${options.aujourdhui}T10:00:00Z`);
    vm.runInContext(
      `(() => { const D = Date; class DateFixe extends D { constructor(...a) { if (a.length === 0) super(${instant}); else super(...a); } static now() { return ${instant}; } }
        globalThis.Date = DateFixe; })();`,
      contexte,
    );
  }
  const royaume = vm.runInContext('({ Date, Error })', contexte) as Royaume;
  tableur.lier(royaume);
  Object.assign(contexte, tableur.globaux());
  script('Code.js').runInContext(contexte);
  script('Fonctions.js').runInContext(contexte);

  const appeler =
    (nom: keyof ModuleJauge) =>
    (...args: unknown[]): unknown => {
      const f = (contexte as Record<string, unknown>)[nom];
      if (typeof f !== 'function') throw new Error(`Code.js ne déclare pas la fonction globale ${nom}.`);
      let resultat: unknown;
      try {
        resultat = f(...args);
      } catch (e) {
        // Errors from the vm's realm: keep only what Apps Script would show, the message.
        throw new Error((e as { message?: string })?.message ?? String(e));
      }
      return resultat === undefined ? undefined : JSON.parse(JSON.stringify(resultat));
    };
  const noms: (keyof ModuleJauge)[] = [...POINTS_ENTREE, 'MONTANT_EN_LETTRES', 'MONTANT_EN_CHIFFRES', 'ECHEANCIER_CONSTATS', 'ECHEANCIER_DEPUIS_PLAN'];
  const module = Object.fromEntries(noms.map((n) => [n, appeler(n)])) as unknown as ModuleJauge;
  return { module, contexte, royaume };
}

/** A new fake spreadsheet whose HtmlService serves the built files. */
export function nouveauTableur(nomFeuille = 'Feuille 1'): FauxTableur {
  return new FauxTableur(nomFeuille, DOSSIER_DIST);
}
