// Unzips the few parts a .docx or an .odt needs: found in the central directory (zip64 too, as Word
// and LibreOffice find them), inflated with fflate in slices so that a zip bomb stops at
// DECOMPRESSE_MAX bytes instead of filling the memory (declared sizes are never trusted), decoded
// (UTF-8, UTF-16, the declared encoding) and walked by the format's reader within the front's time limit.
import { Inflate } from 'fflate';
import type { Constat } from '../../model';
import { DECOMPRESSE_MAX, enMio } from './limites';
import { raisonFflate } from './messages-bibliotheques';
import type { Redacteur } from './redaction';
import { debutDonnees, lireRepertoireZip } from './repertoire-zip';
import type { FormatLu, LigneDocument, OptionsLecture, ResultatDocument } from './types';
import { constatModifications, constatTexteMasque, type Masques } from './visibilite';
import { decoderXml, ErreurXml, LectureInterrompue } from './xml';

export type ResultatZip = { ok: true; parties: Map<string, Uint8Array> } | { ok: false; erreur: string };

class TropGros extends Error {}

/** Pushed in slices of 4 KiB: deflate expands at most ~1 000 times, so a bomb stops within a few MiB of the limit. */
const TRANCHE = 4 * 1024;

function inflater(donnees: Uint8Array, reste: number): Uint8Array {
  const morceaux: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((morceau) => {
    total += morceau.length;
    if (total > reste) throw new TropGros();
    morceaux.push(morceau);
  });
  for (let i = 0; i < donnees.length || i === 0; i += TRANCHE) inflate.push(donnees.subarray(i, i + TRANCHE), i + TRANCHE >= donnees.length);
  const tout = new Uint8Array(total);
  let position = 0;
  for (const m of morceaux) {
    tout.set(m, position);
    position += m.length;
  }
  return tout;
}

/** The named entries of a zip (absent ones are not in the map), at most DECOMPRESSE_MAX bytes in all. */
export function extraireParties(octets: Uint8Array, noms: readonly string[], nomFichier: string): ResultatZip {
  const endommagee = (raison: string): ResultatZip => ({ ok: false, erreur: `Le fichier « ${nomFichier} » est une archive endommagée (${raison}).` });
  const repertoire = lireRepertoireZip(octets);
  if (!repertoire.ok) return endommagee(repertoire.raison);
  const parties = new Map<string, Uint8Array>();
  let reste = DECOMPRESSE_MAX;
  for (const nom of noms) {
    const trouvees = repertoire.entrees.filter((e) => e.nom === nom);
    if (trouvees.length === 0) continue;
    // Two entries of one name: Word and LibreOffice would each pick one; Jauge cannot tell which a person sees.
    if (trouvees.length > 1) return endommagee(`deux entrées « ${nom} » : on ne sait pas laquelle le traitement de texte affiche`);
    const entree = trouvees[0]!;
    if (entree.drapeaux & 1) return { ok: false, erreur: `Le fichier « ${nomFichier} » est protégé par un mot de passe : enregistrez-en une copie sans protection, puis relancez.` };
    const debut = debutDonnees(octets, entree);
    if (debut === null || debut + entree.tailleCompressee > octets.length) return endommagee(`entrée « ${nom} » tronquée`);
    const donnees = octets.subarray(debut, debut + entree.tailleCompressee);
    try {
      let contenu: Uint8Array;
      if (entree.methode === 0) {
        if (donnees.length > reste) throw new TropGros();
        contenu = donnees;
      } else if (entree.methode === 8) contenu = inflater(donnees, reste);
      else return endommagee(`entrée « ${nom} » compressée par une méthode que Jauge ne lit pas (n° ${entree.methode})`);
      reste -= contenu.length;
      parties.set(nom, contenu);
    } catch (e) {
      if (e instanceof TropGros) {
        return { ok: false, erreur: `Le fichier « ${nomFichier} » se décompresse en plus de ${enMio(DECOMPRESSE_MAX)} : refusé (archive piégée ou document démesuré).` };
      }
      return endommagee(`entrée « ${nom} » : ${raisonFflate(e)}`);
    }
  }
  return { ok: true, parties };
}

/** What a format's reader makes of its XML parts (text by part name). */
export interface LectureXml {
  lignes: LigneDocument[];
  constats: Constat[];
  /** Tracked changes, when the document holds some. */
  modifications?: { nombre: number; lignes: number[] };
}

/** A reader's result: its lines, and the findings of what it left hidden and of tracked changes. */
export function lectureXml(redacteur: Redacteur, masques: Masques, modifications: number, logiciel: 'Word' | 'LibreOffice'): LectureXml {
  const lignes = redacteur.lignesModifiees();
  const masque = constatTexteMasque(masques, logiciel);
  const constats = [...(masque ? [masque] : []), ...(modifications > 0 ? [constatModifications(modifications, lignes)] : [])];
  return { lignes: redacteur.lignes(), constats, ...(modifications > 0 ? { modifications: { nombre: modifications, lignes } } : {}) };
}

/**
 * A .docx or an .odt: its parts unzipped (bounded), decoded and walked into lines. `principale` must be
 * there (`manque` says what it is, in French); `autres` (styles) are read when present.
 */
export async function lireDocumentZip(
  octets: Uint8Array,
  options: OptionsLecture,
  format: Extract<FormatLu, 'docx' | 'odt'>,
  principale: string,
  autres: readonly string[],
  manque: string,
  lire: (parties: Map<string, string>, signal?: AbortSignal) => Promise<LectureXml>,
): Promise<ResultatDocument> {
  const { nom } = options;
  const zip = extraireParties(octets, [principale, ...autres], nom);
  if (!zip.ok) return zip;
  if (!zip.parties.has(principale)) return { ok: false, erreur: `Le fichier « ${nom} » n'a pas ${manque} (${principale} absent).` };
  const textes = new Map<string, string>();
  for (const [partie, contenu] of zip.parties) {
    const decode = decoderXml(contenu);
    if (!decode.ok) return { ok: false, erreur: `Le fichier « ${nom} » est refusé : ${partie} ${decode.erreur}.` };
    textes.set(partie, decode.texte);
  }
  try {
    const { lignes, constats, modifications } = await lire(textes, options.signal);
    return { ok: true, document: { format, texte: '', lignes, pages: 1, constats, ...(modifications ? { modifications } : {}) } };
  } catch (e) {
    if (e instanceof LectureInterrompue) return { ok: false, erreur: `La lecture de « ${nom} » a été interrompue (délai dépassé ou annulation).` };
    if (e instanceof ErreurXml) return { ok: false, erreur: `Le fichier « ${nom} » est refusé : ${e.partie} ${e.message}.` };
    throw e;
  }
}
