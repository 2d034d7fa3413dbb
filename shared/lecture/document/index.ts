// Entry point of the document layer: detects the format from the bytes and hands them to its reader.
// Every line then goes through the normaliser, and the text is the lines joined.
import { decoderFichierTexte } from '../../texte/fichier';
import { detecterFormatFichier } from '../detection';
import { normaliser } from '../../texte/normalisation';
import { CARACTERES_MAX, enMio, OCTETS_MAX } from './limites';
import { raisonInattendue } from './messages-bibliotheques';
import { normaliserLigne } from './normaliser';
import { lireRepertoireZip } from './repertoire-zip';
import type { DocumentLu, OptionsLecture, ResultatDocument } from './types';

export type { DocumentLu, FormatLu, LecteurOcr, LigneDocument, LigneReconnue, MotReconnu, OptionsLecture, Progression, ResultatDocument } from './types';
export type { ImageGrise } from './scan/image';

function finaliser(document: DocumentLu, nom: string): ResultatDocument {
  const lignes = document.lignes.map((l) => ({ ...l, texte: normaliserLigne(l.texte) }));
  // Blank lines at either end say nothing; the seeds' own blank lines between blocks are kept.
  while (lignes.length > 0 && lignes[lignes.length - 1]!.texte.trim() === '') lignes.pop();
  const texte = lignes.map((l) => l.texte).join('\n');
  if (texte.trim() === '') return { ok: false, erreur: `Le fichier « ${nom} » ne contient aucun texte.` };
  if (texte.length > CARACTERES_MAX) {
    return { ok: false, erreur: `Le fichier « ${nom} » contient trop de texte (${texte.length.toLocaleString('fr-FR')} caractères) : la limite est de ${CARACTERES_MAX.toLocaleString('fr-FR')}.` };
  }
  return { ok: true, document: { ...document, lignes, texte } };
}

function lireTexte(octets: Uint8Array, nom: string): ResultatDocument {
  const decode = decoderFichierTexte(octets, nom);
  if (!decode.ok) return decode;
  // Every line break the normaliser knows (CR, LF, NEL, U+2028, U+2029, VT, a page break) ends a
  // line here too; each line keeps the number it has in the file as written (LF, CRLF, CR).
  const { texte, ligneOrigine } = normaliser(decode.texte);
  const lignes = texte.split('\n').map((t, i) => ({ texte: t, page: 1, ligne: ligneOrigine(i + 1) }));
  return { ok: true, document: { format: 'texte', texte: '', lignes, pages: 1, constats: [] } };
}

/** Reads a document's bytes into lines of text; never throws (every failure is a French `erreur`). */
export async function lireDocument(octets: Uint8Array, options: OptionsLecture): Promise<ResultatDocument> {
  const { nom } = options;
  try {
    if (octets.length === 0) return { ok: false, erreur: `Le fichier « ${nom} » est vide (0 octet).` };
    if (octets.length > OCTETS_MAX) return { ok: false, erreur: `Le fichier « ${nom} » est trop gros (${enMio(octets.length)}) : la limite est de ${enMio(OCTETS_MAX)}.` };
    let lu: ResultatDocument;
    switch (detecterFormatFichier(octets)) {
      case 'pdf':
        lu = await (await import('./pdf')).lirePdf(octets, options);
        break;
      case 'docx':
        lu = await (await import('./docx')).lireDocx(octets, options);
        break;
      case 'odt':
        lu = await (await import('./odt')).lireOdt(octets, options);
        break;
      case 'zip': {
        // A zip whose directory cannot be read is a broken (truncated) document, not another kind of zip.
        const repertoire = lireRepertoireZip(octets);
        if (!repertoire.ok) return { ok: false, erreur: `Le fichier « ${nom} » est une archive endommagée (${repertoire.raison}).` };
        return { ok: false, erreur: `Le fichier « ${nom} » est une archive zip qui n'est ni un document Word (.docx) ni un document OpenDocument (.odt).` };
      }
      case 'binaire':
        return { ok: false, erreur: `Le fichier « ${nom} » n'est ni un PDF, ni un .docx, ni un .odt, ni un texte : format non reconnu.` };
      case 'vide':
        return { ok: false, erreur: `Le fichier « ${nom} » est vide (0 octet).` };
      case 'texte':
        lu = lireTexte(octets, nom);
        break;
    }
    return lu.ok ? finaliser(lu.document, nom) : lu;
  } catch (e) {
    // Never a library's English: a French reason of the failure's kind.
    return { ok: false, erreur: `Le fichier « ${nom} » n'a pas pu être lu (${raisonInattendue(e)}).` };
  }
}
