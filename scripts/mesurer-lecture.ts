// Reads one document the way `jauge parse` does (the Node OCR, the CLI's time limit) in a process
// of its own, and prints one JSON line: whether it was read or why not, the seconds it took, and
// the process's peak memory. Tests and the bench run it as a child so the peak is this document's.
// Usage: npx tsx scripts/mesurer-lecture.ts FICHIER [--duree SECONDES]   (the CLI's 60 s by default)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lireDocument } from '../shared/lecture/document';
import { DUREE_MAX_MS } from '../shared/lecture/document/limites';
import { creerLecteurOcrNode } from './ocr-node';

export interface MesureLecture {
  ok: boolean;
  erreur?: string;
  pages?: number;
  constats?: string[];
  secondes: number;
  /** Peak resident memory of the whole process (tsx, PDF.js, the OCR worker), in Mio. */
  memoireMaxMio: number;
  /** The same before the document was opened (what tsx and Node cost on their own). */
  memoireAvantMio: number;
}

const [fichier, option, valeur] = process.argv.slice(2);
const dureeMs = option === '--duree' && Number(valeur) > 0 ? Number(valeur) * 1000 : DUREE_MAX_MS;
if (!fichier) {
  process.stderr.write('Usage : npx tsx scripts/mesurer-lecture.ts FICHIER [--duree SECONDES]\n');
  process.exit(2);
}
const mio = (octets: number): number => Math.round(octets / 1048576);
// Load the document layer first, so that "before" counts what every reading pays anyway.
await import('../shared/lecture/document/pdfjs').then((m) => m.chargerPdfJs());
const memoireAvantMio = mio(process.memoryUsage().rss);
const ocr = creerLecteurOcrNode();
const debut = performance.now();
const lu = await lireDocument(new Uint8Array(readFileSync(fichier)), { nom: path.basename(fichier), ocr, signal: AbortSignal.timeout(dureeMs) });
const secondes = (performance.now() - debut) / 1000;
await ocr.terminer();
const mesure: MesureLecture = {
  ok: lu.ok,
  ...(lu.ok ? { pages: lu.document.pages, constats: lu.document.constats.map((c) => c.message) } : { erreur: lu.erreur }),
  secondes,
  memoireMaxMio: mio(process.resourceUsage().maxRSS * 1024),
  memoireAvantMio,
};
process.stdout.write(`${JSON.stringify(mesure)}\n`);
