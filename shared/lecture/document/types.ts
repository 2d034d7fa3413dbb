// The document layer's contract: bytes of a PDF, a .docx, an .odt or a text file → the text the
// convention reader already reads, each line keeping where it came from. Pure: no Node or DOM
// globals; heavy libraries (PDF.js) are loaded by dynamic import only when a PDF is opened.
import type { Constat } from '../../model';

/** One line of the document's text and where it was read. */
export interface LigneDocument {
  texte: string;
  /** 1-based page (1 for formats without pages: .docx, .odt, text). */
  page: number;
  /** 1-based line number within its page, as laid out (after dropped headers, before nothing else). */
  ligne: number;
  /** OCR confidence of the line, 0–100; absent when the text was not recognised from an image. */
  confiance?: number;
}

export type FormatLu = 'pdf' | 'pdf-scanne' | 'docx' | 'odt' | 'texte';

export interface DocumentLu {
  format: FormatLu;
  /** `lignes.map(l => l.texte).join('\n')`: line i (0-based) of `texte` is `lignes[i]`. */
  texte: string;
  lignes: LigneDocument[];
  pages: number;
  /** Doubts of the layer itself (low OCR confidence, dropped headers, pages without text…). */
  constats: Constat[];
  /** Tracked changes of a .docx or .odt (read in its accepted version): how many, and the 1-based lines of `texte` they touch. */
  modifications?: { nombre: number; lignes: number[] };
}

export type ResultatDocument = { ok: true; document: DocumentLu } | { ok: false; erreur: string };

export interface Progression {
  /** French label of the step (`lecture des pages`, `reconnaissance du texte`…). */
  etape: string;
  fait: number;
  total: number;
}

/** A page rendered as pixels, for the OCR. */
export interface ImagePage {
  largeur: number;
  hauteur: number;
  /** RGBA, `largeur * hauteur * 4` bytes. */
  rgba: Uint8ClampedArray;
}

/** French OCR, injected by the front (the Node CLI or the extension's page): `shared/` never loads it. */
export interface LecteurOcr {
  lirePage(image: ImagePage, page: number): Promise<{ lignes: { texte: string; confiance: number }[] }>;
}

export interface OptionsLecture {
  /** The file's name, for French messages (« Le fichier « x.pdf » est chiffré… »). */
  nom: string;
  surProgression?: (p: Progression) => void;
  signal?: AbortSignal;
  /** Absent: a scanned PDF is refused with a French reason. */
  ocr?: LecteurOcr;
}
