// OCR of scanned conventions, on a corpus scan at 200 dpi (three pages, printed by Chromium):
// - the whole scan path per page (PDF.js decodes the page, scan/pretraitement.ts makes it ready,
//   the Node tesseract.js worker recognises it, the layout engine lays it out), in wall time and in
//   CPU time (the machine is shared: CPU time says what the reading costs, wall time what the
//   person waits), and its parts: the preparation alone, the recognition alone;
// - the page handed over as the file's own JPEG (Leptonica decodes it, no preparation), with and
//   without tesseract's own deskew, against the prepared page: the figures behind passing pixels;
// - a 60-page scan built from the corpus pages (never committed): peak memory and time, in plain
//   Node and under tsx as `npm run jauge` runs;
// - the bounds: a 20 000 × 20 000 pixel image and a 54-page mosaic, refused, with their time and
//   peak memory.
// Medians of pages, one pass: a page takes seconds, repetitions would only heat the machine.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { creerLecteurOcrNode, DOSSIER_MODELE_FRA } from '../scripts/ocr-node';
import { pdfImageGeante, pdfMosaique54 } from '../scripts/scans-hostiles';
import { lireDocument } from '../shared/lecture/document';
import { chargerPdfJs } from '../shared/lecture/document/pdfjs';
import { pageBlanche, pgm } from '../shared/lecture/document/scan/image';
import { imageDeLaPage } from '../shared/lecture/document/scan/image-pdf';
import { pretraiter } from '../shared/lecture/document/scan/pretraitement';
import { PARAMETRES_TESSERACT } from '../shared/lecture/document/tesseract';
import type { LecteurOcr } from '../shared/lecture/document/types';
import { mediane, type Mesure } from './mesure';
import { jpegsDuPdf, mesurerLecture, nettoyer, pagesA200Dpi, scanDePages, SCANS_CORPUS } from './scans';

const SCAN_200 = path.join(SCANS_CORPUS, '06-dgccrf-economie-2024.chromium.200-gris.pdf');
const OBJECTIF_PAGE_S = 5;
const OBJECTIF_60_PAGES_MIO = 600;
const BORNE_MIO = 1024;
const cpu = (): number => process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;

/** Each page of the scan decoded by PDF.js, and its size in inches. */
async function pagesDecodees(octets: Uint8Array) {
  const pdfjs = await chargerPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(octets), isEvalSupported: false, isOffscreenCanvasSupported: false, isImageDecoderSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const image = (await imageDeLaPage(page, pdfjs))!.image;
    pages.push({ image, format: { largeurPouces: (x1 - x0) / 72, hauteurPouces: (y1 - y0) / 72 } });
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}

async function bout(octets: Uint8Array): Promise<Mesure[]> {
  const ocr = creerLecteurOcrNode();
  try {
    let t = performance.now();
    await ocr.lirePage(pageBlanche(64, 64), 1);
    const demarrage = (performance.now() - t) / 1000;
    const parPage: number[] = [];
    const chronometre: LecteurOcr = {
      async lirePage(image, page, signal) {
        const debut = performance.now();
        const lu = await ocr.lirePage(image, page, signal);
        parPage.push((performance.now() - debut) / 1000);
        return lu;
      },
    };
    t = performance.now();
    const c = cpu();
    const lu = await lireDocument(octets, { nom: path.basename(SCAN_200), ocr: chronometre });
    if (!lu.ok) throw new Error(lu.erreur);
    const murParPage = (performance.now() - t) / 1000 / lu.document.pages;
    const cpuParPage = (cpu() - c) / lu.document.pages;
    return [
      { section: 'ocr', mesure: 'démarrage du worker tesseract.js (modèle français)', valeur: demarrage, unite: 's' },
      { section: 'ocr', mesure: `reconnaissance d'une page 200 dpi préparée (médiane de ${parPage.length})`, valeur: mediane(parPage), unite: 's' },
      { section: 'ocr', mesure: 'PDF scanné 200 dpi de bout en bout, par page (temps attendu)', valeur: murParPage, unite: 's', objectif: `≤ ${OBJECTIF_PAGE_S} s`, atteint: murParPage <= OBJECTIF_PAGE_S },
      { section: 'ocr', mesure: 'PDF scanné 200 dpi de bout en bout, par page (temps CPU, 2 fils)', valeur: cpuParPage, unite: 's' },
    ];
  } finally {
    await ocr.terminer();
  }
}

