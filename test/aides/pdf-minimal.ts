// Writes small real PDFs for tests: pages of text runs placed at exact positions (Helvetica, the
// PDF's standard font, WinAnsi encoding), through the crafted-PDF writer of the fixtures
// (scripts/pdf-a-la-main.ts). PDF.js reads them like any other file, so the layout rebuilding is
// tested on known geometry.
import { pdfALaMain, texte } from '../../scripts/pdf-a-la-main';

export interface Texte {
  texte: string;
  x: number;
  /** From the top of the page, in points (the PDF's own y goes up from the bottom). */
  y: number;
  taille?: number;
}

export function pdfMinimal(pages: readonly (readonly Texte[])[]): Uint8Array {
  return pdfALaMain(pages.map((textes) => ({ contenu: textes.map((t) => texte(t.texte, t.x, t.y, { taille: t.taille ?? 11 })).join('\n') })));
}
