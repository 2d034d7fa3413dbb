// Scanned PDFs (pages without a text layer): the OCR's side of the layer. The engineer of the OCR
// (branch import-ocr) renders each page and hands it to `options.ocr`; until then a scan is refused.
import type { OptionsLecture, ResultatDocument } from './types';

/** The PDF.js document, as pdf.ts opened it (kept opaque here so this file loads nothing). */
export type DocumentPdfJs = unknown;

export async function lirePdfScanne(document: DocumentPdfJs, pages: number, options: OptionsLecture): Promise<ResultatDocument> {
  void document;
  void pages;
  return {
    ok: false,
    erreur: `Le fichier « ${options.nom} » est un PDF numérisé (des images, sans texte) : la reconnaissance de texte (OCR) n'est pas encore disponible ici.`,
  };
}
