// Makes test/fixtures/liens/catalogue-apprentissage.pdf: seed 004 (MENJS, « Classe à 12 ») made into a
// convention no registry links yet, for a startup that has no convention of its own: signed on
// 12 février 2021 (a new id, menjs-2021-02-12) for the service « Catalogue des formations en
// apprentissage ». It names the startup in its text, so the import suggests it; the end-to-end test
// links it and finds the badge on that startup's page. The text is laid out in HTML (paragraphs,
// bullets, tab-separated lines as ruled tables) and printed by headless Chromium: a text PDF.
// `npx tsx scripts/fixture-lien-startup.ts` rewrites it; needs Chromium and the seeds (../shared).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(process.env.JAUGE_PARTAGE ?? path.resolve(RACINE, '../shared'), 'seeds');
const SORTIE = path.join(RACINE, 'test/fixtures/liens');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/lib/chromium/chromium';

const echapper = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The seed's inline marks: bold, italics, <links>. */
const enLigne = (s: string) =>
  echapper(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/&lt;(https?:[^&]+)&gt;/g, '$1');

function enHtml(texte: string): string {
  const lignes = texte.replace(/\r\n?/g, '\n').split('\n');
  const corps: string[] = [];
  for (let i = 0; i < lignes.length; ) {
    const ligne = lignes[i]!;
    if (ligne.includes('\t')) {
      const bloc: string[][] = [];
      while (i < lignes.length && lignes[i]!.includes('\t')) bloc.push(lignes[i++]!.split('\t'));
      corps.push(`<table>${bloc.map((r, k) => `<tr>${r.map((c) => (k === 0 ? `<th>${enLigne(c)}</th>` : `<td>${enLigne(c)}</td>`)).join('')}</tr>`).join('')}</table>`);
      continue;
    }
    if (/^- /.test(ligne)) {
      const items: string[] = [];
      while (i < lignes.length && /^- /.test(lignes[i]!)) items.push(`<li>${enLigne(lignes[i++]!.slice(2))}</li>`);
      corps.push(`<ul>${items.join('')}</ul>`);
      continue;
    }
    if (ligne.trim() !== '') corps.push(/^(Article \d|Préambule|Convention de délégation)/.test(ligne) ? `<h2>${enLigne(ligne)}</h2>` : `<p>${enLigne(ligne)}</p>`);
    i++;
  }
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
@page { size: A4; }
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.3; text-align: justify; }
h2 { font-size: 12pt; text-align: left; }
table { border-collapse: collapse; } th, td { border: 0.75pt solid #333; padding: 3pt 6pt; }
</style></head><body>${corps.join('\n')}</body></html>`;
}

const seed = readFileSync(path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('004'))!), 'utf8');
const texte = seed.replaceAll('Classe à 12', 'Catalogue des formations en apprentissage').replace('26 JAN. 2021', '12 FÉV. 2021');
mkdirSync(SORTIE, { recursive: true });
const navigateur = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await navigateur.newPage();
  await page.setContent(enHtml(texte), { waitUntil: 'load' });
  await page.pdf({ path: path.join(SORTIE, 'catalogue-apprentissage.pdf'), format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
} finally {
  await navigateur.close();
}
console.log('test/fixtures/liens/catalogue-apprentissage.pdf');
