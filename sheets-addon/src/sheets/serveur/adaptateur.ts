// The only file that touches Apps Script's services (SpreadsheetApp, HtmlService, ScriptApp, Utilities;
// PropertiesService and Session through commun/serveur/services.ts, which it re-exports). Everything
// it hands out is plain data or an opaque sheet handle; every read and write of cells is one batched call.
import { lireZoneA1, lireCelluleA1 } from './a1';
import type { Boite } from './marques';

type Feuille = GoogleAppsScript.Spreadsheet.Sheet;
type Cellule = string | number | boolean | Date;

export const TITRE = 'Jauge';

// ---- Menu, sidebar, messages ----------------------------------------------------------------------

/** The add-on menu (Extensions › Jauge). Needs no authorization: safe in AuthMode.NONE. */
export function ajouterMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Vérifier l\u2019échéancier', 'menuVerifierEcheancier')
    .addItem('Vérifier la sélection', 'menuVerifierSelection')
    .addItem('Vérifier le registre', 'menuVerifierRegistre')
    .addItem('Ouvrir le panneau', 'ouvrirPanneau')
    .addItem('Effacer les marques', 'menuEffacerMarques')
    .addSeparator()
    .addItem('Créer une feuille registre', 'menuCreerFeuilleRegistre')
    .addToUi();
}

export function afficherPanneau(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITRE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** A short message at the bottom right of the sheet (menu actions have no other way to answer). */
export function notifier(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, TITRE, 8);
}

// ---- Reading the sheet -----------------------------------------------------------------------------

export interface Lecture {
  feuille: Feuille;
  nom: string;
  /** A1 range read and whether it is the whole sheet or the selection. */
  plage: string;
  source: 'feuille' | 'selection';
  origine: { ligne: number; colonne: number };
  valeurs: Cellule[][];
  affichees: string[][];
  /** The range read, and its size: its backgrounds and notes can be read and written without another handle. */
  plageLue: GoogleAppsScript.Spreadsheet.Range;
  lignes: number;
  colonnes: number;
}

/**
 * The active sheet's data (`'feuille'`), or the selected range (`'selection'`): one getValues and one
 * getDisplayValues, whatever the size. The whole sheet needs no selection call: with the name and the
 * data range, that is 5 calls; the selection's position costs its A1 notation instead of the data range.
 */
export function lireFeuilleActive(source: 'feuille' | 'selection' = 'feuille'): Lecture {
  const feuille = SpreadsheetApp.getActiveSheet();
  const nom = feuille.getName();
  const selection = source === 'selection' ? feuille.getActiveRange() : null;
  if (source === 'selection' && !selection) throw new Error('Aucune cellule sélectionnée : sélectionnez le tableau à vérifier.');
  const plage = selection ?? feuille.getDataRange();
  const valeurs = plage.getValues() as Cellule[][];
  const affichees = plage.getDisplayValues();
  const hauteur = Math.max(valeurs.length, 1);
  const largeur = Math.max(valeurs[0]?.length ?? 0, 1);
  let origine = { ligne: 1, colonne: 1 };
  let a1 = `A1:${colonneEnLettres(largeur)}${hauteur}`;
  if (selection) {
    a1 = selection.getA1Notation();
    const zone = lireZoneA1(a1);
    if (!zone) throw new Error(`Sélection illisible : « ${a1.slice(0, 30)} ».`);
    origine = { ligne: zone.ligne, colonne: zone.colonne };
  }
  return { feuille, nom, plage: a1, source, origine, valeurs, affichees, plageLue: plage, lignes: hauteur, colonnes: largeur };
}

