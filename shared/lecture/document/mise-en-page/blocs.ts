// Lines in reading order → blocks: paragraphs (lines that follow each other at line spacing, each
// but the last reaching the right edge), and tables found from column alignment when no rule was
// drawn: consecutive lines of several cells whose cells fall in two columns or more. A cell whose
// text wraps over several lines is one cell; rows are told apart by the wider gap above them (cell
// padding), or, in a table without padding, by a line with text in its first column.
import type { ElementPage } from './colonnes';
import { texteLigne, type LignePhysique, type Segment } from './lignes';
import { joindreLignes } from './texte';
import { minimum } from './bornes';

export interface Rangee {
  cellules: string[];
  /** The row's first physical line: where it is on its page. */
  ligne: LignePhysique;
  confiance?: number;
}

export type Bloc =
  | { type: 'paragraphe'; lignes: LignePhysique[]; debutColonne?: boolean; /** Right edge of its column. */ droite?: number }
  /** One entry per table row: its cells (empty strings where a column is blank). */
  | { type: 'tableau'; rangees: Rangee[]; regle: boolean };

/** Plain line spacing, at most, in font sizes (CSS `normal` is about 1.2, Word's single spacing 1.15). */
const INTERLIGNE_MAX = 1.45;
/** Lines close enough to be one block (a paragraph's lines, a table's rows): in font sizes. */
const MEME_BLOC = 1.5;
/** Gap between two rows of one table, at most (row padding and borders): in font sizes. */
const MEME_TABLEAU = 2.6;

const PUCE = /^([-–•●▪◦*]|\d{1,2}[.)°]|[a-z][.)])\s/;

/** Columns of a table: the x-intervals of its cells merged where they overlap, left to right. */
export function colonnesAlignees(lignes: readonly LignePhysique[]): { x0: number; x1: number }[] {
  const intervalles = lignes.flatMap((l) => l.segments.map((s) => ({ x0: s.x0, x1: s.x1 }))).sort((a, b) => a.x0 - b.x0);
  const fusion: { x0: number; x1: number }[] = [];
  for (const i of intervalles) {
    const dernier = fusion[fusion.length - 1];
    if (dernier && i.x0 < dernier.x1 - 0.5) dernier.x1 = Math.max(dernier.x1, i.x1);
    else fusion.push({ ...i });
  }
  return fusion;
}

/** Index of the column a segment falls in (its overlap), the last one when none. */
export function colonneDe(cols: readonly { x0: number; x1: number }[], s: Pick<Segment, 'x0' | 'x1'>): number {
  const c = cols.findIndex((col) => s.x0 < col.x1 - 0.5 && s.x1 > col.x0 + 0.5);
  return c < 0 ? cols.length - 1 : c;
}

const plusBasse = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** Rows of lines already cut into rows (`nouvelle(i)` opens a row at line i), cells placed by column. */
export function rangeesDe(lignes: readonly LignePhysique[], cols: readonly { x0: number; x1: number }[], nouvelle: (i: number) => boolean): Rangee[] {
  const rangees: Rangee[] = [];
  lignes.forEach((ligne, i) => {
    if (i === 0 || nouvelle(i)) rangees.push({ cellules: cols.map(() => ''), ligne });
    const rangee = rangees[rangees.length - 1]!;
    for (const s of ligne.segments) {
      const c = colonneDe(cols, s);
      rangee.cellules[c] = joindreLignes(rangee.cellules[c]!, s.texte);
    }
    const confiance = plusBasse(rangee.confiance, ligne.confiance);
    if (confiance !== undefined) rangee.confiance = confiance;
  });
  return rangees;
}

/**
 * A table's rows. Lines further apart than plain line spacing are each a row (cells of one line);
 * when some cells wrap, a gap wider than the tightest one (cell padding, borders) opens a row; in a
 * table without padding, a line with text in the first column does.
 */
