// Reads a file named on the command line, refusing what cannot be read (exit 2): as text (registries),
// or through the document layer (a convention as text, PDF, .docx or .odt, detected by content).
import { lireDocument as lireCoucheDocument, type DocumentLu } from '../lecture/document';
import { ETAPE_PAGES } from '../lecture/document/limites';
import type { Position } from '../model';
import { decoderFichierTexte } from '../texte/fichier';
import type { EnvironnementCli } from './sortie';

export function lireDocument(chemin: string | undefined, env: EnvironnementCli): { ok: true; texte: string } | { ok: false; erreur: string } {
  if (!chemin) return { ok: false, erreur: 'indiquez le fichier à lire.' };
  const lu = env.lireFichier(chemin);
  if (!lu.ok) return lu;
  return decoderFichierTexte(lu.octets, chemin);
}

/** Any document the layer reads; a text file gives the same text as `lireDocument`. */
export async function lireDocumentCli(chemin: string | undefined, env: EnvironnementCli): Promise<{ ok: true; document: DocumentLu } | { ok: false; erreur: string }> {
  if (!chemin) return { ok: false, erreur: 'indiquez le fichier à lire.' };
  const lu = env.lireFichier(chemin);
  if (!lu.ok) return lu;
  const resultat = await lireCoucheDocument(lu.octets, {
    nom: chemin,
    signal: env.signalLecture?.(),
    ocr: env.ocr,
    // A text PDF reads in a blink: only long steps (the OCR of a scan) print a progress line.
    surProgression: env.signalerProgression
      ? (p) => p.etape !== ETAPE_PAGES && env.signalerProgression!(`${chemin} : ${p.etape} ${p.fait}/${p.total}`)
      : undefined,
  });
  return resultat;
}

/** A position in the document's text, with the page of its line when the document has pages. */
export function avecPage(position: Position | null, document: DocumentLu): Position | null {
  if (!position?.ligne || document.format === 'texte' || document.format === 'docx' || document.format === 'odt') return position;
  const ligne = document.lignes[position.ligne - 1];
  return ligne ? { page: ligne.page, ...position } : position;
}

/** For people: the line counted from the top of its page (as they find it on paper), not in the whole text. */
export function positionDansLaPage(position: Position | null, document: DocumentLu): Position | null {
  if (position?.page === undefined || !position.ligne) return position;
  const ligne = document.lignes[position.ligne - 1];
  return ligne ? { ...position, ligne: ligne.ligne } : position;
}

/** What `--json` adds about a document that was not plain text: its format, pages and the layer's doubts. */
export function descriptionDocument(document: DocumentLu, sources?: Record<string, number>): Record<string, unknown> | undefined {
  if (document.format === 'texte') return undefined;
  const description: Record<string, unknown> = { format: document.format, pages: document.pages, constats: document.constats };
  if (sources) {
    description.sources = Object.fromEntries(
      Object.entries(sources).map(([champ, ligne]) => {
        const l = document.lignes[ligne - 1];
        return [champ, l ? { ligne, page: l.page, ligneDeLaPage: l.ligne, extrait: l.texte.slice(0, 160) } : { ligne }];
      }),
    );
  }
  return description;
}
