// The scan path's bounds, each document read as `jauge parse` reads it, in a process of its own so
// that its peak memory is measured: a 20 000 × 20 000 pixel image is refused before it is decoded,
// naming the file and the reason in French, under 1 Gio. The 54-page mosaic, minutes of OCR, is in
// scans-hostiles.profond.test.ts (`npm run test:profond`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfImageGeante } from '../../scripts/scans-hostiles';
import { GIO, mesurerLecture } from '../aides/mesurer-lecture';

const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-scans-hostiles-'));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe('bornes des scans', () => {
  it('refuses a 20 000 × 20 000 pixel image without decoding it', { timeout: 180_000 }, () => {
    const mesure = mesurerLecture(dossier, 'image-geante.pdf', pdfImageGeante());
    expect(mesure.ok).toBe(false);
    expect(mesure.erreur).toMatch(/^Le fichier « image-geante\.pdf » contient une image de 20\s000 × 20\s000 pixels .* Jauge ne lit pas d'image de plus de 40 millions de pixels/);
    console.info(`image géante : ${mesure.secondes.toFixed(1)} s, ${mesure.memoireMaxMio} Mio au plus (${mesure.memoireAvantMio} avant d'ouvrir le fichier)`);
    expect(mesure.memoireMaxMio).toBeLessThan(GIO);
  });
});
