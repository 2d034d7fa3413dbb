// Makes the visibility fixtures of test/fixtures/documents/visibilite/: one short convention
// (two échéancier rows, 2024 and 2025, ending on 31 December 2025), laid out
//   - by hand (scripts/pdf-a-la-main.ts), clean, and with text a reader cannot see: white on white,
//     under a white rectangle or an opaque image, clipped away, render mode 3, outside the page, in
//     a layer that is off; a font whose ToUnicode map lies (the page shows 700 000, the map says
//     100 000); the whole page turned a quarter, a half and three quarters; a diagonal watermark;
//     a page picture (150 dpi JPEG) under an invisible OCR layer that gives other amounts, and under
//     a visible text layer;
//   - by Chromium from HTML: clean, two columns (`column-count`), turned (`transform: rotate`),
//     white text (`color: white`), text under a white box. (Chromium writes no text a clip hides
//     entirely: clipping is tested on the hand-made file.)
// Every hidden piece says something the page does not: a 2026 row of 900 000 €, a second 2024 row,
// an end date in 2030. `npx tsx scripts/fixtures-visibilite.ts`; needs Chromium and pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { HAUTEUR, LARGEUR, pdfALaMain, rectangle, segment, texte, type Image, type PageALaMain } from './pdf-a-la-main';

const SORTIE = path.resolve(import.meta.dirname, '../test/fixtures/documents/visibilite');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/lib/chromium/chromium';

type Ligne = string | { t: string; gras?: boolean };
const TITRE = 'Convention de délégation de gestion relative au service Signal Conso';
const DEBUT: Ligne[] = [
  { t: TITRE, gras: true },
  'Entre',
  'La Direction générale des entreprises (DGE), représentée par son directeur général,',
  'Ci-après dénommée « le délégant »,',
  'Et',
  'La Direction interministérielle du numérique (DINUM), représentée par sa directrice,',
  'Ci-après dénommée « le délégataire »,',
  'Vu le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion,',
  { t: 'Article 1 – Objet', gras: true },
  'Le délégant confie au délégataire les prestations du service numérique Signal Conso.',
  { t: 'Article 2 – Dispositions financières', gras: true },
  "Les crédits sont imputés sur l'UO 0134-CDGE-DINU du programme 134.",
  'Le délégant met à disposition du délégataire les montants suivants :',
];
const TABLEAU = [
  ['Année', 'AE', 'CP'],
  ['2024', '300 000 €', '200 000 €'],
  ['2025', '200 000 €', '300 000 €'],
  ['Total', '500 000 €', '500 000 €'],
];
const FIN: Ligne[] = [{ t: 'Article 3 – Durée', gras: true }, 'La présente convention prend effet à sa signature et prend fin le 31 décembre 2025.', 'Fait à Paris, le 15 février 2024'];

/** What a hidden piece says, and how it is hidden (PDF operators around it). */
interface Cache {
  /** A table row added under the others, or a sentence added after the end date. */
  rangee?: string[];
  phrase?: string;
  /** Wraps the piece's own operators: white fill, `3 Tr`, a clip… */
  cacher: (ops: string, boite: { x: number; y: number; l: number; h: number }) => string;
}

const COLONNES = [56, 170, 320, 470];
const INTERLIGNE = 17;

