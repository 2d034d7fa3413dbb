// What the conventions shown amount to: AE and CP per calendar year, and per partner (what each
// ministry is due to delegate, year by year). Sums of the rows' ventilation, so that the totals
// always equal the sum of the conventions shown.
import type { LignePortefeuille } from './ligne';

export interface TotalAnnee {
  /** Null: amounts without a year (a FAST amount without a signature date). */
  annee: number | null;
  ae: number;
  cp: number;
}

export interface TotalPartenaire {
  partenaire: string;
  ae: number;
  cp: number;
  nombre: number;
  parAnnee: TotalAnnee[];
}

function ajouter(parAnnee: Map<number | null, TotalAnnee>, l: LignePortefeuille): void {
  for (const v of l.ventilation) {
    const t = parAnnee.get(v.annee) ?? { annee: v.annee, ae: 0, cp: 0 };
    t.ae += v.ae;
    t.cp += v.cp;
    parAnnee.set(v.annee, t);
  }
}

/** Years in increasing order, the amounts without a year last. */
function enOrdre(parAnnee: Map<number | null, TotalAnnee>): TotalAnnee[] {
  return [...parAnnee.values()].sort((a, b) => (a.annee ?? Infinity) - (b.annee ?? Infinity));
}

export function totauxParAnnee(lignes: readonly LignePortefeuille[]): TotalAnnee[] {
  const parAnnee = new Map<number | null, TotalAnnee>();
  for (const l of lignes) ajouter(parAnnee, l);
  return enOrdre(parAnnee);
}

/** Per partner, the largest AE first (then by name). */
export function totauxParPartenaire(lignes: readonly LignePortefeuille[]): TotalPartenaire[] {
  const parPartenaire = new Map<string, { total: TotalPartenaire; parAnnee: Map<number | null, TotalAnnee> }>();
  for (const l of lignes) {
    let p = parPartenaire.get(l.partenaire);
    if (!p) parPartenaire.set(l.partenaire, (p = { total: { partenaire: l.partenaire, ae: 0, cp: 0, nombre: 0, parAnnee: [] }, parAnnee: new Map() }));
    p.total.ae += l.ae;
    p.total.cp += l.cp;
    p.total.nombre++;
    ajouter(p.parAnnee, l);
  }
  return [...parPartenaire.values()]
    .map(({ total, parAnnee }) => ({ ...total, parAnnee: enOrdre(parAnnee) }))
    .sort((a, b) => b.ae - a.ae || a.partenaire.localeCompare(b.partenaire, 'fr'));
}

/** Σ of the rows themselves: what the totals must add up to. */
export function sommeLignes(lignes: readonly LignePortefeuille[]): { ae: number; cp: number } {
  return lignes.reduce((s, l) => ({ ae: s.ae + l.ae, cp: s.cp + l.cp }), { ae: 0, cp: 0 });
}
