// The scan's preparation on a real page (seed 003 printed, scanned at 150 dpi, fed 0.7° askew):
// the skew is measured and straightened, the page found upright; the same page scanned sideways or
// upside down is found so and turned back; a page with a few words cannot tell and follows the
// document; an image finer than 300 dpi is reduced, and the A3 cap holds whatever the resolution.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chargerPdfJs } from '../../../../../shared/lecture/document/pdfjs';
import type { ImageDecodee } from '../../../../../shared/lecture/document/scan/gris';
import type { ImageGrise } from '../../../../../shared/lecture/document/scan/image';
import { imageDeLaPage } from '../../../../../shared/lecture/document/scan/image-pdf';
import { effacerTraits, facteurReduction, pretraiter, PIXELS_MAX_RECONNAISSANCE, resolution } from '../../../../../shared/lecture/document/scan/pretraitement';
import { redresser } from '../../../../../shared/lecture/document/scan/rotation';

const SCAN = path.resolve(import.meta.dirname, '../../../../fixtures/documents/scans/003_f3a018de4bd6a119.scan.pdf');
const A4 = { largeurPouces: 8.27, hauteurPouces: 11.69 };
const enDecodee = (image: ImageGrise): ImageDecodee => ({ largeur: image.largeur, hauteur: image.hauteur, format: 'gris8', donnees: image.gris });

let page1: ImageDecodee;
let format = A4;
beforeAll(async () => {
  const pdfjs = await chargerPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(SCAN)), isEvalSupported: false, isOffscreenCanvasSupported: false, isImageDecoderSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  page1 = (await imageDeLaPage(page, pdfjs))!.image;
  // img2pdf sized the page from the scan's 150 dpi.
  const [x0, y0, x1, y1] = page.view as number[];
  format = { largeurPouces: (x1! - x0!) / 72, hauteurPouces: (y1! - y0!) / 72 };
  await doc.destroy();
});

describe('pretraiter, sur une page numérisée', () => {
  it('measures the 0.7° feed skew, finds the page upright, straightens it and enlarges it to 300 dpi', () => {
    const prete = pretraiter(page1, format);
    expect(prete.rotation).toBe(0);
    expect(prete.orientationSure).toBe(true);
    expect(prete.angle).toBeGreaterThan(0.55);
    expect(prete.angle).toBeLessThan(0.85);
    expect(Math.round(prete.dpiSource)).toBe(150);
    expect(Math.round(prete.dpi)).toBe(300);
    expect([prete.image.largeur, prete.image.hauteur]).toEqual([page1.largeur * 2, page1.hauteur * 2]);
    // Letters are measured at the scan's own resolution: 11 or 12 pixels at 150 dpi.
    expect(prete.hauteurLettre).toBeGreaterThanOrEqual(10);
    expect(prete.hauteurLettre).toBeLessThanOrEqual(13);
  });

  it('finds the same page scanned sideways or upside down and turns it back', () => {
    // The straightened page, at 300 dpi now: given with the page's size, it is not enlarged again.
    const droite = pretraiter(page1, format).image;
    for (const rotation of [90, 180, 270] as const) {
      // The upright page as a scanner would give it turned `rotation` degrees clockwise.
      const scan = redresser(droite, ((360 - rotation) % 360) as 0 | 90 | 180 | 270, 0);
      const prete = pretraiter(enDecodee(scan), format);
      expect({ rotation: prete.rotation, sure: prete.orientationSure }).toEqual({ rotation, sure: true });
      expect([prete.image.largeur, prete.image.hauteur]).toEqual([droite.largeur, droite.hauteur]);
      expect(Math.abs(prete.angle)).toBeLessThan(0.15);
    }
  });

  it('follows the document on a page whose few words cannot tell which way up it is', () => {
    const droite = pretraiter(page1, format).image;
    // Keep only a band of two lines of text at the top, paper elsewhere.
    const bande = new Uint8Array(droite.gris.length).fill(255);
    bande.set(droite.gris.subarray(0, droite.largeur * 240));
    const prete = pretraiter(enDecodee({ ...droite, gris: bande }), format, 180);
    expect(prete.orientationSure).toBe(false);
    expect(prete.rotation).toBe(180);
  });

  it('finds the ruling lines of nothing on a prose page, and of a table once drawn', () => {
    const droite = pretraiter(page1, format);
    const avecTableau = new Uint8Array(droite.image.gris);
    const l = droite.image.largeur;
    for (const y of [2600, 2680, 2760]) for (let x = 300; x < 2200; x++) avecTableau[y * l + x] = avecTableau[(y + 1) * l + x] = 0;
    for (const x of [300, 1200, 2198]) for (let y = 2600; y < 2762; y++) avecTableau[y * l + x] = avecTableau[y * l + x + 1] = 0;
    const lus = pretraiter(enDecodee({ ...droite.image, gris: avecTableau }), format).traits;
    expect(lus.filter((t) => t.x1 - t.x0 > 1000).map((t) => t.y0)).toEqual([2600, 2680, 2760]);
    expect(lus.filter((t) => t.y1 - t.y0 > 100).map((t) => t.x0)).toEqual([300, 1200, 2198]);
  });
});