/** The convention laid out by hand: its operators, with hidden pieces where `caches` put them. */
function convention(caches: readonly Cache[] = [], montants = TABLEAU): string {
  const ops: string[] = [];
  let y = 60;
  const ligne = (l: Ligne) => {
    const { t, gras } = typeof l === 'string' ? { t: l, gras: false } : l;
    ops.push(texte(t, 56, y, { police: gras ? 'F2' : 'F1', taille: gras ? 11 : 10 }));
    y += INTERLIGNE + (gras ? 4 : 0);
  };
  DEBUT.forEach(ligne);
  const rangees = [...montants, ...caches.filter((c) => c.rangee).map((c) => c.rangee!)];
  const haut = y - 4;
  const hauteurRangee = 18;
  rangees.forEach((r, i) => {
    const cache = caches.find((c) => c.rangee === r);
    const cellules = r.map((c, k) => texte(c, COLONNES[k]! + 4, haut + i * hauteurRangee + 13, { police: i === 0 ? 'F2' : 'F1' })).join('\n');
    ops.push(cache ? cache.cacher(cellules, { x: COLONNES[0]!, y: haut + i * hauteurRangee, l: COLONNES[3]! - COLONNES[0]!, h: hauteurRangee }) : cellules);
  });
  const bas = haut + rangees.length * hauteurRangee;
  for (let i = 0; i <= rangees.length; i++) ops.push(segment(COLONNES[0]!, haut + i * hauteurRangee, COLONNES[3]!, haut + i * hauteurRangee));
  for (const x of COLONNES) ops.push(segment(x, haut, x, bas));
  y = bas + INTERLIGNE + 6;
  ligne(FIN[0]!);
  ligne(FIN[1]!);
  for (const c of caches.filter((c) => c.phrase)) {
    ops.push(c.cacher(texte(c.phrase!, 56, y), { x: 56, y: y - 10, l: 420, h: 14 }));
    y += INTERLIGNE;
  }
  ligne(FIN[2]!);
  return ops.join('\n');
}

const RANGEE_2026 = ['2026', '900 000 €', '900 000 €'];
const RANGEE_2024 = ['2024', '900 000 €', '900 000 €'];
const PROLONGEE = "La convention est prolongée jusqu'au 31 décembre 2030.";
const blancSurBlanc = (ops: string) => ops.replace(/0 g /g, '1 g ');
const modeInvisible = (ops: string) => ops.replace(/ 0 Tr /g, ' 3 Tr ');
const sousRectangle = (ops: string, b: { x: number; y: number; l: number; h: number }) => `${ops}\n${rectangle(b.x + 1, b.y + 1, b.l - 2, b.h - 2)}`;
const decoupe = (ops: string) => `q 400 20 10 10 re W n\n${ops}\nQ`;
const horsPage = (ops: string) => `q 1 0 0 1 ${LARGEUR + 40} 0 cm\n${ops}\nQ`;
const calqueMasque = (ops: string) => `/OC /Cache BDC\n${ops}\nEMC`;

/** The whole page turned by a quarter (1), a half (2) or three quarters (3), shrunk to fit when it lies across. */
function tourner(ops: string, quart: 1 | 2 | 3): string {
  const s = 0.7;
  const matrice = {
    1: [0, -s, s, 0, (LARGEUR - HAUTEUR * s) / 2, (HAUTEUR + LARGEUR * s) / 2],
    2: [-1, 0, 0, -1, LARGEUR, HAUTEUR],
    3: [0, s, -s, 0, (LARGEUR + HAUTEUR * s) / 2, (HAUTEUR - LARGEUR * s) / 2],
  }[quart];
  return `q ${matrice.map((v) => v.toFixed(3)).join(' ')} cm\n${ops}\nQ`;
}

/** The table's amounts with 700 000 drawn in the font whose map says 100 000. */
function menteuse(): string {
  return convention([], [TABLEAU[0]!, ['2024', '700 000 €', '200 000 €'], TABLEAU[2]!, ['Total', '900 000 €', '500 000 €']]).replace(
    /BT 0 g 0 Tr \/F1 10 Tf ([\d.]+ [\d.]+ [\d.]+ [\d.]+ [\d.]+ [\d.]+) Tm \(700 000 \\200\) Tj ET/,
    'BT 0 g 0 Tr /F3 10 Tf $1 Tm (700 000) Tj /F1 10 Tf ( \\200) Tj ET',
  );
}

