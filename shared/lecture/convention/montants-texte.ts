// Finds where amounts are written in a line of prose (`2 500 000 €`, `50 000 euros`,
// `2 millions d'euros`, `1,2 M€`, `300 k€`); reading them is shared/montant.ts's job.
import { lireMontant, type ResultatMontant } from '../../montant';

export interface MontantTrouve {
  /** The amount as written. */
  brut: string;
  debut: number;
  fin: number;
  resultat: ResultatMontant;
}

// On a folded line (see plier). Most specific forms first; a figure never starts inside a number.
const MONTANT = new RegExp(
  [
    "\\d+(?:,\\d+)?\\s*(?:millions?|milliards?)\\s*(?:d'euros?|d'eur\\b|de euros?|€|euros?\\b)",
    '\\d+(?:,\\d+)?\\s*(?:md€|mds€|m€|k€|meur\\b|keur\\b)',
    '\\d{1,3}(?:[ .]\\d{3})+(?:,\\d{1,2})?\\s*(?:€|euros?\\b|eur\\b)',
    '\\d+(?:,\\d{1,2})?\\s*(?:€|euros?\\b|eur\\b)',
  ]
    // Not inside a code (`C004 €`) nor the tail of a garbled figure (`1 2O0 000 €` is not `000 €`).
    .map((forme) => `(?<![\\p{L}\\d,.])(?<!\\d[ .])${forme}`)
    .join('|'),
  'gu',
);

/** Every amount written with its currency in a line, in order. `pliee` locates, `propre` is read. */
export function montantsDansLigne(propre: string, pliee: string): MontantTrouve[] {
  const trouves: MontantTrouve[] = [];
  MONTANT.lastIndex = 0;
  for (let m = MONTANT.exec(pliee); m; m = MONTANT.exec(pliee)) {
    const brut = propre.slice(m.index, m.index + m[0].length);
    trouves.push({ brut, debut: m.index, fin: m.index + m[0].length, resultat: lireMontant(brut) });
  }
  return trouves;
}

/** Sentences of a line, with their offsets (a full stop, `;` or `!`/`?` followed by a capital ends one). */
export function phrases(propre: string): { debut: number; fin: number }[] {
  const bornes: { debut: number; fin: number }[] = [];
  let debut = 0;
  const re = /[.;!?](?=\s+[A-ZÀ-Ý«"])/g;
  for (let m = re.exec(propre); m; m = re.exec(propre)) {
    bornes.push({ debut, fin: m.index + 1 });
    debut = m.index + 1;
  }
  bornes.push({ debut, fin: propre.length });
  return bornes;
}
