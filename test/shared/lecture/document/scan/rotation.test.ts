// Turning a page back: quarter turns are exact permutations of pixels, the ink points move the way
// the pixels do, and a small turn keeps the page's size with paper brought in at the corners.
import { describe, expect, it } from 'vitest';
import type { ImageGrise } from '../../../../../shared/lecture/document/scan/image';
import { redresser, tournerPoints } from '../../../../../shared/lecture/document/scan/rotation';

// 3 × 2:   0 1 2
//          3 4 5
const petite: ImageGrise = { largeur: 3, hauteur: 2, gris: Uint8Array.from([0, 1, 2, 3, 4, 5]) };

describe('redresser, quarter turns', () => {
  it('turns back a scan made a quarter turn clockwise (its top on the right)', () => {
    // The upright page was 2 × 3 (2 5 / 1 4 / 0 3): turned clockwise, its top row is the right column above.
    const droite = redresser(petite, 90, 0);
    expect([droite.largeur, droite.hauteur]).toEqual([2, 3]);
    expect([...droite.gris]).toEqual([2, 5, 1, 4, 0, 3]);
  });

  it('turns back a page scanned upside down, or a quarter turn anticlockwise', () => {
    expect([...redresser(petite, 180, 0).gris]).toEqual([5, 4, 3, 2, 1, 0]);
    const gauche = redresser(petite, 270, 0);
    expect([gauche.largeur, gauche.hauteur]).toEqual([2, 3]);
    expect([...gauche.gris]).toEqual([3, 0, 4, 1, 5, 2]);
    // A quarter turn back then the other way is the scan again.
    expect([...redresser(redresser(petite, 90, 0), 270, 0).gris]).toEqual([...petite.gris]);
  });

  it('moves ink points where their pixels go', () => {
    for (const rotation of [90, 180, 270] as const) {
      const tournee = redresser(petite, rotation, 0);
      const points = tournerPoints({ xs: Int32Array.from([0, 1, 2, 0, 1, 2]), ys: Int32Array.from([0, 0, 0, 1, 1, 1]), largeur: 3, hauteur: 2 }, rotation);
      expect([points.largeur, points.hauteur]).toEqual([tournee.largeur, tournee.hauteur]);
      for (let k = 0; k < 6; k++) expect(tournee.gris[points.ys[k]! * tournee.largeur + points.xs[k]!]).toBe(k);
    }
  });
});

describe('redresser, small angles', () => {
  it('straightens a line drawn at the measured slope and keeps the size', () => {
    // A black line going down to the right at 2°, on a 400 × 200 page.
    const largeur = 400;
    const hauteur = 200;
    const gris = new Uint8Array(largeur * hauteur).fill(255);
    const t = Math.tan((2 * Math.PI) / 180);
    for (let x = 20; x < 380; x++) for (let e = 0; e < 2; e++) gris[(Math.round(100 + (x - 200) * t) + e) * largeur + x] = 0;
    const droite = redresser({ largeur, hauteur, gris }, 0, 2);
    expect([droite.largeur, droite.hauteur]).toEqual([largeur, hauteur]);
    // Once straightened, the ink sits on two or three rows across the whole line.
    const rangees = new Set<number>();
    for (let y = 0; y < hauteur; y++) for (let x = 40; x < 360; x++) if (droite.gris[y * largeur + x]! < 128) rangees.add(y);
    expect(Math.max(...rangees) - Math.min(...rangees)).toBeLessThanOrEqual(3);
    // Corners come from outside the sheet: paper.
    expect(droite.gris[0]).toBe(255);
  });
});
