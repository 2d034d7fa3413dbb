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
const AVANT_CODE = "\\s*(?:n°|no|:)?\\s*\\[?\\s*";

const UO = new RegExp(
  `(?:\\buo\\b|\\bunite operationnelle\\b)(?:\\s*\\(uo\\))?(?:\\s*l'uo\\b)?(?:\\s*uo\\b)?${AVANT_CODE}(${CODE_UO})(?![a-z0-9-])`,
);
const BOP = new RegExp(
  `(?:\\bbop\\b|\\bbudget operationnel de programme\\b)(?:\\s*\\(bop\\))?(?:\\s*bop\\b)?${AVANT_CODE}(${CODE_BOP})(?![a-z0-9-])`,
);
/**
 * « programme 103 », « Code programme P 214 », « programme n° 0349 ». Programme numbers have three
 * digits (four with the leading zero), so « programme 2024 » or « 2004-1085 » are not read.
 */
const PROGRAMME = /\bprogramme\s*(?:n°|no|numero)?\s*:?\s*(?:p\s*)?(0\d{3}|\d{1,3})(?![\d/-])/;

function premierCode(doc: DocumentConvention, re: RegExp): Trouve<string> | null {
  for (let i = 0; i < doc.pliees.length; i++) {
    const m = re.exec(doc.pliees[i]!);
    if (m) {
      const debut = m.index + m[0].length - m[1]!.length;
      return { valeur: doc.propres[i]!.slice(debut, debut + m[1]!.length), ligne: i + 1 };
    }
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

/** The programme named in the text, else the one the UO (or centre financier) code starts with. */
export function lireProgramme(doc: DocumentConvention, codes: Array<Trouve<string> | null>): Trouve<string> | null {
  for (let i = 0; i < doc.pliees.length; i++) {
    const m = PROGRAMME.exec(doc.pliees[i]!);
    if (m && Number(m[1]) > 0) return { valeur: programmeSurQuatreChiffres(m[1]!), ligne: i + 1 };
  }
  for (const code of codes) {
    const m = code ? /^(\d{3,4})-/.exec(code.valeur) : null;
    if (code && m) return { valeur: programmeSurQuatreChiffres(m[1]!), ligne: code.ligne };
  }
  return null;
}
