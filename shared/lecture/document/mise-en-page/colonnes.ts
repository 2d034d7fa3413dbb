// Reading order of a page: a page set in two (or three) columns is read column by column, as the eye
// follows it. A run of lines with an empty band down the middle that no line crosses, with prose on
// both sides (lines of several words that fill their side), is a column layout; the same band
// beside short labels and amounts is a table, read row by row (alignement.ts).
import { ligneDe, type LignePhysique } from './lignes';
import { maximum, minimum } from './bornes';

/** What the page holds, in reading order: lines, and tables already rebuilt from their rules. */
export interface ElementPage<T = unknown> {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  ligne?: LignePhysique;
  tableau?: T;
  /** Right edge of the text this element belongs to (its column's, or the page's). */
  droite?: number;
  /** First element of a column after the first one: a paragraph may go on from the previous column. */
  debutColonne?: boolean;
}

/** An empty band narrower than this (in text heights) is a word space, not a gutter. */
const GOUTTIERE_MIN = 0.8;
/** Lines on each side, at least, for a column layout. */
const LIGNES_MIN = 3;

interface Bande {
  x0: number;
  x1: number;
}

/** The x-intervals an element covers (each segment of a line; a table's whole width). */
const intervalles = (e: ElementPage): Bande[] => (e.ligne ? e.ligne.segments.map((s) => ({ x0: s.x0, x1: s.x1 })) : [{ x0: e.x0, x1: e.x1 }]);

/** Free bands between `gauche` and `droite` once the elements' intervals are taken out. */
function bandesLibres(elements: readonly ElementPage[], gauche: number, droite: number, largeurMin: number): Bande[] {
  const pris = elements.flatMap(intervalles).sort((a, b) => a.x0 - b.x0);
  const libres: Bande[] = [];
  let x = gauche;
  for (const p of pris) {
    if (p.x0 - x >= largeurMin) libres.push({ x0: x, x1: p.x0 });
    x = Math.max(x, p.x1);
  }
  if (droite - x >= largeurMin) libres.push({ x0: x, x1: droite });
  return libres.filter((b) => b.x0 > gauche && b.x1 < droite);
}

/** Splits a line at a gutter: its words on each side. */
function couper(e: ElementPage, x: number): [ElementPage | null, ElementPage | null] {
  if (!e.ligne) return e.x1 <= x ? [e, null] : [null, e];
  const mots = e.ligne.segments.flatMap((s) => s.mots);
  const gauche = mots.filter((m) => (m.x0 + m.x1) / 2 < x);
  const droite = mots.filter((m) => (m.x0 + m.x1) / 2 >= x);
  const element = (liste: typeof mots): ElementPage | null => {
    if (!liste.length) return null;
    const ligne = { ...ligneDe(e.ligne!.page, liste), numero: e.ligne!.numero };
    return { ...e, ligne, x0: ligne.x0, x1: ligne.x1 };
  };
  return [element(gauche), element(droite)];
}

const mots = (e: ElementPage) => (e.ligne ? e.ligne.segments.reduce((n, s) => n + s.texte.split(/\s+/).length, 0) : 0);
const mediane = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;

/**
 * Prose: most lines hold several words, fill their side, are one piece (a table's side has cells)
 * and start at the side's left edge (a table's side has columns that start further right).
 */
function prose(cote: readonly ElementPage[], x0: number, x1: number, taille: number): boolean {
  const lignes = cote.filter((e) => e.ligne);
  if (lignes.length < LIGNES_MIN) return false;
  const largeur = x1 - x0;
  const bord = minimum(lignes.map((e) => e.x0));
  const part = (f: (e: ElementPage) => boolean) => lignes.filter(f).length / lignes.length;
  return (
    mediane(lignes.map(mots)) >= 4 &&
    mediane(lignes.map((e) => (e.x1 - e.x0) / largeur)) >= 0.6 &&
    part((e) => e.ligne!.segments.length === 1) >= 0.8 &&
    part((e) => e.x0 <= bord + 2 * taille) >= 0.8
  );
}

/** Lines of the smaller side that share a baseline with a line of the other side (a table's rows do). */
function alignees(g: readonly ElementPage[], d: readonly ElementPage[], taille: number): number {
  const [petit, grand] = g.length <= d.length ? [g, d] : [d, g];
  const lignes = petit.filter((e) => e.ligne);
  if (lignes.length === 0) return 1;
  return lignes.filter((e) => grand.some((f) => f.ligne && Math.abs(f.ligne.y - e.ligne!.y) <= 0.3 * taille)).length / lignes.length;
}

