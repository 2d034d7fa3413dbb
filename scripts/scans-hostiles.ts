// Scans made to break the OCR path's bounds, built on demand (never committed, they are large):
// - a one-page PDF holding a 20 000 × 20 000 pixel image (a flat grey JPEG of under 5 Mio that
//   would take 1,2 Gio to decode): it must be refused before any decoding;
// - a 54-page mosaic: the seed scans' pages shrunk and tiled on one sheet, in one image: its
//   letters are too small to read, and it must be refused in seconds, not read for minutes.
// Usage: npx tsx scripts/scans-hostiles.ts DOSSIER   (writes image-geante.pdf and mosaique-54.pdf)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { chargerPdfJs } from '../shared/lecture/document/pdfjs';
import { enGris } from '../shared/lecture/document/scan/gris';
import type { ImageGrise } from '../shared/lecture/document/scan/image';
import { imageDeLaPage } from '../shared/lecture/document/scan/image-pdf';
import { jpegUni } from './jpeg-uni';
import { pdfALaMain } from './pdf-a-la-main';

/** A one-page PDF (`largeurPt × hauteurPt` points) whose whole page is one grey image. */
export function pdfUneImage(image: { octets: Uint8Array; filtre: 'DCTDecode' | 'FlateDecode'; largeur: number; hauteur: number }, largeurPt: number, hauteurPt: number): Uint8Array {
  return pdfALaMain([
    {
      contenu: `q ${largeurPt} 0 0 ${hauteurPt} 0 0 cm /Im0 Do Q`,
      images: [{ jpeg: image.octets, largeur: image.largeur, hauteur: image.hauteur, gris: true, filtre: image.filtre }],
      taille: [largeurPt, hauteurPt],
    },
  ]);
}

/** An A4 page holding a 20 000 × 20 000 pixel image (about 2 400 dpi). */
export function pdfImageGeante(cote = 20_000): Uint8Array {
  return pdfUneImage({ octets: jpegUni(cote, cote), filtre: 'DCTDecode', largeur: cote, hauteur: cote }, 595, 842);
}

const SCANS = path.resolve(import.meta.dirname, '../test/fixtures/documents/scans');

/** The seed scans' pages in grey, each shrunk by `reduction`, in order, `nombre` of them (repeating). */
export async function pagesDesScans(nombre: number, reduction: number): Promise<ImageGrise[]> {
  const pdfjs = await chargerPdfJs();
  const pages: ImageGrise[] = [];
  for (const fichier of readdirSync(SCANS).filter((f) => f.endsWith('.pdf')).sort()) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path.join(SCANS, fichier))), isEvalSupported: false, isOffscreenCanvasSupported: false, isImageDecoderSupported: false, verbosity: 0 }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const image = (await imageDeLaPage(page, pdfjs))?.image;
      page.cleanup();
      if (image) pages.push(enGris(image, image.largeur / reduction, image.hauteur / reduction));
    }
    await doc.destroy();
  }
  return Array.from({ length: nombre }, (_, i) => pages[i % pages.length]!);
}

/**
 * `pages` tiled `colonnes` across on one sheet, in one image, binarised (a photocopy: it
 * compresses well), on a page sized at `dpi` for that image.
 */
export function pdfMosaique(pages: readonly ImageGrise[], colonnes: number, dpi: number): Uint8Array {
  const largeurCase = Math.max(...pages.map((p) => p.largeur));
  const hauteurCase = Math.max(...pages.map((p) => p.hauteur));
  const rangees = Math.ceil(pages.length / colonnes);
  const largeur = largeurCase * colonnes;
  const hauteur = hauteurCase * rangees;
  const gris = new Uint8Array(largeur * hauteur).fill(255);
  pages.forEach((p, k) => {
    const x0 = (k % colonnes) * largeurCase;
    const y0 = Math.floor(k / colonnes) * hauteurCase;
    for (let y = 0; y < p.hauteur; y++) {
      for (let x = 0; x < p.largeur; x++) gris[(y0 + y) * largeur + x0 + x] = p.gris[y * p.largeur + x]! < 160 ? 0 : 255;
    }
  });
  const octets = new Uint8Array(deflateSync(gris, { level: 9 }));
  return pdfUneImage({ octets, filtre: 'FlateDecode', largeur, hauteur }, (largeur / dpi) * 72, (hauteur / dpi) * 72);
}

/** The 54-page mosaic: the seed scans' pages at half their 150 dpi, 6 across, 9 down, on a sheet at 75 dpi. */
export async function pdfMosaique54(): Promise<Uint8Array> {
  return pdfMosaique(await pagesDesScans(54, 2), 6, 75);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dossier = process.argv[2];
  if (!dossier) {
    process.stderr.write('Usage : npx tsx scripts/scans-hostiles.ts DOSSIER\n');
    process.exit(2);
  }
  mkdirSync(dossier, { recursive: true });
  writeFileSync(path.join(dossier, 'image-geante.pdf'), pdfImageGeante());
  writeFileSync(path.join(dossier, 'mosaique-54.pdf'), await pdfMosaique54());
  process.stdout.write(`Écrits dans ${dossier} : image-geante.pdf, mosaique-54.pdf\n`);
}
