// The libraries' own English messages (fflate, PDF.js, the XML walk's callers) turned into French
// reasons, so that raw English never reaches a person. A message not recognised gets a French
// reason of its kind, never the English text: every reason reads after « Le fichier « x » … (raison) ».

/** fflate's `FlateErrorCode`s. */
const FFLATE: Readonly<Record<number, string>> = {
  0: 'données compressées tronquées',
  1: 'bloc de données compressées de type inconnu',
  2: 'données compressées incohérentes',
  3: "données compressées qui renvoient hors d'elles-mêmes",
  6: 'en-tête de données compressées invalide',
  8: "nom d'entrée qui n'est pas de l'UTF-8",
  13: 'structure zip invalide',
  14: 'méthode de compression inconnue',
};

/** French reason for an fflate failure (inflating a .docx or .odt entry). */
export function raisonFflate(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return (typeof code === 'number' && FFLATE[code]) || 'données compressées illisibles';
}

/** PDF.js messages people meet on broken files, by a stable part of their English text. */
const PDFJS: ReadonlyArray<readonly [RegExp, string]> = [
  [/pages tree contains circular reference/i, "l'arbre des pages se contient lui-même (référence circulaire)"],
  [/page dictionary kid|kid (node|reference|must)|kids object|parent must be|node must be|top-level pages|page count/i, 'arbre des pages invalide'],
  [/invalid root reference|invalid pdf structure|the pdf file is empty/i, 'structure du PDF invalide'],
  [/xref|trailer|startxref|objstm|offset/i, 'table des objets du PDF endommagée'],
  [/encryption|crypt|key length/i, 'chiffrement du PDF non pris en charge'],
  [/flate|stream|endstream|lzw|ascii85|asciihex|ccitt|jbig2|jpx|jpeg|soi not found|huffman/i, 'flux de données du PDF endommagé'],
  [/font|cmap|charset|glyph|cid|eexec|cff|truetype|type1/i, 'police du PDF endommagée'],
  [/function|shading|colou?r ?space|whitepoint|mask|xobject|gstate|pattern/i, 'dessin du PDF invalide'],
  [/pagelabel|optional content|outline|annotation|acroform/i, 'structure secondaire du PDF invalide'],
  [/stack overflow|too many arguments|maximum call stack/i, 'contenu du PDF trop profondément imbriqué'],
  [/worker was terminated/i, 'lecture arrêtée'],
  [/out of memory|allocation|array buffer|invalid array length|invalid typed array length/i, 'mémoire insuffisante pour ce PDF'],
];

/**
 * French reason for a PDF.js failure, for the PDF readers' messages (« … n'a pas pu être lu comme PDF
 * (raison) »): the known messages by meaning, any other as « structure du PDF non reconnue ».
 */
export function raisonPdfJs(e: unknown): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  for (const [motif, raison] of PDFJS) if (motif.test(message)) return raison;
  return 'structure du PDF non reconnue';
}

/** French reason for any other unexpected failure (a bug, a runtime limit): never its English text. */
export function raisonInattendue(e: unknown): string {
  const message = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  if (/RangeError|out of memory|allocation|invalid (typed )?array length|maximum call stack/i.test(message)) return 'document trop grand ou trop imbriqué pour la mémoire disponible';
  return 'erreur inattendue de lecture';
}
