// Loads the REAL dist/sheets-addon/Code.js and Fonctions.js (built by ./construction.ts when their
// sources changed) into a Node vm context whose only globals are the fake Apps Script services of
// ./tableur.ts — as Apps Script loads every file of the project into one global scope. The bench
// imports this file too.
import path from 'node:path';
import vm from 'node:vm';
import { DOSSIER_SORTIE } from '../../../sheets-addon/build';
import type { Rapport, ResultatEffacement } from '../../../sheets-addon/src/sheets/contrat';
import { FauxTableur, type Royaume } from './tableur';
import { contexteAppsScript, fonctionsGlobales, scriptConstruit } from './vm-apps-script';

export { assurerConstruction } from './construction';
export const DOSSIER_DIST = DOSSIER_SORTIE;

const script = (fichier: string): vm.Script => scriptConstruit(path.join(DOSSIER_DIST, fichier), fichier);

/** The functions Code.js declares (menus, triggers, the sidebar's calls); the custom functions are in Fonctions.js. */
export const POINTS_ENTREE: readonly (keyof ModuleJauge)[] = [
  'onOpen',
  'onInstall',
  'ouvrirPanneau',
  'verifierEcheancier',
  'verifierSelection',
  'verifierRegistre',
  'effacerMarques',
  'selectionnerCellule',
  'menuVerifierEcheancier',
  'menuVerifierSelection',
  'menuVerifierRegistre',
  'menuEffacerMarques',
  'menuCreerFeuilleRegistre',
];

/** The add-on as Apps Script and Sheets see it: its global functions. */
export interface ModuleJauge {
  onOpen(e?: { authMode?: string }): void;
  onInstall(e?: { authMode?: string }): void;
  ouvrirPanneau(): void;
  verifierEcheancier(): Rapport;
  verifierSelection(): Rapport;
  verifierRegistre(): Rapport;
  effacerMarques(): ResultatEffacement;
  selectionnerCellule(a1: string, feuille?: string): void;
  menuVerifierEcheancier(): void;
  menuVerifierSelection(): void;
  menuVerifierRegistre(): void;
  menuEffacerMarques(): void;
  menuCreerFeuilleRegistre(): void;
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
  const { contexte, royaume } = contexteAppsScript(options.aujourdhui);
  tableur.lier(royaume);
  Object.assign(contexte, tableur.globaux());
  script('Code.js').runInContext(contexte);
  script('Fonctions.js').runInContext(contexte);
  const module = fonctionsGlobales<ModuleJauge>(contexte, [...POINTS_ENTREE, 'MONTANT_EN_LETTRES', 'MONTANT_EN_CHIFFRES', 'ECHEANCIER_CONSTATS', 'ECHEANCIER_DEPUIS_PLAN']);
  return { module, contexte, royaume };
}

/** A new fake spreadsheet whose HtmlService serves the built files. */
export function nouveauTableur(nomFeuille = 'Feuille 1'): FauxTableur {
  return new FauxTableur(nomFeuille, DOSSIER_DIST);
}