describe('resolution et réduction', () => {
  it("reads the scan's dpi from the page size, whichever way the image lies", () => {
    expect(Math.round(resolution({ largeur: 2480, hauteur: 3508 }, A4))).toBe(300);
    expect(Math.round(resolution({ largeur: 3508, hauteur: 2480 }, A4))).toBe(300);
    expect(resolution({ largeur: 100, hauteur: 100 }, { largeurPouces: 0, hauteurPouces: 0 })).toBe(0);
  });

  it('reduces above 300 dpi, and never gives recognition more than an A3 page at 300 dpi', () => {
    expect(facteurReduction({ largeur: 2480, hauteur: 3508 }, 300)).toBe(1);
    expect(facteurReduction({ largeur: 4960, hauteur: 7016 }, 600)).toBe(2);
    const f = facteurReduction({ largeur: 20_000, hauteur: 20_000 }, 0);
    expect((20_000 / f) * (20_000 / f)).toBeLessThanOrEqual(PIXELS_MAX_RECONNAISSANCE + 1);
  });

  it('reduces a 600 dpi page to 300 dpi before anything else', () => {
    // The 150 dpi page said to be a quarter of its size: 600 dpi.
    const prete = pretraiter(page1, { largeurPouces: format.largeurPouces / 4, hauteurPouces: format.hauteurPouces / 4 });
    expect(Math.round(prete.dpiSource)).toBe(600);
    expect(Math.round(prete.dpi)).toBe(300);
    expect(prete.image.largeur).toBe(Math.round(page1.largeur / (prete.dpiSource / 300)));
  });
});

describe('effacerTraits', () => {
  // A white page with a grid (two horizontal rules, three vertical ones, rules 2 pixels thick) and a
  // letter whose stem crosses the top rule.
  function grille(): { image: ImageGrise; regles: { x0: number; y0: number; x1: number; y1: number }[] } {
    const largeur = 400;
    const hauteur = 200;
    const gris = new Uint8Array(largeur * hauteur).fill(255);
    const noircir = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) gris[y * largeur + x] = 0;
    };
    const regles = [
      { x0: 50, y0: 50, x1: 349, y1: 51 },
      { x0: 50, y0: 120, x1: 349, y1: 121 },
      { x0: 50, y0: 50, x1: 51, y1: 121 },
      { x0: 200, y0: 40, x1: 201, y1: 130 },
      { x0: 348, y0: 50, x1: 349, y1: 121 },
    ];
    for (const r of regles) noircir(r.x0, r.y0, r.x1, r.y1);
    // The letter: a stem from above the top rule to below it.
    noircir(120, 40, 122, 62);
    return { image: { largeur, hauteur, gris }, regles };
  }

  it('paints out the crossings of the grid (they stayed as ticks read as characters: « 0,5 » → « V05 »)', () => {
    const { image, regles } = grille();
    const propre = effacerTraits(image, regles);
    const noirs: string[] = [];
    for (let y = 0; y < image.hauteur; y++) for (let x = 0; x < image.largeur; x++) if (propre.gris[y * image.largeur + x]! < 128 && !(x >= 120 && x <= 122)) noirs.push(`${x},${y}`);
    expect(noirs).toEqual([]);
  });

  it('keeps the column of a letter that crosses a rule, and leaves the image given as it was', () => {
    const { image, regles } = grille();
    const avant = new Uint8Array(image.gris);
    const propre = effacerTraits(image, regles);
    for (let y = 40; y <= 62; y++) expect([y, propre.gris[y * image.largeur + 121]]).toEqual([y, 0]);
    expect(image.gris).toEqual(avant);
  });
});
