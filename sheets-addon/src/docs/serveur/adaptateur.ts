// The only file of the Docs add-on that touches Apps Script's services (DocumentApp, HtmlService; and
// PropertiesService, Utilities, Session through commun/serveur/services.ts, which it re-exports).
// Everything it hands out is plain data or an opaque handle. Reading costs a fixed number of calls
// whatever the document's length: the body's text in one call, each table's text and size in four;
// marks cost one write per range.
import type { Cible } from '../contrat';
import type { ElementLu, TableLue } from './lecture';
import type { Ecriture } from './marques';

type Texte = GoogleAppsScript.Document.Text;

export const TITRE = 'Jauge';

// ---- Menu, sidebar, messages ----------------------------------------------------------------------

/** The add-on menu (Extensions › Jauge). Needs no authorization: safe in AuthMode.NONE. */
export function ajouterMenu(): void {
  DocumentApp.getUi()
    .createAddonMenu()
    .addItem('Vérifier la convention', 'ouvrirPanneau')
    .addItem('Effacer les marques', 'menuEffacerMarques')
    .addSeparator()
    .addItem('Insérer le montant en lettres', 'menuInsererMontantEnLettres')
    .addItem('Insérer l\u2019échéancier d\u2019un plan', 'ouvrirPanneauPlan')
    .addToUi();
}

/**
 * Shows the sidebar. `vue: 'plan'` opens it on the plan tool without checking (the person asked to
 * insert, not to check): an inert marker the sidebar reads, no script.
 */
export function afficherPanneau(vue?: 'plan'): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITRE);
  if (vue) html.append(`<div hidden data-jauge-vue="${vue}"></div>`);
  DocumentApp.getUi().showSidebar(html);
}

/** A message box (Docs has no toast): menu actions have no other way to answer. */
export function alerter(message: string): void {
  DocumentApp.getUi().alert(message);
}

// ---- Reading --------------------------------------------------------------------------------------

export interface DocumentLu {
  /** The body's text (Body.editAsText(): the same as Body.getText()), which marks are placed in. */
  corps: string;
  texte: Texte;
  tables: TableLue[];
}

/** The body (never headers, footers or footnotes): its text, then each table's text and size. */
export function lireDocument(): DocumentLu {
  const corpsDoc = DocumentApp.getActiveDocument().getBody();
  const texte = corpsDoc.editAsText();
  const corps = texte.getText();
  const tables = corpsDoc.getTables().map((t): TableLue => {
    const lue: TableLue = { texte: t.getText(), lignes: t.getNumRows(), colonnes: t.getRow(0).getNumCells() };
    // More paragraphs than cells: some cell holds several, so each cell is read (a rare, costlier case).
    if (lue.texte.split('\n').length !== lue.lignes * lue.colonnes) lue.cellules = cellulesDe(t);
    return lue;
  });
  return { corps, texte, tables };
}

function cellulesDe(t: GoogleAppsScript.Document.Table): string[][] {
  const rangees: string[][] = [];
  for (let r = 0; r < t.getNumRows(); r++) {
    const rangee = t.getRow(r);
    const cellules: string[] = [];
    for (let c = 0; c < rangee.getNumCells(); c++) cellules.push(rangee.getCell(c).getText());
    rangees.push(cellules);
  }
  return rangees;
}

/** The body read element by element (when its text does not read as expected): a call per element. */
export function lireParElements(): ElementLu[] {
  const corps = DocumentApp.getActiveDocument().getBody();
  const elements: ElementLu[] = [];
  for (let i = 0; i < corps.getNumChildren(); i++) {
    const enfant = corps.getChild(i);
    const type = enfant.getType();
    if (type === DocumentApp.ElementType.TABLE) elements.push({ sorte: 'tableau', cellules: cellulesDe(enfant.asTable()) });
    else if (type === DocumentApp.ElementType.PARAGRAPH) elements.push({ sorte: 'paragraphe', texte: enfant.asParagraph().getText() });
    else if (type === DocumentApp.ElementType.LIST_ITEM) elements.push({ sorte: 'paragraphe', texte: enfant.asListItem().getText() });
  }
  return elements;
}

// ---- Backgrounds ----------------------------------------------------------------------------------

/** The body as one Text element (marks are placed in its offsets). */
export function texteDuCorps(): Texte {
  return DocumentApp.getActiveDocument().getBody().editAsText();
}

/** Offsets where the body's formatting changes (one call for the whole body). */
export function indicesDeMiseEnForme(texte: Texte): number[] {
  return texte.getTextAttributeIndices();
}

export function fondA(texte: Texte, offset: number): string | null {
  return texte.getBackgroundColor(offset);
}

/** Writes backgrounds, one call per range (the reference's end offset is inclusive). */
export function ecrireFonds(texte: Texte, ecritures: readonly Ecriture[]): void {
  for (const e of ecritures) texte.setBackgroundColor(e.debut, e.fin - 1, e.fond as string);
}

// ---- Selecting -------------------------------------------------------------------------------------

