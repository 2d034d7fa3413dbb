// OCR of a scanned convention: seconds per page through the whole scan path (PDF.js extracts the
// page image, the Node tesseract.js worker recognises it, the words are laid out), on the smallest
// scan fixture (seed 003, five pages), worker start-up measured apart. Median of pages, one pass:
// a page takes seconds, repetitions would only heat the machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { creerLecteurOcrNode } from '../scripts/ocr-node';
import { lireDocument } from '../shared/lecture/document';
import { pageBlanche } from '../shared/lecture/document/scan/image';
import type { LecteurOcr } from '../shared/lecture/document/types';
import { mediane, type Mesure } from './mesure';

const SCAN = path.join(import.meta.dirname, '../test/fixtures/documents/scans/003_f3a018de4bd6a119.scan.pdf');
const OBJECTIF_S = 10;

export async function benchOcr(): Promise<Mesure[]> {
  const ocr = creerLecteurOcrNode();
  try {
    // Start-up (worker, core, French model) on a blank page, so the pages below time recognition only.
    const debut = performance.now();
    await ocr.lirePage(pageBlanche(64, 64), 1);
    const demarrage = (performance.now() - debut) / 1000;
    const parPage: number[] = [];
    const chronometre: LecteurOcr = {
      async lirePage(image, page, signal) {
        const t = performance.now();
        const lu = await ocr.lirePage(image, page, signal);
        parPage.push((performance.now() - t) / 1000);
        return lu;
      },
    };
    const t = performance.now();
    const lu = await lireDocument(new Uint8Array(readFileSync(SCAN)), { nom: path.basename(SCAN), ocr: chronometre });
    if (!lu.ok) throw new Error(lu.erreur);
    const total = (performance.now() - t) / 1000 / lu.document.pages;
    const s = mediane(parPage);
    return [
      { section: 'ocr', mesure: 'démarrage du worker tesseract.js (modèle français)', valeur: demarrage, unite: 's' },
      { section: 'ocr', mesure: `reconnaissance d'une page scannée 150 dpi (médiane de ${parPage.length})`, valeur: s, unite: 's', objectif: `≤ ${OBJECTIF_S} s`, atteint: s <= OBJECTIF_S },
      { section: 'ocr', mesure: 'PDF scanné lu de bout en bout (image, OCR, mise en page), par page', valeur: total, unite: 's', objectif: `≤ ${OBJECTIF_S} s`, atteint: total <= OBJECTIF_S },
    ];
  } finally {
    await ocr.terminer();
  }
}