function tableau(lignes: readonly LignePhysique[], cols: readonly { x0: number; x1: number }[]): Extract<Bloc, { type: 'tableau' }> {
  const ecarts = lignes.slice(1).map((l, i) => l.y - lignes[i]!.y);
  const serre = minimum(ecarts);
  const taille = minimum(lignes.map((l) => l.taille));
  const interligne = serre <= INTERLIGNE_MAX * taille;
  const espacees = ecarts.some((e) => e > serre * 1.2);
  if (!interligne) return { type: 'tableau', rangees: rangeesDe(lignes, cols, () => true), regle: false };
  if (espacees) return { type: 'tableau', rangees: rangeesDe(lignes, cols, (i) => ecarts[i - 1]! > serre * 1.2), regle: false };
  // No padding between rows: a line goes on with the row above when each of its cells goes on with
  // the text above it (lower case, an open parenthesis, a word cut by a hyphen).
  const rangees: Rangee[] = [];
  lignes.forEach((ligne, i) => {
    const courante = rangees[rangees.length - 1];
    const suite = courante !== undefined && ligne.segments.every((seg) => continueCellule(courante.cellules[colonneDe(cols, seg)] ?? '', seg.texte));
    const nouvelle = rangeesDe([ligne], cols, () => true)[0]!;
    if (!suite || !courante) rangees.push(nouvelle);
    else {
      courante.cellules = courante.cellules.map((c, k) => joindreLignes(c, nouvelle.cellules[k] ?? ''));
      const confiance = plusBasse(courante.confiance, nouvelle.confiance);
      if (confiance !== undefined) courante.confiance = confiance;
    }
  });
  return { type: 'tableau', rangees, regle: false };
}

/** A line's piece of text goes on with the cell above it (not a new row's first words). */
export function continueCellule(dessus: string, texte: string): boolean {
  if (dessus.trim() === '') return false;
  const ouverte = (dessus.match(/\(/g)?.length ?? 0) > (dessus.match(/\)/g)?.length ?? 0);
  return ouverte || /[-\u2010\u2011]$/.test(dessus.trim()) || /^[\p{Ll}(€),.;:%]/u.test(texte.trim());
}

