// The scan path's bounds, each document read as `jauge parse` reads it, in a process of its own so
// that its peak memory is measured: a 20 000 × 20 000 pixel image is refused before it is decoded,
// naming the file and the reason in French, under 1 Gio; with JAUGE_PROFOND=1, a 54-page mosaic in
// one image is refused for its unreadable letters, well within the CLI's 60 s, under 1 Gio.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MesureLecture } from '../../scripts/mesurer-lecture';
import { pdfImageGeante, pdfMosaique54 } from '../../scripts/scans-hostiles';

const RACINE = path.resolve(import.meta.dirname, '../..');
const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-scans-hostiles-'));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

function mesurer(nom: string, octets: Uint8Array): MesureLecture {
  const fichier = path.join(dossier, nom);
  writeFileSync(fichier, octets);
  const sortie = execFileSync(path.join(RACINE, 'node_modules/.bin/tsx'), [path.join(RACINE, 'scripts/mesurer-lecture.ts'), fichier], { encoding: 'utf8', timeout: 180_000 });
  return JSON.parse(sortie) as MesureLecture;
}

const GIO = 1024;

describe('bornes des scans', () => {
  it('refuses a 20 000 × 20 000 pixel image without decoding it', { timeout: 180_000 }, () => {
    const mesure = mesurer('image-geante.pdf', pdfImageGeante());
    expect(mesure.ok).toBe(false);
    expect(mesure.erreur).toMatch(/^Le fichier « image-geante\.pdf » contient une image de 20\s000 × 20\s000 pixels .* Jauge ne lit pas d'image de plus de 40 millions de pixels/);
    console.info(`image géante : ${mesure.secondes.toFixed(1)} s, ${mesure.memoireMaxMio} Mio au plus (${mesure.memoireAvantMio} avant d'ouvrir le fichier)`);
    expect(mesure.memoireMaxMio).toBeLessThan(GIO);
  });

  it.runIf(process.env.JAUGE_PROFOND === '1')('refuses a 54-page mosaic in one image for its unreadable letters', { timeout: 300_000 }, async () => {
    const mesure = mesurer('mosaique-54.pdf', await pdfMosaique54());
    expect(mesure.ok).toBe(false);
    expect(mesure.erreur).toMatch(/^Le fichier « mosaique-54\.pdf » n'a pas pu être lu : le texte de la page 1 est trop petit pour être lu \(des lettres de \d pixels/);
    console.info(`mosaïque de 54 pages : ${mesure.secondes.toFixed(1)} s, ${mesure.memoireMaxMio} Mio au plus`);
    expect(mesure.memoireMaxMio).toBeLessThan(GIO);
  });
});
