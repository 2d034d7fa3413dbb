// Makes the scanned-PDF fixtures (test/fixtures/documents/scans/): each seed convention
// printed, then "scanned" the way an office copier does it — grey raster at 150 dpi, a
// slight skew, light noise, JPEG — and wrapped back into a PDF with no text layer.
//
// The printed pages are our own print of each seed (pandoc → HTML with full-width bordered
// tables → headless Chromium --print-to-pdf), made before the document layer's PDF fixtures
// existed; its tables are full width so that a cell rarely wraps.
//
// Needs pandoc, chromium, pdftoppm (poppler), ImageMagick `convert`, img2pdf.
// Usage: npx tsx scripts/fabriquer-scans.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const racine = resolve(import.meta.dirname, '..');
// The seeds sit beside the repository (../shared); from a git worktree, one level further up.
const graines = [resolve(racine, '../shared/seeds'), resolve(racine, '../../shared/seeds')].find((d) => existsSync(d)) ?? '../shared/seeds';
const sortie = join(racine, 'test/fixtures/documents/scans');

const echapper = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Seed markdown → markdown where each run of tab-separated lines is a bordered HTML table. */
function tableauxEnHtml(texte: string): string {
  const sortieLignes: string[] = [];
  let tableau: string[][] = [];
  const vider = (): void => {
    if (!tableau.length) return;
    const lignes = tableau.map((cellules) => `<tr>${cellules.map((c) => `<td>${echapper(c.trim())}</td>`).join('')}</tr>`);
    sortieLignes.push('', `<table>${lignes.join('')}</table>`, '');
    tableau = [];
  };
  for (const ligne of texte.split(/\r?\n/)) {
    if (ligne.includes('\t')) tableau.push(ligne.split('\t'));
    else {
      vider();
      sortieLignes.push(ligne);
    }
  }
  vider();
  return sortieLignes.join('\n');
}

const STYLE = `<style>
@page { size: A4; margin: 15mm 15mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.25; }
table { border-collapse: collapse; margin: 8pt 0; width: 100%; }
td { border: 1px solid #000; padding: 3pt 8pt; }
h1, h2, h3 { font-size: 13pt; }
</style>`;

function imprimerGraine(graine: string, dossier: string): string {
  const md = join(dossier, 'graine.md');
  const html = join(dossier, 'graine.html');
  const pdf = join(dossier, 'graine.pdf');
  writeFileSync(md, tableauxEnHtml(readFileSync(graine, 'utf8')));
  execFileSync('pandoc', [md, '-f', 'markdown-smart', '-t', 'html5', '--standalone', '--metadata', 'title= ', '-o', html]);
  writeFileSync(html, readFileSync(html, 'utf8').replace('</head>', `${STYLE}</head>`));
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], {
    stdio: 'ignore',
  });
  return pdf;
}

function scanner(pdf: string, dossier: string, cible: string): void {
  execFileSync('pdftoppm', ['-r', '150', '-gray', pdf, join(dossier, 'page')]);
  const pages = readdirSync(dossier).filter((f) => /^page-\d+\.pgm$/.test(f)).sort();
  const jpegs = pages.map((page, i) => {
    const jpeg = join(dossier, `scan-${String(i + 1).padStart(3, '0')}.jpg`);
    // Alternate the skew's sign page to page, as sheets go through a feeder.
    const angle = i % 2 === 0 ? '0.7' : '-0.5';
    execFileSync('convert', [
      join(dossier, page),
      '-background', 'white', '-rotate', angle,
      '-attenuate', '0.15', '+noise', 'Gaussian',
      '-colorspace', 'Gray', '-density', '150', '-units', 'PixelsPerInch', '-quality', '60', jpeg,
    ]);
    return jpeg;
  });
  execFileSync('img2pdf', ['--output', cible, ...jpegs]);
}

mkdirSync(sortie, { recursive: true });
for (const fichier of readdirSync(graines).filter((f) => f.endsWith('.txt')).sort()) {
  const nom = basename(fichier, '.txt');
  const dossier = mkdtempSync(join(tmpdir(), 'jauge-scan-'));
  try {
    const pdf = imprimerGraine(join(graines, fichier), dossier);
    const cible = join(sortie, `${nom}.scan.pdf`);
    scanner(pdf, dossier, cible);
    console.log(`${basename(cible)} : ${Math.round(statSync(cible).size / 1024)} Kio`);
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}
