// Finds where dates are written in a line of prose; reading them is shared/dates.ts's job.
import { lireDate } from '../../dates';

export interface DateTrouvee {
  /** The date as written (`28 MARS 2024`, `30/06/2022`). */
  brut: string;
  debut: number;
  fin: number;
  /** ISO date when lireDate could read it. */
  date?: string;
  erreur?: string;
}

const MOIS =
  '(?:janv(?:ier)?|jan|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|aout|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?)';
// On a folded line (see plier): lower case, no accents.
const DATE = new RegExp(
  [
    // A year may be glued to what follows on pages that lost a line break (« Du 20 décembre 2012NOR … »).
    `\\b(?:\\d{1,2}|1er|premier)\\s*(?:er|e)?\\s+${MOIS}\\.?\\s+\\d{4}(?!\\d)`,
    '\\b\\d{1,2}\\s*[/.]\\s*\\d{1,2}\\s*[/.]\\s*\\d{4}\\b',
    // « Convention du 15-7-2024 » (Bulletin officiel de l'éducation nationale).
    '(?<![\\d-])\\d{1,2}-\\d{1,2}-\\d{4}\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
  ].join('|'),
  'g',
);

/** Every date written in a line, in order. `pliee` locates, `propre` gives the text to read. */
export function datesDansLigne(propre: string, pliee: string): DateTrouvee[] {
  const trouvees: DateTrouvee[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(pliee); m; m = DATE.exec(pliee)) {
    const brut = propre.slice(m.index, m.index + m[0].length);
    const lu = lireDate(brut);
    trouvees.push({ brut, debut: m.index, fin: m.index + m[0].length, ...(lu.ok ? { date: lu.date } : { erreur: lu.erreur }) });
  }
  return trouvees;
}
