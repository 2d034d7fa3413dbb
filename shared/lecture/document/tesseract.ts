// What both OCR adapters (the Node CLI's, the extension page's) share around a tesseract.js
// worker: the page handed over as a greyscale PNM (Leptonica reads it, no canvas or PNG encoder
// needed), the recognition settings, and the words brought back into laid-out lines. The worker
// itself is created by each front, with its own local paths: `shared/` never loads tesseract.js.
import { lignesOcr, type SegmentOcr } from './mise-en-page-ocr';
import type { ImagePage, LecteurOcr } from './types';

/** The shape of tesseract.js's `recognize` result used here (blocks → paragraphs → lines → words). */
export interface PageTesseract {
  blocks?: {
    paragraphs: { lines: { words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[] }[];
  }[] | null;
}

export interface WorkerTesseract {
  recognize(image: Uint8Array, options: object, sorties: { text?: boolean; blocks?: boolean }): Promise<{ data: PageTesseract }>;
}

/**
 * Sparse text (page segmentation mode 11): with the default mode, whole rows of a bordered table
 * vanished on the scans; sparse keeps every cell and the layout is rebuilt from positions.
 */
export const PARAMETRES_TESSERACT = { tessedit_pageseg_mode: '11', preserve_interword_spaces: '1', debug_file: '/dev/null' } as const;

/** The page as a binary PGM (P5): one grey byte a pixel, a quarter of the RGBA. */
export function pgmDepuisRgba(image: ImagePage): Uint8Array {
  const { largeur, hauteur, rgba } = image;
  const entete = new TextEncoder().encode(`P5\n${largeur} ${hauteur}\n255\n`);
  const sortie = new Uint8Array(entete.length + largeur * hauteur);
  sortie.set(entete);
  for (let i = 0, j = entete.length; i < largeur * hauteur; i++, j++) {
    // ITU-R BT.601 luma, integer arithmetic.
    sortie[j] = (rgba[i * 4]! * 299 + rgba[i * 4 + 1]! * 587 + rgba[i * 4 + 2]! * 114) / 1000;
  }
  return sortie;
}

export function segmentsTesseract(page: PageTesseract): SegmentOcr[] {
  return (page.blocks ?? []).flatMap((b) =>
    b.paragraphs.flatMap((p) =>
      p.lines.map((l) => ({ mots: l.words.map((w) => ({ texte: w.text, confiance: w.confidence, ...w.bbox })) })),
    ),
  );
}

/** A `LecteurOcr` over a started tesseract.js worker (French model loaded, `PARAMETRES_TESSERACT` set). */
export function lecteurTesseract(worker: WorkerTesseract): LecteurOcr {
  return {
    async lirePage(image) {
      const { data } = await worker.recognize(pgmDepuisRgba(image), {}, { text: false, blocks: true });
      return { lignes: lignesOcr(segmentsTesseract(data)) };
    },
  };
}

export interface LecteurOcrArretable extends LecteurOcr {
  /** Ends the worker (if it was started); the next page starts a new one. */
  terminer(): Promise<void>;
}

/**
 * A `LecteurOcr` that starts its worker on the first page only (a batch without a scan never pays
 * for it), with the recognition settings set; `demarrer` is the front's own `createWorker` call.
 */
export function lecteurTesseractDiffere(demarrer: () => Promise<WorkerTesseract & { setParameters(p: object): Promise<unknown>; terminate(): Promise<unknown> }>): LecteurOcrArretable {
  let worker: ReturnType<typeof demarrer> | undefined;
  const pret = async () => {
    const w = await demarrer();
    await w.setParameters({ ...PARAMETRES_TESSERACT });
    return w;
  };
  return {
    async lirePage(image, page) {
      worker ??= pret();
      return lecteurTesseract(await worker).lirePage(image, page);
    },
    async terminer() {
      const enCours = worker;
      worker = undefined;
      if (enCours) await (await enCours).terminate().catch(() => undefined);
    },
  };
}
