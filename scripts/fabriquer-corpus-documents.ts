// Remakes the corpus of documents made by many hands (test/fixtures/documents/corpus/) from its
// convention texts (textes/*.md, the ground truth, read by hand in attendu.json):
//   docx/<nom>.docx, docx-cadre/<nom>.docx, odt/<nom>.odt     pandoc (kept as corpus entries)
//   <producteur>/<nom>.pdf for the five producers of corpus-documents/producteurs.ts
//   scans/<nom>.<producteur>.<dpi>-<gris|couleur>.pdf          a subset of the PDFs scanned
//   documents.json                                             the list the scoring test reads
//
// Scans: every producer is scanned at 150, 200 and 300 dpi, in grey and in colour (6 scans a
// producer, 30 in all), each on a different text (texts rotate so that every text is scanned 2
// or 3 times). Scanning every text in every way would weigh ~10 times more than the 15 Mo the
// repository allows for this corpus. A few scans (≤ 12 pages, marked `echantillon`) are read by
// `npm test`; all of them under `npm run test:profond` (JAUGE_PROFOND=1).
//
// Needs: apt-get install -y pandoc libreoffice-writer-nogui fonts-dejavu fonts-liberation
//        ghostscript poppler-utils imagemagick img2pdf chromium
// Usage: npx tsx scripts/fabriquer-corpus-documents.ts [--scans]   (4 to 14 minutes on 2 cores,
//        as busy as the machine is; --scans remakes the scans only)
// Deterministic: fixed dates and identifiers in every file, seeded angles, stamps and noise.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import {
  enteteDe,
  fabriquerDocx,
  fabriquerOdt,
  imprimerChromium,
  imprimerWriter,
  PRODUCTEURS_PDF,
  rangerPdfWriter,
  refaireGhostscript,
  type ProducteurPdf,
} from './corpus-documents/producteurs';
import { graineDe, scannerPdf, type OptionsScan } from './corpus-documents/scans';

const RACINE = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(RACINE, 'test/fixtures/documents/corpus');
const TEXTES = path.join(CORPUS, 'textes');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/lib/chromium/chromium';
/** What the committed corpus may weigh (issue 16). */
const TAILLE_MAX = 15 * 1024 * 1024;
/** Pages of OCR `npm test` may spend on the sample (~2 s a page on 2 cores). */
const PAGES_ECHANTILLON = 12;
/** `--scans`: keep the .odt, .docx and PDFs, remake the scans only (no Writer, no Chromium run). */
const SCANS_SEULEMENT = process.argv.includes('--scans');

const cheminPdf = (producteur: ProducteurPdf, nom: string) => path.join(CORPUS, producteur, `${nom}.pdf`);

/** One document of the corpus, as documents.json lists it (read by the scoring test). */
export interface DocumentCorpus {
  /** Path from the corpus folder. */
  fichier: string;
  /** The text it was made from (name in textes/ without .md, key of attendu.json). */
  texte: string;
  producteur: 'texte' | 'pandoc' | ProducteurPdf;
  format: 'md' | 'docx' | 'odt' | 'pdf' | 'scan';
  /** The variant, when a producer makes several of one format (« cadre »: ruled tables). */
  variante?: string;
  pages?: number;
  scan?: { dpi: OptionsScan['dpi']; couleur: boolean; angles: number[]; source: string };
  /** Read by `npm test` (scans: a fixed sample); the others only under JAUGE_PROFOND=1. */
  echantillon: boolean;
}