/** How far around its place a paragraph that moved is looked for. */
const RAYON = 20;

/** Selects a finding's paragraph (or the table cell it is in) and scrolls to it. */
export function selectionnerParagraphe(cible: Cible): void {
  if (!cible || !Number.isInteger(cible.paragraphe) || cible.paragraphe < 0 || typeof cible.extrait !== 'string') {
    throw new Error('Constat sans paragraphe à sélectionner.');
  }
  const document = DocumentApp.getActiveDocument();
  const paragraphes = document.getBody().getParagraphs();
  const commence = (i: number) => i >= 0 && i < paragraphes.length && paragraphes[i]!.getText().startsWith(cible.extrait);
  let trouve = commence(cible.paragraphe) ? cible.paragraphe : -1;
  for (let d = 1; trouve < 0 && d <= RAYON; d++) {
    if (commence(cible.paragraphe - d)) trouve = cible.paragraphe - d;
    else if (commence(cible.paragraphe + d)) trouve = cible.paragraphe + d;
  }
  if (trouve < 0) throw new Error('Ce passage a changé depuis la vérification : vérifiez à nouveau la convention.');
  const paragraphe = paragraphes[trouve]!;
  const parent = paragraphe.getParent();
  const element = cible.tableau && parent.getType() === DocumentApp.ElementType.TABLE_CELL ? parent : paragraphe;
  document.setSelection(document.newRange().addElement(element).build());
}

// ---- Inserting ---------------------------------------------------------------------------------------

export interface Endroit {
  /** The text element to insert into and the offset right after the amount. */
  texte: Texte;
  fin: number;
  /** The amount's text (the selection), or the text before the cursor. */
  contenu: string;
  /** What follows, to avoid adding words twice. */
  apres: string;
  selection: boolean;
}

/** The selected text (first partial text element), or the text before the cursor; null when neither. */
export function endroitDuMontant(): Endroit | null {
  const document = DocumentApp.getActiveDocument();
  const selection = document.getSelection();
  if (selection) {
    const morceau = selection.getRangeElements()[0];
    if (!morceau) return null;
    const element = morceau.getElement();
    const type = element.getType();
    // A whole paragraph selected comes as the paragraph: its text is what was selected.
    let texte: Texte;
    if (type === DocumentApp.ElementType.TEXT) texte = element.asText();
    else if (type === DocumentApp.ElementType.PARAGRAPH) texte = element.asParagraph().editAsText();
    else if (type === DocumentApp.ElementType.LIST_ITEM) texte = element.asListItem().editAsText();
    else return null;
    const tout = texte.getText();
    const partiel = morceau.isPartial();
    const debut = partiel ? morceau.getStartOffset() : 0;
    const fin = partiel ? morceau.getEndOffsetInclusive() + 1 : tout.length;
    return { texte, fin, contenu: tout.slice(debut, fin), apres: tout.slice(fin, fin + 3), selection: true };
  }
  const curseur = document.getCursor();
  if (!curseur) return null;
  const texte = curseur.getSurroundingText();
  const fin = curseur.getSurroundingTextOffset();
  const tout = texte.getText();
  return { texte, fin, contenu: tout.slice(0, fin), apres: tout.slice(fin, fin + 3), selection: false };
}

/** One insertion, at the end of the amount: nothing else is written. */
export function insererTexte(endroit: Endroit, ajout: string): void {
  endroit.texte.insertText(endroit.fin, ajout);
}

/**
 * Inserts a sentence and a table right after the paragraph holding the cursor (or the selection's
 * start): nothing is written anywhere else. Refused in a table cell, a header or a footer.
 */
export function insererApresLeCurseur(phrase: string, lignes: string[][]): void {
  const document = DocumentApp.getActiveDocument();
  const corps = document.getBody();
  const curseur = document.getCursor();
  const selection = curseur ? null : document.getSelection();
  let element: GoogleAppsScript.Document.Element | null = curseur ? curseur.getElement() : (selection?.getRangeElements()[0]?.getElement() ?? null);
  if (!element) throw new Error('Placez le curseur dans le document, là où l\u2019échéancier doit aller.');
  // Up to the body's child that holds the cursor.
  for (let parent = element.getParent(); parent && parent.getType() !== DocumentApp.ElementType.BODY_SECTION; parent = element.getParent()) {
    if (parent.getType() === DocumentApp.ElementType.TABLE_CELL) throw new Error('Le curseur est dans un tableau : placez-le dans un paragraphe, hors du tableau.');
    element = parent;
  }
  if (!element.getParent()) throw new Error('Le curseur est dans un en-tête ou un pied de page : placez-le dans le corps du document.');
  const i = corps.getChildIndex(element);
  corps.insertParagraph(i + 1, phrase);
  corps.insertTable(i + 2, lignes);
}

// ---- Document properties and the clock (the same in both add-ons) -------------------------------------

export { aujourdhui, lireProprietes, remplacerProprietes } from '../../commun/serveur/services';
