// The CLI's French OCR: a tesseract.js worker thread with the French model of
// @tesseract.js-data/fra read from node_modules (nothing is downloaded, nothing is cached on disk).
// Node boundary: `shared/` receives it as a `LecteurOcr` and never loads tesseract.js itself.
import { createRequire } from 'node:module';
import path from 'node:path';
import { lecteurTesseractDiffere, type LecteurOcrArretable, type WorkerTesseract } from '../shared/lecture/document/tesseract';

const require = createRequire(import.meta.url);

/** The worker thread's script: tesseract.js's own, with the engine's English console output silenced. */
const SCRIPT_WORKER = path.join(import.meta.dirname, 'ocr-worker-node.cjs');

/** LSTM-only integer model (0.7 Mo): read the scans as well as the 6 Mo one, and loads faster. */
export const DOSSIER_MODELE_FRA = path.join(path.dirname(require.resolve('@tesseract.js-data/fra/package.json')), '4.0.0_best_int');

export function creerLecteurOcrNode(): LecteurOcrArretable {
  return lecteurTesseractDiffere(async () => {
    const { createWorker, OEM } = await import('tesseract.js');
    const worker = await createWorker('fra', OEM.LSTM_ONLY, { langPath: DOSSIER_MODELE_FRA, gzip: true, cacheMethod: 'none', workerPath: SCRIPT_WORKER });
    return worker as unknown as Awaited<ReturnType<Parameters<typeof lecteurTesseractDiffere>[0]>>;
  });
}
