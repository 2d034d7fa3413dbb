// The signature date: the date written after « Fait à Paris, le » (or « À Paris, le »,
// « Signé le »), never just any date of the text — conventions cite decrees, earlier avenants
// and meeting dates. A date alone on the line under « Fait à Paris, le » is read too. When
// several parties sign on different days, the convention is signed on the last of them.
import type { DocumentConvention, Trouve } from './document';
import { datesDansLigne } from './dates-texte';

// « À Paris, le » names a place of at most three words (« À La Plaine Saint-Denis, le »), which keeps
// out prose such as « A défaut d'ajustement de la dotation, le délégataire… ».
const LIGNE_SIGNATURE = /^\W*(?:fait\s+(?:a|en|le)\b|signee?s?\s+(?:a|le)\b|a\s+[a-z][a-z'-]*(?:[ -][a-z'-]+){0,2},\s*le\b)/;
/** How many lines below « Fait à Paris, le » a date may stand alone. */
const LIGNES_SOUS_SIGNATURE = 3;

function dateApres(doc: DocumentConvention, i: number): string | null {
  const dates = datesDansLigne(doc.propres[i]!, doc.pliees[i]!);
  if (dates[0]) return dates[0].date ?? null;
  // « Fait à Paris, le » with the date on a following line (a signature table, a stamp).
  let vues = 0;
  for (let j = i + 1; j < doc.pliees.length && vues < LIGNES_SOUS_SIGNATURE; j++) {
    if (doc.pliees[j]!.trim() === '') continue;
    vues++;
    const seule = datesDansLigne(doc.propres[j]!, doc.pliees[j]!)[0];
    if (seule && seule.debut <= 3) return seule.date ?? null;
  }
  return null;
}

export function lireDateSignature(doc: DocumentConvention): Trouve<string> | null {
  let retenue: Trouve<string> | null = null;
  for (let i = 0; i < doc.pliees.length; i++) {
    if (!LIGNE_SIGNATURE.test(doc.pliees[i]!)) continue;
    const date = dateApres(doc, i);
    if (date && (!retenue || date > retenue.valeur)) retenue = { valeur: date, ligne: i + 1 };
  }
  return retenue;
}
