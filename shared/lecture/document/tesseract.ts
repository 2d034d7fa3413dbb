// What both OCR adapters (the Node CLI's, the extension page's) share around a tesseract.js
// worker: the page handed over as a greyscale PGM (Leptonica reads it, no canvas or PNG encoder
// needed), the recognition settings, the words brought back with their boxes, and the stop: a
// page that outlasts the document's time limit ends its worker (the next page starts another).
// The worker itself is created by each front, with its own local paths: `shared/` never loads
// tesseract.js.
import { pgm } from './scan/image';
import type { LecteurOcr, LigneReconnue } from './types';

interface BoiteTesseract {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The shape of tesseract.js's `recognize` result used here (blocks → paragraphs → lines → words). */
export interface PageTesseract {
  blocks?: {
    paragraphs: {
      lines: {
        words: { text: string; confidence: number; bbox: BoiteTesseract }[];
        baseline?: BoiteTesseract;
        rowAttributes?: { rowHeight?: number };
      }[];
    }[];
  }[] | null;
}

export interface WorkerTesseract {
  recognize(image: Uint8Array, options: object, sorties: { text?: boolean; blocks?: boolean }): Promise<{ data: PageTesseract }>;
}

export interface WorkerTesseractComplet extends WorkerTesseract {
  setParameters(p: object): Promise<unknown>;
  terminate(): Promise<unknown>;
}

/**
 * Sparse text (page segmentation mode 11): with the default mode, whole rows of a bordered table
 * vanished on the scans; sparse keeps every cell and the layout is rebuilt from positions.
 */
export const PARAMETRES_TESSERACT = { tessedit_pageseg_mode: '11', preserve_interword_spaces: '1', debug_file: '/dev/null' } as const;

/** The recognised lines of a page, each word with its box, each line with its baseline and height. */
export function lignesTesseract(page: PageTesseract): LigneReconnue[] {
  return (page.blocks ?? []).flatMap((b) =>
    b.paragraphs.flatMap((p) =>
      p.lines.map((l) => ({
        mots: l.words.map((w) => ({ texte: w.text, confiance: w.confidence, ...w.bbox })),
        ...(l.baseline ? { ligneDeBase: { x0: l.baseline.x0, y0: l.baseline.y0, x1: l.baseline.x1, y1: l.baseline.y1 } } : {}),
        ...(l.rowAttributes?.rowHeight ? { hauteur: l.rowAttributes.rowHeight } : {}),
      })),
    ),
  );
}

/** Thrown when the signal stopped a page: the caller says so in French. */
export class ReconnaissanceInterrompue extends Error {
  constructor() {
    super('reconnaissance interrompue');
  }
}

export interface LecteurOcrArretable extends LecteurOcr {
  /** Ends the worker (if it was started); the next page starts a new one. */
  terminer(): Promise<void>;
}

/**
 * A `LecteurOcr` that starts its worker on the first page only (a batch without a scan never pays
 * for it), with the recognition settings set; `demarrer` is the front's own `createWorker` call.
 */
export function lecteurTesseractDiffere(demarrer: () => Promise<WorkerTesseractComplet>): LecteurOcrArretable {
  let worker: Promise<WorkerTesseractComplet> | undefined;
  const pret = async () => {
    const w = await demarrer();
    await w.setParameters({ ...PARAMETRES_TESSERACT });
    return w;
  };
  const terminer = async (): Promise<void> => {
    const enCours = worker;
    worker = undefined;
    if (enCours) await (await enCours).terminate().catch(() => undefined);
  };
  return {
    async lirePage(image, _page, signal) {
      if (signal?.aborted) throw new ReconnaissanceInterrompue();
      worker ??= pret();
      const w = await worker;
      const reconnaissance = w.recognize(pgm(image), {}, { text: false, blocks: true });
      if (!signal) return { lignes: lignesTesseract((await reconnaissance).data) };
      // The engine cannot be interrupted inside a page: its worker is ended instead.
      let surAbandon: (() => void) | undefined;
      const abandon = new Promise<never>((_, rejeter) => {
        surAbandon = () => {
          void terminer();
          rejeter(new ReconnaissanceInterrompue());
        };
        signal.addEventListener('abort', surAbandon, { once: true });
      });
      try {
        return { lignes: lignesTesseract((await Promise.race([reconnaissance, abandon])).data) };
      } finally {
        signal.removeEventListener('abort', surAbandon!);
        reconnaissance.catch(() => undefined);
      }
    },
    terminer,
  };
}
