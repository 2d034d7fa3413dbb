// Rebuilds a page's text from where its glyph runs sit: physical lines from baselines, cells from
// wide horizontal gaps, tables from cells that line up in columns over several lines, paragraphs
// from lines that follow each other at line spacing. Pure geometry: PDF.js (pdf.ts) gives the runs.

/** A run of glyphs as PDF.js reports it, in points, y going down from the top of the page. */
export interface Fragment {
  texte: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  largeur: number;
  /** Font size in points. */
  taille: number;
}

export interface PageFragments {
  numero: number;
  largeur: number;
  hauteur: number;
  fragments: Fragment[];
}

/** Text of one line between two wide gaps: a cell, or the whole line of a paragraph. */
export interface Segment {
  texte: string;
  x0: number;
  x1: number;
}

export interface LignePhysique {
  page: number;
  /** 1-based, from the top of its page. */
  numero: number;
  y: number;
  taille: number;
  segments: Segment[];
  x0: number;
  x1: number;
}

export type Bloc =
  | { type: 'paragraphe'; lignes: LignePhysique[] }
  /** One entry per table row: its cells (empty strings where a column is blank) and its first line. */
  | { type: 'tableau'; rangees: { cellules: string[]; ligne: LignePhysique }[] };

/** Runs closer than this (in em) are one word: kerning, a ligature, a font change inside a word. */
const COLLE = 0.1;
/** Wider than this (in em) is not a word space but a gap between cells (PDF.js itself breaks at 0.6 em). */
const ENTRE_CELLULES = 0.8;

/** Joins two pieces of one line or one cell: no space after a word-final hyphen or before closing marks. */
export function joindre(a: string, b: string, espace: boolean): string {
  if (a === '') return b;
  if (b === '') return a;
  if (!espace || /\s$/.test(a) || /^\s/.test(b)) return a + b;
  return `${a} ${b}`;
}

/** Groups runs into physical lines (baselines within half a font size), left to right. */
export function lignesPhysiques(page: PageFragments): LignePhysique[] {
  const fragments = page.fragments.filter((f) => f.texte.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const groupes: Fragment[][] = [];
  for (const f of fragments) {
    const groupe = groupes[groupes.length - 1];
    const reference = groupe?.[0];
    if (groupe && reference && Math.abs(f.y - reference.y) <= 0.5 * Math.min(f.taille, reference.taille)) groupe.push(f);
    else groupes.push([f]);
  }
  return groupes.map((groupe, i) => {
    groupe.sort((a, b) => a.x - b.x);
    const taille = Math.max(...groupe.map((f) => f.taille));
    const segments: Segment[] = [];
    for (const f of groupe) {
      const dernier = segments[segments.length - 1];
      const ecart = dernier ? f.x - dernier.x1 : Infinity;
      if (dernier && ecart <= ENTRE_CELLULES * taille) {
        dernier.texte = joindre(dernier.texte, f.texte.trim(), ecart > COLLE * taille);
        dernier.x1 = Math.max(dernier.x1, f.x + f.largeur);
      } else {
        segments.push({ texte: f.texte.trim(), x0: f.x, x1: f.x + f.largeur });
      }
    }
    // The baseline of the line's largest run (superscripts sit above it).
    const y = groupe.find((f) => f.taille === taille)?.y ?? groupe[0]!.y;
    return { page: page.numero, numero: i + 1, y, taille, segments, x0: segments[0]!.x0, x1: segments[segments.length - 1]!.x1 };
  });
}

/** Columns of a table: the x-intervals of its cells merged where they overlap, left to right. */
function colonnes(lignes: readonly LignePhysique[]): { x0: number; x1: number }[] {
  const intervalles = lignes.flatMap((l) => l.segments.map((s) => ({ x0: s.x0, x1: s.x1 }))).sort((a, b) => a.x0 - b.x0);
  const fusion: { x0: number; x1: number }[] = [];
  for (const i of intervalles) {
    const dernier = fusion[fusion.length - 1];
    if (dernier && i.x0 < dernier.x1 - 0.5) dernier.x1 = Math.max(dernier.x1, i.x1);
    else fusion.push({ ...i });
  }
  return fusion;
}

/**
 * A table's rows. Lines further apart than plain line spacing are each a row (cells of one line);
 * when some cells wrap, a gap wider than the tightest one (cell padding, borders) opens a row; in a
 * table without padding, a line with text in the first column does.
 */
function tableau(lignes: readonly LignePhysique[], cols: readonly { x0: number; x1: number }[]): Extract<Bloc, { type: 'tableau' }> {
  const ecarts = lignes.slice(1).map((l, i) => l.y - lignes[i]!.y);
  const serre = Math.min(...ecarts);
  const taille = Math.min(...lignes.map((l) => l.taille));
  const interligne = serre <= INTERLIGNE_MAX * taille;
  const espacees = ecarts.some((e) => e > serre * 1.2);
  const rangees: { cellules: string[]; ligne: LignePhysique }[] = [];
  const colonneDe = (s: Segment) => {
    const c = cols.findIndex((col) => s.x0 < col.x1 - 0.5 && s.x1 > col.x0 + 0.5);
    return c < 0 ? cols.length - 1 : c;
  };
  lignes.forEach((ligne, i) => {
    const ecart = ecarts[i - 1] ?? Infinity;
    const nouvelle = i === 0 || !interligne || (espacees ? ecart > serre * 1.2 : colonneDe(ligne.segments[0]!) === 0);
    if (nouvelle) rangees.push({ cellules: cols.map(() => ''), ligne });
    const rangee = rangees[rangees.length - 1]!;
    for (const s of ligne.segments) {
      const c = colonneDe(s);
      rangee.cellules[c] = joindreLignes(rangee.cellules[c]!, s.texte);
    }
  });
  return { type: 'tableau', rangees };
}

/**
 * Joins two lines of one paragraph or one cell: after a hyphen glued to a word (`0214-CEN2-` /
 * `LGAC`, `sous-` / `traitant`) without a space, otherwise with one (`1` / `500 000 €`).
 * A soft hyphen (U+00AD) ending a line marks a hyphenated word: it goes.
 */
export function joindreLignes(a: string, b: string): string {
  if (a === '') return b;
  if (/\u00ad$/.test(a)) return a.slice(0, -1) + b;
  if (/\S[-\u2010\u2011]$/.test(a)) return a + b;
  return joindre(a, b, true);
}

/** Plain line spacing, at most, in font sizes (CSS `normal` is about 1.2, Word's single spacing 1.15). */
const INTERLIGNE_MAX = 1.45;
/** Lines close enough to be one block (a paragraph's lines, a table's rows): in font sizes. */
const MEME_BLOC = 1.5;
/** Gap between two rows of one table, at most (row padding and borders): in font sizes. */
const MEME_TABLEAU = 2.6;

const PUCE = /^([-–•●▪◦*]|\d{1,2}[.)°]|[a-z][.)])\s/;

