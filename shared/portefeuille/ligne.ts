// One row of the portfolio (tableau de bord): what a budget officer holding many conventions needs
// to see, sort and filter on, computed once per convention from its status. Pure: today is in the status.
import { joursEntre } from '../dates';
import type { Convention, DateCle, Execution, Niveau, Partie, Phase, Startup, Statut, TypeConvention } from '../model';
import { normaliserSlug } from '../registre/liens';
import { nomConvention } from '../registre/nom';
import { anneesDe } from '../registre/recherche';

export interface Ventilation {
  /** Null for an amount no year can be given to (a FAST amount without a signature date). */
  annee: number | null;
  ae: number;
  cp: number;
}

export interface DateProchaine {
  date: string;
  code: string;
  libelle: string;
  /** Days from today: the `n` of `J-n`. */
  jours: number;
}

export interface LignePortefeuille {
  id: string;
  /** The convention in words, never its id: its title, else « Convention DGEFP du 28 mars 2024 ». */
  nom: string;
  type: TypeConvention;
  titre?: string;
  /** The party that is not the DINUM (acronym, else name, else `?`). */
  partenaire: string;
  /** Names of the startups funded (their slug when the registry does not know them). */
  startups: string[];
  /** The incubator funded (its name when the registry knows it). */
  incubateur?: string;
  uo: string | null;
  programme: string | null;
  debut: string | null;
  fin: string | null;
  /** Years the convention concerns (échéancier, and signature to end): the year filter. */
  annees: number[];
  phase: Phase;
  niveau: Niveau;
  /** Σ AE and Σ CP, cents (as the status counts them: a FAST partnership's amount when it has no échéancier). */
  ae: number;
  cp: number;
  /** What the partner delegates, per calendar year: the échéancier (a FAST amount is not in it). */
  ventilation: Ventilation[];
  /** The FAST amount (the DINUM's fund, not the partner's credits), with its year; null without one. */
  fast: { annee: number | null; montant: number } | null;
  aeEngagees: number | null;
  cpPayes: number | null;
  tauxEngagement: number | null;
  prochaineDate: DateProchaine | null;
  nombreAlertes: number;
}

/** A party's acronym, else its name, else `?`. */
export function nomPartie(p: Partie): string {
  return p.sigle?.trim() || p.nom?.trim() || '?';
}

/** The partner worth naming: the party that is not the DINUM (which signs every convention). */
export function partenaire(c: Convention): string {
  const delegant = nomPartie(c.delegant);
  const delegataire = nomPartie(c.delegataire);
  return /^dinum$/i.test(delegant) && delegataire !== '?' ? delegataire : delegant;
}

/** The first key date on or after the status's day. */
export function prochaineDateCle(s: Statut): DateCle | undefined {
  let suivante: DateCle | undefined;
  for (const d of s.datesCles) if (d.date >= s.aujourdhui && (!suivante || d.date < suivante.date)) suivante = d;
  return suivante;
}

/**
 * AE and CP per calendar year, as the échéancier delegates them. A FAST amount is the DINUM's fund,
 * not the partner's credits: it is not in it (see montantFast).
 */
export function ventiler(c: Convention): Ventilation[] {
  const parAnnee = new Map<number, Ventilation>();
  for (const l of c.echeancier) {
    const v = parAnnee.get(l.annee) ?? { annee: l.annee, ae: 0, cp: 0 };
    v.ae += l.ae ?? 0;
    v.cp += l.cp ?? 0;
    parAnnee.set(l.annee, v);
  }
  return [...parAnnee.values()].sort((a, b) => a.annee! - b.annee!);
}

/** The FAST amount with its signature year (null when unknown), or null without one. */
export function montantFast(c: Convention): LignePortefeuille['fast'] {
  if (c.montantFast === undefined) return null;
  const annee = c.dateSignature ? Number(c.dateSignature.slice(0, 4)) : NaN;
  return { annee: Number.isInteger(annee) ? annee : null, montant: c.montantFast };
}

export interface EntreePortefeuille {
  convention: Convention;
  execution?: Execution;
  statut: Statut;
}

/** The row of one convention; `startups` from startupsParCle (keyed by normalised slug), incubators' names by id. */
export function lignePortefeuille(
  { convention: c, statut: s }: EntreePortefeuille,
  startups: ReadonlyMap<string, Startup>,
  incubateurs: ReadonlyMap<string, string> = new Map(),
): LignePortefeuille {
  const prochaine = prochaineDateCle(s);
  return {
    id: c.id,
    nom: nomConvention(c),
    type: c.type,
    ...(c.titre && { titre: c.titre }),
    partenaire: partenaire(c),
    startups: (c.startups ?? []).map((slug) => startups.get(normaliserSlug(slug))?.nom ?? slug),
    ...(c.incubateur && { incubateur: incubateurs.get(c.incubateur) ?? c.incubateur }),
    uo: c.uo ?? c.chorus?.centreFinancier ?? null,
    programme: c.programme ?? null,
    debut: c.dateSignature ?? null,
    fin: c.dateFin ?? null,
    annees: [...anneesDe(c)].sort((a, b) => a - b),
    phase: s.phase,
    niveau: s.niveau,
    ae: s.totaux.ae,
    cp: s.totaux.cp,
    ventilation: ventiler(c),
    fast: montantFast(c),
    aeEngagees: s.execution?.aeEngagees ?? null,
    cpPayes: s.execution?.cpPayes ?? null,
    tauxEngagement: s.execution?.tauxEngagement ?? null,
    prochaineDate: prochaine ? { ...prochaine, jours: joursEntre(s.aujourdhui, prochaine.date) } : null,
    nombreAlertes: s.alertes.length,
  };
}
