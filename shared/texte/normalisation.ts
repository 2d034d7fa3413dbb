// Where text enters shared/: one normalisation that every reader relies on, so that what a word
// processor, a PDF extractor, macOS or an OCR engine puts in a text reads like what a person typed.
// - NFC (macOS and some PDF tools give decomposed accents: `e` + U+0301);
// - every Unicode space made the space the readers know: the no-break ones (U+00A0, U+202F and
//   the figure space U+2007) stay no-break, so an amount's thousands stay grouped; the others
//   (em, en, thin, hair, punctuation, ideographic…) become U+0020;
// - every line separator (CRLF, CR, VT, FF, NEL, U+2028, U+2029) becomes `\n`; a form feed (a
//   page break, as pdftotext writes one per page) next to a line break, or opening the text,
//   makes no extra line (a blank line holding only a form feed stays a blank line);
// - invisible format characters (soft hyphen, zero-width space and joiners, word joiner, BOM,
//   bidi marks, embeddings and isolates: Unicode's Cf) are removed;
// - ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) are spelled out (œ is a letter in French and stays);
// - typographic apostrophes become `'`, dashes and the minus sign become `-`.
// Positions stay true to the original: the result maps a normalised offset or line back.

/** A text as the readers see it, and the way back to the text as written. */
export interface TexteNormalise {
  texte: string;
  /** True when the normalised text differs from the original. */
  modifie: boolean;
  /** Offset in the original text of the character at normalised offset `i` (`texte.length` → the original's length). */
  origine(i: number): number;
  /** 1-based line of the original text (lines ended by LF, CRLF or CR) that normalised line `ligne` comes from. */
  ligneOrigine(ligne: number): number;
}

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** A line break of the original text, as the line numbers count them. */
const FIN_ORIGINALE = '\\r\\n|[\\r\\n]';
/** A line break of another kind: vertical tab, next line, line and paragraph separators. */
const AUTRE_FIN = '[\\v\\u0085\\u2028\\u2029]';
const FIN = `(?:${FIN_ORIGINALE}|${AUTRE_FIN})`;

/**
 * Everything the normalisation changes, in one alternation (one pass over the text): a page break
 * with the line breaks around it, other line breaks, format characters, spaces, apostrophes, dashes,
 * ligatures, then what NFC changes (a base and its combining marks, or a singleton such as `Å`).
 */
const A_CHANGER = new RegExp(
  [
    // A page break with the line break beside it, and the invisible characters around them (never
    // a run to backtrack over: each alternative starts on a form feed or a line break).
    `\\f[\\f\\p{Cf}]*(?:${FIN}[\\f\\p{Cf}]*)?`,
    `${FIN}\\p{Cf}*\\f[\\f\\p{Cf}]*`,
    `\\r\\n?|${AUTRE_FIN}`,
    '\\p{Cf}+',
    '[\\u1680\\u2000-\\u2006\\u2008-\\u200a\\u205f\\u3000\\u2007]',
    "[\\u2018\\u2019\\u201b\\u02bc\\u00b4\\u2032\\uff07]",
    '[\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d]',
    '[\\ufb00-\\ufb06]',
    // A base and its marks, even with format characters slipped between them (removed, then NFC).
    '[^\\p{M}\\p{Cf}]?(?:\\p{Cf}*\\p{M})+',
    '[\\u0340\\u0341\\u0343\\u0344\\u0374\\u037e\\u0387\\u1f71-\\u1ffd\\u212a\\u212b\\u2126\\u2329\\u232a\\uf900-\\ufaff\\u{2f800}-\\u{2fa1f}]',
  ].join('|'),
  'gu',
);
/** Same set, without /g, for the quick test that most texts pass untouched. */
const QUELQUE_CHOSE = new RegExp(A_CHANGER.source, 'u');

const APOSTROPHE = /^[\u2018\u2019\u201b\u02bc\u00b4\u2032\uff07]$/;
const TIRET = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]$/;

/** How many original line breaks (LF, CRLF, CR) a piece of text holds. */
function finsOriginales(s: string, debut: number, fin: number): number {
  let n = 0;
  for (let i = debut; i < fin; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10 && i + 1 < fin) i++;
    }
  }
  return n;
}

function remplacement(m: string, debut: number): string {
  const c = m.charCodeAt(0);
  // A page break opening the text adds no line.
  if (debut === 0 && c === 0x0c && !/[\r\n\v\u0085\u2028\u2029]/.test(m)) return '';
  if (c === 13 || c === 10 || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) return '\n';
  if (/^\p{Cf}/u.test(m)) return '';
  if (c === 0x2007) return '\u00a0';
  if (m.length === 1 && /\p{Zs}/u.test(m)) return ' ';
  if (APOSTROPHE.test(m)) return "'";
  if (TIRET.test(m)) return '-';
  const ligature = LIGATURES[m];
  if (ligature !== undefined) return ligature;
  return m.replace(/\p{Cf}/gu, '').normalize('NFC');
}

