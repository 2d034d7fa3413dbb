// Words → physical lines: words whose baselines (or, without one, whose middles) sit within half a
// text height are one line, left to right; a line is cut into segments where the gap between two
// words is wider than a word space (cells of a table row, columns of a page).
import type { MotPlace } from './contrat';
import { joindre } from './texte';

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
/** After a drawn space, a justified line may stretch it this wide (in em) and still be one segment. */
const ESPACE_JUSTIFIE = 2;

const base = (m: MotPlace) => m.ligneDeBase ?? m.y1 - 0.2 * (m.y1 - m.y0);
const milieu = (m: MotPlace) => (m.y0 + m.y1) / 2;

function memeLigne(a: MotPlace, b: MotPlace): boolean {
  const taille = Math.min(a.taille, b.taille);
  if (a.ligneDeBase !== undefined && b.ligneDeBase !== undefined) return Math.abs(a.ligneDeBase - b.ligneDeBase) <= 0.5 * taille;
  return Math.abs(milieu(a) - milieu(b)) <= 0.5 * taille;
}

/** The segments of one line's words, left to right. */
export function segmenter(mots: readonly MotPlace[], taille: number): Segment[] {
  const tries = [...mots].sort((a, b) => a.x0 - b.x0);
  const segments: Segment[] = [];
  for (const m of tries) {
    const dernier = segments[segments.length - 1];
    const ecart = dernier ? m.x0 - dernier.x1 : Infinity;
    const limite = (m.apresEspace ? ESPACE_JUSTIFIE : ENTRE_CELLULES) * taille;
    if (dernier && ecart <= limite) {
      dernier.texte = joindre(dernier.texte, m.texte.trim(), ecart > COLLE * taille || m.apresEspace === true);
      dernier.x1 = Math.max(dernier.x1, m.x1);
      dernier.mots.push(m);
    } else segments.push({ texte: m.texte.trim(), x0: m.x0, x1: m.x1, mots: [m] });
  }
  return segments;
}

/** A line of the given words (one line's worth). */
export function ligneDe(page: number, mots: readonly MotPlace[]): LignePhysique {
  const taille = Math.max(...mots.map((m) => m.taille));
  const segments = segmenter(mots, taille);
  // The baseline of the line's largest words (superscripts sit above it).
  const reference = mots.find((m) => m.taille === taille) ?? mots[0]!;
  const confiances = mots.map((m) => m.confiance).filter((c): c is number => c !== undefined);
  return {
    page,
    numero: 0,
    y: base(reference),
    y0: Math.min(...mots.map((m) => m.y0)),
    y1: Math.max(...mots.map((m) => m.y1)),
    taille,
    segments,
    x0: segments[0]!.x0,
    x1: Math.max(...segments.map((s) => s.x1)),
    ...(confiances.length ? { confiance: Math.min(...confiances) } : {}),
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
