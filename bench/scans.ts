// What the OCR bench builds and runs: the JPEG streams of the corpus scans (taken as they are in
// the files), a 60-page scan made of them (never committed), and a reading measured in a plain
// Node process (the document layer bundled by esbuild: without tsx, whose transforms of PDF.js
// alone hold some 350 Mio) or under tsx, as `npm run jauge` runs.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { empaqueterPourNode } from '../scripts/empaqueter-node';
import type { MesureLecture } from '../scripts/mesurer-lecture';
import { pdfALaMain, LARGEUR, HAUTEUR } from '../scripts/pdf-a-la-main';

const RACINE = path.resolve(import.meta.dirname, '..');
export const SCANS_CORPUS = path.join(RACINE, 'test/fixtures/documents/corpus/scans');

export interface JpegDePage {
  jpeg: Uint8Array;
  largeur: number;
  hauteur: number;
  gris: boolean;
}

/** The DCT-encoded images of a PDF, bytes as stored (a scanner's or img2pdf's pages), in file order. */
export function jpegsDuPdf(octets: Uint8Array): JpegDePage[] {
  const texte = Buffer.from(octets).toString('latin1');
  const images: JpegDePage[] = [];
  for (const m of texte.matchAll(/<<((?:(?!>>\s*stream)[\s\S]){0,600}?\/Subtype\s*\/Image(?:(?!>>\s*stream)[\s\S]){0,600}?)>>\s*stream\r?\n/g)) {
    const dico = m[1]!;
    if (!/\/DCTDecode/.test(dico)) continue;
    const longueur = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dico)?.[1]);
    const largeur = Number(/\/Width\s+(\d+)/.exec(dico)?.[1]);
    const hauteur = Number(/\/Height\s+(\d+)/.exec(dico)?.[1]);
    if (!(longueur > 0 && largeur > 0 && hauteur > 0)) continue;
    const debut = m.index! + m[0].length;
    images.push({ jpeg: octets.slice(debut, debut + longueur), largeur, hauteur, gris: /DeviceGray/.test(dico) });
  }
  return images;
}

/** A scan of `nombre` A4 pages, each one of `pages` in turn, painted over the whole page. */
export function scanDePages(pages: readonly JpegDePage[], nombre: number): Uint8Array {
  return pdfALaMain(
    Array.from({ length: nombre }, (_, k) => ({ contenu: `q ${LARGEUR} 0 0 ${HAUTEUR} 0 0 cm /Im0 Do Q`, images: [pages[k % pages.length]!] })),
  );
}

/** The 200 dpi pages of the corpus scans. */
export function pagesA200Dpi(): JpegDePage[] {
  const fichiers = ['06-dgccrf-economie-2024.chromium.200-gris.pdf', '08-dgcl-interieur-2022.writer-docx.200-gris.pdf', '10-sg-justice-2024.ghostscript.200-gris.pdf'];
  return fichiers.flatMap((f) => jpegsDuPdf(new Uint8Array(readFileSync(path.join(SCANS_CORPUS, f)))));
}

let lot: Promise<string> | undefined;

/** scripts/mesurer-lecture.ts bundled for plain Node, beside it (so its paths to the worker script and node_modules hold). */
function bundle(): Promise<string> {
  lot ??= (async () => {
    const sortie = path.join(RACINE, 'scripts/.mesurer-lecture.bench.mjs');
    await empaqueterPourNode(path.join(RACINE, 'scripts/mesurer-lecture.ts'), sortie);
    return sortie;
  })();
  return lot;
}

/** Removes the bundle the bench wrote. */
export async function nettoyer(): Promise<void> {
  if (lot) rmSync(await lot, { force: true });
  lot = undefined;
}

/** Reads `fichier` in a child process (plain Node, or tsx as the CLI runs) and returns its figures. */
export async function mesurerLecture(fichier: string, options: { duree?: number; sous: 'node' | 'tsx' }): Promise<MesureLecture> {
  const args = [fichier, ...(options.duree ? ['--duree', String(options.duree)] : [])];
  const sortie =
    options.sous === 'node'
      ? execFileSync(process.execPath, [await bundle(), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
      : execFileSync(path.join(RACINE, 'node_modules/.bin/tsx'), [path.join(RACINE, 'scripts/mesurer-lecture.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(sortie.trim().split('\n').pop()!) as MesureLecture;
}