/** The preparation alone, and the engine given the file's JPEG as it is (with and without its own deskew) against the prepared page. */
async function voies(octets: Uint8Array): Promise<Mesure[]> {
  const pages = await pagesDecodees(octets);
  const preparation: number[] = [];
  const prepares: Uint8Array[] = [];
  for (const p of pages) {
    const t = performance.now();
    prepares.push(pgm(pretraiter(p.image, p.format).image));
    preparation.push(performance.now() - t);
  }
  const { createWorker, OEM } = await import('tesseract.js');
  const worker = await createWorker('fra', OEM.LSTM_ONLY, { langPath: DOSSIER_MODELE_FRA, gzip: true, cacheMethod: 'none' });
  try {
    await worker.setParameters({ ...PARAMETRES_TESSERACT } as never);
    const temps = async (image: Uint8Array, options: object): Promise<number> => {
      const t = performance.now();
      await worker.recognize(Buffer.from(image), options, { text: false, blocks: true });
      return (performance.now() - t) / 1000;
    };
    const jpegs = jpegsDuPdf(octets).map((j) => j.jpeg);
    const jpeg: number[] = [];
    const jpegRedresse: number[] = [];
    const prepare: number[] = [];
    for (let k = 0; k < jpegs.length; k++) {
      jpeg.push(await temps(jpegs[k]!, {}));
      jpegRedresse.push(await temps(jpegs[k]!, { rotateAuto: true }));
      prepare.push(await temps(prepares[k]!, {}));
    }
    return [
      { section: 'ocr', mesure: "préparation d'une page 200 dpi (gris, sens, inclinaison, traits), médiane", valeur: mediane(preparation), unite: 'ms' },
      { section: 'ocr', mesure: 'reconnaissance du JPEG du fichier tel quel (Leptonica le décode)', valeur: mediane(jpeg), unite: 's' },
      { section: 'ocr', mesure: 'reconnaissance du JPEG tel quel, redressé par tesseract (rotateAuto)', valeur: mediane(jpegRedresse), unite: 's' },
      { section: 'ocr', mesure: 'reconnaissance de la page préparée (PGM), même worker', valeur: mediane(prepare), unite: 's' },
    ];
  } finally {
    await worker.terminate();
  }
}

/** A 60-page scan and the two hostile inputs, each read in a process of its own. */
async function memoire(): Promise<Mesure[]> {
  const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-bench-ocr-'));
  try {
    const scan60 = path.join(dossier, 'scan-60-pages.pdf');
    writeFileSync(scan60, scanDePages(pagesA200Dpi(), 60));
    // No time limit here: the figure is the memory of a whole 60-page reading.
    const node = await mesurerLecture(scan60, { sous: 'node', duree: 3600 });
    if (!node.ok) throw new Error(node.erreur);
    const geante = path.join(dossier, 'image-geante.pdf');
    writeFileSync(geante, pdfImageGeante());
    const mosaique = path.join(dossier, 'mosaique-54.pdf');
    writeFileSync(mosaique, await pdfMosaique54());
    const refus = [
      ['image de 20 000 × 20 000 pixels', await mesurerLecture(geante, { sous: 'tsx' })],
      ['mosaïque de 54 pages en une image', await mesurerLecture(mosaique, { sous: 'tsx' })],
    ] as const;
    const tsx = await mesurerLecture(geante, { sous: 'tsx' });
    return [
      { section: 'ocr', mesure: 'scan de 60 pages à 200 dpi : mémoire au plus (Node seul)', valeur: node.memoireMaxMio, unite: 'Mio', objectif: `≤ ${OBJECTIF_60_PAGES_MIO} Mio`, atteint: node.memoireMaxMio <= OBJECTIF_60_PAGES_MIO },
      { section: 'ocr', mesure: 'scan de 60 pages à 200 dpi : par page (temps attendu)', valeur: node.secondes / 60, unite: 's' },
      { section: 'ocr', mesure: 'sous tsx (npm run jauge) : mémoire avant toute page, PDF.js chargé', valeur: tsx.memoireAvantMio, unite: 'Mio' },
      ...refus.flatMap(([quoi, m]) => [
        { section: 'ocr', mesure: `${quoi} : refusée en`, valeur: m.ok ? Number.NaN : m.secondes, unite: 's', objectif: '≤ 60 s', atteint: !m.ok && m.secondes <= 60 },
        { section: 'ocr', mesure: `${quoi} : mémoire au plus (sous tsx)`, valeur: m.memoireMaxMio, unite: 'Mio', objectif: `≤ ${BORNE_MIO} Mio`, atteint: m.memoireMaxMio <= BORNE_MIO },
      ]),
    ];
  } finally {
    rmSync(dossier, { recursive: true, force: true });
    await nettoyer();
  }
}

export async function benchOcr(): Promise<Mesure[]> {
  const octets = new Uint8Array(readFileSync(SCAN_200));
  return [...(await bout(octets)), ...(await voies(octets)), ...(await memoire())];
}
