// Otsu's threshold: ink and paper apart on a scan; a blank page's noise is no ink.
import { describe, expect, it } from 'vitest';
import { binariser, seuilOtsu } from '../../../../../shared/lecture/document/scan/binarisation';

describe('binarisation', () => {
  it('puts the threshold between toner and paper', () => {
    const gris = Uint8Array.from([...Array(80).fill(235), ...Array(20).fill(30), 240, 25]);
    const seuil = seuilOtsu({ largeur: gris.length, hauteur: 1, gris });
    expect(seuil).toBeGreaterThanOrEqual(30);
    expect(seuil).toBeLessThan(235);
    const { encre } = binariser({ largeur: gris.length, hauteur: 1, gris });
    expect(encre.reduce((n, v) => n + v, 0)).toBe(21);
  });

  it('finds no ink on a blank page, even a noisy one', () => {
    const gris = Uint8Array.from({ length: 1000 }, (_, i) => 245 + (i % 11));
    expect(binariser({ largeur: 1000, hauteur: 1, gris }).encre.every((v) => v === 0)).toBe(true);
    const blanche = new Uint8Array(100).fill(255);
    expect(binariser({ largeur: 100, hauteur: 1, gris: blanche }).encre.every((v) => v === 0)).toBe(true);
  });
});
