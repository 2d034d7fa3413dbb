// Tells what kind of document a text is, from its content (never from its file name alone).
import { normaliser } from '../texte/normalisation';
import { normaliserTexte } from '../texte';
import { lireRepertoireZip } from './document/repertoire-zip';

export type FormatDocument = 'registre-json' | 'registre-csv' | 'tableau-csv' | 'convention';

const SEPARATEURS = /[;\t,]/;

function premiereLigne(texte: string): string {
  for (const ligne of texte.split(/\r?\n/)) if (ligne.trim() !== '') return ligne;
  return '';
}

/** A registry CSV names one line per convention and year: an id column and a year column. */
function estEnteteRegistre(ligne: string): boolean {
  const colonnes = ligne.split(SEPARATEURS).map((c) => normaliserTexte(c.replace(/"/g, '')));
  const a = (nom: string) => colonnes.includes(nom);
  return (a('id') || a('identifiant')) && a('annee') && a('ae') && a('cp');
}

/** Lines only prose has: an article heading, the parties' « Entre », a visa, the signature's « Fait à ». */
const LIGNE_DE_CONVENTION = /^\W*(article\s+(1|premier|\d+)\b|entre\b|fait\s+(a|en)\b|vu\s+l[ea]\b)/;
/** A title (« Convention de délégation de gestion », « Avenant n° 2 à… »): several words, unlike a column named Convention. */
const TITRE = /^\W*(convention|avenant)\s+\S+\s+\S+/;

function estLigneDeConvention(ligne: string): boolean {
  // Cells of a table: `;`, tab, or the empty cells of a comma CSV (`Titre,,` or `a,,b`).
  if (/[;\t]|,\s*,|,\s*$/.test(ligne)) return false;
  const l = normaliserTexte(ligne);
  return LIGNE_DE_CONVENTION.test(l) || TITRE.test(l);
}

/** Prose: lines that open a convention's parts, or long lines without any cell separator, are not a table. */
function ressembleAUnTexte(lignes: readonly string[]): boolean {
  return lignes.some((l) => estLigneDeConvention(l) || (l.length > 200 && !SEPARATEURS.test(l)));
}

/** Sentences (several words and a final stop) are prose even when a comma sits in them. */
function estUnePhrase(ligne: string): boolean {
  return /[.:;!?»)]\s*$/.test(ligne.trim()) && ligne.trim().split(/\s+/).length >= 6;
}

export function detecterFormat(brut: string): FormatDocument {
  // Read as the readers will: line separators, invisible characters (texte/normalisation).
  const texte = normaliser(brut).texte;
  const debut = texte.trimStart();
  if (debut.startsWith('{') || debut.startsWith('[')) return 'registre-json';
  if (estEnteteRegistre(premiereLigne(texte))) return 'registre-csv';
  const lignes = texte.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (ressembleAUnTexte(lignes)) return 'convention';
  const tabulaire = lignes.length > 0 && lignes.filter((l) => SEPARATEURS.test(l) && !estUnePhrase(l)).length / lignes.length >= 0.5;
  return tabulaire ? 'tableau-csv' : 'convention';
}

/** What a file's bytes are, before any reader opens them (a file's name is never trusted). */
export type FormatFichier = 'pdf' | 'docx' | 'odt' | 'zip' | 'texte' | 'binaire' | 'vide';

const commencePar = (octets: Uint8Array, signature: string, depuis = 0): boolean => {
  if (octets.length < depuis + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (octets[depuis + i] !== signature.charCodeAt(i)) return false;
  return true;
};

/** Names of a zip's entries, read from its central directory (zip64 too, no decompression); null when it is not a readable zip. */
export function nomsZip(octets: Uint8Array): string[] | null {
  const repertoire = lireRepertoireZip(octets);
  return repertoire.ok ? repertoire.entrees.map((e) => e.nom) : null;
}

/**
 * The format from the content: `%PDF-` (anywhere in the first KiB, as readers accept), a zip holding
 * `word/document.xml` (.docx) or whose `mimetype` entry says OpenDocument text (.odt), text
 * without NUL bytes, or another binary.
 */
export function detecterFormatFichier(octets: Uint8Array): FormatFichier {
  if (octets.length === 0) return 'vide';
  const debut = new TextDecoder('latin1').decode(octets.subarray(0, 1024));
  if (debut.includes('%PDF-')) return 'pdf';
  if (commencePar(octets, 'PK\u0003\u0004')) {
    // ODF stores `mimetype` first and uncompressed, so its value follows the local header.
    if (commencePar(octets, 'mimetype', 30) && commencePar(octets, 'application/vnd.oasis.opendocument.text', 38)) return 'odt';
    const noms = nomsZip(octets);
    if (noms?.includes('word/document.xml')) return 'docx';
    if (noms?.includes('content.xml') && noms.includes('mimetype')) return 'odt';
    return 'zip';
  }
  // UTF-16 with its BOM is text (shared/texte/encodage.ts decodes it), NUL bytes and all.
  if ((octets[0] === 0xff && octets[1] === 0xfe) || (octets[0] === 0xfe && octets[1] === 0xff)) return 'texte';
  return octets.subarray(0, 8192).includes(0) ? 'binaire' : 'texte';
}

/** True when a PDF declares an encryption dictionary (a password may still be empty). */
export function pdfChiffre(octets: Uint8Array): boolean {
  // `/Encrypt` is in the trailer (classic) or the cross-reference stream's dictionary, both near the end.
  const fin = new TextDecoder('latin1').decode(octets.subarray(Math.max(0, octets.length - 65536)));
  return fin.includes('/Encrypt');
}
