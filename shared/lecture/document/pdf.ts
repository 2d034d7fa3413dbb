// PDF with a text layer, through Mozilla's PDF.js (loaded by ./pdfjs.ts, by dynamic import only, so it
// never lands in the popup or the content script); a PDF whose pages have no text layer goes to the
// OCR reader (./pdf-scanne.ts). No eval (`isEvalSupported: false`).
import type { Constat } from '../../model';
import { ETAPE_PAGES, PAGES_MAX, PIXELS_IMAGE_MAX } from './limites';
import { raisonPdfJs } from './messages-bibliotheques';
import { mettreEnPage } from './mise-en-page';
import { lirePdfScanne } from './pdf-scanne';
import { chargerPdfJs } from './pdfjs';
import { comparerCoucheCachee, constatsDesPages } from './source-pdf/constats';
import { estGhostscript, reparerLigatures } from './source-pdf/ligatures';
import { GLYPHES_MAX } from './source-pdf/parcours';
import { lirePage, PageTropChargee, type ConstantesPdf, type PageLue } from './source-pdf/page';
import type { DocumentLu, OptionsLecture, ResultatDocument } from './types';

/** A page shows fewer characters than this: no text layer (a scan, a blank page). */
const CARACTERES_PAGE_VIDE = 20;

class Interrompu extends Error {}

/** Reads back the ligatures Ghostscript broke, in every word; the finding says how many words were mended. */
function reparerPages(pages: readonly PageLue[]): Constat | null {
  let repares = 0;
  let exemple = '';
  for (const p of pages) {
    for (const o of p.pages) {
      for (const m of o.mots) {
        const repare = reparerLigatures(m.texte);
        if (repare === m.texte) continue;
        if (!exemple) exemple = `« ${m.texte} » → « ${repare} »`;
        m.texte = repare;
        repares++;
      }
    }
  }
  if (repares === 0) return null;
  return {
    regle: 'document-ligatures-ghostscript',
    gravite: 'information',
    message: `Ce PDF a été refait par Ghostscript, qui écrit les ligatures (fi, ff, fl) comme des lettres accentuées : ${repares} mot${repares > 1 ? 's' : ''} relu${repares > 1 ? 's' : ''} (${exemple}).`,
    position: null,
  };
}

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
  if (e instanceof PageTropChargee) return `Le fichier « ${nom} » dessine plus de ${GLYPHES_MAX.toLocaleString('fr-FR')} caractères sur sa page ${e.page} : ce n'est pas la page d'une convention, il n'est pas lu.`;
  if (type === 'InvalidPDFException') return `Le fichier « ${nom} » n'est pas un PDF lisible (fichier corrompu ou tronqué).`;
  // PDF.js's English never reaches a person: its message becomes a French reason.
  return `Le fichier « ${nom} » n'a pas pu être lu comme PDF (${raisonPdfJs(e)}).`;
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
      // The fonts' encodings and glyph names, to catch a lying ToUnicode map (source-pdf/police.ts).
      fontExtraProperties: true,
      // Decoded images as plain pixel arrays, never ImageBitmaps: a scan's page goes to the OCR
      // (pdf-scanne.ts) without a canvas, the same way in Node and in an extension page.
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      // A larger image is never decoded (a 20 000 × 20 000 scan would take gigabytes): the scan path names it.
      maxImageSize: PIXELS_IMAGE_MAX,
      verbosity: 0,
    });
    tache = chargementDocument;
    const document = await avantInterruption(chargementDocument.promise, signal);
    const total = document.numPages;
    if (total > PAGES_MAX) {
      return { ok: false, erreur: `Le fichier « ${nom} » a ${total} pages : Jauge en lit ${PAGES_MAX} au plus (une convention et ses annexes en comptent quelques dizaines).` };
    }
    const constantes: ConstantesPdf = { OPS: pdfjs.OPS, ImageKind: pdfjs.ImageKind, AnnotationMode: pdfjs.AnnotationMode };
    const calques = await avantInterruption(document.getOptionalContentConfig(), signal);
    const contenuVisible = (proprietes: unknown): boolean => {
      try {
        return calques.isVisible(proprietes) !== false;
      } catch {
        return true;
      }
    };
    const lues: PageLue[] = [];
    for (let numero = 1; numero <= total; numero++) {
      options.surProgression?.({ etape: ETAPE_PAGES, fait: numero - 1, total });
      const page = await avantInterruption(document.getPage(numero), signal);
      lues.push(await avantInterruption(lirePage(page, numero, constantes, contenuVisible), signal));
      page.cleanup();
    }
    options.surProgression?.({ etape: ETAPE_PAGES, fait: total, total });
    const metadonnees = await avantInterruption(document.getMetadata().catch(() => null), signal);
    const ligatures = estGhostscript((metadonnees?.info as { Producer?: unknown } | undefined)?.Producer) ? reparerPages(lues) : null;
    const sansTexte = lues.filter((p) => p.caracteres < CARACTERES_PAGE_VIDE).map((p) => p.numero);
    const constats: Constat[] = constatsDesPages(lues);
    if (ligatures) constats.push(ligatures);
    if (sansTexte.length === total) {
      const coucheCachee = lues.some((p) => p.caches.some((c) => c.raison === 'mode-invisible' && c.caracteres >= CARACTERES_PAGE_VIDE));
      if (!options.ocr) {
        return {
          ok: false,
          erreur: coucheCachee
            ? `Le fichier « ${nom} » est un PDF numérisé : son texte est une couche invisible posée sur l'image des pages, que Jauge ne lit pas (elle peut dire autre chose que l'image) ; il faut la reconnaissance de texte (OCR), indisponible ici.`
            : `Le fichier « ${nom} » est un PDF numérisé (des images, sans texte) : il faut la reconnaissance de texte (OCR), indisponible ici. Demandez le PDF d'origine ou un .docx.`,
        };
      }
      const scan = await lirePdfScanne(document, octets, options);
      if (scan.ok) scan.document.constats.unshift(...constats, ...comparerCoucheCachee(lues, scan.document.lignes));
      return scan;
    }
    const misEnPage = mettreEnPage(lues.flatMap((p) => p.pages));
    constats.push(...misEnPage.constats);
    for (const page of sansTexte) {
      constats.push({
        regle: 'document-page-sans-texte',
        gravite: 'avertissement',
        message: `La page ${page} n'a pas de texte (image ou page blanche) : ce qu'elle montre n'a pas été lu.`,
        position: { page },
      });
    }
    const resultat: DocumentLu = { format: 'pdf', texte: '', lignes: misEnPage.lignes, pages: total, constats };
    return { ok: true, document: resultat };
  } catch (e) {
    return { ok: false, erreur: messageErreur(e, nom) };
  } finally {
    // Frees PDF.js's parsed document (and stops a parse the signal cut short).
    void tache?.destroy().catch(() => undefined);
  }
}
