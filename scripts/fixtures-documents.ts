// Makes the document fixtures of test/fixtures/documents/ from the five seed conventions
// (../shared/seeds), each laid out as a person's document:
//   NNN.md          the seed as pandoc markdown (tab-separated lines become real pipe tables)
//   NNN.pdf         rendered to HTML by pandoc, printed to PDF by headless Chromium (a text PDF)
//   NNN-entetes.pdf the same with a running header and « Page x / y » footers (Chromium's templates)
//   NNN.docx        pandoc, real Word tables
//   NNN.odt         pandoc, real OpenDocument tables
// plus bad inputs: a password-protected PDF (Ghostscript), a truncated PDF, a .docx with no text.
// `npx tsx scripts/fixtures-documents.ts` rewrites them; needs pandoc, Chromium, Ghostscript.
// The other engineer's scans are made from the NNN.pdf files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The seeds sit beside the repository (../shared); JAUGE_PARTAGE names that folder from a worktree.
const SEEDS = path.join(process.env.JAUGE_PARTAGE ?? path.resolve(RACINE, '../shared'), 'seeds');
const SORTIE = path.join(RACINE, 'test/fixtures/documents');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/lib/chromium/chromium';

const CSS = `
@page { size: A4; }
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.3; margin: 0; text-align: justify; }
h1, h2, h3, h4 { font-size: 12pt; margin: 1.2em 0 0.6em; text-align: left; }
p { margin: 0 0 0.7em; }
table { border-collapse: collapse; margin: 0.6em 0 1em; font-size: 9.5pt; text-align: left; }
th, td { border: 0.75pt solid #333; padding: 3pt 6pt; vertical-align: top; }
th { background: #eee; }
`;

/** Pipe-table cell: no pipes, no line breaks. */
const cellule = (s: string) => s.replace(/\|/g, '\\|').trim();

/** The seed as pandoc markdown: each run of tab-separated lines becomes a pipe table (first line as header). */
export function seedEnMarkdown(texte: string): string {
  const lignes = texte.replace(/\r\n?/g, '\n').split('\n');
  const sortie: string[] = [];
  for (let i = 0; i < lignes.length; ) {
    if (!lignes[i]!.includes('\t')) {
      sortie.push(lignes[i]!);
      i++;
      continue;
    }
    const bloc: string[][] = [];
    while (i < lignes.length && lignes[i]!.includes('\t')) bloc.push(lignes[i++]!.split('\t'));
    const colonnes = Math.max(...bloc.map((r) => r.length));
    const ligne = (r: string[]) => `| ${Array.from({ length: colonnes }, (_, c) => cellule(r[c] ?? '') || ' ').join(' | ')} |`;
    if (sortie.length > 0 && sortie[sortie.length - 1] !== '') sortie.push('');
    sortie.push(ligne(bloc[0]!), `|${Array.from({ length: colonnes }, () => '---').join('|')}|`, ...bloc.slice(1).map(ligne), '');
  }
  return `${sortie.join('\n')}\n`;
}

function pandoc(entree: string, ...args: string[]): void {
  execFileSync('pandoc', ['-f', 'markdown+hard_line_breaks-smart', ...args, entree], { stdio: ['ignore', 'inherit', 'inherit'] });
}

async function principal(): Promise<void> {
  rmSync(SORTIE, { recursive: true, force: true });
  mkdirSync(SORTIE, { recursive: true });
  const travail = path.join(SORTIE, '.travail');
  mkdirSync(travail, { recursive: true });
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const navigateur = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const seed of seeds) {
      const nom = seed.slice(0, 3);
      const md = path.join(SORTIE, `${nom}.md`);
      writeFileSync(md, seedEnMarkdown(readFileSync(path.join(SEEDS, seed), 'utf8')));
      pandoc(md, '-t', 'docx', '-o', path.join(SORTIE, `${nom}.docx`));
      pandoc(md, '-t', 'odt', '-o', path.join(SORTIE, `${nom}.odt`));
      const html = path.join(travail, `${nom}.html`);
      writeFileSync(path.join(travail, 'style.css'), CSS);
      pandoc(md, '-t', 'html5', '-s', '--metadata', `title=Convention ${nom}`, '--metadata', 'lang=fr', '-V', 'title=', '-c', 'style.css', '-o', html);
      const page = await navigateur.newPage();
      await page.goto(`file://${html}`, { waitUntil: 'load' });
      // pandoc's standalone template prints the title; a person's document has none above its heading.
      await page.evaluate(() => document.querySelector('header#title-block-header')?.remove());
      await page.pdf({ path: path.join(SORTIE, `${nom}.pdf`), format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
      await page.pdf({
        path: path.join(SORTIE, `${nom}-entetes.pdf`),
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;font-family:'DejaVu Sans'">Convention de délégation de gestion — document ${nom}</div>`,
        footerTemplate: `<div style="font-size:8pt;width:100%;text-align:right;padding-right:20mm;font-family:'DejaVu Sans'">Page <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
        margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
      });
      await page.close();
      console.log(`${nom} : .md, .pdf, -entetes.pdf, .docx, .odt`);
    }
  } finally {
    await navigateur.close();
  }
  // Bad inputs: a password-protected copy, a truncated copy, a Word file with no text.
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-sOwnerPassword=proprietaire', '-sUserPassword=secret', '-dEncryptionR=3', '-dKeyLength=128', `-sOutputFile=${path.join(SORTIE, 'chiffre.pdf')}`, path.join(SORTIE, '004.pdf')]);
  const pdf = readFileSync(path.join(SORTIE, '004.pdf'));
  writeFileSync(path.join(SORTIE, 'tronque.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
  const vide = path.join(travail, 'vide.md');
  writeFileSync(vide, '\n');
  pandoc(vide, '-t', 'docx', '-o', path.join(SORTIE, 'sans-texte.docx'));
  rmSync(travail, { recursive: true, force: true });
  console.log('chiffre.pdf, tronque.pdf, sans-texte.docx');
}

await principal();
