// Positioned words for the layout engine's tests: text set at a point in a fixed-width font
// (half an em a character, a quarter em a space), in PDF points or as OCR pixels.
import type { MotPlace, PagePlacee, Trait } from '../../../../../shared/lecture/document/mise-en-page';

export interface OptionsMots {
  taille?: number;
  /** OCR words: no baseline, a confidence. */
  confiance?: number;
}

/** The words of `texte` starting at `x` on baseline `y`. */
export function mots(texte: string, x: number, y: number, options: OptionsMots = {}): MotPlace[] {
  const taille = options.taille ?? 10;
  const sortie: MotPlace[] = [];
  let position = x;
  for (const mot of texte.split(' ')) {
    if (mot !== '') {
      const largeur = mot.length * taille * 0.5;
      const base = { texte: mot, x0: position, x1: position + largeur, y0: y - 0.8 * taille, y1: y + 0.2 * taille, taille };
      sortie.push(options.confiance === undefined ? { ...base, ligneDeBase: y } : { ...base, confiance: options.confiance });
      position += largeur;
    }
    position += taille * 0.25;
  }
  return sortie;
}

/** Largeur d'un texte en points. */
export const largeur = (texte: string, taille = 10) => texte.length * taille * 0.5;

/** The rules of a grid: horizontal rules at `ys`, vertical ones at `xs`, each across the whole grid. */
export function grille(xs: number[], ys: number[]): Trait[] {
  const [x0, x1, y0, y1] = [xs[0]!, xs[xs.length - 1]!, ys[0]!, ys[ys.length - 1]!];
  return [...ys.map((y) => ({ x0, x1, y0: y, y1: y })), ...xs.map((x) => ({ x0: x, x1: x, y0, y1 }))];
}

export function page(numero: number, mots: MotPlace[], traits: Trait[] = [], largeurPage = 595, hauteur = 842): PagePlacee {
  return { numero, largeur: largeurPage, hauteur, mots, traits };
}

/** A justified paragraph: each line filling the text width (72 → 523), the last one short. */
export function paragraphe(lignes: string[], y: number, x = 72, droite = 523, interligne = 14): MotPlace[] {
  return lignes.flatMap((l, i) => {
    const ms = mots(l, x, y + i * interligne);
    if (i === lignes.length - 1 || ms.length < 2) return ms;
    // Spread the words so the line ends at the right edge.
    const fin = ms[ms.length - 1]!.x1;
    const extra = (droite - fin) / (ms.length - 1);
    return ms.map((m, k) => ({ ...m, x0: m.x0 + k * extra, x1: m.x1 + k * extra }));
  });
}
