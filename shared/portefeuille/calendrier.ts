// The portfolio's calendar: every key date of every convention from today on (committees, end
// dates, last day for the notice, year-end cut-offs, years waiting for an avenant, projected
// run-out), in date order with its `J-n`. The dates come from shared/statut.ts (toutesLesDatesCles),
// never computed again here; this module only gathers them and gives each a stable key.
import { formaterDate, joursEntre } from '../dates';
import type { Convention, Partie } from '../model';
import { toutesLesDatesCles, type Clotures } from '../statut';
import type { EntreePortefeuille, LignePortefeuille } from './ligne';

export interface EvenementCalendrier {
  /** Stable across exports (a moved date keeps its key): `fin`, `cloture-commandes-2025`, `comite-semestriel-3`. */
  cle: string;
  /** The convention's id; empty for a year-end cut-off that concerns several (see regrouperClotures). */
  conventionId: string;
  /** `DGEFP · Mission apprentissage`: which convention, in words (`12 conventions` for a shared cut-off). */
  convention: string;
  /** The convention(s) in full words, for a calendar's event: name, parties, dates (never an id or a link). */
  texte: string;
  /** A shared cut-off: every convention it concerns. */
  conventionIds?: string[];
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

/** `DGEFP · Mission apprentissage, Classe à 12` (or the title, the incubator, the convention's name). */
export function nomConvention(l: LignePortefeuille): string {
  const qui = l.startups.length > 0 ? l.startups.join(', ') : (l.titre ?? (l.incubateur ? `incubateur ${l.incubateur}` : null));
  return qui ? `${l.partenaire} · ${qui}` : l.nom;
}

/** `Convention DGEFP du 28 mars 2024 (DGEFP → DINUM), du 28 mars 2024 au 31 décembre 2025, pour Classe à 12`. */
export function texteConvention(c: Convention, l: LignePortefeuille): string {
  const partie = (p: Partie) => p.sigle ?? p.nom ?? '?';
  const periode = [c.dateSignature && `du ${formaterDate(c.dateSignature)}`, c.dateFin && `au ${formaterDate(c.dateFin)}`].filter(Boolean).join(' ');
  const pour = l.startups.length > 0 ? `pour ${l.startups.join(', ')}` : l.incubateur ? `pour l'incubateur ${l.incubateur}` : '';
  return [`${l.nom} (${partie(c.delegant)} → ${partie(c.delegataire)})`, periode, pour].filter(Boolean).join(', ');
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
    const texte = texteConvention(entree.convention, ligne);
    const debut = entree.convention.dateSignature;
    const dates = toutesLesDatesCles(entree.convention, entree.execution, aujourdhui, options);
    const vues = new Set<string>();
    for (const d of dates) {
      let cle = cleEvenement(d.code, d.date, debut);
      // Two dates of one kind the same year (cannot happen today): keep both, distinctly.
      if (vues.has(cle)) cle = `${cle}-${d.date}`;
      vues.add(cle);
      evenements.push({ cle, conventionId: ligne.id, convention: nom, texte, code: d.code, date: d.date, libelle: d.libelle, jours: joursEntre(aujourdhui, d.date) });
    }
  }
  return evenements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.convention.localeCompare(b.convention, 'fr') || a.cle.localeCompare(b.cle)));
}

/** The year-end cut-offs (last orders, last payments): the same day for every convention of the year. */
const CLOTURES = new Set(['cloture-commandes', 'cloture-paiements']);

/**
 * One event per year-end cut-off and date, naming every convention it concerns, rather than one per
 * convention (202 identical lines for 202 conventions). The other events are kept as they are, in order.
 */
export function regrouperClotures(evenements: readonly EvenementCalendrier[]): EvenementCalendrier[] {
  const groupes = new Map<string, EvenementCalendrier & { conventionIds: string[]; noms: string[] }>();
  const sortie: EvenementCalendrier[] = [];
  for (const e of evenements) {
    if (!CLOTURES.has(e.code)) {
      sortie.push(e);
      continue;
    }
    const cle = `${e.code}|${e.date}`;
    let g = groupes.get(cle);
    if (!g) {
      g = { ...e, cle: `${e.code}-${e.date.slice(0, 4)}`, conventionIds: [], noms: [] };
      groupes.set(cle, g);
      sortie.push(g);
    }
    g.conventionIds.push(e.conventionId);
    g.noms.push(e.texte);
  }
  for (const g of groupes.values()) {
    const n = g.conventionIds.length;
    if (n > 1) {
      g.conventionId = '';
      g.convention = `${n} conventions`;
      g.texte = `${n} conventions : ${g.noms.slice(0, 20).join(' ; ')}${n > 20 ? ` ; et ${n - 20} autres` : ''}`;
    }
    delete (g as { noms?: string[] }).noms;
  }
  return sortie;
}

/** The events within `jours` days of today (today included). */
export function prochainsJours(evenements: readonly EvenementCalendrier[], jours = 90): EvenementCalendrier[] {
  return evenements.filter((e) => e.jours >= 0 && e.jours <= jours);
}

/** `J-37`, and « aujourd'hui » for the day itself: the countdown as every page writes it. */
export function compteARebours(jours: number): string {
  return jours === 0 ? "aujourd'hui" : `J-${jours}`;
}
