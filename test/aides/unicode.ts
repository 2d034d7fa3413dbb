// Generators for the characters people's files bring that a keyboard does not show: every Unicode
// space, every line separator, format characters and bidi marks, decomposed accents, ligatures,
// typographic apostrophes and dashes. Each class rewrites a real text in place (a space for another
// space, a line break for another, an invisible character slipped in), so that its reading must be
// the same as the clean text's.
import fc from 'fast-check';

export const ESPACES = [
  '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
  '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000',
];
/** Line breaks put in place of another (a lone CR is left out: before a LF it would join two lines into one CRLF). */
export const FINS_DE_LIGNE = ['\r\n', '\n', '\v', '\u0085', '\u2028', '\u2029'];
export const FORMATS = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e'];
export const BIDI = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const LIGATURES: [string, string][] = [['ffi', '\ufb03'], ['ffl', '\ufb04'], ['ff', '\ufb00'], ['fi', '\ufb01'], ['fl', '\ufb02'], ['st', '\ufb06']];
const APOSTROPHES = ['\u2019', '\u2018', '\u02bc', '\u00b4'];
const TIRETS = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212'];

type Choix = [number, number][];

/** Replaces the matches of `motif` picked by `choix` (index modulo the count) with `par(match, k)`. */
function remplacer(texte: string, motif: RegExp, choix: Choix, par: (m: string, k: number) => string): string {
  const trouves = [...texte.matchAll(motif)];
  if (trouves.length === 0) return texte;
  const remplacements = new Map<number, string>();
  for (const [n, k] of choix) {
    const m = trouves[n % trouves.length]!;
    remplacements.set(m.index!, par(m[0], k));
  }
  let sortie = '';
  let copie = 0;
  for (const [debut, nouveau] of [...remplacements].sort((a, b) => a[0] - b[0])) {
    const m = trouves.find((t) => t.index === debut)!;
    sortie += texte.slice(copie, debut) + nouveau;
    copie = debut + m[0].length;
  }
  return sortie + texte.slice(copie);
}

/** Slips characters in at the picked offsets (never inside a surrogate pair nor a CRLF). */
function inserer(texte: string, choix: Choix, caracteres: readonly string[]): string {
  const offsets = new Map<number, string>();
  for (const [n, k] of choix) {
    let p = n % (texte.length + 1);
    const avant = texte.charCodeAt(p - 1);
    if ((avant >= 0xd800 && avant <= 0xdbff) || (avant === 13 && texte.charCodeAt(p) === 10)) p--;
    offsets.set(p, (offsets.get(p) ?? '') + caracteres[k % caracteres.length]!);
  }
  let sortie = '';
  let copie = 0;
  for (const [p, ajout] of [...offsets].sort((a, b) => a[0] - b[0])) {
    sortie += texte.slice(copie, p) + ajout;
    copie = p;
  }
  return sortie + texte.slice(copie);
}

export type Classe = 'espaces' | 'finsDeLigne' | 'sautsDePage' | 'formats' | 'bidi' | 'nfd' | 'ligatures' | 'typographie';

/** Whether the class keeps the text's lines (LF, CRLF, CR) as they are: then every position must be the same too. */
export const GARDE_LES_LIGNES: Record<Classe, boolean> = {
  espaces: true,
  finsDeLigne: false,
  sautsDePage: true,
  formats: true,
  bidi: true,
  nfd: true,
  ligatures: true,
  typographie: true,
};

/** Rewrites `texte` with characters of one class, at the places `choix` picks. */
export function perturber(texte: string, classe: Classe, choix: Choix): string {
  switch (classe) {
    case 'espaces':
      return remplacer(texte, / /g, choix, (_, k) => ESPACES[k % ESPACES.length]!);
    case 'finsDeLigne':
      return remplacer(texte, /\r\n|\r|\n/g, choix, (_, k) => FINS_DE_LIGNE[k % FINS_DE_LIGNE.length]!);
    case 'sautsDePage':
      // As pdftotext writes them: a form feed opens each page's first line (or ends the last one's).
      return remplacer(texte, /\r\n|\r|\n/g, choix, (m, k) => (k % 2 === 0 ? m + '\f' : '\f' + m));
    case 'formats':
      return inserer(texte, choix, FORMATS);
    case 'bidi':
      return inserer(remplacer(texte, /^Et\b/gm, choix.slice(0, 1), (m, k) => m + BIDI[k % BIDI.length]!), choix, BIDI);
    case 'nfd':
      return choix.length % 3 === 0 ? texte.normalize('NFD') : remplacer(texte, /[À-ÿ]/g, choix, (m) => m.normalize('NFD'));
    case 'ligatures':
      return remplacer(texte, /ffi|ffl|ff|fi|fl|st/g, choix, (m) => LIGATURES.find(([l]) => l === m)![1]);
    case 'typographie':
      return remplacer(texte, /['-]/g, choix, (m, k) => (m === "'" ? APOSTROPHES : TIRETS)[k % 4]!);
  }
}

export const CLASSES: readonly Classe[] = ['espaces', 'finsDeLigne', 'sautsDePage', 'formats', 'bidi', 'nfd', 'ligatures', 'typographie'];

/** Where to put the characters: up to 60 (index, character) picks. */
export const CHOIX: fc.Arbitrary<Choix> = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 });

/** One class at a time, or several one after the other. */
export const PERTURBATIONS = fc.array(fc.tuple(fc.constantFrom(...CLASSES), CHOIX), { minLength: 1, maxLength: 3 });
