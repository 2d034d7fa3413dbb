// Limits of the document layer: a hostile or broken file is refused in French, never left to hang.
import { TAILLE_MAXIMALE } from '../../texte/fichier';

/** Bytes of a document, at most: the one import limit of every file and sync (conventions are a few hundred KB; scans a few MB). */
export const OCTETS_MAX = TAILLE_MAXIMALE;
/** Pages of a PDF, at most: a convention and its annexes hold a few dozen. */
export const PAGES_MAX = 100;
/**
 * Pixels of one image, at most (an A4 page scanned at 600 dpi holds 35 million): PDF.js does not
 * decode a larger one (`maxImageSize`), so a 20 000 × 20 000 image costs no memory before it is refused.
 */
export const PIXELS_IMAGE_MAX = 40_000_000;
/** Bytes unzipped from a .docx or an .odt, at most (a zip bomb stops there; a 100-page document.xml holds a few MiB). */
export const DECOMPRESSE_MAX = 20 * 1024 * 1024;
/**
 * Elements nested in one another in an XML part, at most: a document holds a few dozen (Word nests
 * tables 63 deep at most, a few elements each); deeper is a trap, refused.
 */
export const PROFONDEUR_XML_MAX = 1_000;
/** Entries of a .docx or .odt zip, at most (a document has a few dozen; zip64 allows billions). */
export const ENTREES_ZIP_MAX = 100_000;
/** Characters of text kept, at most (a 100-page convention holds about 300 000). */
export const CARACTERES_MAX = 2_000_000;
/**
 * The fronts' time limit for one document (`AbortSignal.timeout`): `shared/` reads no clock, it only
 * honours the signal between pages and around PDF.js's own work.
 */
export const DUREE_MAX_MS = 60_000;

const MIO = 1024 * 1024;
export const enMio = (octets: number): string => `${(octets / MIO).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0Mio`;

/** Progress step of a text PDF's pages (fast: the CLI prints no line for it). */
export const ETAPE_PAGES = 'lecture des pages';
