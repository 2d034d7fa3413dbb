// The text a Google Doc gives the convention reader, built without Apps Script from what the adapter
// read in a few calls: the body's text (Body.getText(): every paragraph — list items and table cells'
// paragraphs included — in body order, one per line) and, for each table, its text and its size. Each
// table row becomes one line of tab-separated cells, as in the seeds' text; every line keeps its place
// in the body's text (offsets for marks, paragraph index for selection).

/** What the adapter read of one table. */
export interface TableLue {
  /** Table.getText(): its cells' paragraphs, one per line, row by row. */
  texte: string;
  lignes: number;
  /** Cells of the first row (Docs tables are rectangular). */
  colonnes: number;
  /** Each cell's text (TableCell.getText()), read only when a cell holds several paragraphs. */
  cellules?: string[][];
}

/** One line of the reader's text. */
export interface LigneDocs {
  /** Offsets in the body's text, `fin` exclusive (`debut === fin` for an empty line). */
  debut: number;
  fin: number;
  /** Index of its first paragraph in Body.getParagraphs() (= its first line in the body's text). */
  paragraphe: number;
  /** True for a table row. */
  tableau: boolean;
}

export interface TexteDocs {
  /** The text read: one line per paragraph, one per table row (cells separated by tabs). */
  texte: string;
  lignes: LigneDocs[];
  tableaux: number;
}

export type LectureDocs = { ok: true; texte: TexteDocs } | { ok: false; raison: string };

/**
 * Characters that would start a new line for the reader but are not a paragraph's end in Docs (a soft
 * line break, a page or section break): a space each, so that lines and offsets stay aligned.
 */
const SAUTS_INTERNES = /[\r\u000b\u000c\u2028\u2029]/g;

function propre(ligne: string): string {
  return ligne.replace(SAUTS_INTERNES, ' ');
}

/**
 * Assembles the reader's text. Fails (never throws) when a table's text is not found where the body's
 * text should hold it: the adapter then reads the document element by element.
 */
export function assemblerTexte(texteCorps: string, tables: readonly TableLue[]): LectureDocs {
  const corps = texteCorps.split('\n');
  const debuts: number[] = [];
  let o = 0;
  for (const l of corps) {
    debuts.push(o);
    o += l.length + 1;
  }
  const finDe = (i: number) => debuts[i]! + corps[i]!.length;
  const lignes: LigneDocs[] = [];
  const textes: string[] = [];
  const paragraphes = (de: number, a: number) => {
    for (let i = de; i < a; i++) {
      lignes.push({ debut: debuts[i]!, fin: finDe(i), paragraphe: i, tableau: false });
      textes.push(propre(corps[i]!));
    }
  };

  let curseur = 0;
  let tableaux = 0;
  const lues: Array<{ de: number; a: number }> = [];
  for (const [k, table] of tables.entries()) {
    const bloc = table.texte.split('\n');
    // A table inside a cell of another one: its text is already part of that cell's.
    if (lues.some((z) => trouverBloc(corps, bloc, z.de, z.a) >= 0)) continue;
    const i = trouverBloc(corps, bloc, curseur, corps.length);
    if (i < 0) return { ok: false, raison: `le texte du tableau ${k + 1} n\u2019a pas été retrouvé dans celui du document` };
    paragraphes(curseur, i);
    const rangees = rangeesDe(table, bloc);
    if (!rangees) return { ok: false, raison: `les cellules du tableau ${k + 1} n\u2019ont pas pu être relues` };
    let ligne = i;
    for (const rangee of rangees) {
      const hauteur = rangee.reduce((n, cellule) => n + cellule.length, 0);
      lignes.push({ debut: debuts[ligne]!, fin: finDe(ligne + hauteur - 1), paragraphe: ligne, tableau: true });
      textes.push(rangee.map((cellule) => propre(cellule.join(' '))).join('\t'));
      ligne += hauteur;
    }
    lues.push({ de: i, a: i + bloc.length });
    curseur = i + bloc.length;
    tableaux++;
  }
  paragraphes(curseur, corps.length);
  return { ok: true, texte: { texte: textes.join('\n'), lignes, tableaux } };
}

/** First index ≥ `de` (block ending before `a`) where the body's lines are exactly `bloc`, or -1. */
function trouverBloc(corps: readonly string[], bloc: readonly string[], de: number, a: number): number {
  for (let i = de; i + bloc.length <= a; i++) {
    let j = 0;
    while (j < bloc.length && corps[i + j] === bloc[j]) j++;
    if (j === bloc.length) return i;
  }
  return -1;
}

/**
 * The table's rows, each a list of cells, each cell its paragraphs. When the table has exactly one
 * paragraph per cell, its text cut every `colonnes` lines is the grid; otherwise the cells' own texts
 * say how many paragraphs each holds (null when they were not read or do not add up).
 */
function rangeesDe(table: TableLue, bloc: readonly string[]): string[][][] | null {
  const { lignes, colonnes } = table;
  if (lignes < 1 || colonnes < 1) return null;
  if (!table.cellules && bloc.length === lignes * colonnes) {
    return Array.from({ length: lignes }, (_, r) => Array.from({ length: colonnes }, (_2, c) => [bloc[r * colonnes + c]!]));
  }
  if (!table.cellules || table.cellules.length !== lignes) return null;
  const rangees = table.cellules.map((rangee) => rangee.map((cellule) => cellule.split('\n')));
  const total = rangees.reduce((n, r) => n + r.reduce((m, c) => m + c.length, 0), 0);
  return total === bloc.length ? rangees : null;
}

/** What the adapter read walking the body, when the text could not be assembled as above. */
export type ElementLu = { sorte: 'paragraphe'; texte: string } | { sorte: 'tableau'; cellules: string[][] };

/**
 * The reader's text from a walk of the body's elements (no offsets: marks are not placed then, but the
 * check is the same).
 */
export function texteDesElements(elements: readonly ElementLu[]): string {
  return elements
    .flatMap((e) => (e.sorte === 'paragraphe' ? [propre(e.texte)] : e.cellules.map((r) => r.map((c) => propre(c.replace(/\n/g, ' '))).join('\t'))))
    .join('\n');
}
