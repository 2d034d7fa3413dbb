// The scanned-PDF path of the document layer: a page without a text layer is a picture of a
// page. Its image (decoded by PDF.js itself, so no canvas is needed in Node) is made ready for
// recognition in pure TypeScript (scan/pretraitement.ts: grey, reduced, turned upright,
// straightened, ruling lines found), goes to the injected French OCR, and the words come back
// laid out by the same engine as a PDF's text (mise-en-page/), lines keeping their OCR confidence. Pure: PDF.js is the one pdf.ts loaded, the
// OCR is injected.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Constat } from '../../model';
import { enMio, PIXELS_IMAGE_MAX } from './limites';
import { mettreEnPage, type PagePlacee } from './mise-en-page';
import { chargerPdfJs } from './pdfjs';
import { constatsCorrections, corrigerConfusions } from './scan/confusions';
import { constatImagesReduites, constatsPagesTournees, type Reduction } from './scan/constats-scan';
import { imageDeLaPage, type ConstantesPdfjs } from './scan/image-pdf';
import { plusGrandeImage } from './scan/images-brutes';
import { pagePlaceeOcr } from './scan/mots-places';
import type { QuartDeTour } from './scan/orientation';
import { pretraiter, type PagePretraitee } from './scan/pretraitement';
import { ReconnaissanceInterrompue } from './tesseract';
import type { LecteurOcr, LigneDocument, LigneReconnue, OptionsLecture, ResultatDocument } from './types';

export type { ConstantesPdfjs } from './scan/image-pdf';

/** More pages than this are not recognised: at several seconds a page, the user would wait too long. */
export const PAGES_OCR_MAX = 60;
/** A line recognised with less confidence (0–100) than this is doubtful: what is read from it must be reviewed. */
export const SEUIL_CONFIANCE_OCR = 80;
/**
 * Letters smaller than this (pixels, at the scan's resolution, reduced to 300 dpi at most) cannot be read:
 * body text scanned at 150 dpi has letters of 11 to 12 pixels (7 is text scanned at about
 * 90 dpi); a sheet holding many pages in one picture (a mosaic) has letters of 4 or 5. Such a page
 * is not given to the engine, which would spend minutes on it for nothing.
 */
export const HAUTEUR_LETTRE_MIN = 7;
/** A page with fewer letter-sized marks than this (a signature, a stamp) is not judged on their size. */
const SIGNES_POUR_JUGER = 200;

/** The document layer's entry for a PDF whose pages all lack a text layer (called by pdf.ts). */
export async function lirePdfScanne(document: PDFDocumentProxy, octets: Uint8Array, options: OptionsLecture): Promise<ResultatDocument> {
  const pdfjs = await chargerPdfJs();
  const lu = await reconnaitrePages(document, pdfjs, options, octets);
  if (!lu.ok) return lu;
  return { ok: true, document: { format: 'pdf-scanne', texte: '', lignes: lu.lignes, pages: document.numPages, constats: lu.constats } };
}

export type ResultatScan = { ok: true; lignes: LigneDocument[]; constats: Constat[] } | { ok: false; erreur: string };

const pourcent = (n: number): string => `${Math.round(n)} %`;
const entier = (n: number): string => n.toLocaleString('fr-FR');

/** A page's picture made ready, or why there is none. */
type PagePreparee = { ok: true; prete: PagePretraitee; largeur: number; hauteur: number } | { ok: false; sansImage: true };

async function preparer(doc: PDFDocumentProxy, numero: number, constantes: ConstantesPdfjs, rotationIncertaine: QuartDeTour): Promise<PagePreparee> {
  const page = await doc.getPage(numero);
  try {
    const trouvee = await imageDeLaPage(page, constantes);
    if (!trouvee) return { ok: false, sansImage: true };
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const format = { largeurPouces: Math.abs(x1 - x0) / 72, hauteurPouces: Math.abs(y1 - y0) / 72 };
    return { ok: true, prete: pretraiter(trouvee.image, format, rotationIncertaine), largeur: trouvee.image.largeur, hauteur: trouvee.image.hauteur };
  } finally {
    // PDF.js keeps the decoded pixels until then: the grey copy above is all the OCR needs.
    page.cleanup();
  }
}

/**
 * Recognises every page of a PDF that has no text layer. Lines keep their page, their line on the
 * page and their OCR confidence; a page whose text is doubtful is reported as a finding, and so is
 * a page turned back upright or an image reduced.
 */
