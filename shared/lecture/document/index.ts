// Entry point of the document layer: detects the format from the bytes and hands them to its reader.
import type { OptionsLecture, ResultatDocument } from './types';

export type { DocumentLu, FormatLu, ImagePage, LecteurOcr, LigneDocument, OptionsLecture, Progression, ResultatDocument } from './types';

/** Reads a document's bytes into lines of text; never throws (every failure is a French `erreur`). */
export async function lireDocument(octets: Uint8Array, options: OptionsLecture): Promise<ResultatDocument> {
  void octets;
  return { ok: false, erreur: `Le fichier « ${options.nom} » ne peut pas encore être lu : couche document en construction.` };
}
