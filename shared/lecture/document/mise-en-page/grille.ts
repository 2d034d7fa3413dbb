// Tables drawn with ruling lines: horizontal and vertical rules that cross each other make a grid,
// each box of the grid is a cell, and every word inside a box is that cell's text, however many
// lines it wraps over; a row is the space between two rules, however tall. A rule that does not run
// along a box's edge joins the two boxes (a merged cell). Rules that cross no other rule (an
// underline, a separator) make no table; horizontal rules of one width with no vertical rule make
// the rows of a table whose columns are found from the alignment of its words (alignement.ts).
import type { MotPlace, Trait } from './contrat';
import { maximum, minimum } from './bornes';

export interface Grille {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Row edges, top to bottom (rows + 1 of them). */
  ys: number[];
  /** Column edges, left to right; empty when only horizontal rules were drawn. */
  xs: number[];
  horizontaux: Trait[];
  verticaux: Trait[];
}

/** Gaps and offsets below this (page units, in text heights) still join two rules. */
const TOLERANCE = 0.35;

function fusionner(traits: Trait[], horizontal: boolean, tol: number): Trait[] {
  const [pos, debut, fin] = horizontal ? (['y0', 'x0', 'x1'] as const) : (['x0', 'y0', 'y1'] as const);
  const tries = [...traits].sort((a, b) => a[pos] - b[pos] || a[debut] - b[debut]);
  const sortie: Trait[] = [];
  for (const t of tries) {
    const meme = sortie.find((s) => Math.abs(s[pos] - t[pos]) <= tol && t[debut] <= s[fin] + tol && t[fin] >= s[debut] - tol);
    if (meme) {
      meme[debut] = Math.min(meme[debut], t[debut]);
      meme[fin] = Math.max(meme[fin], t[fin]);
    } else sortie.push({ ...t });
  }
  return sortie;
}

const croise = (h: Trait, v: Trait, tol: number) => v.x0 >= h.x0 - tol && v.x0 <= h.x1 + tol && h.y0 >= v.y0 - tol && h.y0 <= v.y1 + tol;