function jpeg(fichier: string): Image {
  const octets = new Uint8Array(readFileSync(fichier));
  // Width and height from the SOF0 segment.
  for (let i = 2; i < octets.length; ) {
    const marqueur = octets[i + 1]!;
    const longueur = (octets[i + 2]! << 8) | octets[i + 3]!;
    if (marqueur >= 0xc0 && marqueur <= 0xc2) {
      return { jpeg: octets, hauteur: (octets[i + 5]! << 8) | octets[i + 6]!, largeur: (octets[i + 7]! << 8) | octets[i + 8]!, gris: octets[i + 9] === 1 };
    }
    i += 2 + longueur;
  }
  throw new Error(`${fichier} : pas un JPEG de base`);
}

const HTML = (corps: string, style = '') => `<!doctype html><html lang="fr"><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35; margin: 0; }
h1 { font-size: 12pt; } h2 { font-size: 11pt; margin: 1em 0 0.4em; } p { margin: 0 0 0.5em; }
table { border-collapse: collapse; margin: 0.5em 0; } td, th { border: 0.75pt solid #333; padding: 3pt 8pt; text-align: left; }
${style}</style><body>${corps}</body></html>`;

function corpsHtml(extras: { rangee?: string; phrase?: string } = {}): string {
  const p = (l: Ligne) => (typeof l === 'string' ? `<p>${l}</p>` : l.t === TITRE ? `<h1>${l.t}</h1>` : `<h2>${l.t}</h2>`);
  const lignes = TABLEAU.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`);
  return [
    ...DEBUT.map(p),
    `<table>${lignes.join('')}${extras.rangee ?? ''}</table>`,
    p(FIN[0]!),
    p(FIN[1]!),
    extras.phrase ?? '',
    p(FIN[2]!),
  ].join('\n');
}

async function chromium(travail: string): Promise<void> {
  const navigateur = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const cachee = (style: string) => ({
    rangee: `<tr style="${style}"><td>2026</td><td>900 000 €</td><td>900 000 €</td></tr>`,
    phrase: `<p style="${style}">${PROLONGEE}</p>`,
  });
  const variantes: Record<string, string> = {
    'chromium-propre': HTML(corpsHtml()),
    'chromium-deux-colonnes': HTML(`<div style="column-count: 2; column-gap: 8mm; text-align: justify">${corpsHtml()}</div>`),
    'chromium-tourne-90': HTML(`<div style="width: 250mm; transform-origin: top left; transform: translate(170mm, 0) rotate(90deg)">${corpsHtml()}</div>`),
    'chromium-tourne-180': HTML(`<div style="transform: rotate(180deg)">${corpsHtml()}</div>`),
    // Without « exact », Chromium's print darkens white text to grey, and the page shows it.
    'chromium-blanc': HTML(corpsHtml(cachee('color: white; print-color-adjust: exact; -webkit-print-color-adjust: exact'))),
    'chromium-recouvert': HTML(
      corpsHtml({
        rangee: `<tr style="position: relative"><td>2026</td><td>900 000 €</td><td style="position: relative">900 000 €<div style="position: absolute; left: -300pt; right: -2pt; top: -1pt; bottom: -1pt; background: white"></div></td></tr>`,
      }),
    ),
  };
  try {
    for (const [nom, html] of Object.entries(variantes)) {
      const fichier = path.join(travail, `${nom}.html`);
      writeFileSync(fichier, html);
      const page = await navigateur.newPage();
      await page.goto(`file://${fichier}`, { waitUntil: 'load' });
      const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      // The same bytes from run to run: Chromium's dates fixed (same length, so the offsets hold).
      writeFileSync(path.join(SORTIE, `${nom}.pdf`), Buffer.from(pdf.toString('latin1').replace(/\(D:\d{14}[^)]*\)/g, (d) => `(D:20260101000000${"+00'00'".padEnd(d.length - 19, ' ')})`), 'latin1'));
      await page.close();
    }
  } finally {
    await navigateur.close();
  }
}

