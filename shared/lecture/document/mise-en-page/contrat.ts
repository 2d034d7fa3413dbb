// The layout engine's contract: positioned words of every page in, the document's lines out. The
// words come from PDF.js (pdf.ts, in points) or from an OCR engine (in pixels); the engine does not
// care which, so a PDF and its scan read the same way. Keep these names stable: both sources code
// against them.
import type { Constat } from '../../../model';
import type { LigneDocument } from '../types';

/** A word or a run of glyphs on a page, in page units (PDF points, or pixels for a scan), y going down from the top. */
export interface MotPlace {
  texte: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Baseline, if known. */
  ligneDeBase?: number;
  /** Font size / text height. */
  taille: number;
  /** 0–100, OCR only. */
  confiance?: number;
  /**
   * PDF only: whether a word space comes right before this word on its line (a space glyph, or a
   * jump inside one text run); false says a jump with no space was drawn (a table's next cell, a
   * tab). Absent: not known (OCR).
   */
  apresEspace?: boolean;
}

/** A ruling line (a thin filled rectangle or a stroked segment), horizontal or vertical. */
export interface Trait {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PagePlacee {
  numero: number;
  largeur: number;
  hauteur: number;
  mots: MotPlace[];
  traits: Trait[];
}

export interface DocumentMisEnPage {
  lignes: LigneDocument[];
  constats: Constat[];
}
