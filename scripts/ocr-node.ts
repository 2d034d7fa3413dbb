// The CLI's French OCR: a tesseract.js worker thread with the French model of
// @tesseract.js-data/fra read from node_modules (nothing is downloaded, nothing is cached on disk).
// Node boundary: `shared/` receives it as a `LecteurOcr` and never loads tesseract.js itself.
import { createRequire } from 'node:module';
import path from 'node:path';
import { lecteurTesseract, PARAMETRES_TESSERACT, type WorkerTesseract } from '../shared/lecture/document/tesseract';
import type { LecteurOcr } from '../shared/lecture/document/types';

const require = createRequire(import.meta.url);

/** LSTM-only integer model (0.7 Mo): as accurate as the 6 Mo one on the scans, and faster to load. */
export const DOSSIER_MODELE_FRA = path.join(path.dirname(require.resolve('@tesseract.js-data/fra/package.json')), '4.0.0_best_int');

export interface LecteurOcrNode extends LecteurOcr {
  terminer(): Promise<void>;
}

/** Starts the worker on the first page only: a command that reads no scan never pays for it. */
export function creerLecteurOcrNode(): LecteurOcrNode {
  let demarrage: Promise<{ lecteur: LecteurOcr; terminer: () => Promise<unknown> }> | undefined;
  const demarrer = async () => {
    const { createWorker, OEM } = await import('tesseract.js');
    const worker = await createWorker('fra', OEM.LSTM_ONLY, { langPath: DOSSIER_MODELE_FRA, gzip: true, cacheMethod: 'none' });
    await worker.setParameters({ ...PARAMETRES_TESSERACT } as never);
    return { lecteur: lecteurTesseract(worker as unknown as WorkerTesseract), terminer: () => worker.terminate() };
  };
  return {
    async lirePage(image, page) {
      demarrage ??= demarrer();
      return (await demarrage).lecteur.lirePage(image, page);
    },
    async terminer() {
      if (demarrage) await (await demarrage).terminer();
      demarrage = undefined;
    },
  };
}
