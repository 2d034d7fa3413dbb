// A decoded page image (1-bit, RGB or RGBA, as PDF.js hands it over) to grey, reduced on the way
// when it is larger than recognition needs: rows are read one at a time and averaged into the
// reduced page, so no full-size grey, RGBA or accumulator is ever allocated. Colour that is both vivid and
// light (a red or blue stamp, a signature in blue ink) is turned to its lightest channel, so it
// fades to paper and the black text under it stays black.
import type { ImageGrise } from './image';

/** Pixels as decoded: 1 bit a pixel (rows padded to a byte, a set bit is white), grey, RGB or RGBA. */
export interface ImageDecodee {
  largeur: number;
  hauteur: number;
  format: 'gris1' | 'gris8' | 'rvb' | 'rvba';
  donnees: Uint8Array | Uint8ClampedArray;
}

/** Spread between a pixel's strongest and weakest channels from which it is coloured ink. */
export const CHROMA_ENCRE_COULEUR = 70;
/** Coloured ink whose lightest channel reaches this is a stamp or a signature, not dark text (navy headings stay). */
export const CLAIR_ENCRE_COULEUR = 170;

/** The grey of one pixel: BT.601 luma, or the lightest channel for light vivid ink. */
export function grisDePixel(r: number, v: number, b: number): number {
  const max = r > v ? (r > b ? r : b) : v > b ? v : b;
  const min = r < v ? (r < b ? r : b) : v < b ? v : b;
  if (max - min >= CHROMA_ENCRE_COULEUR && max >= CLAIR_ENCRE_COULEUR) return max;
  return ((r * 299 + v * 587 + b * 114) / 1000) | 0;
}

/** One source row, in grey, into `ligne`. */
function lireLigne(image: ImageDecodee, y: number, ligne: Uint8Array): void {
  const { largeur, donnees } = image;
  if (image.format === 'gris1') {
    const parLigne = Math.ceil(largeur / 8);
    const debut = y * parLigne;
    for (let x = 0; x < largeur; x++) ligne[x] = (donnees[debut + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    return;
  }
  if (image.format === 'gris8') {
    ligne.set(donnees.subarray(y * largeur, (y + 1) * largeur));
    return;
  }
  const n = image.format === 'rvb' ? 3 : 4;
  for (let x = 0, i = y * largeur * n; x < largeur; x++, i += n) ligne[x] = grisDePixel(donnees[i]!, donnees[i + 1]!, donnees[i + 2]!);
}

/** For each output cell of a reduction by `facteur`, the source cells it covers and their weights. */
function poids(source: number, cible: number): { premier: Int32Array; debut: Int32Array; nombre: Int32Array; poids: Float32Array } {
  const facteur = source / cible;
  const premier = new Int32Array(cible);
  const debut = new Int32Array(cible);
  const nombre = new Int32Array(cible);
  const liste: number[] = [];
  for (let X = 0; X < cible; X++) {
    const s0 = X * facteur;
    const s1 = Math.min(source, s0 + facteur);
    premier[X] = Math.floor(s0);
    debut[X] = liste.length;
    for (let x = Math.floor(s0); x < Math.ceil(s1); x++) liste.push(Math.min(x + 1, s1) - Math.max(x, s0));
    nombre[X] = liste.length - debut[X]!;
  }
  return { premier, debut, nombre, poids: Float32Array.from(liste) };
}

/**
 * The image in grey at `largeurCible × hauteurCible` (at most its own size), each output pixel the
 * average of the source area it covers. Memory: one source row plus the output.
 */
export function enGris(image: ImageDecodee, largeurCible = image.largeur, hauteurCible = image.hauteur): ImageGrise {
  const largeur = Math.max(1, Math.min(image.largeur, Math.round(largeurCible)));
  const hauteur = Math.max(1, Math.min(image.hauteur, Math.round(hauteurCible)));
  const ligne = new Uint8Array(image.largeur);
  if (largeur === image.largeur && hauteur === image.hauteur) {
    const gris = new Uint8Array(largeur * hauteur);
    for (let y = 0; y < hauteur; y++) {
      lireLigne(image, y, ligne);
      gris.set(ligne, y * largeur);
    }
    return { largeur, hauteur, gris };
  }
  const h = poids(image.largeur, largeur);
  const fy = image.hauteur / hauteur;
  const aire = (image.largeur / largeur) * fy;
  const gris = new Uint8Array(largeur * hauteur);
  // Output rows fill in order and a source row straddles at most two of them: two accumulating
  // rows are enough, each written out as soon as the source has moved past it.
  let courante = new Float32Array(largeur);
  let suivante = new Float32Array(largeur);
  let rangCourant = 0;
  const ecrire = (): void => {
    if (rangCourant < hauteur) for (let X = 0, i = rangCourant * largeur; X < largeur; X++, i++) gris[i] = Math.min(255, Math.round(courante[X]! / aire));
    [courante, suivante] = [suivante, courante];
    suivante.fill(0);
    rangCourant++;
  };
  const reduite = new Float32Array(largeur);
  for (let y = 0; y < image.hauteur; y++) {
    lireLigne(image, y, ligne);
    for (let X = 0; X < largeur; X++) {
      let s = 0;
      const d = h.debut[X]!;
      const x0 = h.premier[X]!;
      for (let k = 0; k < h.nombre[X]!; k++) s += ligne[x0 + k]! * h.poids[d + k]!;
      reduite[X] = s;
    }
    const Y0 = Math.floor(y / fy);
    while (rangCourant < Y0) ecrire();
    const part = Math.min(1, (Y0 + 1) * fy - y);
    for (let X = 0; X < largeur; X++) courante[X]! += reduite[X]! * part;
    if (part < 1) for (let X = 0; X < largeur; X++) suivante[X]! += reduite[X]! * (1 - part);
  }
  while (rangCourant < hauteur) ecrire();
  return { largeur, hauteur, gris };
}
