// OCR words as the layout engine takes them: rule characters dropped, the baseline at each word, one
// text size per run of line heights (so a paragraph whose lines measure 37 to 47 pixels stays one
// paragraph), and a scanned page laid out by the same engine as a PDF's.
import { describe, expect, it } from 'vitest';
import { mettreEnPage } from '../../../../../shared/lecture/document/mise-en-page';
import { pagePlaceeOcr, taillesParClasse } from '../../../../../shared/lecture/document/scan/mots-places';
import type { LigneReconnue } from '../../../../../shared/lecture/document/types';

/** An OCR line of words starting at x on baseline y, each letter 20 px wide, one 12 px space. */
function ligne(y: number, x: number, texte: string, hauteur = 46, confiance = 92): LigneReconnue {
  const mots = texte.split(' ').map((mot) => {
    const m = { texte: mot, confiance, x0: x, y0: y - 34, x1: x + 20 * mot.length, y1: y + 10 };
    x = m.x1 + 12;
    return m;
  });
  return { mots, ligneDeBase: { x0: mots[0]!.x0, y0: y, x1: x, y1: y }, hauteur };
}

describe('taillesParClasse', () => {
  it('gives the body text one size, and keeps a heading and a note apart', () => {
    // Body lines measured 37 to 47 pixels, evenly; headings at 60 and 61; a stamp's 30.
    const classes = taillesParClasse([37, 39, 40, 42, 43, 44, 45, 46, 46, 47, 60, 61, 30]);
    // One size for the body, its upper quartile: nearer the em than the short lines' 37.
    expect(new Set([37, 39, 40, 42, 43, 44, 45, 46, 47].map((h) => classes.get(h)))).toEqual(new Set([45]));
    expect(classes.get(60)).toBe(classes.get(61));
    expect(classes.get(60)).toBeGreaterThanOrEqual(60);
    expect(classes.get(30)).toBe(30);
  });
});

describe('pagePlaceeOcr', () => {
  it('drops rule characters, places each word on its baseline, keeps its confidence', () => {
    const page = pagePlaceeOcr(2, 2480, 3508, [ligne(500, 100, '| 2024 | 100 000 €')], [{ x0: 90, y0: 450, x1: 1000, y1: 452 }]);
    expect(page.mots.map((m) => m.texte)).toEqual(['2024', '100', '000', '€']);
    expect(page.mots.every((m) => m.ligneDeBase === 500 && m.taille === 46 && m.confiance === 92)).toBe(true);
    expect(page.traits).toEqual([{ x0: 90, y0: 450, x1: 1000, y1: 452 }]);
    expect([page.numero, page.largeur, page.hauteur]).toEqual([2, 2480, 3508]);
  });

  it('lays out a paragraph whose lines measure 46 and 47 pixels as one paragraph', () => {
    // Two full lines (to the right edge at 2 000 px), the second a pixel taller.
    const page = pagePlaceeOcr(1, 2480, 3508, [ligne(1000, 200, 'La présente convention organise la délégation de crédits et la pass-lecture-', 46), ligne(1058, 200, 'jeunesse incubée au ministère.', 47)], []);
    const { lignes } = mettreEnPage([page]);
    expect(lignes.filter((l) => l.texte !== '').map((l) => l.texte)).toEqual(['La présente convention organise la délégation de crédits et la pass-lecture-jeunesse incubée au ministère.']);
  });
});
