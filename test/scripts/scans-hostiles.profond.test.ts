// `npm run test:profond` only (vitest.config.ts includes *.profond.test.ts under JAUGE_PROFOND=1): a
// 54-page mosaic in one image is refused for its unreadable letters, well within the CLI's 60 s,
// under 1 Gio, in a process of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfMosaique54 } from '../../scripts/scans-hostiles';
import { GIO, mesurerLecture } from '../aides/mesurer-lecture';

const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-scans-hostiles-'));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe('bornes des scans (profond)', () => {
  it('refuses a 54-page mosaic in one image for its unreadable letters', { timeout: 300_000 }, async () => {
    const mesure = mesurerLecture(dossier, 'mosaique-54.pdf', await pdfMosaique54());
    expect(mesure.ok).toBe(false);
    expect(mesure.erreur).toMatch(/^Le fichier « mosaique-54\.pdf » n'a pas pu être lu : le texte de la page 1 est trop petit pour être lu \(des lettres de \d pixels/);
    console.info(`mosaïque de 54 pages : ${mesure.secondes.toFixed(1)} s, ${mesure.memoireMaxMio} Mio au plus`);
    expect(mesure.memoireMaxMio).toBeLessThan(GIO);
  });
});
