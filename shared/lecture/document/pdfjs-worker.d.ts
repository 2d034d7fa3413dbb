// PDF.js ships no types for its worker module; we only hand it back to PDF.js (fake worker, same thread).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