function regrouper(valeurs: number[], tol: number): number[] {
  const tries = [...valeurs].sort((a, b) => a - b);
  const groupes: number[][] = [];
  for (const v of tries) {
    const g = groupes[groupes.length - 1];
    if (g && v - g[g.length - 1]! <= tol) g.push(v);
    else groupes.push([v]);
  }
  return groupes.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** The page's ruled tables. `taille`: the page's usual text height (tolerances scale with it). */
export function grilles(traits: readonly Trait[], taille: number): Grille[] {
  const tol = Math.max(1, TOLERANCE * taille);
  let hs = fusionner(traits.filter((t) => Math.abs(t.y1 - t.y0) <= Math.abs(t.x1 - t.x0)).map((t) => ({ ...t, y1: t.y0 })), true, tol);
  let vs = fusionner(traits.filter((t) => Math.abs(t.y1 - t.y0) > Math.abs(t.x1 - t.x0)).map((t) => ({ ...t, x1: t.x0 })), false, tol);
  // A rule of a grid crosses two rules of the other direction at least (an underline crosses none).
  for (let passe = 0; passe < 3; passe++) {
    const h2 = hs.filter((h) => vs.filter((v) => croise(h, v, tol)).length >= 2);
    const v2 = vs.filter((v) => h2.filter((h) => croise(h, v, tol)).length >= 2);
    if (h2.length === hs.length && v2.length === vs.length) break;
    [hs, vs] = [h2, v2];
  }
  const resultat: Grille[] = [];
  // Connected rules: one grid each.
  const parent = hs.map((_, i) => i);
  const racine = (i: number): number => (parent[i] === i ? i : (parent[i] = racine(parent[i]!)));
  for (const v of vs) {
    const touches = hs.map((h, i) => (croise(h, v, tol) ? i : -1)).filter((i) => i >= 0);
    for (const i of touches.slice(1)) parent[racine(i)] = racine(touches[0]!);
  }
  const composantes = new Map<number, Trait[]>();
  hs.forEach((h, i) => {
    const r = racine(i);
    const liste = composantes.get(r);
    if (liste) liste.push(h);
    else composantes.set(r, [h]);
  });
  for (const horizontaux of composantes.values()) {
    const verticaux = vs.filter((v) => horizontaux.some((h) => croise(h, v, tol)));
    const ys = regrouper(horizontaux.map((h) => h.y0), tol);
    const xs = regrouper(verticaux.map((v) => v.x0), tol);
    // A row cut by a page break has no rule on its cut side: its vertical rules still bound it.
    const [haut, bas] = [minimum(verticaux.map((v) => v.y0)), maximum(verticaux.map((v) => v.y1))];
    if (ys.length && haut < ys[0]! - 2 * tol) ys.unshift(haut);
    if (ys.length && bas > ys[ys.length - 1]! + 2 * tol) ys.push(bas);
    if (ys.length < 2 || xs.length < 2) continue;
    resultat.push({ x0: xs[0]!, x1: xs[xs.length - 1]!, y0: ys[0]!, y1: ys[ys.length - 1]!, ys, xs, horizontaux, verticaux });
  }
  // Horizontal rules alone, of one width, one under the other: the rows of a table without columns drawn.
  const libres = fusionner(traits.filter((t) => Math.abs(t.y1 - t.y0) <= Math.abs(t.x1 - t.x0)).map((t) => ({ ...t, y1: t.y0 })), true, tol).filter(
    (h) => !resultat.some((g) => h.y0 >= g.y0 - tol && h.y0 <= g.y1 + tol && h.x0 <= g.x1 && h.x1 >= g.x0),
  );
  const parLargeur = new Map<string, Trait[]>();
  for (const h of libres) {
    const cle = `${Math.round(h.x0 / tol)}:${Math.round(h.x1 / tol)}`;
    const liste = parLargeur.get(cle);
    if (liste) liste.push(h);
    else parLargeur.set(cle, [h]);
  }
  for (const liste of parLargeur.values()) {
    if (liste.length < 3 || liste[0]!.x1 - liste[0]!.x0 < 10 * taille) continue;
    const ys = regrouper(liste.map((h) => h.y0), tol);
    // Consecutive rules, a few lines apart at most: a table's rows, not separators between sections.
    let debut = 0;
    for (let i = 1; i <= ys.length; i++) {
      if (i < ys.length && ys[i]! - ys[i - 1]! <= 8 * taille) continue;
      const morceau = ys.slice(debut, i);
      if (morceau.length >= 3) {
        resultat.push({ x0: liste[0]!.x0, x1: liste[0]!.x1, y0: morceau[0]!, y1: morceau[morceau.length - 1]!, ys: morceau, xs: [], horizontaux: liste, verticaux: [] });
      }
      debut = i;
    }
  }
  return resultat;
}

const centre = (m: MotPlace): [number, number] => [(m.x0 + m.x1) / 2, (m.y0 + m.y1) / 2];

/** Whether a word lies inside the grid (its middle). */
export function dansGrille(g: Grille, m: MotPlace): boolean {
  const [x, y] = centre(m);
  return x >= g.x0 && x <= g.x1 && y >= g.y0 && y <= g.y1;
}

/** Index of the interval of `bords` (sorted edges) that holds `v`. */
function intervalle(bords: readonly number[], v: number): number {
  let k = 0;
  while (k < bords.length - 2 && v > bords[k + 1]!) k++;
  return k;
}

/** Whether a vertical rule runs along column edge `c` of row `r` (else the two boxes are one cell). */
export function cloison(g: Grille, r: number, c: number, taille: number): boolean {
  const tol = Math.max(1, TOLERANCE * taille);
  const [x, y0, y1] = [g.xs[c]!, g.ys[r]!, g.ys[r + 1]!];
  return g.verticaux.some((v) => Math.abs(v.x0 - x) <= tol && v.y0 <= y0 + (y1 - y0) * 0.3 && v.y1 >= y1 - (y1 - y0) * 0.3);
}

/**
 * The words of each box of a full grid: `[row][column]`. A box whose left edge has no vertical
 * rule along it belongs to the box on its left (a cell spanning columns): its words go there.
 */
export function motsParCellule(g: Grille, mots: readonly MotPlace[], taille: number): MotPlace[][][] {
  const cellules = g.ys.slice(1).map(() => g.xs.slice(1).map((): MotPlace[] => []));
  for (const m of mots) {
    const [x, y] = centre(m);
    const r = intervalle(g.ys, y);
    let c = intervalle(g.xs, x);
    while (c > 0 && !cloison(g, r, c, taille)) c--;
    cellules[r]![c]!.push(m);
  }
  return cellules;
}
