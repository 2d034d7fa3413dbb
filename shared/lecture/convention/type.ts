// The kind of convention, read from its title: the lines before « Entre » (where the parties
// start). The body is not looked at: every délégation mentions avenants (« fait l'objet d'un
// avenant ») and some mention the FAST fund without being FAST partnerships (seed 004).
import type { TypeConvention } from '../../model';
import { estVide, type DocumentConvention, type Trouve } from './document';

/** How many non-empty lines a title may span: before « Entre » (logos, ministry names…), or without it. */
const LIGNES_TITRE_AVANT_ENTRE = 15;
const LIGNES_TITRE_SANS_ENTRE = 6;

/**
 * What opens the parties: « Entre », « ENTRE LES SOUSSIGNÉS : », « La présente convention est
 * conclue entre : », « Il est convenu entre : » (on a folded line, bullets and blanks off).
 */
export const OUVERTURE_PARTIES =
  /^(?:entre\b|(?:conclue?|passee?|etablie?|signee?)\s+entre\b|(?:la|le) present(?:e)? (?:convention|delegation|document|avenant)\b[^:;.]{0,60}?\b(?:conclue?|passee?|etablie?) entre\b|il (?:est|a ete) (?:convenu|conclu) entre\b)/;

/** Index (0-based) of the line that opens the parties (see {@link OUVERTURE_PARTIES}). */
export function indexEntre(doc: DocumentConvention, depuis = 0): number {
  for (let i = depuis; i < doc.pliees.length; i++) {
    if (OUVERTURE_PARTIES.test(doc.pliees[i]!.trim())) return i;
  }
  return -1;
}

/** The title's lines (0-based indexes): before « Entre », or the first non-empty lines. */
export function lignesDuTitre(doc: DocumentConvention): number[] {
  const fin = indexEntre(doc);
  const max = fin >= 0 ? LIGNES_TITRE_AVANT_ENTRE : LIGNES_TITRE_SANS_ENTRE;
  const indexes: number[] = [];
  for (let i = 0; i < doc.pliees.length && indexes.length < max; i++) {
    if (fin >= 0 && i >= fin) break;
    if (!estVide(doc.pliees[i]!)) indexes.push(i);
  }
  return indexes;
}

/**
 * `avenant` when the title names an avenant (« Avenant n°2 à la convention… »), `delegation-de-gestion`
 * when it names one, `partenariat-fast` for a « convention de partenariat » or a FAST title.
 * Without a title, a text calling itself « le présent avenant » is an avenant. Returns null when
 * nothing says (the caller then assumes a délégation).
 */
export function lireType(doc: DocumentConvention): Trouve<TypeConvention> | null {
  const titre = lignesDuTitre(doc);
  for (const i of titre) {
    if (/^(?:projet d'|projet de |\d+\s*[-.)]?\s*)?avenant\b/.test(doc.pliees[i]!.trim())) {
      return { valeur: 'avenant', ligne: i + 1 };
    }
  }
  // « AUTRE N° 4 à la délégation de gestion n° … » (Bulletin officiel des armées): the fourth act
  // amending a délégation is an avenant, whatever word the Bulletin files it under.
  for (const i of titre) {
    if (/\bn[°o]\s*\d+\s+(?:a|au|a la) (?:la )?(?:convention|delegation|protocole)\b/.test(doc.pliees[i]!)) return { valeur: 'avenant', ligne: i + 1 };
  }
  // A title naming both (« délégation de gestion … lauréat FAST ») is a délégation.
  for (const i of titre) {
    if (/\bdelegation\s+de\s+gestion\b/.test(doc.pliees[i]!)) return { valeur: 'delegation-de-gestion', ligne: i + 1 };
  }
  for (const i of titre) {
    if (/\bpartenariat\b|\bfast\b/.test(doc.pliees[i]!)) return { valeur: 'partenariat-fast', ligne: i + 1 };
  }
  // A text published without its title still names itself: « Le présent avenant a pour objet de
  // modifier … ». Only its own name counts — a délégation speaks of « un avenant », never of « le présent avenant ».
  for (let i = 0; i < doc.pliees.length; i++) {
    if (/\b(?:le|du|au|par le) present avenant\b/.test(doc.pliees[i]!)) return { valeur: 'avenant', ligne: i + 1 };
  }
  return null;
}