function verifierOutils(): void {
  const outils: [string, string][] = [
    ['pandoc', 'pandoc'],
    ['soffice', 'libreoffice-writer-nogui'],
    ['gs', 'ghostscript'],
    ['pdftoppm', 'poppler-utils'],
    ['pdftotext', 'poppler-utils'],
    ['pdfinfo', 'poppler-utils'],
    ['convert', 'imagemagick'],
    ['img2pdf', 'img2pdf'],
  ];
  const manquants = outils.filter(([commande]) => {
    try {
      execFileSync('sh', ['-c', `command -v ${commande}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (!existsSync(CHROMIUM)) manquants.push([CHROMIUM, 'chromium']);
  const polices = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  if (!/DejaVu Serif/.test(polices)) manquants.push(['police DejaVu Serif', 'fonts-dejavu']);
  if (!/Liberation Sans/.test(polices)) manquants.push(['police Liberation Sans', 'fonts-liberation']);
  if (manquants.length === 0) return;
  const paquets = [...new Set(manquants.map(([, p]) => p))].join(' ');
  console.error(`Outils absents : ${manquants.map(([c]) => c).join(', ')}.\nInstallez-les : apt-get install -y ${paquets}\n(CHROMIUM=chemin désigne un autre Chromium.)`);
  process.exit(2);
}

const pagesDe = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

const VARIANTES_SCAN: { dpi: OptionsScan['dpi']; couleur: boolean }[] = [
  { dpi: 150, couleur: false },
  { dpi: 200, couleur: false },
  { dpi: 300, couleur: false },
  { dpi: 150, couleur: true },
  { dpi: 200, couleur: true },
  { dpi: 300, couleur: true },
];

/** The npm test sample: one scan per producer, no 300 dpi (slowest OCR), grey and colour mixed. */
const ECHANTILLON: [ProducteurPdf, number][] = [
  ['chromium', 1],
  ['writer-odt', 3],
  ['writer-docx', 0],
  ['writer-docx-cadre', 4],
  ['ghostscript', 3],
];

const MOIS = ['JANV.', 'FÉVR.', 'MARS', 'AVR.', 'MAI', 'JUIN', 'JUIL.', 'AOÛT', 'SEPT.', 'OCT.', 'NOV.', 'DÉC.'];

/** The arrival stamp's date: a few days after signature, from the hand reading. */
function dateArrivee(texte: string): string {
  const attendu = (JSON.parse(readFileSync(path.join(CORPUS, 'attendu.json'), 'utf8')) as Record<string, { dateSignature?: string }>)[texte];
  const d = new Date(`${attendu?.dateSignature ?? '2024-01-01'}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 6);
  return `${d.getUTCDate()} ${MOIS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Every convention text laid out by every producer: .odt, .docx, PDFs (the slow part: Writer, Chromium). */
async function fabriquerDocuments(noms: readonly string[], travail: string): Promise<void> {
  for (const dossier of ['docx', 'docx-cadre', 'odt', ...PRODUCTEURS_PDF]) {
    rmSync(path.join(CORPUS, dossier), { recursive: true, force: true });
    mkdirSync(path.join(CORPUS, dossier), { recursive: true });
  }
  const navigateur = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const nom of noms) {
      const chemins = { md: path.join(TEXTES, `${nom}.md`), travail: path.join(travail, nom), nom };
      mkdirSync(chemins.travail, { recursive: true });
      fabriquerOdt(chemins, path.join(CORPUS, 'odt', `${nom}.odt`));
      fabriquerDocx(chemins, path.join(CORPUS, 'docx', `${nom}.docx`), false);
      fabriquerDocx(chemins, path.join(CORPUS, 'docx-cadre', `${nom}.docx`), true);
      await imprimerChromium(navigateur, chemins, cheminPdf('chromium', nom));
      refaireGhostscript(cheminPdf('chromium', nom), cheminPdf('ghostscript', nom));
      console.log(`${nom} : .odt, .docx, .docx (cadre), PDF Chromium, PDF Ghostscript`);
    }
  } finally {
    await navigateur.close();
  }
  // One Writer run per folder (a run cannot print two files of the same name).
  const profil = path.join(travail, 'profil-libreoffice');
  const lots: [ProducteurPdf, string, string][] = [
    ['writer-odt', 'odt', '.odt'],
    ['writer-docx', 'docx', '.docx'],
    ['writer-docx-cadre', 'docx-cadre', '.docx'],
  ];
  for (const [producteur, dossier, extension] of lots) {
    const sortie = path.join(travail, `writer-${dossier}`);
    imprimerWriter(noms.map((n) => path.join(CORPUS, dossier, `${n}${extension}`)), sortie, profil);
    for (const nom of noms) rangerPdfWriter(sortie, nom, cheminPdf(producteur, nom));
    console.log(`LibreOffice Writer : ${noms.length} PDF depuis ${dossier}/`);
  }
}

/** The texts, .odt, .docx and PDFs as corpus entries (all read by `npm test`). */
function documentsFaits(noms: readonly string[]): DocumentCorpus[] {
  const documents: DocumentCorpus[] = [];
  for (const nom of noms) {
    documents.push({ fichier: `textes/${nom}.md`, texte: nom, producteur: 'texte', format: 'md', echantillon: true });
    documents.push({ fichier: `odt/${nom}.odt`, texte: nom, producteur: 'pandoc', format: 'odt', echantillon: true });
    documents.push({ fichier: `docx/${nom}.docx`, texte: nom, producteur: 'pandoc', format: 'docx', echantillon: true });
    documents.push({ fichier: `docx-cadre/${nom}.docx`, texte: nom, producteur: 'pandoc', format: 'docx', variante: 'cadre', echantillon: true });
  }
  for (const producteur of PRODUCTEURS_PDF) {
    for (const nom of noms) {
      documents.push({ fichier: `${producteur}/${nom}.pdf`, texte: nom, producteur, format: 'pdf', pages: pagesDe(cheminPdf(producteur, nom)), echantillon: true });
    }
  }
  return documents;
}

/**
 * Producer j, variant k → text (j + 5k) mod n, so that each producer meets six texts; a 300 dpi
 * scan takes the next text of two pages at most (a 300 dpi page weighs twice a 200 dpi one).
 */
function scanner(noms: readonly string[], travail: string): DocumentCorpus[] {
  rmSync(path.join(CORPUS, 'scans'), { recursive: true, force: true });
  mkdirSync(path.join(CORPUS, 'scans'), { recursive: true });
  const documents: DocumentCorpus[] = [];
  let pagesEchantillon = 0;
  PRODUCTEURS_PDF.forEach((producteur, j) => {
    VARIANTES_SCAN.forEach((variante, k) => {
      let i = (j + 5 * k) % noms.length;
      for (let essais = 0; variante.dpi === 300 && pagesDe(cheminPdf(producteur, noms[i]!)) > 2 && essais < noms.length; essais++) i = (i + 1) % noms.length;
      const nom = noms[i]!;
      const suffixe = `${variante.dpi}-${variante.couleur ? 'couleur' : 'gris'}`;
      const fichier = `scans/${nom}.${producteur}.${suffixe}.pdf`;
      const dossier = path.join(travail, 'scan', `${nom}.${producteur}.${suffixe}`);
      mkdirSync(dossier, { recursive: true });
      const texte = readFileSync(path.join(TEXTES, `${nom}.md`), 'utf8');
      // The round stamp is the délégataire's for a délégation, the partner's for FAST (who signs last).
      const sigles = [...texte.matchAll(/\(([A-Z][A-Z0-9-]{1,11})\)/g)].map((m) => m[1]!);
      const sigle = sigles.find((s) => s !== 'FAST' && s !== enteteDe(texte).split(' ')[0]) ?? 'DINUM';
      const fait = scannerPdf(cheminPdf(producteur, nom), path.join(CORPUS, fichier), dossier, {
        ...variante,
        graine: graineDe(fichier),
        sigle,
        dateArrivee: dateArrivee(nom),
      });
      const echantillon = ECHANTILLON.some(([p, v]) => p === producteur && v === k) && pagesEchantillon + fait.pages <= PAGES_ECHANTILLON;
      if (echantillon) pagesEchantillon += fait.pages;
      documents.push({
        fichier,
        texte: nom,
        producteur,
        format: 'scan',
        pages: fait.pages,
        scan: { ...variante, angles: fait.angles, source: `${producteur}/${nom}.pdf` },
        echantillon,
      });
      console.log(`${fichier} : ${fait.pages} page(s), ${fait.angles.map((a) => `${a}°`).join(', ')}${echantillon ? ' (échantillon)' : ''}`);
    });
  });
  return documents;
}

async function principal(): Promise<void> {
  verifierOutils();
  const noms = readdirSync(TEXTES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  const travail = mkdtempSync(path.join(tmpdir(), 'jauge-corpus-'));
  // Interrupted (Ctrl-C): the scratch folder goes too; the corpus is left half made, run again.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      rmSync(travail, { recursive: true, force: true });
      process.exit(130);
    });
  }
  const documents: DocumentCorpus[] = [];
  try {
    if (!SCANS_SEULEMENT) await fabriquerDocuments(noms, travail);
    documents.push(...documentsFaits(noms), ...scanner(noms, travail));
  } finally {
    rmSync(travail, { recursive: true, force: true });
  }
  writeFileSync(path.join(CORPUS, 'documents.json'), `${JSON.stringify(documents, null, 1)}\n`);
  bilan(documents);
}

function bilan(documents: DocumentCorpus[]): void {
  const taille = (f: string) => statSync(path.join(CORPUS, f)).size;
  const parFormat = new Map<string, number>();
  for (const d of documents) parFormat.set(d.format, (parFormat.get(d.format) ?? 0) + taille(d.fichier));
  const total = documents.reduce((n, d) => n + taille(d.fichier), 0) + taille('attendu.json') + taille('documents.json');
  const mio = (n: number) => `${(n / 1024 / 1024).toFixed(2)} Mio`;
  console.log(`\n${documents.length} documents, ${mio(total)} : ${[...parFormat].map(([f, n]) => `${f} ${mio(n)}`).join(', ')}`);
  if (total > TAILLE_MAX) {
    console.error(`Le corpus dépasse ${mio(TAILLE_MAX)} : réduisez la qualité JPEG ou le nombre de scans.`);
    process.exit(1);
  }
}

await principal();