function colonneEnLettres(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

// ---- Marks: one read and one write of backgrounds and notes ---------------------------------------

export interface BoiteLue {
  plage: GoogleAppsScript.Spreadsheet.Range;
  fonds: string[][];
  notes: string[][];
}

/**
 * The box's backgrounds and notes: one read of each. `plage` is a range already in hand that is exactly
 * the box (the selection read): no call to get a handle on it.
 */
export function lireBoite(feuille: Feuille, boite: Boite, plage?: GoogleAppsScript.Spreadsheet.Range): BoiteLue {
  const p = plage ?? feuille.getRange(boite.ligne, boite.colonne, boite.lignes, boite.colonnes);
  return { plage: p, fonds: p.getBackgrounds(), notes: p.getNotes() };
}

/** Writes the box's backgrounds (null: no fill) and notes back: one write of each. */
export function ecrireBoite(lue: BoiteLue, contenu: { fonds: (string | null)[][]; notes: string[][] }): void {
  lue.plage.setBackgrounds(contenu.fonds as string[][]);
  lue.plage.setNotes(contenu.notes);
}

/** The sheet of that name in the active spreadsheet, or null (renamed or deleted since). */
export function feuilleNommee(nom: string): Feuille | null {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(nom);
}

// ---- A new sheet ----------------------------------------------------------------------------------

/**
 * Adds a sheet named `nom` (never an existing one: the caller picks a free name) holding only a header
 * row with a note on each column, frozen and in bold, and shows it. The only cells the add-on ever
 * writes values into are those of a sheet it has just created.
 */
export function creerFeuilleEntete(nomVoulu: (pris: (nom: string) => boolean) => string, entete: readonly string[], notes: readonly string[]): string {
  const classeur = SpreadsheetApp.getActiveSpreadsheet();
  const nom = nomVoulu((n) => classeur.getSheetByName(n) !== null);
  const feuille = classeur.insertSheet(nom);
  const plage = feuille.getRange(1, 1, 1, entete.length);
  plage.setValues([[...entete]]);
  plage.setNotes([[...notes]]);
  plage.setFontWeight('bold');
  feuille.setFrozenRows(1);
  feuille.activate();
  return nom;
}

// ---- Selecting a cell --------------------------------------------------------------------------------

/** Selects one cell (on the named sheet when given, else the active one) and shows it. */
export function selectionner(a1: string, nomFeuille?: string): void {
  if (typeof a1 !== 'string' || lireCelluleA1(a1) === null) {
    throw new Error(`Cellule invalide : « ${String(a1).slice(0, 20)} » (attendu par exemple « D4 »).`);
  }
  const feuille = nomFeuille ? feuilleNommee(nomFeuille) : SpreadsheetApp.getActiveSheet();
  if (!feuille) throw new Error(`La feuille « ${nomFeuille} » n\u2019existe plus : vérifiez à nouveau l\u2019échéancier.`);
  feuille.getRange(a1.trim().toUpperCase()).activate();
}

// ---- Document properties and the clock (the same in both add-ons) -------------------------------------

export { aujourdhui, lireProprietes, remplacerProprietes } from '../../commun/serveur/services';

// ---- Dates ---------------------------------------------------------------------------------------------

/**
 * For custom functions, which get cell values without their displayed text: date cells as the sheet
 * shows them (dd/MM/yyyy in the spreadsheet's time zone), '' elsewhere. Reads the time zone only
 * when there is a date.
 */
export function textesDesDates(valeurs: unknown[][]): string[][] | undefined {
  let fuseau: string | null = null;
  let trouve = false;
  const textes = valeurs.map((ligne) =>
    ligne.map((v) => {
      if (!(v instanceof Date) || Number.isNaN(v.getTime())) return '';
      fuseau ??= fuseauDuClasseur();
      trouve = true;
      return Utilities.formatDate(v, fuseau, 'dd/MM/yyyy');
    }),
  );
  return trouve ? textes : undefined;
}

/** A date argument of a custom function → ISO in the spreadsheet's time zone. */
export function dateEnIso(d: Date): string {
  return Utilities.formatDate(d, fuseauDuClasseur(), 'yyyy-MM-dd');
}

/** The spreadsheet's time zone (dates in cells are midnight there), else the add-on's. */
function fuseauDuClasseur(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch {
    return Session.getScriptTimeZone();
  }
}

/**
 * Where the range given to ECHEANCIER_CONSTATS starts, read from the calling cell's formula
 * (`=ECHEANCIER_CONSTATS(B3:E12; …)`), so that findings name real cells. Null when the first argument
 * is not a plain A1 range (a named range, INDIRECT…): positions are then relative to the range.
 */
export function origineDeLaPlage(nomFonction: string): { ligne: number; colonne: number } | null {
  try {
    const cellule = SpreadsheetApp.getActiveRange();
    if (!cellule) return null;
    const formule = cellule.getFormula();
    const m = new RegExp(`${nomFonction}\\s*\\(\\s*((?:'[^']*(?:''[^']*)*'|[^'(),;!]+)!)?\\s*([$A-Za-z0-9:]+)\\s*[;,)]`, 'i').exec(formule);
    if (!m) return null;
    const zone = lireZoneA1(m[2]!);
    return zone ? { ligne: zone.ligne, colonne: zone.colonne } : null;
  } catch {
    return null;
  }
}
