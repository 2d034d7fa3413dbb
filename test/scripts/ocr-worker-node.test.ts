// The CLI's OCR worker thread keeps the engine's English diagnostics (Leptonica's « Error in
// boxClipToRectangle ») off the error output a person reads: in the worker, the console and the
// standard streams are silenced before tesseract.js's own worker script is loaded.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/ocr-worker-node.cjs');

describe('ocr-worker-node.cjs', () => {
  it("lets nothing the engine writes reach the process's output", () => {
    const code = `
      const { Worker } = require('node:worker_threads');
      const w = new Worker(${JSON.stringify(`require(${JSON.stringify(SCRIPT)}); console.error('Error in boxClipToRectangle: box outside rectangle'); console.log('Warning: Invalid resolution 0 dpi'); process.stderr.write('Leptonica\\n'); require('node:worker_threads').parentPort.postMessage('fini');`)}, { eval: true });
      w.on('message', () => setTimeout(() => { w.terminate(); console.log('termine'); }, 100));
    `;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '../..'), timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('termine');
  });
});
