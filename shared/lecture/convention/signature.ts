// The signature date: the date written after « Fait à Paris, le » (or « À Paris, le »,
// « Signé le »), never just any date of the text — conventions cite decrees, earlier avenants
// and meeting dates. A date alone on the line under « Fait à Paris, le » is read too, and a line
// holding only « Paris, le 3 mai 2024 » when no « Fait à » gives a date. When several parties
// sign on different days, the convention is signed on the last of them. A text published without
// its signature block still carries its date in its title, as the Journal officiel and the
// Bulletins officiels print it: « Convention du 24 novembre 2023 », « Délégation de gestion du
// 25 novembre 2015 », « Du 04 mai 2018 » under the title, « Convention du 15-7-2024 » — never the
// date of the Journal or Bulletin itself (« JORF n°0265 du 8 novembre 2024 »).
import type { DocumentConvention, Trouve } from './document';
import { datesDansLigne } from './dates-texte';
import { indexEntre } from './type';

// « À Paris, le » names a place of at most three words (« À La Plaine Saint-Denis, le »), which keeps
// out prose such as « A défaut d'ajustement de la dotation, le délégataire… ».
const LIGNE_SIGNATURE = /^\W*(?:fait\s+(?:a|en|le)\b|signee?s?\s+(?:a|le)\b|a\s+[a-z][a-z'-]*(?:[ -][a-z'-]+){0,2},\s*le\b)/;
/** How many lines below « Fait à Paris, le » a date may stand alone. */
const LIGNES_SOUS_SIGNATURE = 3;

function dateApres(doc: DocumentConvention, i: number): string | null {
  // Signatures side by side in a table (« Fait à Paris, le …<TAB>Fait à Paris, le … »): the first
  // date of each cell, and the last of them.
  const propres = doc.propres[i]!.split('\t');
  const pliees = doc.pliees[i]!.split('\t');
  const premieres = propres.map((p, k) => datesDansLigne(p, pliees[k]!)[0]).filter((d) => d !== undefined);
  if (premieres.length > 0) {
    const lisibles = premieres.flatMap((d) => (d.date ? [d.date] : [])).sort();
    return lisibles[lisibles.length - 1] ?? null;
  }
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

/** A line that is only a place and a date (« Paris, le 3 mai 2024 »), as letters sign. */
const LIEU_ET_DATE = /^\W*[a-z][a-z'-]*(?:[ -][a-z'-]+){0,2},?\s{1,3}le\s{1,3}[\da-z][^,;:]{0,25}$/;

function plusTardive(doc: DocumentConvention, estSignature: (pliee: string) => boolean): Trouve<string> | null {
  let retenue: Trouve<string> | null = null;
  for (let i = 0; i < doc.pliees.length; i++) {
    if (!estSignature(doc.pliees[i]!)) continue;
    const date = dateApres(doc, i);
    if (date && (!retenue || date > retenue.valeur)) retenue = { valeur: date, ligne: i + 1 };
  }
  return retenue;
}

/** How many lines a title may span when no « Entre » ends it. */
const LIGNES_TITRE_MAX = 25;
/** A title line that dates the text: « Convention du … », « Délégation de gestion du … », « Du … » alone. */
// « délégation du 8-1-2016 », « Autre texte du 10-9-2020 » under a Bulletin officiel title, as « Convention du 15-7-2024 ».
const TITRE_DATE = /^(?:du\s|convention\b|delegation\b|avenant\b|protocole\b|autre texte\b)/;

/** The date a title gives its text (« … du 24 novembre 2023 »), above the parties and the visas. */
function dateDuTitre(doc: DocumentConvention): Trouve<string> | null {
  const entre = indexEntre(doc);
  const fin = Math.min(doc.pliees.length, entre >= 0 ? entre : LIGNES_TITRE_MAX);
  for (let i = 0; i < fin; i++) {
    const pliee = doc.pliees[i]!.trim();
    if (/^vu\b/.test(pliee)) break;
    // « la convention du 10 décembre 2018 susvisée » cites another text.
    if (!TITRE_DATE.test(pliee) || /susvis|precit|signee? le/.test(pliee)) continue;
    const debut = doc.pliees[i]!.length - doc.pliees[i]!.trimStart().length;
    const date = datesDansLigne(doc.propres[i]!.slice(debut), pliee).find((d) => /\bdu\s+$/.test(pliee.slice(0, d.debut)));
    if (date?.date) return { valeur: date.date, ligne: i + 1 };
  }
  return null;
}

export function lireDateSignature(doc: DocumentConvention): Trouve<string> | null {
  // « Paris, le … » alone on its line is read only when no « Fait à » line gives a date; the
  // title's date only when the text shows no signature.
  return (
    plusTardive(doc, (l) => LIGNE_SIGNATURE.test(l)) ??
    plusTardive(doc, (l) => LIEU_ET_DATE.test(l.trim()) && datesDansLigne(l, l).some((d) => d.date !== undefined)) ??
    dateDuTitre(doc)
  );
}