/**
 * Two columns of text, not a table: prose on both sides; or, when the sides keep lines of their own
 * (their baselines rarely meet, as a table's rows do), sentences on one side and three lines or more
 * on each (a column that holds a table, short paragraphs).
 */
function colonnesDeProse(g: readonly ElementPage[], d: readonly ElementPage[], gauche: number, bande: Bande, droite: number, taille: number): boolean {
  const [pg, pd] = [prose(g, gauche, bande.x0, taille), prose(d, bande.x1, droite, taille)];
  if (pg && pd) return true;
  const lignes = (c: readonly ElementPage[]) => c.filter((e) => e.ligne).length;
  // Sentences: most lines of several words, each one piece.
  const phrases = (c: readonly ElementPage[]) =>
    c.filter((e) => e.ligne && mots(e) >= 4).length >= 0.5 * lignes(c) && c.filter((e) => e.ligne?.segments.length === 1).length >= 0.8 * lignes(c);
  return lignes(g) >= LIGNES_MIN && lignes(d) >= LIGNES_MIN && (phrases(g) || phrases(d)) && alignees(g, d, taille) < 0.5;
}

/** Right edge of a run of lines: where most of its full lines end. */
function bordDroit(elements: readonly ElementPage[], defaut: number): number {
  const fins = elements.filter((e) => e.ligne && e.ligne.segments.length === 1).map((e) => e.x1).sort((a, b) => a - b);
  return fins.length < 3 ? defaut : fins[Math.floor((fins.length - 1) * 0.9)]!;
}

/**
 * The page's elements in reading order. Elements come sorted top to bottom; a run of them with a
 * gutter comes out left column first, then the right one (each read the same way, for three
 * columns). `taille`: the page's usual text height.
 */
export function ordonner<T>(elements: readonly ElementPage<T>[], taille: number, profondeur = 0): ElementPage<T>[] {
  const sortie: ElementPage<T>[] = [];
  const gauche = minimum(elements.map((e) => e.x0));
  const droite = maximum(elements.map((e) => e.x1));
  const droitePage = bordDroit(elements, droite);
  const largeurMin = GOUTTIERE_MIN * taille;
  // The gutter is in the middle part of the text, not a wide indent or a ragged right edge.
  const milieu = (b: Bande) => b.x0 >= gauche + 0.2 * (droite - gauche) && b.x1 <= droite - 0.2 * (droite - gauche);
  let i = 0;
  while (i < elements.length) {
    let fin = i + 1;
    let bande: Bande | undefined;
    if (profondeur < 2) {
      // The longest run from here that keeps a free band in the middle; then, is it prose on both sides?
      let candidate: Bande | undefined;
      let j = i + 2;
      for (; j <= elements.length; j++) {
        const libre = bandesLibres(elements.slice(i, j), gauche, droite, largeurMin).filter(milieu);
        if (!libre.length) break;
        candidate = libre.reduce((a, b) => (b.x1 - b.x0 > a.x1 - a.x0 ? b : a));
      }
      if (candidate) {
        const x = (candidate.x0 + candidate.x1) / 2;
        const parts = elements.slice(i, j - 1).map((e) => couper(e, x));
        const [g, d] = [parts.map((p) => p[0]).filter((e) => e !== null), parts.map((p) => p[1]).filter((e) => e !== null)];
        if (colonnesDeProse(g, d, gauche, candidate, droite, taille)) [fin, bande] = [j - 1, candidate];
      }
    }
    if (!bande) {
      const e = elements[i]!;
      sortie.push(e.ligne ? { ...e, droite: e.droite ?? droitePage } : e);
      i++;
      continue;
    }
    const x = (bande.x0 + bande.x1) / 2;
    const parts = elements.slice(i, fin).map((e) => couper(e, x));
    const g = parts.map((p) => p[0]).filter((e): e is ElementPage<T> => e !== null);
    const d = parts.map((p) => p[1]).filter((e): e is ElementPage<T> => e !== null);
    const [lg, ld] = [ordonner(g, taille, profondeur + 1), ordonner(d, taille, profondeur + 1)];
    const [dg, dd] = [bordDroit(g, bande.x0), bordDroit(d, droite)];
    sortie.push(...lg.map((e) => (e.ligne ? { ...e, droite: dg } : e)));
    sortie.push(...ld.map((e, k) => ({ ...(e.ligne ? { ...e, droite: dd } : e), ...(k === 0 ? { debutColonne: true } : {}) })));
    i = fin;
  }
  return sortie;
}
