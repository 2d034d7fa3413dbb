// Years whose amounts the convention leaves to a future avenant: « Le montant de la délégation de
// gestion nécessaire au titre de l'année 2025 sera établie par avenant » (seed DGEFP 2024). A
// sentence counts when it says « par avenant » (« par voie d'avenant », « par un avenant », « par le
// prochain avenant ») and names credits (montant, crédits, AE, CP, dotation, enveloppe); its years
// are then the four-digit 20xx numbers left once full dates (« avenant du 20 juin 2023 ») and
// references (« décret n° 2004-1085 ») are taken out. Read here, on the text, so that the fact
// survives into the registry, where the rules and the status no longer have the text.
import type { DocumentConvention } from './document';

const MOIS = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
/** Full dates are not budget years: « avenant du 20 juin 2023 », « 31/12/2025 », « 2025-12-31 ». */
const DATE = new RegExp(`\\b\\d{1,2}(?:er)? (?:${MOIS}) \\d{4}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'g');
/** Numbered references are not years either: « décret n° 2004-1085 », « loi n°2001-692 ». */
const REFERENCE = /\bn\s?[°o]\s{0,3}\d[\d-]{0,20}/g;
/**
 * A future avenant. « par le présent avenant » is left out on purpose: in an avenant it is the text
 * itself fixing the amount, the opposite of leaving it for later.
 */
const PAR_AVENANT = /\bpar (?:voie d'|un |le prochain |un prochain |un nouvel )?avenant/;
const CREDITS = /\b(?:montants?|credits?|autorisations? d'engagement|ae|cp|dotations?|enveloppes?)\b/;
const ANNEE = /\b(20\d{2})\b/g;

export interface AnneesParAvenant {
  /** The years, in increasing order, each once. */
  annees: number[];
  /** The 1-based line of the first sentence naming each year (same order as `annees`). */
  lignes: number[];
}

/** Sentences of one line: a line of a text export holds a whole paragraph. */
function phrases(ligne: string): string[] {
  return ligne.split(/(?<=[.;!?])\s+/);
}

/** The years the text leaves to an avenant, or null when it leaves none. */
export function lireAnneesParAvenant(doc: DocumentConvention): AnneesParAvenant | null {
  const premiereLigne = new Map<number, number>();
  doc.pliees.forEach((ligne, i) => {
    if (!ligne.includes('avenant')) return;
    for (const phrase of phrases(ligne)) {
      if (!PAR_AVENANT.test(phrase) || !CREDITS.test(phrase)) continue;
      for (const m of phrase.replace(DATE, ' ').replace(REFERENCE, ' ').matchAll(ANNEE)) {
        const annee = Number(m[1]);
        if (!premiereLigne.has(annee)) premiereLigne.set(annee, i + 1);
      }
    }
  });
  if (premiereLigne.size === 0) return null;
  const annees = [...premiereLigne.keys()].sort((a, b) => a - b);
  return { annees, lignes: annees.map((a) => premiereLigne.get(a)!) };
}