async function principal(): Promise<void> {
  rmSync(SORTIE, { recursive: true, force: true });
  mkdirSync(SORTIE, { recursive: true });
  const travail = mkdtempSync(path.join(tmpdir(), 'visibilite-'));
  const ecrire = (nom: string, pages: PageALaMain[]) => writeFileSync(path.join(SORTIE, `${nom}.pdf`), pdfALaMain(pages));
  const propre = convention();
  ecrire('propre', [{ contenu: propre }]);
  ecrire('blanc', [{ contenu: convention([{ rangee: RANGEE_2026, cacher: blancSurBlanc }, { phrase: PROLONGEE, cacher: blancSurBlanc }]) }]);
  ecrire('sous-rectangle', [{ contenu: convention([{ rangee: RANGEE_2024, cacher: sousRectangle }, { phrase: PROLONGEE, cacher: sousRectangle }]) }]);
  ecrire('decoupe', [{ contenu: convention([{ rangee: RANGEE_2026, cacher: decoupe }, { phrase: PROLONGEE, cacher: decoupe }]) }]);
  ecrire('invisible', [{ contenu: convention([{ rangee: RANGEE_2026, cacher: modeInvisible }, { phrase: PROLONGEE, cacher: modeInvisible }]) }]);
  ecrire('hors-page', [{ contenu: `${propre}\n${horsPage(texte(PROLONGEE, 56, 300))}\n${texte(RANGEE_2026.join('   '), 56, HAUTEUR + 30)}` }]);
  ecrire('calque', [{ contenu: convention([{ rangee: RANGEE_2026, cacher: calqueMasque }, { phrase: PROLONGEE, cacher: calqueMasque }]) }]);
  ecrire('police-menteuse', [{ contenu: menteuse() }]);
  for (const quart of [1, 2, 3] as const) ecrire(`tourne-${quart * 90}`, [{ contenu: tourner(propre, quart) }]);
  ecrire('filigrane', [{ contenu: `${propre}\nBT 0.8 g /F2 60 Tf 0.707 0.707 -0.707 0.707 150 250 Tm (COPIE CONFORME) Tj ET` }]);

  // An opaque image over a 2026 row: a white JPEG patch.
  const patch = path.join(travail, 'blanc.jpg');
  execFileSync('convert', ['-size', '64x16', 'xc:white', '-colorspace', 'Gray', patch]);
  const sousImage = convention([{ rangee: RANGEE_2026, cacher: (ops, b) => `${ops}\nq ${b.l - 2} 0 0 ${b.h - 2} ${b.x + 1} ${HAUTEUR - b.y - b.h + 1} cm /Im0 Do Q` }]);
  ecrire('sous-image', [{ contenu: sousImage, images: [jpeg(patch)] }]);

  // A page picture (the clean page at 150 dpi) under an invisible text layer that says other amounts.
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-jpeg', '-jpegopt', 'quality=70', '-singlefile', path.join(SORTIE, 'propre.pdf'), path.join(travail, 'page')]);
  const autres = convention([], [TABLEAU[0]!, ['2024', '900 000 €', '900 000 €'], ['2025', '900 000 €', '900 000 €'], ['Total', '1 800 000 €', '1 800 000 €']]);
  const couche = `q ${LARGEUR} 0 0 ${HAUTEUR} 0 0 cm /Im0 Do Q\n${modeInvisible(autres.replace(/\n[^\n]*\bS\b[^\n]*/g, ''))}`;
  ecrire('couche-ocr', [{ contenu: couche, images: [jpeg(path.join(travail, 'page.jpg'))] }]);
  // The same page picture under a visible text layer (a scan with its text written over it).
  ecrire('texte-sur-image', [{ contenu: `q ${LARGEUR} 0 0 ${HAUTEUR} 0 0 cm /Im0 Do Q\n${propre}`, images: [jpeg(path.join(travail, 'page.jpg'))] }]);

  await chromium(travail);
  rmSync(travail, { recursive: true, force: true });
  console.log(`Fichiers écrits dans ${path.relative(process.cwd(), SORTIE)}`);
}

await principal();
