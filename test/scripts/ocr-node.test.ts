// The OCR of scanned conventions, for real: the five seeds printed, scanned at 150 dpi with skew
// and noise (test/fixtures/documents/scans/, made by scripts/fabriquer-scans.ts), read through
// lireDocument (PDF.js), the Node tesseract.js adapter and the convention reader. Every field of
// ../shared/spec/seeds.expected.json must come out right except at most one per document, and a
// field that differs must not be silently trusted: read from a line flagged for review, or absent
// (the review asks for it). Slow (seconds a page): npm test reads one seed, JAUGE_PROFOND=1 all five.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { creerLecteurOcrNode } from '../../scripts/ocr-node';
import { lireConvention } from '../../shared/lecture/convention';
import { lireDocument } from '../../shared/lecture/document';
import { champsDouteux, constatsDeRevue } from '../../shared/lecture/document/revue';
import type { LigneDocument } from '../../shared/lecture/document/types';

const RACINE = path.resolve(import.meta.dirname, '../..');
const PARTAGE = [path.resolve(RACINE, '../shared'), path.resolve(RACINE, '../../shared')].find((d) => existsSync(path.join(d, 'spec')))!;
const attendu = JSON.parse(readFileSync(path.join(PARTAGE, 'spec/seeds.expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const SCANS = path.join(RACINE, 'test/fixtures/documents/scans');

const ocr = creerLecteurOcrNode();
afterAll(() => ocr.terminer());

/** `attendu` found in `lu`: every key of an expected object, every element of an expected array. */
function contient(lu: unknown, attendu: unknown): boolean {
  if (Array.isArray(attendu)) return Array.isArray(lu) && lu.length === attendu.length && attendu.every((a, i) => contient(lu[i], a));
  if (attendu !== null && typeof attendu === 'object') {
    return lu !== null && typeof lu === 'object' && Object.entries(attendu).every(([k, v]) => contient((lu as Record<string, unknown>)[k], v));
  }
  return lu === attendu;
}

async function lireScan(fichier: string): Promise<{ lignes: LigneDocument[]; secondesParPage: number }> {
  const octets = new Uint8Array(readFileSync(path.join(SCANS, fichier)));
  const debut = performance.now();
  const lu = await lireDocument(octets, { nom: fichier, ocr });
  if (!lu.ok) throw new Error(lu.erreur);
  expect(lu.document.format).toBe('pdf-scanne');
  return { lignes: lu.document.lignes, secondesParPage: (performance.now() - debut) / 1000 / lu.document.pages };
}

// npm test reads one seed (five pages: CI time is counted); JAUGE_PROFOND=1 (npm run test:profond) all five.
const PROFOND = process.env.JAUGE_PROFOND === '1';

describe('OCR des conventions scannées', () => {
  for (const seed of Object.keys(attendu).filter((f) => f.endsWith('.txt') && (PROFOND || f.startsWith('003_')))) {
    it(`${seed} : tous les champs sauf un au plus, et chaque écart signalé à la revue`, { timeout: 400_000 }, async () => {
      const { lignes, secondesParPage } = await lireScan(seed.replace(/\.txt$/, '.scan.pdf'));
      console.info(`${seed} : ${secondesParPage.toFixed(1)} s par page`);
      // Blank lines between blocks (the layout engine's) carry no text, so no confidence.
      expect(lignes.filter((l) => l.texte.trim() !== '').every((l) => l.confiance !== undefined && l.page >= 1 && l.ligne >= 1)).toBe(true);

      const { convention } = lireConvention(lignes.map((l) => l.texte).join('\n'));
      const doutes = champsDouteux(constatsDeRevue(convention, { lignes }));
      const champs = Object.keys(attendu[seed]!).filter((c) => c !== 'constats');
      const lu = convention as unknown as Record<string, unknown>;
      const ecarts = champs.filter((c) => !contient(lu[c], attendu[seed]![c]));
      // Absent (or an empty échéancier): the review shows it as not found, to be typed in.
      const absent = (c: string) => lu[c] === undefined || (Array.isArray(lu[c]) && lu[c].length === 0);
      const nonSignales = ecarts.filter((c) => !absent(c) && !doutes.has(c));
      expect({ ecarts: ecarts.length <= 1 ? 'au plus un' : ecarts, nonSignales }).toEqual({ ecarts: 'au plus un', nonSignales: [] });
    });
  }
});
