// Ink and paper apart, for the page's analysis (skew, orientation, ruling lines): Otsu's global
// threshold, which suits a copier's scan (even light, paper and toner far apart). The OCR engine
// still receives the grey page and binarises it its own way.
import type { ImageBinaire, ImageGrise } from './image';

/** Never lighter than this: on a blank page Otsu would split the paper's own noise into ink and paper. */
const SEUIL_MAX = 200;

/** Otsu's threshold of a grey page: grey values up to it are ink. */
export function seuilOtsu(image: ImageGrise): number {
  const histogramme = new Float64Array(256);
  for (let i = 0; i < image.gris.length; i++) histogramme[image.gris[i]!]!++;
  const total = image.gris.length;
  let sommeTotale = 0;
  for (let g = 0; g < 256; g++) sommeTotale += g * histogramme[g]!;
  let poidsFond = 0;
  let sommeFond = 0;
  let meilleur = 0;
  let seuil = 127;
  for (let g = 0; g < 256; g++) {
    poidsFond += histogramme[g]!;
    if (poidsFond === 0) continue;
    const poidsAvant = total - poidsFond;
    if (poidsAvant === 0) break;
    sommeFond += g * histogramme[g]!;
    const ecart = sommeFond / poidsFond - (sommeTotale - sommeFond) / poidsAvant;
    const entre = poidsFond * poidsAvant * ecart * ecart;
    if (entre > meilleur) {
      meilleur = entre;
      seuil = g;
    }
  }
  return Math.min(seuil, SEUIL_MAX);
}

/** The page binarised at Otsu's threshold (or the one given). */
export function binariser(image: ImageGrise, seuil = seuilOtsu(image)): ImageBinaire {
  const encre = new Uint8Array(image.gris.length);
  for (let i = 0; i < encre.length; i++) encre[i] = image.gris[i]! <= seuil ? 1 : 0;
  return { largeur: image.largeur, hauteur: image.hauteur, encre };
}