export async function reconnaitrePages(doc: PDFDocumentProxy, constantes: ConstantesPdfjs, options: OptionsLecture, octets?: Uint8Array): Promise<ResultatScan> {
  const { nom, ocr, signal, surProgression } = options;
  if (!ocr) return { ok: false, erreur: `Le fichier « ${nom} » est un PDF scanné (sans texte) : la reconnaissance de texte (OCR) n'est pas disponible ici.` };
  if (doc.numPages > PAGES_OCR_MAX) {
    return {
      ok: false,
      erreur: `Le fichier « ${nom} » est un PDF scanné de ${doc.numPages} pages : au-delà de ${PAGES_OCR_MAX} pages, la reconnaissance de texte serait trop longue. Découpez-le ou fournissez le PDF d'origine.`,
    };
  }
  const interrompue = (numero: number) => ({
    ok: false as const,
    erreur: `La lecture de « ${nom} » a été interrompue à la page ${numero} sur ${doc.numPages} (délai dépassé ou annulation) : la reconnaissance du texte de ce scan prend plus que le temps permis pour un document.`,
  });
  const pages: PagePlacee[] = [];
  const constats: Constat[] = [];
  const rotations = new Map<number, QuartDeTour>();
  const illisibles: { page: number; lettre: number }[] = [];
  const reductions: Reduction[] = [];
  // A page whose ink cannot tell which way up it is follows the last page that could.
  let rotationCourante: QuartDeTour = 0;
  for (let numero = 1; numero <= doc.numPages; numero++) {
    if (signal?.aborted) return interrompue(numero);
    surProgression?.({ etape: 'reconnaissance du texte', fait: numero - 1, total: doc.numPages });
    const preparee = await preparer(doc, numero, constantes, rotationCourante);
    if (!preparee.ok) {
      const tropGrande = octets && plusGrandeImage(octets);
      if (tropGrande && tropGrande.largeur * tropGrande.hauteur > PIXELS_IMAGE_MAX) {
        return {
          ok: false,
          erreur: `Le fichier « ${nom} » contient une image de ${entier(tropGrande.largeur)} × ${entier(tropGrande.hauteur)} pixels (${enMio(tropGrande.largeur * tropGrande.hauteur * 3)} une fois décodée) : Jauge ne lit pas d'image de plus de ${entier(PIXELS_IMAGE_MAX / 1e6)} millions de pixels (une page A4 numérisée à 600 dpi en compte 35). Numérisez la convention à 300 dpi, une page par page du PDF.`,
        };
      }
      constats.push({
        regle: 'page-sans-texte',
        gravite: 'avertissement',
        message: `Page ${numero} de « ${nom} » : ni texte ni image à reconnaître ; elle est ignorée.`,
        position: { page: numero },
      });
      continue;
    }
    const { prete } = preparee;
    if (prete.signes >= SIGNES_POUR_JUGER && prete.hauteurLettre < HAUTEUR_LETTRE_MIN) {
      illisibles.push({ page: numero, lettre: prete.hauteurLettre });
      continue;
    }
    if (prete.orientationSure) rotationCourante = prete.rotation;
    if (prete.rotation !== 0) rotations.set(numero, prete.rotation);
    if (prete.dpiSource > prete.dpi + 1 || prete.image.largeur * prete.image.hauteur < preparee.largeur * preparee.hauteur * 0.98) {
      reductions.push({ page: numero, largeur: preparee.largeur, hauteur: preparee.hauteur, dpiSource: prete.dpiSource, dpi: prete.dpi });
    }
    const lues = await lireAvecOcr(ocr, prete, numero, signal);
    if (lues === 'interrompue') return interrompue(numero);
    pages.push(pagePlaceeOcr(numero, prete.image.largeur, prete.image.hauteur, lues, prete.traits));
  }
  surProgression?.({ etape: 'reconnaissance du texte', fait: doc.numPages, total: doc.numPages });
  const texteTropPetit = (p: { page: number; lettre: number }) =>
    `le texte de la page ${p.page} est trop petit pour être lu (des lettres de ${Math.round(p.lettre)} pixels de haut, il en faut au moins ${HAUTEUR_LETTRE_MIN}) : plusieurs pages réduites sur une seule feuille, ou une numérisation trop grossière`;
  if (illisibles.length && !pages.length) {
    return { ok: false, erreur: `Le fichier « ${nom} » n'a pas pu être lu : ${texteTropPetit(illisibles[0]!)}. Numérisez une page par feuille, à 200 ou 300 dpi.` };
  }
  for (const p of illisibles) {
    constats.push({ regle: 'scan-texte-trop-petit', gravite: 'avertissement', message: `« ${nom} » : ${texteTropPetit(p)} ; cette page n'a pas été lue.`, position: { page: p.page } });
  }
  // One layout for the whole document: a table may run over a page break.
  const misEnPage = mettreEnPage(pages);
  const { lignes, corrections } = corrigerConfusions(misEnPage.lignes);
  if (!contientDuFrancais(lignes)) {
    return { ok: false, erreur: `Le fichier « ${nom} » est un PDF scanné où aucun texte français n'a pu être reconnu (image illisible, vierge ou dans une autre langue).` };
  }
  constats.push(...constatsConfianceFaible(nom, lignes), ...misEnPage.constats, ...constatsCorrections(nom, corrections), ...constatsPagesTournees(nom, rotations), ...constatImagesReduites(nom, reductions));
  return { ok: true, lignes, constats };
}

async function lireAvecOcr(ocr: LecteurOcr, page: PagePretraitee, numero: number, signal: AbortSignal | undefined): Promise<LigneReconnue[] | 'interrompue'> {
  try {
    return (await ocr.lirePage(page.image, numero, signal)).lignes;
  } catch (e) {
    if (e instanceof ReconnaissanceInterrompue || signal?.aborted) return 'interrompue';
    // One page the engine cannot read must not lose the others: it counts as a page with no text.
    return [];
  }
}

/** One finding per page holding lines recognised with low confidence. */
function constatsConfianceFaible(nom: string, lignes: readonly LigneDocument[]): Constat[] {
  const constats: Constat[] = [];
  for (const numero of [...new Set(lignes.map((l) => l.page))]) {
    const dePage = lignes.filter((l) => l.page === numero && l.texte.trim() !== '');
    const douteuses = dePage.filter((l) => l.confiance !== undefined && l.confiance < SEUIL_CONFIANCE_OCR).length;
    if (!douteuses) continue;
    constats.push({
      regle: 'ocr-confiance-faible',
      gravite: 'information',
      message: `Page ${numero} de « ${nom} » : ${douteuses} ligne${douteuses > 1 ? 's' : ''} sur ${dePage.length} reconnue${douteuses > 1 ? 's' : ''} avec une confiance inférieure à ${pourcent(SEUIL_CONFIANCE_OCR)}.`,
      position: { page: numero },
    });
  }
  return constats;
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
