// The only file that touches Apps Script's services (SpreadsheetApp, PropertiesService, HtmlService,
// ScriptApp, Utilities, Session). Everything it hands out is plain data or an opaque sheet handle;
// every read and write of cells is one batched call.
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
    .addItem('Ouvrir le panneau', 'ouvrirPanneau')
    .addItem('Effacer les marques', 'menuEffacerMarques')
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
}

/**
 * The active sheet's data, or the selection when it spans several cells: one getValues and one
 * getDisplayValues, whatever the size.
 */
export function lireFeuilleActive(): Lecture {
  const feuille = SpreadsheetApp.getActiveSheet();
  const nom = feuille.getName();
  const selection = feuille.getActiveRange();
  const a1 = selection ? selection.getA1Notation() : '';
  const zone = a1 ? lireZoneA1(a1) : null;
  const surSelection = selection !== null && zone !== null && zone.plusieurs;
  const plage = surSelection ? selection : feuille.getDataRange();
  const valeurs = plage.getValues() as Cellule[][];
  const affichees = plage.getDisplayValues();
  const origine = surSelection ? { ligne: zone.ligne, colonne: zone.colonne } : { ligne: 1, colonne: 1 };
  const hauteur = valeurs.length;
  const largeur = valeurs[0]?.length ?? 0;
  return {
    feuille,
    nom,
    plage: surSelection ? a1 : `A1:${colonneEnLettres(Math.max(largeur, 1))}${Math.max(hauteur, 1)}`,
    source: surSelection ? 'selection' : 'feuille',
    origine,
    valeurs,
    affichees,
  };
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

/** The box's backgrounds and notes: one read of each. */
export function lireBoite(feuille: Feuille, boite: Boite): BoiteLue {
  const plage = feuille.getRange(boite.ligne, boite.colonne, boite.lignes, boite.colonnes);
  return { plage, fonds: plage.getBackgrounds(), notes: plage.getNotes() };
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

// ---- Document properties (Jauge's memory of its marks) ----------------------------------------------

export function lireProprietes(): Record<string, string> {
  return PropertiesService.getDocumentProperties().getProperties();
}

/** Replaces the whole set of document properties in one call (they belong to this add-on only). */
export function remplacerProprietes(proprietes: Record<string, string>): void {
  PropertiesService.getDocumentProperties().setProperties(proprietes, true);
}

// ---- Dates and the clock -------------------------------------------------------------------------------

/** Today in Paris (the add-on's time zone, appsscript.json), ISO. The only place that reads the clock. */
export function aujourdhui(): string {
  return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd');
}

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
