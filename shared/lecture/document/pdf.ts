// PDF with a text layer, through Mozilla's PDF.js (loaded by ./pdfjs.ts, by dynamic import only, so it
// never lands in the popup or the content script); a PDF whose pages have no text layer goes to the
// OCR reader (./pdf-scanne.ts). No eval (`isEvalSupported: false`).
import type { Constat } from '../../model';
import { assembler } from './assembler';
import { ETAPE_PAGES, PAGES_MAX } from './limites';
import type { Fragment, PageFragments } from './mise-en-page';
import { lirePdfScanne } from './pdf-scanne';
import { chargerPdfJs } from './pdfjs';
import type { DocumentLu, OptionsLecture, ResultatDocument } from './types';

/** A page's text holds fewer characters than this: no text layer (a scan, a blank page). */
const CARACTERES_PAGE_VIDE = 20;

class Interrompu extends Error {}

/** Rejects as soon as the signal fires, so PDF.js's own work cannot outlast the front's time limit. */
function avantInterruption<T>(promesse: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promesse;
  if (signal.aborted) {
    promesse.catch(() => undefined);
    return Promise.reject(new Interrompu());
  }
  return new Promise<T>((resoudre, rejeter) => {
    const surAbandon = () => rejeter(new Interrompu());
    signal.addEventListener('abort', surAbandon, { once: true });
    promesse.then(
      (v) => (signal.removeEventListener('abort', surAbandon), resoudre(v)),
      (e: unknown) => (signal.removeEventListener('abort', surAbandon), rejeter(e)),
    );
  });
}

function messageErreur(e: unknown, nom: string): string {
  const type = (e as { name?: string } | null)?.name;
  if (e instanceof Interrompu) return `La lecture de « ${nom} » a été interrompue (délai dépassé ou annulation).`;
  if (type === 'PasswordException') return `Le fichier « ${nom} » est un PDF protégé par un mot de passe : enregistrez-en une copie sans protection, puis relancez.`;
  if (type === 'InvalidPDFException') return `Le fichier « ${nom} » n'est pas un PDF lisible (fichier corrompu ou tronqué).`;
  const detail = e instanceof Error ? e.message : String(e);
  return `Le fichier « ${nom} » n'a pas pu être lu comme PDF (${detail}).`;
}

export async function lirePdf(octets: Uint8Array, options: OptionsLecture): Promise<ResultatDocument> {
  const { nom, signal } = options;
  let tache: { destroy(): Promise<void> } | undefined;
  try {
    const pdfjs = await chargerPdfJs();
    // PDF.js takes ownership of the buffer it gets: give it a copy, the caller keeps its bytes.
    const chargementDocument = pdfjs.getDocument({
      data: new Uint8Array(octets),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      // Decoded images as plain pixel arrays, never ImageBitmaps: a scan's page goes to the OCR
      // (pdf-scanne.ts) without a canvas, the same way in Node and in an extension page.
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      verbosity: 0,
    });
    tache = chargementDocument;
    const document = await avantInterruption(chargementDocument.promise, signal);
    const total = document.numPages;
    if (total > PAGES_MAX) {
      return { ok: false, erreur: `Le fichier « ${nom} » a ${total} pages : Jauge en lit ${PAGES_MAX} au plus (une convention et ses annexes en comptent quelques dizaines).` };
    }
    const pages: PageFragments[] = [];
    const sansTexte: number[] = [];
    for (let numero = 1; numero <= total; numero++) {
      options.surProgression?.({ etape: ETAPE_PAGES, fait: numero - 1, total });
      const page = await avantInterruption(document.getPage(numero), signal);
      const [gauche, , , haut] = page.view as [number, number, number, number];
      const contenu = await avantInterruption(page.getTextContent(), signal);
      const fragments: Fragment[] = [];
      for (const item of contenu.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const taille = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || 1;
        fragments.push({ texte: item.str, x: (e ?? 0) - gauche, y: haut - (f ?? 0), largeur: item.width, taille });
      }
      if (fragments.reduce((n, f) => n + f.texte.trim().length, 0) < CARACTERES_PAGE_VIDE) sansTexte.push(numero);
      const vue = page.getViewport({ scale: 1 });
      pages.push({ numero, largeur: vue.width, hauteur: vue.height, fragments });
      page.cleanup();
    }
    options.surProgression?.({ etape: ETAPE_PAGES, fait: total, total });
    if (sansTexte.length === total) {
      if (!options.ocr) {
        return {
          ok: false,
          erreur: `Le fichier « ${nom} » est un PDF numérisé (des images, sans texte) : il faut la reconnaissance de texte (OCR), indisponible ici. Demandez le PDF d'origine ou un .docx.`,
        };
      }
      return await lirePdfScanne(document, total, options);
    }
    const { lignes, enTetesRetires } = assembler(pages);
    const constats: Constat[] = [];
    if (enTetesRetires > 0) {
      constats.push({
        regle: 'document-en-tetes-retires',
        gravite: 'information',
        message: `${enTetesRetires} ligne${enTetesRetires > 1 ? 's' : ''} d'en-tête, de pied de page ou de numéro de page retirée${enTetesRetires > 1 ? 's' : ''} du texte.`,
        position: null,
      });
    }
    for (const page of sansTexte) {
      constats.push({
        regle: 'document-page-sans-texte',
        gravite: 'avertissement',
        message: `La page ${page} n'a pas de texte (image ou page blanche) : ce qu'elle montre n'a pas été lu.`,
        position: { page },
      });
    }
    const resultat: DocumentLu = { format: 'pdf', texte: '', lignes, pages: total, constats };
    return { ok: true, document: resultat };
  } catch (e) {
    return { ok: false, erreur: messageErreur(e, nom) };
  } finally {
    // Frees PDF.js's parsed document (and stops a parse the signal cut short).
    void tache?.destroy().catch(() => undefined);
  }
}