/** The table starting at line `i`: consecutive lines of several cells, close together, whose cells fall in ≥ 2 columns. */
function tableauEn(lignes: readonly LignePhysique[], i: number): { bloc: Extract<Bloc, { type: 'tableau' }>; fin: number } | null {
  if (lignes[i]!.segments.length < 2) return null;
  let j = i + 1;
  while (j < lignes.length && lignes[j]!.y - lignes[j - 1]!.y <= MEME_TABLEAU * lignes[j]!.taille) {
    // A one-cell line stays in the table only as the continuation of a cell (at line spacing).
    if (lignes[j]!.segments.length < 2 && lignes[j]!.y - lignes[j - 1]!.y > MEME_BLOC * lignes[j]!.taille) break;
    j++;
  }
  const candidat = lignes.slice(i, j);
  const cols = colonnes(candidat);
  if (candidat.filter((l) => l.segments.length >= 2).length < 2 || cols.length < 2) return null;
  return { bloc: tableau(candidat, cols), fin: j };
}

/** Cuts a page's lines into paragraphs and tables. `droite`: the right edge of the text (a full line reaches it). */
export function blocs(lignes: readonly LignePhysique[], droite: number): Bloc[] {
  const resultat: Bloc[] = [];
  let i = 0;
  while (i < lignes.length) {
    const t = tableauEn(lignes, i);
    if (t) {
      resultat.push(t.bloc);
      i = t.fin;
      continue;
    }
    // A paragraph: the next line follows at line spacing, this one reaches the right edge (no hard break),
    // and the next one is neither a list item, a bigger heading nor a table.
    const paragraphe = [lignes[i]!];
    while (i + 1 < lignes.length) {
      const a = lignes[i]!;
      const b = lignes[i + 1]!;
      const suit = b.y - a.y <= MEME_BLOC * Math.max(a.taille, b.taille) && Math.abs(a.taille - b.taille) < 0.5;
      // No hard break: the next line's first word would not have fitted at the end of this one.
      const premier = b.segments[0]!;
      const mot = /^\S+/.exec(premier.texte)?.[0] ?? '';
      const largeurMot = ((premier.x1 - premier.x0) / Math.max(1, premier.texte.length)) * (mot.length + 1);
      const pleine = a.x1 + largeurMot >= droite - a.taille;
      if (!suit || !pleine || PUCE.test(b.segments[0]!.texte) || tableauEn(lignes, i + 1)) break;
      paragraphe.push(b);
      i++;
    }
    resultat.push({ type: 'paragraphe', lignes: paragraphe });
    i++;
  }
  return resultat;
}

/** A paragraph's text: its lines (their cells as spaces) joined. */
export function texteParagraphe(lignes: readonly LignePhysique[]): string {
  return lignes.map((l) => l.segments.map((s) => s.texte).join(' ')).reduce(joindreLignes, '');
}
