// The key dates of a convention: half-yearly committees, end of term, last day for the notice,
// year-end cut-offs, and when the credits run out at the current pace. Pure: today is a parameter.
import { ajouterJours, ajouterMois, estDateIso, joursDansMois, joursEntre } from '../dates';
import type { Convention, Execution } from '../model';

export interface Clotures {
  /** 'MM-DD': last day to place orders (beta.gouv practice: about 12 December). */
  commandes: string;
  /** 'MM-DD': last day to plan payments (about 30 November). */
  paiements: string;
}

export const CLOTURES_PAR_DEFAUT: Clotures = { commandes: '12-12', paiements: '11-30' };

/** The date of a 'MM-DD' cut-off in a year, 29 February falling back to the 28th; null if malformed. */
export function dateDeCloture(annee: number, moisJour: string): string | null {
  const m = /^(\d{2})-(\d{2})$/.exec(moisJour);
  if (!m) return null;
  const mois = Number(m[1]);
  const jour = Number(m[2]);
  if (mois < 1 || mois > 12 || jour < 1 || jour > 31) return null;
  const j = Math.min(jour, joursDansMois(annee, mois));
  return `${annee}-${String(mois).padStart(2, '0')}-${String(j).padStart(2, '0')}`;
}

/** Signature and end dates when they are real calendar dates (a registry may carry anything). */
export function bornes(convention: Convention): { debut?: string; fin?: string } {
  return {
    ...(convention.dateSignature && estDateIso(convention.dateSignature) ? { debut: convention.dateSignature } : {}),
    ...(convention.dateFin && estDateIso(convention.dateFin) ? { fin: convention.dateFin } : {}),
  };
}

/**
 * The half-yearly committees on or after today: every 6 months counted from the signature (each
 * date computed from the signature, so 31 August gives 28/29 February then 31 August, without drift),
 * up to the end of term, or up to `jusqua` (inclusive) when the term is unknown or later. At most `max`.
 */
export function comitesSemestriels(convention: Convention, aujourdhui: string, options: { max?: number; jusqua?: string } = {}): string[] {
  const { debut, fin } = bornes(convention);
  const max = options.max ?? Infinity;
  if (convention.comitesSemestriels !== true || !debut) return [];
  const limite = fin && (!options.jusqua || fin < options.jusqua) ? fin : options.jusqua;
  // Without an end nor a horizon, only the next one is meaningful.
  const nombre = limite === undefined ? Math.min(max, 1) : max;
  const dates: string[] = [];
  const ecart = Math.max(0, Math.floor(joursEntre(debut, aujourdhui) / 183) - 1);
  for (let k = Math.max(1, ecart); dates.length < nombre; k++) {
    const date = ajouterMois(debut, 6 * k);
    if (limite !== undefined && date > limite) break;
    if (date >= aujourdhui) dates.push(date);
    if (k > ecart + 4 && dates.length === 0) break; // cannot happen with real dates; guards the loop
  }
  return dates;
}

/** The first half-yearly committee on or after today, within the term; null when the convention has none. */
export function prochainComiteSemestriel(convention: Convention, aujourdhui: string): string | null {
  return comitesSemestriels(convention, aujourdhui, { max: 1 })[0] ?? null;
}

/** Last day to notify a termination so that the notice ends by the term: end date − préavis. */
export function dernierJourPreavis(convention: Convention): string | null {
  const { fin } = bornes(convention);
  if (!fin || !convention.preavisMois) return null;
  return ajouterMois(fin, -convention.preavisMois);
}

/**
 * The cut-offs of a kind on or after today, inside the term, for the years that have credits of that
 * kind (AE for orders, CP for payments); a convention without a schedule (FAST) has credits every
 * year. Without an end date: this year's and next year's. At most `max`.
 */
export function cloturesAVenir(convention: Convention, aujourdhui: string, moisJour: string, sorte: 'ae' | 'cp', max = Infinity): string[] {
  const { debut, fin } = bornes(convention);
  const premiere = Math.max(Number(aujourdhui.slice(0, 4)), debut ? Number(debut.slice(0, 4)) : 0);
  const derniere = fin ? Number(fin.slice(0, 4)) : premiere + 1;
  const dates: string[] = [];
  for (let annee = premiere; annee <= derniere && dates.length < max; annee++) {
    const date = dateDeCloture(annee, moisJour);
    if (!date || date < aujourdhui || (debut && date < debut)) continue;
    if (fin && date > fin) break;
    const credits =
      convention.echeancier.length === 0 ||
      convention.echeancier.some((l) => l.annee === annee && (l[sorte] ?? 0) > 0);
    if (credits) dates.push(date);
  }
  return dates;
}

/** The next cut-off of a kind on or after today (see cloturesAVenir); null when none is left. */
export function prochaineCloture(convention: Convention, aujourdhui: string, moisJour: string, sorte: 'ae' | 'cp'): string | null {
  return cloturesAVenir(convention, aujourdhui, moisJour, sorte, 1)[0] ?? null;
}

export interface Projection {
  /** Day the AE would all be engaged at the pace observed since the signature. */
  epuisement: string;
  /** Centimes engaged per day since the signature. */
  rythmeParJour: number;
  /** The annual committee window: 45 to 30 days before that day (seed DGEFP 2024, article 2). */
  comiteDebut: string;
  comiteFin: string;
}

/**
 * When the AE run out at the current pace (engaged since the signature, per day), counted from the
 * date the figures were taken (or today). Null when nothing is engaged yet, everything already is,
 * or the credits outlast the term.
 */
export function projeterEpuisement(convention: Convention, execution: Execution | undefined, totalAe: number, aujourdhui: string): Projection | null {
  const { debut, fin } = bornes(convention);
  if (!execution || !debut) return null;
  const arrete = execution.dateArrete && estDateIso(execution.dateArrete) && execution.dateArrete <= aujourdhui ? execution.dateArrete : aujourdhui;
  const ecoules = joursEntre(debut, arrete);
  const engagees = execution.lignes.reduce((s, l) => s + (l.aeEngagees ?? 0), 0);
  const restantes = totalAe - engagees;
  if (ecoules <= 0 || engagees <= 0 || restantes <= 0) return null;
  const rythmeParJour = engagees / ecoules;
  // restantes ÷ (engagees ÷ ecoules), computed as one division so that an exact ratio stays exact.
  const jours = Math.ceil((restantes * ecoules) / engagees);
  // Beyond a century the pace means nothing (and the date arithmetic would too).
  if (jours > 36_500) return null;
  const epuisement = ajouterJours(arrete, jours);
  if (fin && epuisement > fin) return null;
  return { epuisement, rythmeParJour, comiteDebut: ajouterJours(epuisement, -45), comiteFin: ajouterJours(epuisement, -30) };
}
