// The options page's French OCR: tesseract.js in a worker started from the extension's own files
// (ocr/, copied at build time by wxt.config.ts): no CDN, no blob: worker (workerBlobURL false, which
// an extension's CSP would refuse), no IndexedDB cache of the model. Loaded by dynamic import only
// when a scanned PDF is opened on this page.
import { browser } from 'wxt/browser';
import { lecteurTesseractDiffere, type LecteurOcrArretable } from '../../../../shared/lecture/document/tesseract';

const url = (chemin: string): string => browser.runtime.getURL(chemin as never);

export function creerLecteurOcrPage(): LecteurOcrArretable {
  return lecteurTesseractDiffere(async () => {
    const { createWorker, OEM } = await import('tesseract.js');
    const worker = await createWorker('fra', OEM.LSTM_ONLY, {
      workerPath: url('/ocr/worker.min.js'),
      corePath: url('/ocr/tesseract-core-simd-lstm.wasm.js'),
      langPath: url('/ocr'),
      gzip: true,
      cacheMethod: 'none',
      workerBlobURL: false,
    });
    return worker as unknown as Awaited<ReturnType<Parameters<typeof lecteurTesseractDiffere>[0]>>;
  });
}