/** The table starting at line `i`: consecutive lines of several cells, close together, whose cells fall in ≥ 2 columns. */
function tableauEn(lignes: readonly LignePhysique[], i: number): { bloc: Extract<Bloc, { type: 'tableau' }>; fin: number } | null {
  if (lignes[i]!.segments.length < 2) return null;
  let j = i + 1;
  while (j < lignes.length && lignes[j]!.y - lignes[j - 1]!.y <= MEME_TABLEAU * lignes[j]!.taille && lignes[j]!.y > lignes[j - 1]!.y) {
    // A one-cell line stays in the table only as the continuation of a cell (at line spacing).
    if (lignes[j]!.segments.length < 2 && lignes[j]!.y - lignes[j - 1]!.y > MEME_BLOC * lignes[j]!.taille) break;
    j++;
  }
  // A one-cell line that ends the run is not a wrapped cell when it starts where the table does and
  // opens a sentence (prose after the table); « (CP) » or « d'engagement » goes on with its cell.
  while (j > i + 1 && lignes[j - 1]!.segments.length < 2 && lignes[j - 1]!.x0 <= lignes[i]!.x0 + lignes[i]!.taille && !/^[\p{Ll}(]/u.test(lignes[j - 1]!.segments[0]!.texte)) j--;
  const candidat = lignes.slice(i, j);
  const cols = colonnesAlignees(candidat);
  if (candidat.filter((l) => l.segments.length >= 2).length < 2 || cols.length < 2) return null;
  return { bloc: tableau(candidat, cols), fin: j };
}

/** Cuts a run of elements (in reading order) into paragraphs and tables. */
export function blocs<T extends Extract<Bloc, { type: 'tableau' }>>(elements: readonly ElementPage<T>[]): Bloc[] {
  const resultat: Bloc[] = [];
  let i = 0;
  while (i < elements.length) {
    const e = elements[i]!;
    if (e.tableau) {
      resultat.push(e.tableau);
      i++;
      continue;
    }
    // The run of lines up to the next table element.
    let fin = i;
    while (fin < elements.length && elements[fin]!.ligne) fin++;
    const lignes = elements.slice(i, fin).map((x) => x.ligne!);
    const droites = elements.slice(i, fin).map((x) => x.droite ?? Infinity);
    const debuts = elements.slice(i, fin).map((x) => x.debutColonne === true);
    let k = 0;
    while (k < lignes.length) {
      // A table never runs from one column into the next.
      const coupure = debuts.indexOf(true, k + 1);
      const t = tableauEn(coupure < 0 ? lignes : lignes.slice(0, coupure), k);
      if (t) {
        resultat.push(t.bloc);
        k = t.fin;
        continue;
      }
      const paragraphe: Extract<Bloc, { type: 'paragraphe' }> = { type: 'paragraphe', lignes: [lignes[k]!], ...(debuts[k] ? { debutColonne: true } : {}) };
      while (k + 1 < lignes.length && !debuts[k + 1]) {
        const [a, b] = [lignes[k]!, lignes[k + 1]!];
        // A paragraph: the next line follows at line spacing, this one reaches the right edge (no hard break),
        // and the next one is neither a list item, a bigger heading nor a table.
        const suit = b.y - a.y > 0 && b.y - a.y <= MEME_BLOC * Math.max(a.taille, b.taille) && Math.abs(a.taille - b.taille) < 0.5;
        if (!suit || !pleine(a, b, droites[k]!) || PUCE.test(b.segments[0]!.texte) || tableauEn(lignes, k + 1)) break;
        paragraphe.lignes.push(b);
        k++;
      }
      if (Number.isFinite(droites[k])) paragraphe.droite = droites[k]!;
      resultat.push(rangeeSeule(paragraphe) ?? paragraphe);
      k++;
    }
    i = fin;
  }
  return resultat;
}

const MARQUE = /^(?:article|art\.?|chapitre|titre|annexe|[-–•●▪◦*»]|\d{1,3}(?:[.)°]|er)?|[ivx]{1,4}[.)]?|[a-z][.)])$/i;

/**
 * A line alone whose pieces stand apart (« Centre de coûts      DGCSNUM075 », a key–value row cut off
 * from its table by a page break) is a row of cells, not a sentence; a list item or a numbered
 * heading (« 1.    Objet ») stays a line.
 */
function rangeeSeule(p: Extract<Bloc, { type: 'paragraphe' }>): Extract<Bloc, { type: 'tableau' }> | null {
  const ligne = p.lignes[0]!;
  if (p.lignes.length !== 1 || ligne.segments.length < 2 || MARQUE.test(ligne.segments[0]!.texte.trim())) return null;
  if (!/\p{L}{2}/u.test(ligne.segments[0]!.texte)) return null;
  const rangee: Rangee = { cellules: ligne.segments.map((s) => s.texte), ligne, ...(ligne.confiance !== undefined ? { confiance: ligne.confiance } : {}) };
  return { type: 'tableau', rangees: [rangee], regle: false };
}

/** No hard break after `a`: the next line's first word would not have fitted at its end. */
export function pleine(a: LignePhysique, b: LignePhysique, droite: number): boolean {
  const premier = b.segments[0]!;
  const mot = /^\S+/.exec(premier.texte)?.[0] ?? '';
  const largeurMot = ((premier.x1 - premier.x0) / Math.max(1, premier.texte.length)) * (mot.length + 1);
  return a.x1 + largeurMot >= droite - a.taille;
}

/** A paragraph's text: its lines (their cells as spaces) joined. */
export function texteParagraphe(lignes: readonly LignePhysique[], joindre: (a: string, b: string) => string = joindreLignes): string {
  return lignes.map(texteLigne).reduce(joindre, '');
}
