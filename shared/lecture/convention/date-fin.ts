// The end date: « Elle est conclue jusqu'au 31 décembre 2025 », « jusqu'au 30/06/2022 »,
// « prend fin le … », and in an avenant « la date de fin est portée au … ». Only a date that
// follows one of these phrases counts (« jusqu'au comité suivant » has none). When several
// qualify, a sentence about the convention's term beats a passing mention, a new term
// (« portée au », « prorogée ») beats the original one, and « initialement » loses.
import type { DocumentConvention, Trouve } from './document';
import { datesDansLigne } from './dates-texte';

// Tested on the folded text just before a date.
const INTRODUCTION = new RegExp(
  '(?:' +
    [
      "jusqu'au",
      "jusqu'a la date du",
      '(?:prend|prendra) fin (?:le|au)',
      '(?:expire|expirera|se termine|se terminera|s\'acheve|s\'achevera) le',
      '(?:portee?|reportee?|prorogee?|prolongee?) au',
      'date de fin(?: de la (?:presente )?convention)?(?: est)?(?: fixee)? ?(?:au|:)',
    ].join('|') +
    ')\\s*$',
);
/** How far (characters) before a date its introducing phrase may end. */
const PORTEE = 40;

/** `ligne`: the whole folded line; `clause`: the words between the previous date (or the line start) and this one. */
function score(ligne: string, clause: string): number {
  let s = 0;
  if (/\b(?:convention|conclue?|duree|valable|effet|avenant|delegation)\b/.test(ligne)) s += 1;
  if (/\b(?:portee?|prorog|prolong|reportee?|nouvelle date|desormais)/.test(clause)) s += 2;
  if (/\binitial/.test(clause)) s -= 2;
  return s;
}

export function lireDateFin(doc: DocumentConvention): Trouve<string> | null {
  let retenue: { date: string; ligne: number; score: number } | null = null;
  for (let i = 0; i < doc.pliees.length; i++) {
    const pliee = doc.pliees[i]!;
    if (!/jusqu|fin|expire|termine|acheve|porte|prorog|prolong|report/.test(pliee)) continue;
    let finPrecedente = 0;
    for (const d of datesDansLigne(doc.propres[i]!, pliee)) {
      const clause = pliee.slice(finPrecedente, d.debut);
      finPrecedente = d.fin;
      if (!d.date) continue;
      if (!INTRODUCTION.test(pliee.slice(Math.max(0, d.debut - PORTEE), d.debut))) continue;
      const s = score(pliee, clause);
      if (!retenue || s > retenue.score) retenue = { date: d.date, ligne: i + 1, score: s };
    }
  }
  return retenue ? { valeur: retenue.date, ligne: retenue.ligne } : null;
}
