// The scanned-PDF path of the document layer: a page without a text layer is a picture of a
// page; its image (the scan's image XObject, decoded by PDF.js itself, so no canvas is needed
// in Node) goes to the injected French OCR, and the words come back laid out as lines that
// keep their OCR confidence. Pure: PDF.js is the one pdf.ts loaded, the OCR is injected.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { Constat } from '../../model';
import { recollerPages } from './mise-en-page-ocr';
import { chargerPdfJs } from './pdfjs';
import type { ImagePage, LecteurOcr, LigneDocument, OptionsLecture, ResultatDocument } from './types';

/** The PDF.js document, as pdf.ts opened it. */
export type DocumentPdfJs = PDFDocumentProxy;

/** More pages than this are not recognised: at several seconds a page, the user would wait too long. */
export const PAGES_OCR_MAX = 60;
/** A line recognised with less confidence (0–100) than this is doubtful: what is read from it must be reviewed. */
export const SEUIL_CONFIANCE_OCR = 80;

/** The operator codes and image kinds of the PDF.js build the caller loaded. */
export interface ConstantesPdfjs {
  OPS: { paintImageXObject: number; paintInlineImageXObject: number };
  ImageKind: { GRAYSCALE_1BPP: number; RGB_24BPP: number; RGBA_32BPP: number };
}

interface ImagePdfjs {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

function objet(page: PDFPageProxy, nom: string): Promise<ImagePdfjs | undefined> {
  // Images shared between pages live in commonObjs ("g_" prefix), the others in the page's objs.
  const depot = nom.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resoudre) => {
    try {
      depot.get(nom, (o: unknown) => resoudre(o as ImagePdfjs | undefined));
    } catch {
      resoudre(undefined);
    }
  });
}

/** PDF.js's decoded pixels (1-bit grey, RGB or RGBA) as RGBA. */
function versRgba(image: ImagePdfjs, constantes: ConstantesPdfjs): ImagePage | undefined {
  const { width: largeur, height: hauteur, data, kind } = image;
  if (!data || !largeur || !hauteur) return undefined;
  const n = largeur * hauteur;
  const rgba = new Uint8ClampedArray(n * 4);
  if (kind === constantes.ImageKind.RGBA_32BPP) rgba.set(data.subarray(0, n * 4));
  else if (kind === constantes.ImageKind.RGB_24BPP) {
    for (let i = 0, j = 0; i < n; i++, j += 3) {
      rgba[i * 4] = data[j]!;
      rgba[i * 4 + 1] = data[j + 1]!;
      rgba[i * 4 + 2] = data[j + 2]!;
      rgba[i * 4 + 3] = 255;
    }
  } else if (kind === constantes.ImageKind.GRAYSCALE_1BPP) {
    // Rows are packed 8 pixels a byte; a set bit is white (as PDF.js paints it).
    const parLigne = Math.ceil(largeur / 8);
    for (let y = 0; y < hauteur; y++) {
      for (let x = 0; x < largeur; x++) {
        const blanc = (data[y * parLigne + (x >> 3)]! >> (7 - (x & 7))) & 1;
        const i = (y * largeur + x) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = blanc ? 255 : 0;
        rgba[i + 3] = 255;
      }
    }
  } else return undefined;
  return { largeur, hauteur, rgba };
}

/** The largest image painted on the page: a scanner puts one picture of the whole sheet. */
export async function imageDeLaPage(page: PDFPageProxy, constantes: ConstantesPdfjs): Promise<ImagePage | undefined> {
  const operations = await page.getOperatorList();
  let meilleure: ImagePdfjs | undefined;
  for (let i = 0; i < operations.fnArray.length; i++) {
    const code = operations.fnArray[i];
    const args = operations.argsArray[i] as unknown[];
    let image: ImagePdfjs | undefined;
    if (code === constantes.OPS.paintImageXObject && typeof args[0] === 'string') image = await objet(page, args[0]);
    else if (code === constantes.OPS.paintInlineImageXObject) image = args[0] as ImagePdfjs;
    if (image?.data && (!meilleure || image.width * image.height > meilleure.width * meilleure.height)) meilleure = image;
  }
  return meilleure ? versRgba(meilleure, constantes) : undefined;
}

export type ResultatScan = { ok: true; lignes: LigneDocument[]; constats: Constat[] } | { ok: false; erreur: string };

