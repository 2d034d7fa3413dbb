// A PDF printed, stamped, signed and scanned the way an office copier does it: rasterised at
// 150, 200 or 300 dpi in grey or colour, a « courrier arrivé » stamp over the top of the first
// page, a signature and a round service stamp over the signature block of the last page (found
// from the PDF's own word boxes, below the « Fait à … » line), the sheet tilted by a seeded
// angle, sensor noise, photocopy contrast, JPEG compression; wrapped back into a PDF with no text.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATE_FIXE, figerPdf } from './figer';

export interface OptionsScan {
  dpi: 150 | 200 | 300;
  couleur: boolean;
  /** Seed of every random choice (angles, stamp places, signature, noise). */
  graine: number;
  /** Acronym printed in the round stamp (the signatory's service). */
  sigle: string;
  /** Date printed on the arrival stamp (« 12 MARS 2024 »). */
  dateArrivee: string;
}

export interface ScanFait {
  pages: number;
  /** Tilt of each page, in degrees (positive: clockwise). */
  angles: number[];
}

/** mulberry32: a small seeded generator, so the same seed gives the same scan. */
export function generateur(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a name (FNV-1a), so each document has its own. */
export function graineDe(nom: string): number {
  let h = 0x811c9dc5;
  for (const c of nom) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

interface Mot {
  texte: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The words of a PDF page with their boxes, in points from the top left (pdftotext -bbox). */
function motsDeLaPage(pdf: string, page: number): { largeur: number; hauteur: number; mots: Mot[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const dims = /<page width="([\d.]+)" height="([\d.]+)">/.exec(html);
  const mots = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    texte: m[5]!,
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
  }));
  return { largeur: Number(dims?.[1] ?? 595), hauteur: Number(dims?.[2] ?? 842), mots };
}

const arrondi = (n: number) => Math.round(n);

/** MVG drawing of the arrival stamp: a rounded frame and three lines, centred on (0,0) before its translate/rotate. */
function tamponArrivee(x: number, y: number, echelle: number, angle: number, dateArrivee: string): string[] {
  const l = arrondi(118 * echelle);
  const h = arrondi(40 * echelle);
  return [
    '-draw',
    `translate ${arrondi(x)},${arrondi(y)} rotate ${angle.toFixed(1)} stroke-width ${Math.max(2, arrondi(2.2 * echelle))} fill none roundrectangle ${-l},${-h} ${l},${h} ${arrondi(6 * echelle)},${arrondi(6 * echelle)}`,
    '-draw',
    `translate ${arrondi(x)},${arrondi(y)} rotate ${angle.toFixed(1)} stroke none font-size ${arrondi(16 * echelle)} text-anchor middle ` +
      `text 0,${arrondi(-18 * echelle)} 'COURRIER ARRIVÉ' font-size ${arrondi(19 * echelle)} text 0,${arrondi(6 * echelle)} '${dateArrivee}' ` +
      `font-size ${arrondi(11 * echelle)} text 0,${arrondi(27 * echelle)} 'Bureau des conventions'`,
  ];
}

/** MVG drawing of the round service stamp. */
function tamponRond(x: number, y: number, echelle: number, angle: number, sigle: string): string[] {
  const r = arrondi(52 * echelle);
  return [
    '-draw',
    `translate ${arrondi(x)},${arrondi(y)} rotate ${angle.toFixed(1)} fill none stroke-width ${Math.max(2, arrondi(2.4 * echelle))} circle 0,0 ${r},0 ` +
      `stroke-width ${Math.max(1, arrondi(1.2 * echelle))} circle 0,0 ${arrondi(r * 0.8)},0`,
    '-draw',
    `translate ${arrondi(x)},${arrondi(y)} rotate ${angle.toFixed(1)} stroke none text-anchor middle font-size ${arrondi(9 * echelle)} ` +
      `text 0,${arrondi(-14 * echelle)} 'RÉPUBLIQUE FRANÇAISE' font-size ${arrondi(16 * echelle)} text 0,${arrondi(6 * echelle)} '${sigle}' ` +
      `font-size ${arrondi(8 * echelle)} text 0,${arrondi(22 * echelle)} 'Le directeur'`,
  ];
}

/** A handwritten signature: a few loops drawn as one cubic path, seeded. */
function signature(x: number, y: number, echelle: number, hasard: () => number): string[] {
  const points: string[] = [`M ${arrondi(x)},${arrondi(y)}`];
  let cx = x;
  for (let i = 0; i < 5; i++) {
    const pas = (22 + hasard() * 20) * echelle;
    const haut = (18 + hasard() * 22) * echelle;
    points.push(
      `C ${arrondi(cx + pas * 0.2)},${arrondi(y - haut)} ${arrondi(cx + pas * 0.9)},${arrondi(y - haut * 0.8)} ${arrondi(cx + pas)},${arrondi(y + (hasard() - 0.3) * 10 * echelle)}`,
    );
    cx += pas;
  }
  points.push(`C ${arrondi(cx + 10 * echelle)},${arrondi(y + 14 * echelle)} ${arrondi(x - 20 * echelle)},${arrondi(y + 18 * echelle)} ${arrondi(x - 10 * echelle)},${arrondi(y + 4 * echelle)}`);
  return ['-draw', `fill none stroke-width ${Math.max(2, arrondi(1.8 * echelle))} stroke-linecap round path '${points.join(' ')}'`];
}

/** JPEG quality by resolution (progressive JPEG), so that 30 scans fit in ~10 Mio: a text page at 200 dpi still weighs ~250 Kio. */
const QUALITE: Record<OptionsScan['dpi'], number> = { 150: 48, 200: 40, 300: 30 };

export function scannerPdf(pdf: string, cible: string, travail: string, options: OptionsScan): ScanFait {
  const { dpi, couleur, graine, sigle, dateArrivee } = options;
  const hasard = generateur(graine);
  const prefixe = path.join(travail, 'page');
  execFileSync('pdftoppm', ['-r', String(dpi), ...(couleur ? [] : ['-gray']), pdf, prefixe]);
  const pages = readdirSync(travail)
    .filter((f) => /^page-\d+\.p[gp]m$/.test(f))
    .sort();
  const echelle = dpi / 150;
  const papier = couleur ? '#f7f2e6' : '#ffffff';
  // Inks: red and blue in colour; in grey, lighter than the printed text, as a copier renders them.
  const encreArrivee = couleur ? '#c0392b' : '#8c8c8c';
  const encreService = couleur ? '#1f4fa3' : '#7a7a7a';
  const encreSignature = couleur ? '#14286e' : '#3c3c3c';
  const angles: number[] = [];
  const jpegs = pages.map((fichier, i) => {
    const numero = i + 1;
    // 0.5° to 3°, either way, as sheets go through a feeder.
    const angle = Number(((0.5 + hasard() * 2.5) * (hasard() < 0.5 ? -1 : 1)).toFixed(2));
    angles.push(angle);
    const { largeur, hauteur, mots } = motsDeLaPage(pdf, numero);
    const px = (pt: number) => (pt * dpi) / 72;
    const dessins: string[] = [];
    if (numero === 1) {
      dessins.push('-stroke', encreArrivee, '-fill', encreArrivee, '-font', 'DejaVu-Sans-Bold');
      dessins.push(...tamponArrivee(px(largeur * (0.7 + hasard() * 0.08)), px(hauteur * (0.075 + hasard() * 0.04)), echelle, -8 + hasard() * 16, dateArrivee));
    }
    if (numero === pages.length) {
      // Below the « Fait à … » line (its date is a field: the ink goes over the signatures, not over it).
      const fait = mots.find((m) => m.texte === 'Fait');
      const base = fait ? fait.y1 + 18 : hauteur * 0.7;
      dessins.push('-stroke', encreService, '-fill', encreService, '-font', 'DejaVu-Sans-Bold');
      dessins.push(...tamponRond(px(largeur * (0.25 + hasard() * 0.1)), px(base + 22 + hasard() * 12), echelle, -20 + hasard() * 40, sigle));
      dessins.push('-stroke', encreSignature);
      dessins.push(...signature(px(largeur * (0.6 + hasard() * 0.1)), px(base + 26 + hasard() * 10), echelle, hasard));
    }
    const jpeg = path.join(travail, `scan-${String(numero).padStart(3, '0')}.jpg`);
    execFileSync('convert', [
      path.join(travail, fichier),
      ...(couleur ? ['(', '+clone', '-fill', papier, '-colorize', '100', ')', '-compose', 'multiply', '-composite', '-compose', 'over'] : []),
      ...dessins,
      '-background', papier, '-virtual-pixel', 'background', '-distort', 'SRT', String(angle),
      '-seed', String(graine % 100000 + numero), '-attenuate', couleur ? '0.2' : '0.25', '+noise', 'Gaussian',
      '-brightness-contrast', couleur ? '-2x8' : '-4x16',
      ...(couleur ? ['-sampling-factor', '2x2'] : ['-colorspace', 'Gray']),
      '-strip', '-interlace', 'JPEG', '-density', String(dpi), '-units', 'PixelsPerInch', '-quality', String(QUALITE[dpi]),
      jpeg,
    ]);
    return jpeg;
  });
  const date = `${DATE_FIXE.xmp}Z`;
  execFileSync('img2pdf', ['--creationdate', date, '--moddate', date, '--output', cible, ...jpegs]);
  // img2pdf draws a random file /ID.
  writeFileSync(cible, figerPdf(readFileSync(cible)));
  return { pages: pages.length, angles };
}
