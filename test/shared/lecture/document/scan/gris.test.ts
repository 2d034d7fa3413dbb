// A decoded page to grey: luma for print, the lightest channel for a vivid light stamp (so it fades
// and the black text under it stays), dark coloured text kept dark; reduced by area averaging in
// one pass, 1-bit and RGBA sources alike.
import { describe, expect, it } from 'vitest';
import { enGris, grisDePixel, type ImageDecodee } from '../../../../../shared/lecture/document/scan/gris';

describe('grisDePixel', () => {
  it('keeps black print black and paper white', () => {
    expect(grisDePixel(0, 0, 0)).toBe(0);
    expect(grisDePixel(255, 255, 255)).toBe(255);
    expect(grisDePixel(128, 128, 128)).toBe(128);
  });

  it('fades a red or blue stamp and blue ink to paper, but keeps a navy heading dark', () => {
    expect(grisDePixel(210, 40, 50)).toBeGreaterThanOrEqual(200);
    expect(grisDePixel(60, 80, 200)).toBeGreaterThanOrEqual(200);
    // Blue France (#000091) headings of government documents are text, not a stamp.
    expect(grisDePixel(0, 0, 145)).toBeLessThan(60);
  });
});

const rvb = (largeur: number, hauteur: number, pixel: (x: number, y: number) => [number, number, number]): ImageDecodee => {
  const donnees = new Uint8Array(largeur * hauteur * 3);
  for (let y = 0; y < hauteur; y++) for (let x = 0; x < largeur; x++) donnees.set(pixel(x, y), (y * largeur + x) * 3);
  return { largeur, hauteur, format: 'rvb', donnees };
};

describe('enGris', () => {
  it('converts at full size without reduction', () => {
    const image = enGris(rvb(3, 2, (x) => (x === 1 ? [0, 0, 0] : [255, 255, 255])));
    expect([image.largeur, image.hauteur]).toEqual([3, 2]);
    expect([...image.gris]).toEqual([255, 0, 255, 255, 0, 255]);
  });

  it('averages each output pixel over the area it covers (factor 2, then 1.5)', () => {
    // A checkerboard of black and white pixels is mid grey once halved.
    const damier = rvb(4, 4, (x, y) => ((x + y) % 2 ? [0, 0, 0] : [255, 255, 255]));
    const moitie = enGris(damier, 2, 2);
    expect([...moitie.gris]).toEqual([128, 128, 128, 128]);
    // Two black columns then four white, reduced from 6 to 4: the second output column straddles
    // half a black pixel and a white one.
    const bord = enGris(rvb(6, 3, (x) => (x < 2 ? [0, 0, 0] : [255, 255, 255])), 4, 2);
    expect([bord.largeur, bord.hauteur]).toEqual([4, 2]);
    expect([...bord.gris]).toEqual([0, 170, 255, 255, 0, 170, 255, 255]);
  });

  it('reads 1-bit rows padded to a byte (a set bit is white) and RGBA', () => {
    const unBit: ImageDecodee = { largeur: 10, hauteur: 2, format: 'gris1', donnees: Uint8Array.from([0b10000000, 0b01000000, 0b11111111, 0b11000000]) };
    const image = enGris(unBit);
    expect([...image.gris.subarray(0, 10)]).toEqual([255, 0, 0, 0, 0, 0, 0, 0, 0, 255]);
    expect([...image.gris.subarray(10)]).toEqual(Array(10).fill(255));
    const rgba: ImageDecodee = { largeur: 2, hauteur: 1, format: 'rvba', donnees: Uint8Array.from([0, 0, 0, 255, 255, 255, 255, 255]) };
    expect([...enGris(rgba).gris]).toEqual([0, 255]);
  });

  it('never grows an image', () => {
    const image = enGris(rvb(4, 4, () => [255, 255, 255]), 40, 40);
    expect([image.largeur, image.hauteur]).toEqual([4, 4]);
  });
});