const IDENTITE: Omit<TexteNormalise, 'texte'> = {
  modifie: false,
  origine: (i) => i,
  ligneOrigine: (l) => l,
};

/** Growable list of integer pairs (normalised position → original position), kept compact. */
class Reperes {
  n: Int32Array = new Int32Array(16);
  o: Int32Array = new Int32Array(16);
  taille = 0;
  ajouter(n: number, o: number): void {
    if (this.taille > 0 && this.n[this.taille - 1] === n) {
      this.o[this.taille - 1] = o;
      return;
    }
    if (this.taille === this.n.length) {
      const n2 = new Int32Array(this.n.length * 2);
      n2.set(this.n);
      this.n = n2;
      const o2 = new Int32Array(this.o.length * 2);
      o2.set(this.o);
      this.o = o2;
    }
    this.n[this.taille] = n;
    this.o[this.taille] = o;
    this.taille++;
  }
  /** Index of the last pair whose normalised position is ≤ x, or -1. */
  chercher(x: number): number {
    let bas = 0;
    let haut = this.taille - 1;
    let trouve = -1;
    while (bas <= haut) {
      const milieu = (bas + haut) >> 1;
      if (this.n[milieu]! <= x) {
        trouve = milieu;
        bas = milieu + 1;
      } else haut = milieu - 1;
    }
    return trouve;
  }
}

/**
 * Normalises a text (see the top of this file) and keeps the way back to it. Linear in the text's
 * length; a text with nothing to change costs one scan and is returned as it is.
 */
export function normaliser(texte: string): TexteNormalise {
  if (typeof texte !== 'string' || !QUELQUE_CHOSE.test(texte)) return { texte: typeof texte === 'string' ? texte : '', ...IDENTITE };
  // Offsets: from each pair on, normalised offset + (o - n) is the original one; every character of
  // a replacement maps to the piece's start (`ﬁ` → `fi`: both letters come from the ligature).
  const offsets = new Reperes();
  // Lines: from each pair on, normalised line + (o - n) is the original line.
  const lignes = new Reperes();
  let decalage = 0; // normalised length − original length so far
  let ligneOriginale = 1; // original line at offset `compteJusqua`
  let compteJusqua = 0;
  const parties: string[] = [];
  let copie = 0;
  A_CHANGER.lastIndex = 0;
  for (let m = A_CHANGER.exec(texte); m; m = A_CHANGER.exec(texte)) {
    const brut = m[0];
    const debut = m.index;
    const nouveau = remplacement(brut, debut);
    if (nouveau === brut) continue;
    parties.push(texte.slice(copie, debut), nouveau);
    copie = debut + brut.length;
    const debutNormalise = debut + decalage;
    if (nouveau.length !== brut.length) {
      for (let k = 0; k < nouveau.length; k++) offsets.ajouter(debutNormalise + k, debut);
      offsets.ajouter(debutNormalise + nouveau.length, copie);
      decalage += nouveau.length - brut.length;
    }
    const finsAvant = finsOriginales(brut, 0, brut.length);
    const finsApres = nouveau === '\n' ? 1 : 0;
    if (finsAvant !== finsApres) {
      ligneOriginale += finsOriginales(texte, compteJusqua, debut);
      const ecart = lignes.taille > 0 ? lignes.n[lignes.taille - 1]! - lignes.o[lignes.taille - 1]! : 0;
      const ligneNormalisee = ligneOriginale + ecart;
      // A line made by a new break belongs to the original line it was cut from; a line break
      // dropped (around a page break) skips an original line.
      lignes.ajouter(ligneNormalisee + finsApres, ligneOriginale + finsAvant);
      ligneOriginale += finsAvant;
      compteJusqua = copie;
    }
  }
  parties.push(texte.slice(copie));
  const sortie = parties.join('');
  return {
    texte: sortie,
    modifie: sortie !== texte,
    origine(i: number): number {
      if (!Number.isFinite(i) || i < 0) return 0;
      if (i >= sortie.length) return texte.length;
      const k = offsets.chercher(i);
      if (k < 0) return i;
      return offsets.o[k]! + (i - offsets.n[k]!);
    },
    ligneOrigine(ligne: number): number {
      const k = lignes.chercher(ligne);
      if (k < 0) return ligne;
      return ligne - lignes.n[k]! + lignes.o[k]!;
    },
  };
}

/** The same normalisation for a short piece (a cell, an amount, a date), without the way back. */
export function normaliserCellule(s: string): string {
  return QUELQUE_CHOSE.test(s) ? normaliser(s).texte : s;
}