/** The document layer's entry for a PDF whose pages all lack a text layer (called by pdf.ts). */
export async function lirePdfScanne(document: DocumentPdfJs, pages: number, options: OptionsLecture): Promise<ResultatDocument> {
  void pages;
  const pdfjs = await chargerPdfJs();
  const lu = await reconnaitrePages(document, pdfjs, options);
  if (!lu.ok) return lu;
  return { ok: true, document: { format: 'pdf-scanne', texte: '', lignes: lu.lignes, pages: document.numPages, constats: lu.constats } };
}

const pourcent = (n: number): string => `${Math.round(n)} %`;

/**
 * Recognises every page of a PDF that has no text layer. Lines keep their page, their line on the
 * page and their OCR confidence; a page whose text is doubtful is reported as a finding.
 */
export async function reconnaitrePages(doc: PDFDocumentProxy, constantes: ConstantesPdfjs, options: OptionsLecture): Promise<ResultatScan> {
  const { nom, ocr, signal, surProgression } = options;
  if (!ocr) return { ok: false, erreur: `Le fichier « ${nom} » est un PDF scanné (sans texte) : la reconnaissance de texte (OCR) n'est pas disponible ici.` };
  if (doc.numPages > PAGES_OCR_MAX) {
    return {
      ok: false,
      erreur: `Le fichier « ${nom} » est un PDF scanné de ${doc.numPages} pages : au-delà de ${PAGES_OCR_MAX} pages, la reconnaissance de texte serait trop longue. Découpez-le ou fournissez le PDF d'origine.`,
    };
  }
  const lignes: LigneDocument[] = [];
  const constats: Constat[] = [];
  for (let numero = 1; numero <= doc.numPages; numero++) {
    if (signal?.aborted) return { ok: false, erreur: `La lecture de « ${nom} » a été interrompue (délai dépassé ou annulation).` };
    surProgression?.({ etape: 'reconnaissance du texte', fait: numero - 1, total: doc.numPages });
    const page = await doc.getPage(numero);
    const image = await imageDeLaPage(page, constantes);
    page.cleanup();
    if (!image) {
      constats.push({
        regle: 'page-sans-texte',
        gravite: 'avertissement',
        message: `Page ${numero} de « ${nom} » : ni texte ni image à reconnaître ; elle est ignorée.`,
        position: { page: numero },
      });
      continue;
    }
    const { lignes: lues } = await lireAvecOcr(ocr, image, numero);
    lues.forEach((l, k) => lignes.push({ texte: l.texte, page: numero, ligne: k + 1, confiance: l.confiance }));
    const douteuses = lues.filter((l) => l.confiance < SEUIL_CONFIANCE_OCR).length;
    if (douteuses) {
      constats.push({
        regle: 'ocr-confiance-faible',
        gravite: 'information',
        message: `Page ${numero} de « ${nom} » : ${douteuses} ligne${douteuses > 1 ? 's' : ''} sur ${lues.length} reconnue${douteuses > 1 ? 's' : ''} avec une confiance inférieure à ${pourcent(SEUIL_CONFIANCE_OCR)}.`,
        position: { page: numero },
      });
    }
  }
  surProgression?.({ etape: 'reconnaissance du texte', fait: doc.numPages, total: doc.numPages });
  if (!contientDuFrancais(lignes)) {
    return { ok: false, erreur: `Le fichier « ${nom} » est un PDF scanné où aucun texte français n'a pu être reconnu (image illisible, vierge ou dans une autre langue).` };
  }
  // Lines are numbered on their page before the joins, so « page 3, ligne 12 » stays where it was seen.
  return { ok: true, lignes: recollerPages(lignes), constats };
}

async function lireAvecOcr(ocr: LecteurOcr, image: ImagePage, numero: number): Promise<{ lignes: { texte: string; confiance: number }[] }> {
  try {
    return await ocr.lirePage(image, numero);
  } catch {
    // One page the engine cannot read must not lose the others: it counts as a page with no text.
    return { lignes: [] };
  }
}

/** At least a few dozen confidently read French words (letters, accents, apostrophes). */
function contientDuFrancais(lignes: readonly LigneDocument[]): boolean {
  const mots = lignes
    .filter((l) => (l.confiance ?? 0) >= SEUIL_CONFIANCE_OCR)
    .flatMap((l) => l.texte.split(/\s+/))
    .filter((m) => /^[a-zàâäçéèêëîïôöùûüœ'’-]{2,}$/i.test(m));
  const courants = mots.filter((m) => /^(le|la|les|de|des|du|et|en|une?|au|aux|par|pour|dans|sur|est|sont)$/i.test(m));
  return mots.length >= 20 && courants.length >= 5;
}
