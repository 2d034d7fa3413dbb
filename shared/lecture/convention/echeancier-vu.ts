// A table that looks like an échéancier but that the table reader could not read (cells the layout
// could not line up, a header split over lines…): where it starts and what its header says, so that
// a finding can point at it (« un tableau Année / AE / CP page 2 n'a pas pu être lu ») instead of
// asking for a table the document already has. Only looked for when no échéancier was read.
import type { DocumentConvention } from './document';

export interface EcheancierVu {
  /** 1-based line of the document's (normalised) lines where the header is. */
  ligne: number;
  /** The header's cells, as written (« Année », « AE », « CP »). */
  entete: string[];
}

const AE = /(?:^|[^a-z])ae(?:$|[^a-z])|autorisations? d'engagements?/;
const CP = /(?:^|[^a-z])cp(?:$|[^a-z])|credits? de paiements?/;
const ANNEE = /\b(?:19|20|21)\d\d\b/g;
const MONTANT = /\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d+)?\s*(?:€|k€|m€|euros?)/;

const cellules = (ligne: string): string[] =>
  ligne
    .split(/\t|\s*\|\s*|\s{2,}/)
    .map((c) => c.trim())
    .filter((c) => c !== '');

/** A short line: a table's header, not a sentence that names AE and CP. */
const courte = (ligne: string) => ligne.includes('\t') || ligne.includes('|') || ligne.trim().split(/\s+/).length <= 8;

/** The next `n` non-blank lines after line index `i`. */
function suivantes(doc: DocumentConvention, i: number, n: number): string[] {
  const sortie: string[] = [];
  for (let j = i + 1; j < doc.pliees.length && sortie.length < n; j++) if (doc.pliees[j]!.trim() !== '') sortie.push(doc.pliees[j]!);
  return sortie;
}

export function echeancierVu(doc: DocumentConvention): EcheancierVu | null {
  for (let i = 0; i < doc.pliees.length; i++) {
    const p = doc.pliees[i]!;
    if (!courte(p)) continue;
    const apres = suivantes(doc, i, 8);
    // Année | AE | CP over rows holding a year and an amount.
    const droit = AE.test(p) && CP.test(p) && apres.some((l) => (l.match(ANNEE)?.length ?? 0) >= 1 && MONTANT.test(l.replace(ANNEE, '')));
    // Years across, then an AE row and a CP row.
    const annees = new Set(p.match(ANNEE) ?? []);
    const transpose = annees.size >= 2 && apres.slice(0, 4).some((l) => /^\s*(?:\|\s*)?(?:ae\b|autorisations)/.test(l)) && apres.slice(0, 4).some((l) => /^\s*(?:\|\s*)?(?:cp\b|credits)/.test(l));
    if (droit || transpose) return { ligne: i + 1, entete: cellules(doc.propres[i]!) };
  }
  return null;
}
