// Ruling lines from long runs of ink: a bordered table's grid comes back as its horizontal and
// vertical rules (a break in a rule bridged), while words, a dotted leader and a black area do not.
import { describe, expect, it } from 'vitest';
import type { ImageBinaire } from '../../../../../shared/lecture/document/scan/image';
import { optionsTraits, traits } from '../../../../../shared/lecture/document/scan/traits';

function page(largeur: number, hauteur: number): ImageBinaire & { remplir(x0: number, y0: number, x1: number, y1: number): void } {
  const encre = new Uint8Array(largeur * hauteur);
  return {
    largeur,
    hauteur,
    encre,
    remplir(x0, y0, x1, y1) {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) encre[y * largeur + x] = 1;
    },
  };
}

describe('traits', () => {
  const options = optionsTraits(150);

  it('finds the grid of a two-row, three-column table, a break in a rule bridged', () => {
    const p = page(800, 400);
    for (const y of [100, 160, 220]) p.remplir(100, y, 700, y + 2);
    for (const x of [100, 300, 500, 698]) p.remplir(x, 100, x + 2, 222);
    // A one-pixel break in the middle rule (toner).
    p.remplir(400, 160, 401, 162);
    p.encre[160 * 800 + 400] = 0;
    p.encre[161 * 800 + 400] = 0;
    // Words in the cells: short blobs with gaps.
    for (let x = 120; x < 280; x += 12) p.remplir(x, 120, x + 8, 135);
    const trouves = traits(p, options);
    const horizontaux = trouves.filter((t) => t.x1 - t.x0 > t.y1 - t.y0);
    const verticaux = trouves.filter((t) => t.x1 - t.x0 < t.y1 - t.y0);
    expect(horizontaux.map((t) => [t.y0, t.y1])).toEqual([
      [100, 102],
      [160, 162],
      [220, 222],
    ]);
    expect(horizontaux.every((t) => t.x0 <= 100 && t.x1 >= 700)).toBe(true);
    expect(verticaux.map((t) => t.x0).sort((a, b) => a - b)).toEqual([100, 300, 500, 698]);
    expect(verticaux.every((t) => t.y0 <= 100 && t.y1 >= 222)).toBe(true);
  });

  it('takes neither a line of words, a dotted leader nor a black area for a rule', () => {
    const p = page(800, 300);
    // Letters 6 px wide, 2 px apart: one long run once the gaps are bridged, but not solid.
    for (let x = 50; x < 750; x += 8) p.remplir(x, 50, x + 6, 60);
    // Dots every 4 px.
    for (let x = 50; x < 750; x += 4) p.remplir(x, 100, x + 1, 101);
    // A black box 40 px tall.
    p.remplir(100, 150, 700, 190);
    expect(traits(p, options)).toEqual([]);
  });
});
