// Where the credits sit in the budget: the UO (unité opérationnelle), its BOP and programme,
// read where the text names them (« l'unité opérationnelle (UO) [0103-CEFP-C004] du budget
// opérationnel de programme (BOP) [013-CEFP] du programme 103 »). Codes are kept as written:
// a malformed one (`013-CEFP`) is the rule `code-chorus-mal-forme`'s to report. A word that is
// not a code (« BOP SAAM ») is not read as one.
import type { DocumentConvention, Trouve } from './document';

/** A UO / centre financier: programme, BOP part and UO part (`0103-CEFP-C004`). */
const CODE_UO = "\\d{3,4}-[a-z0-9]*[a-z][a-z0-9]*-[a-z0-9]+";
/** A BOP: programme and BOP part (`0103-CEFP`, `013-CEFP`). */
const CODE_BOP = '\\d{2,4}-[a-z0-9]*[a-z][a-z0-9]*';
/** How many characters after its keyword a code may start (`(UO) [`, `: UO `…). */
const FENETRE = 60;
/** What may stand between a keyword and its code; tested on a short window only (no backtracking blow-up). */
const LIAISON = "^(?:\\s|\\(uo\\)|\\(bop\\)|l'uo\\b|uo\\b|bop\\b|n°|no\\b|:|\\[)*";
const UO = { cle: /\buo\b|\bunite operationnelle\b/g, code: new RegExp(`${LIAISON}(${CODE_UO})(?![a-z0-9-])`) };
const BOP = { cle: /\bbop\b|\bbudget operationnel de programme\b/g, code: new RegExp(`${LIAISON}(${CODE_BOP})(?![a-z0-9-])`) };
/**
 * « programme 103 », « Code programme P 214 », « programme n° 0349 », « programme budgétaire 129 »,
 * « P129 ». Programme numbers have three digits (four with the leading zero), so « programme 2024 »
 * or « 2004-1085 » are not read, nor a page « p. 4872 ».
 */
const PROGRAMME = {
  cle: /\bprogramme\b|\bp(?=\s?0?\d{3}(?![\d/-]))/g,
  code: /^\s{0,3}(?:budgetaire\s{1,3})?(?:n°|no|numero)?\s{0,3}:?\s{0,3}(?:p\s{0,3})?(0\d{3}|\d{1,3})(?![\d/-])/,
};

interface Recherche {
  cle: RegExp;
  code: RegExp;
}

/** Every code written right after one of its keywords in a line, as written (sliced from the clean line). */
function codesApresCle(doc: DocumentConvention, i: number, r: Recherche): string[] {
  const pliee = doc.pliees[i]!;
  const codes: string[] = [];
  r.cle.lastIndex = 0;
  for (let m = r.cle.exec(pliee); m; m = r.cle.exec(pliee)) {
    const apres = m.index + m[0].length;
    const fenetre = pliee.slice(apres, apres + FENETRE);
    const c = r.code.exec(fenetre);
    // A code cut by the window's end is not read (its end could not be seen).
    if (c && (c[0].length < fenetre.length || apres + FENETRE >= pliee.length)) {
      const debut = apres + c[0].length - c[1]!.length;
      codes.push(doc.propres[i]!.slice(debut, debut + c[1]!.length));
    }
  }
  return codes;
}

/** The first code written right after one of its keywords in a line. */
function codeApresCle(doc: DocumentConvention, i: number, r: Recherche): string | null {
  return codesApresCle(doc, i, r)[0] ?? null;
}

function premierCode(doc: DocumentConvention, r: Recherche): Trouve<string> | null {
  for (let i = 0; i < doc.pliees.length; i++) {
    const code = codeApresCle(doc, i, r);
    if (code) return { valeur: code, ligne: i + 1 };
  }
  return null;
}

export function lireUo(doc: DocumentConvention): Trouve<string> | null {
  return premierCode(doc, UO);
}

export function lireBop(doc: DocumentConvention): Trouve<string> | null {
  return premierCode(doc, BOP);
}

/** The programme number, zero-padded to four digits (`103` → `0103`). */
export function programmeSurQuatreChiffres(n: string): string {
  return n.replace(/^0+(?=\d)/, '').padStart(4, '0');
}

/**
 * The programme named in the text, else the one the UO (or centre financier) code starts with.
 * The sentence that hands the credits wins over a visa naming another programme. A sentence that names two programmes for the same acts (« imputés sur le programme 159 … et sur le
 * programme 143 ») does not say which one carries the credits: it is passed over, and no
 * programme is read when no other sentence or code tells.
 */
export function lireProgramme(doc: DocumentConvention, codes: Array<Trouve<string> | null>): Trouve<string> | null {
  // The sentence that hands the credits (« crédits du programme 344 ») names the programme that
  // carries them, before a visa or a preamble naming another one.
  for (const porteCredits of [true, false]) {
    for (let i = 0; i < doc.pliees.length; i++) {
      if (porteCredits && !/\bcredits?\b|\bimpute|\buo\b|unite operationnelle/.test(doc.pliees[i]!)) continue;
      const numeros = new Set(codesApresCle(doc, i, PROGRAMME).filter((n) => Number(n) > 0).map(programmeSurQuatreChiffres));
      if (numeros.size === 1) return { valeur: [...numeros][0]!, ligne: i + 1 };
    }
  }
  for (const code of codes) {
    const m = code ? /^(\d{3,4})-/.exec(code.valeur) : null;
    if (code && m) return { valeur: programmeSurQuatreChiffres(m[1]!), ligne: code.ligne };
  }
  return null;
}
