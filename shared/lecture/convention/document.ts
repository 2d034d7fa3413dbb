// The text of a convention as the extractors see it: its lines once normalised (see
// shared/texte/normalisation.ts: spaces, line breaks, invisible characters, NFC), for `contexte.texte`; the same
// lines with markdown/HTML decoration removed; and a folded copy of the cleaned lines for accent-
// and case-insensitive searching. The folded copy has exactly the same length as the cleaned line,
// so an index found in one slices the other. Line numbers are the normalised text's:
// `ligneOrigine` gives the line of the text as written.
import { normaliser } from '../../texte/normalisation';

/** One convention text, line by line (index 0 = line 1). */
export interface DocumentConvention {
  /** The normalised lines, without their end-of-line characters (runs of blank lines cut to two). */
  brutes: string[];
  /** The lines without markdown emphasis, headings, links, HTML tags or footnote calls (blank runs capped). */
  propres: string[];
  /** `propres` folded by {@link plier}: same length, lower case, no accents, plain spaces. */
  pliees: string[];
  /** The 1-based line of the text as written that line `ligne` of `brutes` comes from. */
  ligneOrigine(ligne: number): number;
  /** Every normalised line, blank runs included (`contexte.texte`), and the line as written of each. */
  texte: { lignes: string[]; ligneOrigine(ligne: number): number };
}

/** Something read from the text, with the 1-based line it was read on. */
export interface Trouve<T> {
  valeur: T;
  ligne: number;
}

/** Splits a normalised text (every line break is `\n`) into its lines. */
function lignesDe(texte: string): string[] {
  const lignes = texte.split('\n');
  // The end-of-line of the last line does not open another one (`wc -l` counts the same).
  if (lignes.length > 1 && lignes[lignes.length - 1] === '') lignes.pop();
  return lignes;
}

/** The lines of a text once normalised (every end-of-line convention, a BOM dropped…). */
export function decouperLignes(texte: string): string[] {
  return lignesDe(normaliser(texte).texte);
}

/** The no-break spaces the normalisation keeps (thousands separators). */
const ESPACES_INSECABLES = /[\u00a0\u202f]/;

/**
 * Folds one character of a normalised line at a time so the result keeps the input's length:
 * lower case, accents off, no-break spaces made plain spaces. A character whose fold would change
 * the length (`İ`, `œ`) is kept as it is.
 */
export function plier(s: string): string {
  // Runs of ASCII are lowered in one piece and the pieces joined once: adding one character at a
  // time built a chain of a million strings for a 1 MB line, which the collector walked again at
  // every pass (plier on 1 MB of `[a](` was 156 ms against 0.5 ms for 100 KB).
  const pieces: string[] = [];
  let debut = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 128) continue;
    if (i > debut) pieces.push(s.slice(debut, i).toLowerCase());
    const c = s[i]!;
    if (ESPACES_INSECABLES.test(c)) pieces.push(' ');
    else {
      const base = c.normalize('NFD')[0] ?? c;
      const bas = base.toLowerCase();
      pieces.push(bas.length === 1 ? bas : c);
    }
    debut = i + 1;
  }
  if (debut === 0) return s.toLowerCase();
  if (debut < s.length) pieces.push(s.slice(debut).toLowerCase());
  return pieces.join('');
}

/**
 * Removes what a markdown or HTML export adds around the words, keeping tabs (table cells):
 * `## **Article 1 : Objet**` → `Article 1 : Objet`, `[data.gouv.fr](http://…)` → `data.gouv.fr`,
 * `<https://beta.gouv.fr/…>` → the address, `<sup>1</sup>` and tags dropped, `\_` unescaped.
 * Repetitions are bounded so that a line of a thousand `[` costs no more than a line of words.
 */
export function nettoyerLigne(ligne: string): string {
  // Most lines hold none of these signs: no pattern to run (a text of a million blank lines).
  if (!DECORATION.test(ligne)) return rogner(ligne);
  // A link's parts never hold the brackets that open or close another one, so a pattern fails at
  // the next `[` or `<` instead of reading its whole bound (`[a](` a million times was 3 s).
  const propre = ligne
    .replace(/<sup>[^<]{0,20}<\/sup>/gi, '')
    .replace(/<(https?:\/\/[^<>\s]{1,2000})>/gi, '$1')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' ')
    .replace(/!\[[^[\]]{0,500}\]\([^()[\]]{0,2000}\)/g, '')
    .replace(/\[([^[\]]{0,500})\]\([^()[\]\s]{0,2000}\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\*+/g, '')
    .replace(/^[ \u00a0]*(?:#{1,6}|>)[ \u00a0]*/, '');
  return rogner(propre);
}

/** The signs markdown or HTML decoration starts with. */
const DECORATION = /[<[\\*#>!]/;

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
const BLANCS_EN_TROP = new RegExp(`\\s{${BLANCS_MAX + 1},}`, 'g');

/** Longest run of blank lines kept: more says nothing, and every reader would walk them all. */
const LIGNES_BLANCHES_MAX = 2;

/**
 * The lines with runs of blank lines cut to LIGNES_BLANCHES_MAX, and the way from a kept line's
 * number back to its line in the text (10 MB of line breaks was 24 s and 644 MB for nothing).
 */
function couperBlancs(lignes: string[]): { lignes: string[]; numero: (ligne: number) => number } {
  const gardees: string[] = [];
  // From gardees line debuts[k] on, add sautees[k] to get the line in `lignes`.
  const debuts: number[] = [];
  const sautees: number[] = [];
  let blanches = 0;
  let saut = 0;
  for (const l of lignes) {
    if (l.trim() === '') {
      if (++blanches > LIGNES_BLANCHES_MAX) {
        saut++;
        continue;
      }
    } else blanches = 0;
    if (saut !== (sautees[sautees.length - 1] ?? 0)) {
      debuts.push(gardees.length + 1);
      sautees.push(saut);
    }
    gardees.push(l);
  }
  const numero = (ligne: number): number => {
    let bas = 0;
    let haut = debuts.length - 1;
    let k = -1;
    while (bas <= haut) {
      const milieu = (bas + haut) >> 1;
      if (debuts[milieu]! <= ligne) {
        k = milieu;
        bas = milieu + 1;
      } else haut = milieu - 1;
    }
    return k < 0 ? ligne : ligne + sautees[k]!;
  };
  return { lignes: gardees, numero };
}

export function creerDocument(texte: string): DocumentConvention {
  const normalise = normaliser(texte);
  const toutes = lignesDe(normalise.texte);
  const { lignes: brutes, numero } = couperBlancs(toutes);
  const propres = brutes.map((l) => (l === '' ? l : nettoyerLigne(l).replace(BLANCS_EN_TROP, (s) => s.slice(0, BLANCS_MAX))));
  return {
    brutes,
    propres,
    pliees: propres.map(plier),
    ligneOrigine: (ligne) => normalise.ligneOrigine(numero(ligne)),
    texte: { lignes: toutes, ligneOrigine: normalise.ligneOrigine },
  };
}

/** True when the cleaned line has no visible character. */
export function estVide(ligne: string): boolean {
  return !/[^\s\u00a0\u202f]/.test(ligne);
}
