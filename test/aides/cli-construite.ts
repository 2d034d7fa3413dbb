// Vitest global setup of the unit project: the `jauge` CLI (scripts/jauge.ts) bundled once per run by
// esbuild — tsx's own compiler — into node_modules/.cache, so that each test process starts in about
// 0.2 s instead of tsx's 0.8 s (the CLI tests spawn it about sixty times: 40 s of CPU on a 2-core CI).
// The OCR worker's script goes beside the bundle, where scripts/ocr-node.ts looks for it.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CLI_CONSTRUITE, DOSSIER_CLI_CONSTRUITE, RACINE } from './cli';

export default async function construireCli(): Promise<void> {
  mkdirSync(DOSSIER_CLI_CONSTRUITE, { recursive: true });
  await build({
    entryPoints: [path.join(RACINE, 'scripts/jauge.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Loaded when a document needs them, from node_modules, as under tsx.
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'tesseract.js', '@tesseract.js-data/fra', '@tesseract.js-data/fra/*'],
    outfile: CLI_CONSTRUITE,
    logLevel: 'silent',
  });
  copyFileSync(path.join(RACINE, 'scripts/ocr-worker-node.cjs'), path.join(DOSSIER_CLI_CONSTRUITE, 'ocr-worker-node.cjs'));
}
