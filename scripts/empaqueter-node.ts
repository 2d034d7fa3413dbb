// A Node entry point (the CLI, a measuring or campaign runner) bundled by esbuild into one file that
// plain `node` starts in a fraction of tsx's time. PDF.js and tesseract.js stay in node_modules,
// loaded when a document needs them, as under tsx; the OCR worker's script goes beside the bundle,
// where scripts/ocr-node.ts looks for it (import.meta.dirname), wherever the bundle is written.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const SCRIPT_WORKER_OCR = path.join(import.meta.dirname, 'ocr-worker-node.cjs');
const EXTERNES = ['pdfjs-dist', 'pdfjs-dist/*', 'tesseract.js', '@tesseract.js-data/*'];

/** Bundles `entree` into `sortie` (an .mjs file) with the OCR worker's script beside it. */
export async function empaqueterPourNode(entree: string, sortie: string): Promise<void> {
  const dossier = path.dirname(sortie);
  mkdirSync(dossier, { recursive: true });
  await build({ entryPoints: [entree], bundle: true, platform: 'node', format: 'esm', target: 'node20', external: EXTERNES, outfile: sortie, logLevel: 'error' });
  if (dossier !== path.dirname(SCRIPT_WORKER_OCR)) copyFileSync(SCRIPT_WORKER_OCR, path.join(dossier, path.basename(SCRIPT_WORKER_OCR)));
}
