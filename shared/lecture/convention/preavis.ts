// The notice period to end the convention: « sous réserve du respect d'un préavis de trois
// mois », « moyennant un préavis écrit de 3 (trois) mois », « un préavis d'un mois ». A notice
// given in days or weeks is not a number of months and is not converted.
import type { DocumentConvention, Trouve } from './document';
import { lireEntier } from './entier';

const PREAVIS = /\bpreavis(?:\s{1,3}(?:ecrit|minimum|minimal|prealable))?\s{1,3}(?:de\s{1,3}|d')\s{0,3}(?:au moins\s{1,3}|au minimum\s{1,3})?([a-z0-9-]+(?: [a-z-]+)?)\s{0,3}(?:\(\s{0,3}[a-z0-9-]+\s{0,3}\)\s{0,3})?mois\b/;

export function lirePreavis(doc: DocumentConvention): Trouve<number> | null {
  for (let i = 0; i < doc.pliees.length; i++) {
    const m = PREAVIS.exec(doc.pliees[i]!);
    if (!m) continue;
    const mois = lireEntier(m[1]!);
    if (mois !== null && mois >= 0) return { valeur: mois, ligne: i + 1 };
  }
  return null;
}
