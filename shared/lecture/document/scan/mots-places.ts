// A recognised page as the layout engine takes it: each OCR word with its box, its line's baseline
// at the word and its line's height as the text size, its confidence; the ruling lines found in
// the pixels. Table rules the engine read as characters (`|`, `[`, `¦`…) are not words.
import type { MotPlace, PagePlacee } from '../mise-en-page';
import type { LigneReconnue } from '../types';
import type { TraitPixels } from './traits';

// A table's vertical rules come back as "|", "[", "“|"…: they separate cells, they are not text.
const REGLE_DE_TABLEAU = /^[|[\]¦!“”"‘’]+$/;

function nettoyer(texte: string): string {
  return texte.trim().replace(/^[|¦]+|[|¦]+$/g, '');
}

/** The baseline's height at `x`, along the line's baseline from its left end to its right end. */
function baseA(ligne: LigneReconnue, x: number): number | undefined {
  const b = ligne.ligneDeBase;
  if (!b) return undefined;
  if (b.x1 === b.x0) return (b.y0 + b.y1) / 2;
  return b.y0 + ((b.y1 - b.y0) * (x - b.x0)) / (b.x1 - b.x0);
}

const mediane = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;

/** A jump of more than this between two sorted line heights separates two text sizes. */
const SAUT_DE_TAILLE = 1.12;

/**
 * Each line height mapped to its text size: the engine compares sizes as a PDF gives them (10 pt
 * is 10 pt on every line), and would cut a paragraph wherever two lines' measured heights differ by
 * a pixel. The OCR measures body lines anywhere from 37 to 44 pixels, evenly: sizes are told apart
 * where the sorted heights jump (a heading is a third taller, with nothing in between), and a size
 * is its lines' upper quartile, nearer the em than the median (lines without capitals or
 * descenders measure short).
 */
export function taillesParClasse(hauteurs: readonly number[]): Map<number, number> {
  const triees = [...hauteurs].sort((a, b) => a - b);
  const classes: number[][] = [];
  for (const h of triees) {
    const classe = classes[classes.length - 1];
    if (classe && h <= classe[classe.length - 1]! * SAUT_DE_TAILLE) classe.push(h);
    else classes.push([h]);
  }
  const parHauteur = new Map<number, number>();
  for (const classe of classes) {
    const taille = classe[Math.floor(0.75 * (classe.length - 1))]!;
    for (const h of classe) parHauteur.set(h, taille);
  }
  return parHauteur;
}

/** One page of OCR words and ruling lines, in the pixels of the image the engine read. */
export function pagePlaceeOcr(numero: number, largeur: number, hauteur: number, lignes: readonly LigneReconnue[], traits: readonly TraitPixels[]): PagePlacee {
  const retenues = lignes
    .map((ligne) => {
      const mots = ligne.mots.map((m) => ({ ...m, texte: nettoyer(m.texte) })).filter((m) => m.texte !== '' && !REGLE_DE_TABLEAU.test(m.texte));
      // The line's height (ascenders to descenders) is the text size; its words' boxes when unknown.
      const hauteur = Math.round(ligne.hauteur && ligne.hauteur > 0 ? ligne.hauteur : mediane(mots.map((m) => m.y1 - m.y0)) || 1);
      return { ligne, mots, hauteur };
    })
    .filter((l) => l.mots.length > 0);
  const classes = taillesParClasse(retenues.map((l) => l.hauteur));
  const mots: MotPlace[] = [];
  for (const { ligne, mots: gardes, hauteur } of retenues) {
    const taille = classes.get(hauteur) ?? hauteur;
    for (const m of gardes) {
      const base = baseA(ligne, (m.x0 + m.x1) / 2);
      mots.push({
        texte: m.texte,
        x0: m.x0,
        y0: m.y0,
        x1: m.x1,
        y1: m.y1,
        ...(base !== undefined && base >= m.y0 - taille && base <= m.y1 + taille ? { ligneDeBase: base } : {}),
        taille,
        confiance: m.confiance,
      });
    }
  }
  return { numero, largeur, hauteur, mots, traits: traits.map((t) => ({ ...t })) };
}
