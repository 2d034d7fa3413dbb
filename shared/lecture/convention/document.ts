// The text of a convention as the extractors see it: its lines as written (for positions and for
// `contexte.texte`), the same lines with markdown/HTML decoration removed, and a folded copy of
// the cleaned lines for accent- and case-insensitive searching. The folded copy has exactly the
// same length as the cleaned line, so an index found in one slices the other.

/** One convention text, line by line (index 0 = line 1). */
export interface DocumentConvention {
  /** The lines as written, without their end-of-line characters (LF, CRLF or CR). */
  brutes: string[];
  /** The lines without markdown emphasis, headings, links, HTML tags or footnote calls (blank runs capped). */
  propres: string[];
  /** `propres` folded by {@link plier}: same length, lower case, no accents, plain spaces. */
  pliees: string[];
}

/** Something read from the text, with the 1-based line it was read on. */
export interface Trouve<T> {
  valeur: T;
  ligne: number;
}

/** Splits on every end-of-line convention (Windows CRLF, old Mac CR, Unix LF); drops a BOM. */
export function decouperLignes(texte: string): string[] {
  const lignes = texte.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  // The end-of-line of the last line does not open another one (`wc -l` counts the same).
  if (lignes.length > 1 && lignes[lignes.length - 1] === '') lignes.pop();
  return lignes;
}

const ESPACES_FINES = /[\u00a0\u2007\u2009\u202f]/;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4]/;
const TIRETS = /[\u2010\u2011\u2012\u2013\u2014\u2212]/;

/**
 * Folds one character at a time so the result keeps the input's length: lower case, accents off,
 * typographic apostrophes and dashes made plain, non-breaking spaces made plain spaces. A
 * character whose fold would change the length (`İ`, `œ`) is kept as it is.
 */
export function plier(s: string): string {
  let sortie = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (ESPACES_FINES.test(c)) sortie += ' ';
    else if (APOSTROPHES.test(c)) sortie += "'";
    else if (TIRETS.test(c)) sortie += '-';
    else {
      const base = c.normalize('NFD')[0] ?? c;
      const bas = base.toLowerCase();
      sortie += bas.length === 1 ? bas : c;
    }
  }
  return sortie;
}

/**
 * Removes what a markdown or HTML export adds around the words, keeping tabs (table cells):
 * `## **Article 1 : Objet**` → `Article 1 : Objet`, `[data.gouv.fr](http://…)` → `data.gouv.fr`,
 * `<https://beta.gouv.fr/…>` → the address, `<sup>1</sup>` and tags dropped, `\_` unescaped.
 * Repetitions are bounded so that a line of a thousand `[` costs no more than a line of words.
 */
export function nettoyerLigne(ligne: string): string {
  const propre = ligne
    .replace(/<sup>[^<]{0,20}<\/sup>/gi, '')
    .replace(/<(https?:\/\/[^>\s]{1,2000})>/gi, '$1')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' ')
    .replace(/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')
    .replace(/\[([^\]]{0,500})\]\([^)\s]{0,2000}\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\*+/g, '')
    .replace(/^[ \u00a0]*(?:#{1,6}|>)[ \u00a0]*/, '');
  return rogner(propre);
}

/** Trims spaces (not tabs, which delimit cells) by hand: `/[ ]+$/` retries at every blank of a long run. */
function rogner(s: string): string {
  const blanc = (c: string | undefined) => c === ' ' || c === '\u00a0';
  let debut = 0;
  let fin = s.length;
  while (debut < fin && blanc(s[debut])) debut++;
  while (fin > debut && blanc(s[fin - 1])) fin--;
  return s.slice(debut, fin);
}

/** Longest run of blanks kept in a clean line: more says nothing, and bounds every pattern's work. */
const BLANCS_MAX = 16;

export function creerDocument(texte: string): DocumentConvention {
  const brutes = decouperLignes(texte);
  const propres = brutes.map((l) => nettoyerLigne(l).replace(new RegExp(`\\s{${BLANCS_MAX + 1},}`, 'g'), (s) => s.slice(0, BLANCS_MAX)));
  return { brutes, propres, pliees: propres.map(plier) };
}

/** True when the cleaned line has no visible character. */
export function estVide(ligne: string): boolean {
  return !/[^\s\u00a0\u202f]/.test(ligne);
}
