// Words → physical lines: words whose baselines (or, without one, whose middles) sit within half a
// text height are one line, left to right; a line is cut into segments where the gap between two
// words is wider than a word space (cells of a table row, columns of a page).
import type { MotPlace } from './contrat';
import { joindre } from './texte';
import { maximum, minimum } from './bornes';

/** Text of one line between two wide gaps: a cell, or the whole line of a paragraph. */
export interface Segment {
  texte: string;
  x0: number;
  x1: number;
  mots: MotPlace[];
}

export interface LignePhysique {
  page: number;
  /** 1-based, from the top of its page (set once headers are dropped). */
  numero: number;
  /** Baseline (or the bottom of the text, for OCR words without one). */
  y: number;
  y0: number;
  y1: number;
  taille: number;
  segments: Segment[];
  x0: number;
  x1: number;
  /** Lowest OCR confidence of its words, when they were recognised. */
  confiance?: number;
}

/** Runs closer than this (in em) are one word: kerning, a ligature, a font change inside a word. */
const COLLE = 0.1;
/** Wider than this (in em) is not a word space but a gap between cells (PDF.js itself breaks at 0.6 em). */
export const ENTRE_CELLULES = 0.8;
/** Wider than this (in em) with no space drawn before the word: two cells (PDF words only). */
const SANS_ESPACE = 0.3;
/** A gap wider than this (in em) and half as wide again as the line's word spaces is between two cells. */
const ECART_RELATIF = 0.4;
/** A justified line may stretch its word spaces this wide (in em) and still be one segment. */
const ESPACE_JUSTIFIE = 2;

const base = (m: MotPlace) => m.ligneDeBase ?? m.y1 - 0.2 * (m.y1 - m.y0);
const milieu = (m: MotPlace) => (m.y0 + m.y1) / 2;

function memeLigne(a: MotPlace, b: MotPlace): boolean {
  const taille = Math.min(a.taille, b.taille);
  if (a.ligneDeBase !== undefined && b.ligneDeBase !== undefined) return Math.abs(a.ligneDeBase - b.ligneDeBase) <= 0.5 * taille;
  return Math.abs(milieu(a) - milieu(b)) <= 0.5 * taille;
}

/**
 * A justified line: every gap between its words (glued pieces aside) about as wide as the others,
 * none wider than two em. A table row's gaps are word spaces and, between its cells, much wider ones.
 */
function justifiee(tries: readonly MotPlace[], taille: number): boolean {
  const ecarts = tries
    .slice(1)
    .map((m, i) => m.x0 - tries[i]!.x1)
    .filter((e) => e > COLLE * taille);
  if (ecarts.length < 3) return false;
  const [min, max] = [minimum(ecarts), maximum(ecarts)];
  return max <= ESPACE_JUSTIFIE * taille && max <= 1.3 * min + 0.1 * taille;
}

/**
 * The segments of one line's words, left to right. A gap wider than 0.8 em ends a segment; so does
 * a gap half as wide again as the line's usual word space and wider than 0.4 em (narrow table
 * columns leave little room between cells); in a justified line, only a gap wider than two em.
 */
export function segmenter(mots: readonly MotPlace[], taille: number): Segment[] {
  const tries = [...mots].sort((a, b) => a.x0 - b.x0);
  const justifie = justifiee(tries, taille);
  const ecarts = tries
    .slice(1)
    .map((m, i) => m.x0 - tries[i]!.x1)
    .filter((e) => e > COLLE * taille)
    .sort((a, b) => a - b);
  // The line's usual word space, where the words say where spaces are (PDF); OCR boxes are too
  // loose for it, their gaps are judged in em alone.
  const espace = tries.every((m) => m.apresEspace !== undefined) ? (ecarts[Math.floor((ecarts.length - 1) / 2)] ?? Infinity) : Infinity;
  const coupe = (ecart: number, m: MotPlace) =>
    // A PDF says when no space was drawn: a jump there is a cell or a tab, not a word space.
    (m.apresEspace === false && ecart > SANS_ESPACE * taille) ||
    (justifie ? ecart > ESPACE_JUSTIFIE * taille : ecart > ENTRE_CELLULES * taille || (ecart > ECART_RELATIF * taille && ecart > 1.5 * espace));
  const segments: Segment[] = [];
  for (const m of tries) {
    const dernier = segments[segments.length - 1];
    const ecart = dernier ? m.x0 - dernier.x1 : Infinity;
    if (dernier && !coupe(ecart, m)) {
      dernier.texte = joindre(dernier.texte, m.texte.trim(), ecart > COLLE * taille || m.apresEspace === true);
      dernier.x1 = Math.max(dernier.x1, m.x1);
      dernier.mots.push(m);
    } else segments.push({ texte: m.texte.trim(), x0: m.x0, x1: m.x1, mots: [m] });
  }
  return segments;
}

/** A line of the given words (one line's worth). */
export function ligneDe(page: number, mots: readonly MotPlace[]): LignePhysique {
  const taille = maximum(mots.map((m) => m.taille));
  const segments = segmenter(mots, taille);
  // The baseline of the line's largest words (superscripts sit above it).
  const reference = mots.find((m) => m.taille === taille) ?? mots[0]!;
  const confiances = mots.map((m) => m.confiance).filter((c): c is number => c !== undefined);
  return {
    page,
    numero: 0,
    y: base(reference),
    y0: minimum(mots.map((m) => m.y0)),
    y1: maximum(mots.map((m) => m.y1)),
    taille,
    segments,
    x0: segments[0]!.x0,
    x1: maximum(segments.map((s) => s.x1)),
    ...(confiances.length ? { confiance: minimum(confiances) } : {}),
  };
}

/** Groups words into physical lines, top to bottom. */
export function lignesPhysiques(page: number, mots: readonly MotPlace[]): LignePhysique[] {
  const tries = mots.filter((m) => m.texte.trim() !== '').sort((a, b) => base(a) - base(b) || a.x0 - b.x0);
  const groupes: MotPlace[][] = [];
  for (const m of tries) {
    const groupe = groupes[groupes.length - 1];
    if (groupe && memeLigne(groupe[0]!, m)) groupe.push(m);
    else groupes.push([m]);
  }
  return groupes.map((g) => ligneDe(page, g)).sort((a, b) => a.y - b.y);
}

/** A line's text: its segments with a space between them. */
export const texteLigne = (l: LignePhysique): string => l.segments.map((s) => s.texte).join(' ');
