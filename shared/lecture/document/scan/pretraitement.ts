// A scanned page made ready for recognition, in pure TypeScript on its pixels:
// 1. grey, and reduced to what recognition needs (300 dpi at most, and never more pixels than an
//    A3 sheet at 300 dpi), in the same pass, so the full-size page is never copied;
// 2. the ink analysed on a copy of at most 200 dpi: which way up the page is, how askew;
// 3. the page turned upright, straightened, and enlarged when coarser than 250 dpi, in one resampling;
// 4. its ruling lines found, for the layout engine's tables.
import { binariser, seuilOtsu } from './binarisation';
import { pointsDuTexte, taillesTexte } from './composantes';
import { enGris, type ImageDecodee } from './gris';
import type { ImageGrise } from './image';
import { inclinaison } from './inclinaison';
import { orientation, type QuartDeTour } from './orientation';
import { redresser, tournerPoints } from './rotation';
import { optionsTraits, traits, type TraitPixels } from './traits';

/** The resolution recognition is given at most: finer costs time and reads no better. */
export const DPI_MAX = 300;
/** An A3 sheet at 300 dpi (297 × 420 mm): the most pixels a page is recognised at. */
export const PIXELS_MAX_RECONNAISSANCE = 3508 * 4961;
/**
 * Below this the page is enlarged for recognition, to about 300 dpi (twice a 150 dpi scan): the
 * engine reads letters of 20 pixels and more far better than of 10 (« Et : » read « Ets » at 150 dpi,
 * right at 300), for some 20 % more time — it scales every text line to one height anyway.
 */
export const DPI_LECTURE_MIN = 250;
/** Analysis (orientation, skew) needs no more than this. */
const DPI_ANALYSE_MAX = 200;
/** A skew smaller than this is left alone: the engine reads it as well, and resampling blurs. */
const ANGLE_NEGLIGEABLE = 0.1;

/** The page's size on paper, from the PDF (points / 72). */
export interface FormatPage {
  largeurPouces: number;
  hauteurPouces: number;
}

export interface PagePretraitee {
  /** Upright, straightened, reduced: what the OCR reads, and the frame of `traits`. */
  image: ImageGrise;
  /** Resolution of `image` (enlarged when the scan was coarser than `DPI_LECTURE_MIN`). */
  dpi: number;
  /** Resolution of the scan as decoded (0 when the page size is unknown). */
  dpiSource: number;
  /** How the scan was turned back (clockwise quarter turns it was scanned at). */
  rotation: QuartDeTour;
  /** Whether the ink said so clearly; otherwise `rotation` is the one given for doubtful pages. */
  orientationSure: boolean;
  /** Skew straightened, in degrees (positive: the lines went down to the right). */
  angle: number;
  traits: TraitPixels[];
  /** Median height of a letter at the scan's resolution once reduced (before any enlargement), in pixels; 0 without text. */
  hauteurLettre: number;
  /** Letter-sized marks seen on the page. */
  signes: number;
}

/** The scan's resolution, from its pixels and the page's size in inches; 0 when unknown. */
export function resolution(image: { largeur: number; hauteur: number }, format: FormatPage): number {
  if (!(format.largeurPouces > 0 && format.hauteurPouces > 0)) return 0;
  // An image painted sideways on the page: its long side goes with the page's long side.
  const [a, b] = [Math.max(image.largeur, image.hauteur), Math.min(image.largeur, image.hauteur)];
  const [p, q] = [Math.max(format.largeurPouces, format.hauteurPouces), Math.min(format.largeurPouces, format.hauteurPouces)];
  return Math.min(a / p, b / q);
}

/** How much to shrink an image of this size and resolution before recognition (1: not at all). */
export function facteurReduction(image: { largeur: number; hauteur: number }, dpiSource: number): number {
  const parDpi = dpiSource > DPI_MAX ? dpiSource / DPI_MAX : 1;
  const parPixels = Math.sqrt((image.largeur * image.hauteur) / PIXELS_MAX_RECONNAISSANCE);
  return Math.max(1, parDpi, parPixels);
}

/**
 * The page ready for recognition. `rotationIncertaine` is used when the ink cannot tell which way up
 * the page is (a page with a few words): the orientation of the document's previous pages.
 */
