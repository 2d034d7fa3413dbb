// Filtering and sorting the portfolio's rows: by phase, niveau, partner, programme and year, plus
// the popup's search (its matching ids, from shared/registre/recherche.ts); sorted by any column.
import type { Niveau, Phase } from '../model';
import type { LignePortefeuille } from './ligne';

export interface Filtres {
  phases?: readonly Phase[];
  niveaux?: readonly Niveau[];
  partenaires?: readonly string[];
  programmes?: readonly string[];
  /** Conventions concerning that calendar year. */
  annee?: number;
  /** The conventions the search found (absent: no search). */
  ids?: ReadonlySet<string>;
}

export const COLONNES_TRI = [
  'partenaire',
  'startups',
  'uo',
  'periode',
  'phase',
  'niveau',
  'ae',
  'cp',
  'consommation',
  'prochaineDate',
] as const;
export type ColonneTri = (typeof COLONNES_TRI)[number];
export type Sens = 'asc' | 'desc';
export interface Tri {
  colonne: ColonneTri;
  sens: Sens;
}

/** Ascending niveau: worst first; ascending phase: running, coming, ended. */
const RANG_NIVEAU: Record<Niveau, number> = { alerte: 0, attention: 1, ok: 2 };
const RANG_PHASE: Record<Phase, number> = { 'en-cours': 0, 'a-venir': 1, echue: 2 };
const COLLATION = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function filtrer(lignes: readonly LignePortefeuille[], f: Filtres): LignePortefeuille[] {
  const phases = f.phases?.length ? new Set(f.phases) : null;
  const niveaux = f.niveaux?.length ? new Set(f.niveaux) : null;
  const partenaires = f.partenaires?.length ? new Set(f.partenaires) : null;
  const programmes = f.programmes?.length ? new Set(f.programmes) : null;
  return lignes.filter(
    (l) =>
      (!phases || phases.has(l.phase)) &&
      (!niveaux || niveaux.has(l.niveau)) &&
      (!partenaires || partenaires.has(l.partenaire)) &&
      (!programmes || (l.programme !== null && programmes.has(l.programme))) &&
      (f.annee === undefined || l.annees.includes(f.annee)) &&
      (!f.ids || f.ids.has(l.id)),
  );
}

type Cle = string | number | null;

function cle(l: LignePortefeuille, colonne: ColonneTri): Cle {
  switch (colonne) {
    case 'partenaire':
      return l.partenaire;
    case 'startups':
      return l.startups.join(', ') || l.titre || null;
    case 'uo':
      return l.uo;
    case 'periode':
      return l.debut ?? l.fin;
    case 'phase':
      return RANG_PHASE[l.phase];
    case 'niveau':
      return RANG_NIVEAU[l.niveau];
    case 'ae':
      return l.ae;
    case 'cp':
      return l.cp;
    case 'consommation':
      return l.tauxEngagement;
    case 'prochaineDate':
      return l.prochaineDate?.date ?? null;
  }
}

function comparerCles(a: Cle, b: Cle): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return COLLATION.compare(String(a), String(b));
}

/**
 * Sorted by one column, either way; an unknown value (no UO, no execution, no date ahead) always
 * last; equal values keep a fixed order (end date, then id) so that a view is reproducible.
 */
export function trier(lignes: readonly LignePortefeuille[], tri: Tri): LignePortefeuille[] {
  const signe = tri.sens === 'desc' ? -1 : 1;
  const cles = new Map(lignes.map((l) => [l, cle(l, tri.colonne)]));
  return [...lignes].sort((x, y) => {
    const a = cles.get(x)!;
    const b = cles.get(y)!;
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const c = comparerCles(a, b);
      if (c !== 0) return signe * c;
    }
    return (x.fin ?? '').localeCompare(y.fin ?? '') || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  });
}

/** The values the filters offer: partners and programmes present, years concerned, sorted. */
export function valeursFiltres(lignes: readonly LignePortefeuille[]): { partenaires: string[]; programmes: string[]; annees: number[] } {
  const partenaires = new Set<string>();
  const programmes = new Set<string>();
  const annees = new Set<number>();
  for (const l of lignes) {
    partenaires.add(l.partenaire);
    if (l.programme) programmes.add(l.programme);
    for (const a of l.annees) annees.add(a);
  }
  return {
    partenaires: [...partenaires].sort(COLLATION.compare),
    programmes: [...programmes].sort(COLLATION.compare),
    annees: [...annees].sort((a, b) => a - b),
  };
}
