// The portfolio's calendar: every key date of every convention from today on (committees, end
// dates, last day for the notice, year-end cut-offs, years waiting for an avenant, projected
// run-out), in date order with its `J-n`. The dates come from shared/statut.ts (toutesLesDatesCles),
// never computed again here; this module only gathers them and gives each a stable key.
import { joursEntre } from '../dates';
import { toutesLesDatesCles, type Clotures } from '../statut';
import type { EntreePortefeuille, LignePortefeuille } from './ligne';

export interface EvenementCalendrier {
  /** Stable across exports (a moved date keeps its key): `fin`, `cloture-commandes-2025`, `comite-semestriel-3`. */
  cle: string;
  conventionId: string;
  /** `DGEFP · Mission apprentissage`: which convention, in words. */
  convention: string;
  code: string;
  date: string;
  libelle: string;
  /** Days from today (the `n` of `J-n`). */
  jours: number;
}

/** Kinds that come back once a year: their key carries the year. */
const ANNUELS = new Set(['cloture-commandes', 'cloture-paiements', 'avenant-attendu']);

/** Months from one ISO date to another (calendar months, day ignored). */
function moisEntre(de: string, a: string): number {
  return (Number(a.slice(0, 4)) - Number(de.slice(0, 4))) * 12 + Number(a.slice(5, 7)) - Number(de.slice(5, 7));
}

function cleEvenement(code: string, date: string, debut: string | undefined): string {
  if (ANNUELS.has(code)) return `${code}-${date.slice(0, 4)}`;
  // The k-th half-year from the signature: the same committee keeps its key.
  if (code === 'comite-semestriel' && debut) return `${code}-${Math.round(moisEntre(debut, date) / 6)}`;
  return code;
}

/** `DGEFP · Mission apprentissage, Classe à 12` (or the title, the incubator, the id). */
export function nomConvention(l: LignePortefeuille): string {
  const qui = l.startups.length > 0 ? l.startups.join(', ') : (l.titre ?? (l.incubateur ? `incubateur ${l.incubateur}` : l.id));
  return `${l.partenaire} · ${qui}`;
}

export interface OptionsCalendrier {
  clotures?: Partial<Clotures>;
  /** Horizon for conventions without an end date (see toutesLesDatesCles). */
  jusqua?: string;
}

/** Every key date from `aujourdhui` on of the conventions given (each with its row), by date. */
export function calendrier(
  entrees: readonly { entree: EntreePortefeuille; ligne: LignePortefeuille }[],
  aujourdhui: string,
  options: OptionsCalendrier = {},
): EvenementCalendrier[] {
  const evenements: EvenementCalendrier[] = [];
  for (const { entree, ligne } of entrees) {
    const nom = nomConvention(ligne);
    const debut = entree.convention.dateSignature;
    const dates = toutesLesDatesCles(entree.convention, entree.execution, aujourdhui, options);
    const vues = new Set<string>();
    for (const d of dates) {
      let cle = cleEvenement(d.code, d.date, debut);
      // Two dates of one kind the same year (cannot happen today): keep both, distinctly.
      if (vues.has(cle)) cle = `${cle}-${d.date}`;
      vues.add(cle);
      evenements.push({ cle, conventionId: ligne.id, convention: nom, code: d.code, date: d.date, libelle: d.libelle, jours: joursEntre(aujourdhui, d.date) });
    }
  }
  return evenements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.convention.localeCompare(b.convention, 'fr') || a.cle.localeCompare(b.cle)));
}

/** The events within `jours` days of today (today included). */
export function prochainsJours(evenements: readonly EvenementCalendrier[], jours = 90): EvenementCalendrier[] {
  return evenements.filter((e) => e.jours >= 0 && e.jours <= jours);
}

/** `J-37`, `J-0`: the countdown as the popup writes it. */
export function compteARebours(jours: number): string {
  return `J-${jours}`;
}
