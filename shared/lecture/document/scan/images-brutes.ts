// The sizes of a PDF's images read from the file itself, without decoding anything: an image is a
// stream object whose dictionary says `/Subtype /Image /Width … /Height …`, and a stream is never
// compressed inside another object, so a bounded scan of the bytes finds them all. Used to name an
// image too large to be decoded (PDF.js drops it unread, see pdf.ts).

export interface TailleImage {
  largeur: number;
  hauteur: number;
}

/** At most this many images are looked at (a scan has one a page). */
const IMAGES_MAX = 2000;
/** How far around `/Subtype /Image` its dictionary's other entries may sit. */
const PORTEE = 2000;

/** The largest image's size, in pixels, or undefined when the file declares none. */
export function plusGrandeImage(octets: Uint8Array): TailleImage | undefined {
  const texte = new TextDecoder('latin1').decode(octets);
  const motif = /\/Subtype\s*\/Image\b/g;
  let plusGrande: TailleImage | undefined;
  for (let n = 0; n < IMAGES_MAX; n++) {
    const trouve = motif.exec(texte);
    if (!trouve) break;
    // The dictionary around the match: from its object's start to its stream's start.
    const avant = texte.lastIndexOf(' obj', trouve.index);
    const apres = texte.indexOf('stream', trouve.index);
    const debut = Math.max(avant < 0 ? 0 : avant, trouve.index - PORTEE);
    const fin = Math.min(apres < 0 ? texte.length : apres, trouve.index + PORTEE);
    const dictionnaire = texte.slice(debut, fin);
    const largeur = Number(/\/Width\s+(\d{1,9})\b/.exec(dictionnaire)?.[1]);
    const hauteur = Number(/\/Height\s+(\d{1,9})\b/.exec(dictionnaire)?.[1]);
    if (largeur > 0 && hauteur > 0 && (!plusGrande || largeur * hauteur > plusGrande.largeur * plusGrande.hauteur)) plusGrande = { largeur, hauteur };
  }
  return plusGrande;
}
