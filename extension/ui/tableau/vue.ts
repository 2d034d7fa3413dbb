// The dashboard's view (search, filters, sort) in the page's query string, so that a view can be
// bookmarked or sent: `tableau-de-bord.html?q=dgefp&phase=en-cours&annee=2025&tri=ae&sens=desc`.
import type { Niveau, Phase } from '../../../shared/model';
import { COLONNES_TRI, type ColonneTri, type Filtres, type Tri } from '../../../shared/portefeuille/filtres';

/** The table's columns a person may hide (« Colonnes »): the others are always shown. */
export const COLONNES_FACULTATIVES = ['ae', 'cp', 'consommation', 'uo', 'periode'] as const;
export type ColonneFacultative = (typeof COLONNES_FACULTATIVES)[number];

export interface Vue {
  requete: string;
  phases: Phase[];
  niveaux: Niveau[];
  partenaire: string;
  programme: string;
  annee: number | null;
  tri: Tri;
  /** Columns hidden from the table (« Colonnes »). */
  masquees: ColonneFacultative[];
}

export const PHASES: readonly Phase[] = ['en-cours', 'a-venir', 'echue'];
export const NIVEAUX: readonly Niveau[] = ['alerte', 'attention', 'ok'];
export const TRI_PAR_DEFAUT: Tri = { colonne: 'prochaineDate', sens: 'asc' };

export const VUE_VIDE: Vue = { requete: '', phases: [], niveaux: [], partenaire: '', programme: '', annee: null, tri: TRI_PAR_DEFAUT, masquees: [] };

function liste<T extends string>(params: URLSearchParams, nom: string, permis: readonly T[]): T[] {
  return params.getAll(nom).filter((v): v is T => (permis as readonly string[]).includes(v));
}

/** Reads a query string; anything unknown or malformed is ignored (a hand-edited link still opens). */
export function lireVue(recherche: string): Vue {
  const p = new URLSearchParams(recherche);
  const annee = Number(p.get('annee'));
  const colonne = p.get('tri');
  return {
    requete: (p.get('q') ?? '').slice(0, 500),
    phases: liste(p, 'phase', PHASES),
    niveaux: liste(p, 'niveau', NIVEAUX),
    partenaire: p.get('partenaire') ?? '',
    programme: p.get('programme') ?? '',
    annee: Number.isInteger(annee) && annee >= 1900 && annee <= 2200 ? annee : null,
    tri:
      colonne && (COLONNES_TRI as readonly string[]).includes(colonne)
        ? { colonne: colonne as ColonneTri, sens: p.get('sens') === 'desc' ? 'desc' : 'asc' }
        : TRI_PAR_DEFAUT,
    masquees: liste(p, 'masquer', COLONNES_FACULTATIVES),
  };
}

/** The query string of a view ('' for the default view), in a fixed order. */
export function ecrireVue(v: Vue): string {
  const p = new URLSearchParams();
  if (v.requete.trim()) p.set('q', v.requete);
  for (const phase of v.phases) p.append('phase', phase);
  for (const niveau of v.niveaux) p.append('niveau', niveau);
  if (v.partenaire) p.set('partenaire', v.partenaire);
  if (v.programme) p.set('programme', v.programme);
  if (v.annee !== null) p.set('annee', String(v.annee));
  if (v.tri.colonne !== TRI_PAR_DEFAUT.colonne || v.tri.sens !== TRI_PAR_DEFAUT.sens) {
    p.set('tri', v.tri.colonne);
    p.set('sens', v.tri.sens);
  }
  for (const colonne of v.masquees) p.append('masquer', colonne);
  const texte = p.toString();
  return texte ? `?${texte}` : '';
}

/** The shared filters of a view, given the search's matches (null: no search). */
export function filtresDe(v: Vue, ids: ReadonlySet<string> | null): Filtres {
  return {
    phases: v.phases,
    niveaux: v.niveaux,
    ...(v.partenaire && { partenaires: [v.partenaire] }),
    ...(v.programme && { programmes: [v.programme] }),
    ...(v.annee !== null && { annee: v.annee }),
    ...(ids && { ids }),
  };
}
