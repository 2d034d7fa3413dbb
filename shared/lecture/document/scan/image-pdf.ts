// The picture of a scanned page: the largest image PDF.js paints on it, as PDF.js decoded it
// (no canvas, so the same in Node and in an extension page), with the share of the page it
// covers (followed through the page's transformation matrices). Images larger than the document
// layer's limit are never decoded: PDF.js drops them (`maxImageSize`, set in pdf.ts).
import type { PDFPageProxy } from 'pdfjs-dist';
import { composer, type Matrice } from '../source-pdf/geometrie';
import { objetDeLaPage } from '../source-pdf/objets';
import type { ImageDecodee } from './gris';

/** The operator codes and image kinds of the PDF.js build the caller loaded. */
export interface ConstantesPdfjs {
  OPS: {
    paintImageXObject: number;
    paintInlineImageXObject: number;
    save: number;
    restore: number;
    transform: number;
    paintFormXObjectBegin: number;
    paintFormXObjectEnd: number;
  };
  ImageKind: { GRAYSCALE_1BPP: number; RGB_24BPP: number; RGBA_32BPP: number };
}

interface ImagePdfjs {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

export interface ImageDeLaPage {
  image: ImageDecodee;
  /** Share of the page's area the image is painted over (1: the whole sheet, as a scanner does). */
  couverture: number;
}

function decodee(image: ImagePdfjs, constantes: ConstantesPdfjs): ImageDecodee | undefined {
  const { width: largeur, height: hauteur, data, kind } = image;
  if (!data || !largeur || !hauteur) return undefined;
  const format =
    kind === constantes.ImageKind.GRAYSCALE_1BPP ? 'gris1' : kind === constantes.ImageKind.RGB_24BPP ? 'rvb' : kind === constantes.ImageKind.RGBA_32BPP ? 'rvba' : undefined;
  return format ? { largeur, hauteur, format, donnees: data } : undefined;
}

/** The largest image painted on the page (a scanner puts one picture of the whole sheet). */
export async function imageDeLaPage(page: PDFPageProxy, constantes: ConstantesPdfjs): Promise<ImageDeLaPage | undefined> {
  const operations = await page.getOperatorList();
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const airePage = Math.abs((x1 - x0) * (y1 - y0)) || 1;
  const pile: Matrice[] = [];
  let ctm: Matrice = [1, 0, 0, 1, 0, 0];
  let meilleure: { image: ImagePdfjs; couverture: number } | undefined;
  for (let i = 0; i < operations.fnArray.length; i++) {
    const code = operations.fnArray[i];
    const args = operations.argsArray[i] as unknown[];
    if (code === constantes.OPS.save) pile.push(ctm);
    else if (code === constantes.OPS.restore || code === constantes.OPS.paintFormXObjectEnd) ctm = pile.pop() ?? ctm;
    else if (code === constantes.OPS.transform) ctm = composer(ctm, args as Matrice);
    else if (code === constantes.OPS.paintFormXObjectBegin) {
      // A form draws in its own space: its matrix applies until its end.
      pile.push(ctm);
      const matrice = args[0] as ArrayLike<number> | null | undefined;
      if (matrice?.length === 6) ctm = composer(ctm, Array.from(matrice) as Matrice);
    }
    else if (code === constantes.OPS.paintImageXObject || code === constantes.OPS.paintInlineImageXObject) {
      const image = code === constantes.OPS.paintImageXObject ? (typeof args[0] === 'string' ? await objetDeLaPage<ImagePdfjs>(page, args[0]) : undefined) : (args[0] as ImagePdfjs);
      if (!image?.data) continue;
      // The unit square mapped by the matrix: its area is the determinant's magnitude.
      const couverture = Math.min(1, Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) / airePage);
      if (!meilleure || image.width * image.height > meilleure.image.width * meilleure.image.height) meilleure = { image, couverture };
    }
  }
  if (!meilleure) return undefined;
  const image = decodee(meilleure.image, constantes);
  return image ? { image, couverture: meilleure.couverture } : undefined;
}
