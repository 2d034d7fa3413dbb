// The pixel types of the scan path. A page is handled in grey (one byte a pixel, 0 black,
// 255 white) from the moment it leaves PDF.js: a quarter of an RGBA buffer, and what both the
// analysis (skew, orientation, ruling lines) and the OCR engine read.

/** A grey page: `gris[y * largeur + x]`, 0 black … 255 white. */
export interface ImageGrise {
  largeur: number;
  hauteur: number;
  gris: Uint8Array;
}

/** A binarised page: `encre[y * largeur + x]` is 1 for ink, 0 for paper. */
export interface ImageBinaire {
  largeur: number;
  hauteur: number;
  encre: Uint8Array;
}

/** A blank grey page of the given size (tests, margins). */
export function pageBlanche(largeur: number, hauteur: number): ImageGrise {
  return { largeur, hauteur, gris: new Uint8Array(largeur * hauteur).fill(255) };
}

/** The page as a binary PGM (P5): Leptonica reads it, so no PNG encoder or canvas is needed. */
export function pgm(image: ImageGrise): Uint8Array {
  const entete = new TextEncoder().encode(`P5\n${image.largeur} ${image.hauteur}\n255\n`);
  const sortie = new Uint8Array(entete.length + image.gris.length);
  sortie.set(entete);
  sortie.set(image.gris, entete.length);
  return sortie;
}
