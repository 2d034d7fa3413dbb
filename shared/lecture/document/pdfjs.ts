// Loading Mozilla's PDF.js, once, for the text reader (pdf.ts) and the OCR reader (pdf-scanne.ts): in
// its own file so that neither reader imports the other for it. By dynamic import only, so PDF.js
// never lands in the popup or the content script. The legacy build runs on Node 20 (the modern build
// needs Node 22's Promise.withResolvers and friends) and in any extension page; its worker module
// is imported too and handed to PDF.js as `globalThis.pdfjsWorker` (PDF.js's own "fake worker" on
// the same thread): no worker URL to fetch, nothing from a CDN.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let chargement: Promise<PdfJs> | undefined;

/** PDF.js and its worker module, once. */
export function chargerPdfJs(): Promise<PdfJs> {
  chargement ??= (async () => {
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    const global = globalThis as { pdfjsWorker?: unknown };
    global.pdfjsWorker ??= worker;
    return pdfjs;
  })();
  return chargement;
}
