// Bench of the document layer: reading a text PDF of a seed (PDF.js's operator list walked for
// visibility, rules and orientation, the layout engine, normalisation) against PDF.js's own raw
// extraction of the same file with the operator list (getTextContent and getOperatorList on every
// page, the same loading options), .docx and .odt readings, and a check that PDF.js stays out of the
// content script and the popup.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lireDocument } from '../shared/lecture/document';
import { chargerPdfJs } from '../shared/lecture/document/pdfjs';
import { performance } from 'node:perf_hooks';
import { mediane, medianeMsAsync, type Mesure } from './mesure';
import { scriptsDePage, scriptsDuContenu } from './extension';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures/documents');
const EXTENSION_CHROME = path.resolve(import.meta.dirname, '../.output/chrome-mv3');

async function lireOuEchouer(octets: Uint8Array, nom: string): Promise<void> {
  const r = await lireDocument(octets, { nom });
  if (!r.ok) throw new Error(r.erreur);
}

/** PDF.js alone: open the file, every page's text content and operator list, nothing else (same options as the layer). */
async function extractionBrute(octets: Uint8Array): Promise<void> {
  const pdfjs = await chargerPdfJs();
  const tache = pdfjs.getDocument({
    data: new Uint8Array(octets),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  });
  const document = await tache.promise;
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    await page.getTextContent();
    await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE });
    page.cleanup();
  }
  // Freed without waiting, as the layer does.
  void tache.destroy();
}

/** JavaScript files of the content script (stub and imported features) and of the popup in the Chrome build. */
function scriptsLegers(): string[] {
  const { declares, importes } = scriptsDuContenu();
  return [...declares, ...importes, ...scriptsDePage('popup.html')].filter((f) => f.endsWith('.js'));
}

export async function benchDocuments(): Promise<Mesure[]> {
  const mesures: Mesure[] = [];
  const pdf = new Uint8Array(readFileSync(path.join(FIXTURES, '000.pdf')));
  // Interleaved, so that the machine's load weighs on both alike.
  const durees = { notre: [] as number[], brut: [] as number[] };
  for (let i = 0; i < 11; i++) {
    for (const [cle, fn] of [['notre', () => lireOuEchouer(pdf, '000.pdf')], ['brut', () => extractionBrute(pdf)]] as const) {
      const debut = performance.now();
      await fn();
      if (i >= 2) durees[cle].push(performance.now() - debut);
    }
  }
  const notre = mediane(durees.notre);
  const brut = mediane(durees.brut);
  mesures.push({ section: 'documents', mesure: 'lire le PDF texte du seed 000 (7 pages), médiane', valeur: notre, unite: 'ms' });
  mesures.push({ section: 'documents', mesure: 'PDF.js seul : getTextContent et getOperatorList des 7 pages, médiane', valeur: brut, unite: 'ms' });
  const ratio = notre / brut;
  mesures.push({ section: 'documents', mesure: 'lecture / extraction brute PDF.js (avec la liste d\'opérateurs)', valeur: ratio, unite: '×', objectif: '≤ 1,5', atteint: ratio <= 1.5 });
  for (const nom of ['000.docx', '000.odt']) {
    const octets = new Uint8Array(readFileSync(path.join(FIXTURES, nom)));
    mesures.push({ section: 'documents', mesure: `lire ${nom}, médiane`, valeur: await medianeMsAsync(() => lireOuEchouer(octets, nom), 9, 2), unite: 'ms' });
  }
  if (existsSync(EXTENSION_CHROME)) {
    // PDF.js announces itself in its code (`pdfjsVersion`, `PDFWorker`): neither may reach the light bundles.
    const fuite = scriptsLegers().some((f) => /pdfjsVersion|PDFWorker|WorkerMessageHandler/.test(readFileSync(f, 'utf8')));
    mesures.push({ section: 'documents', mesure: 'PDF.js absent du script de contenu et de la popup', valeur: fuite ? 0 : 1, unite: fuite ? 'non' : 'oui', objectif: 'oui', atteint: !fuite });
  }
  return mesures;
}
