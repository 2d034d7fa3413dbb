// The producers of the corpus: each lays out the same convention text the way another office's
// tool would, so that the readers meet tables as people draw them.
//   chromium           pandoc → HTML, bordered tables with narrow columns (amounts and their words
//                      wrap over 2–3 lines), header and « Page x / y » footer, printed by Chromium
//   writer-odt         pandoc → .odt (A4, header, « Page x sur y »), borderless 13 cm tables whose
//                      columns nearly touch, printed by LibreOffice Writer
//   writer-docx        pandoc → .docx (same template), borderless tables sized to their content,
//                      printed by LibreOffice Writer
//   writer-docx-cadre  pandoc → .docx whose table style is ruled, sans-serif, full-width tables,
//                      printed by LibreOffice Writer
//   ghostscript        the Chromium PDF rewritten by Ghostscript's pdfwrite (fonts re-encoded,
//                      content streams and rules redrawn)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Browser } from 'puppeteer-core';
import { figerPdf } from './figer';
import { DATE_ZIP, referenceDocx, referenceOdt, zipper } from './references';

export const PRODUCTEURS_PDF = ['chromium', 'writer-odt', 'writer-docx', 'writer-docx-cadre', 'ghostscript'] as const;
export type ProducteurPdf = (typeof PRODUCTEURS_PDF)[number];

/** The same date for the tools that read it (pandoc's document properties, Ghostscript's). */
const ENV_DATE = { ...process.env, SOURCE_DATE_EPOCH: String(DATE_ZIP.getTime() / 1000) };

const CSS_CHROMIUM = `
@page { size: A4; }
body { font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 1.3; margin: 0; text-align: justify; }
h1, h2, h3, h4 { font-size: 11.5pt; margin: 1.1em 0 0.5em; text-align: left; }
p { margin: 0 0 0.6em; }
table { border-collapse: collapse; margin: 0.5em 0 0.9em; font-size: 9pt; text-align: left; }
th, td { border: 0.75pt solid #222; padding: 2pt 4pt; vertical-align: top; width: 29mm; }
th { background: #e6e6e6; font-weight: bold; }
`;

/** What the running header says: the first acronym in brackets (the délégant, or the DINUM for FAST) and the kind. */
export function enteteDe(texte: string): string {
  // « (FAST) » names the fund, not a party.
  const sigle = [...texte.matchAll(/\(([A-Z][A-Z0-9-]{1,11})\)/g)].map((m) => m[1]!).find((s) => s !== 'FAST') ?? 'DINUM';
  return `${sigle} – ${/partenariat/i.test(texte) ? 'Convention de partenariat FAST' : 'Convention de délégation de gestion'}`;
}

function pandoc(entree: string, sortie: string, ...options: string[]): void {
  execFileSync('pandoc', ['-f', 'markdown-smart', ...options, '-o', sortie, entree], { stdio: ['ignore', 'inherit', 'inherit'], env: ENV_DATE });
}

/** Re-zips a package with fixed dates after `modifier`. */
function rezipper(fichier: string, modifier: (parties: Record<string, Uint8Array>) => void): void {
  const parties = unzipSync(new Uint8Array(readFileSync(fichier)));
  modifier(parties);
  writeFileSync(fichier, zipper(parties));
}

export interface Chemins {
  /** The convention text (markdown). */
  md: string;
  /** A scratch folder for this text. */
  travail: string;
  /** The text's name without extension. */
  nom: string;
}

/** .odt: pandoc with the A4 template; tables set to 13 cm, left-aligned, as a person narrows them. */
export function fabriquerOdt({ md, travail, nom }: Chemins, cible: string): void {
  const reference = path.join(travail, 'reference.odt');
  writeFileSync(reference, referenceOdt(enteteDe(readFileSync(md, 'utf8'))));
  pandoc(md, cible, '--columns=10000', '--reference-doc', reference);
  rezipper(cible, (parties) => {
    const contenu = strFromU8(parties['content.xml']!);
    const etroit = contenu.replace(/<style:table-properties table:align="center" \/>/g, '<style:table-properties style:width="13cm" table:align="left" />');
    if (etroit === contenu && contenu.includes('<table:table ')) throw new Error(`${nom}.odt : styles de tableau de pandoc introuvables.`);
    parties['content.xml'] = strToU8(etroit);
  });
}

/** .docx: pandoc with the A4 template; `cadre` gives ruled full-width tables, otherwise borderless ones sized to their content. */
export function fabriquerDocx({ md, travail }: Chemins, cible: string, cadre: boolean): void {
  const reference = path.join(travail, cadre ? 'reference-cadre.docx' : 'reference.docx');
  writeFileSync(reference, referenceDocx({ entete: enteteDe(readFileSync(md, 'utf8')), cadre }));
  // Without --columns, pandoc spreads a table over the full width; with it, Writer fits columns to their content.
  pandoc(md, cible, ...(cadre ? [] : ['--columns=10000']), '--reference-doc', reference);
  rezipper(cible, () => undefined);
}

/**
 * LibreOffice Writer prints each file to PDF in `dossier`, under the file's own name. A private
 * profile: another soffice running on the machine would otherwise take the job and drop it.
 */
export function imprimerWriter(fichiers: string[], dossier: string, profil: string): void {
  mkdirSync(dossier, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${profil}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dossier, ...fichiers], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: ENV_DATE,
  });
}

export async function imprimerChromium(navigateur: Browser, { md, travail, nom }: Chemins, cible: string): Promise<void> {
  const texte = readFileSync(md, 'utf8');
  const html = path.join(travail, `${nom}.html`);
  writeFileSync(path.join(travail, 'style.css'), CSS_CHROMIUM);
  pandoc(md, html, '-t', 'html5', '-s', '--columns=10000', '--metadata', `pagetitle=${nom}`, '--metadata', 'lang=fr', '-c', 'style.css');
  const page = await navigateur.newPage();
  try {
    await page.goto(`file://${html}`, { waitUntil: 'load' });
    const petit = "font-size:8pt;width:100%;font-family:'DejaVu Sans';margin:0 20mm";
    await page.pdf({
      path: cible,
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: `<div style="${petit};text-align:right">${enteteDe(texte)}</div>`,
      footerTemplate: `<div style="${petit};text-align:center">Page <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
    });
  } finally {
    await page.close();
  }
  figer(cible);
}

export function refaireGhostscript(source: string, cible: string): void {
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5', `-sOutputFile=${cible}`, source], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: ENV_DATE,
  });
  figer(cible);
}

/** Rewrites a PDF with its dates and identifiers fixed. */
export function figer(fichier: string): void {
  writeFileSync(fichier, figerPdf(readFileSync(fichier)));
}

/** Moves Writer's `<nom>.pdf` to its place in the corpus, dates fixed. */
export function rangerPdfWriter(dossier: string, nom: string, cible: string): void {
  renameSync(path.join(dossier, `${nom}.pdf`), cible);
  figer(cible);
}