export function pretraiter(source: ImageDecodee, format: FormatPage, rotationIncertaine: QuartDeTour = 0): PagePretraitee {
  const dpiSource = resolution(source, format);
  const facteur = facteurReduction(source, dpiSource);
  const grise = enGris(source, source.largeur / facteur, source.hauteur / facteur);
  // Without a page size, take the scan for 200 dpi: the thresholds below only need an order of size.
  const dpi = dpiSource ? dpiSource / facteur : 200;
  const analyse = dpi > DPI_ANALYSE_MAX ? enGris({ largeur: grise.largeur, hauteur: grise.hauteur, format: 'gris8', donnees: grise.gris }, grise.largeur / 2, grise.hauteur / 2) : grise;
  const dpiAnalyse = analyse === grise ? dpi : dpi / 2;
  const seuil = seuilOtsu(grise);
  const points = pointsDuTexte(binariser(analyse, seuil), taillesTexte(dpiAnalyse));
  const sens = orientation(points);
  const rotation = sens.sure ? sens.rotation : rotationIncertaine;
  const mesure = rotation === sens.rotation ? sens.angle : inclinaison(tournerPoints(points, rotation)).angle;
  const angle = Math.abs(mesure) < ANGLE_NEGLIGEABLE ? 0 : mesure;
  // Never beyond the A3 cap: a huge page kept at a low resolution is not enlarged past it.
  const plafond = Math.sqrt(PIXELS_MAX_RECONNAISSANCE / (grise.largeur * grise.hauteur));
  const echelle = dpi < DPI_LECTURE_MIN ? Math.max(1, Math.min(2, DPI_MAX / dpi, plafond)) : 1;
  const image = rotation === 0 && angle === 0 && echelle === 1 ? grise : redresser(grise, rotation, angle, echelle);
  const dpiLecture = dpi * echelle;
  const regles = traits(binariser(image, seuil), optionsTraits(dpiLecture));
  return {
    image: effacerTraits(image, regles, seuil),
    dpi: dpiLecture,
    dpiSource,
    rotation,
    orientationSure: sens.sure,
    angle,
    traits: regles,
    hauteurLettre: points.hauteurLettre * (dpi / dpiAnalyse),
    signes: points.composantes,
  };
}

/** Two rules touch (a grid's horizontal and vertical lines meet), within a few pixels. */
function seTouchent(a: TraitPixels, b: TraitPixels, marge: number): boolean {
  return a.x0 <= b.x1 + marge && b.x0 <= a.x1 + marge && a.y0 <= b.y1 + marge && b.y0 <= a.y1 + marge;
}

/**
 * The page with its tables' rules painted out: the engine then sees each cell's words alone (with
 * the rules, it merged a header row into the row under it and lost a cell), and the layout engine
 * gets the rules as lines. Only rules that meet a perpendicular one (a grid) go: an underlined link
 * keeps its underline. Where a letter crosses a rule (ink right above and below it), the letter's
 * column is kept. A copy: the image given is not changed.
 */
export function effacerTraits(image: ImageGrise, regles: readonly TraitPixels[], seuil = 128): ImageGrise {
  const horizontal = (t: TraitPixels) => t.x1 - t.x0 >= t.y1 - t.y0;
  const grille = regles.filter((t) => regles.some((u) => horizontal(u) !== horizontal(t) && seTouchent(t, u, 3)));
  if (!grille.length) return image;
  const gris = new Uint8Array(image.gris);
  const { largeur, hauteur } = image;
  // Ink of another rule of the grid is no letter: where two rules cross, each would otherwise keep the
  // other's column, and the crossings stayed as ticks the engine read as characters (« 0,5 » → « V05 »).
  const dansLaGrille = (x: number, y: number) => grille.some((t) => x >= t.x0 - 1 && x <= t.x1 && y >= t.y0 - 1 && y <= t.y1);
  const encre = (x: number, y: number) => x >= 0 && y >= 0 && x < largeur && y < hauteur && image.gris[y * largeur + x]! <= seuil && !dansLaGrille(x, y);
  for (const t of grille) {
    // One pixel more on each side: the rule's grey edge (antialiasing, JPEG) goes too.
    const x0 = Math.max(0, t.x0 - 1);
    const x1 = Math.min(largeur, t.x1 + 1);
    const y0 = Math.max(0, t.y0 - 1);
    const y1 = Math.min(hauteur, t.y1 + 1);
    if (horizontal(t)) {
      for (let x = x0; x < x1; x++) {
        if (encre(x, y0 - 1) && encre(x, y1)) continue;
        for (let y = y0; y < y1; y++) gris[y * largeur + x] = 255;
      }
    } else {
      for (let y = y0; y < y1; y++) {
        if (encre(x0 - 1, y) && encre(x1, y)) continue;
        gris.fill(255, y * largeur + x0, y * largeur + x1);
      }
    }
  }
  return { largeur, hauteur, gris };
}
