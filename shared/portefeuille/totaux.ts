// What the conventions shown amount to: AE and CP per calendar year, and per partner (what each
// ministry is due to delegate, year by year), sums of the rows' ventilation (their échéancier), so
// that the totals always equal the sum of the conventions shown; and apart, the FAST amounts, which
// are the DINUM's fund and not a ministry's credits.
import type { LignePortefeuille } from './ligne';

export interface TotalAnnee {
  /** Null: amounts without a year (none today: every échéancier line has its year). */
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
    for (const v of l.ventilation) (p.total.ae += v.ae), (p.total.cp += v.cp);
    p.total.nombre++;
    ajouter(p.parAnnee, l);
  }
  return [...parPartenaire.values()]
    .map(({ total, parAnnee }) => ({ ...total, parAnnee: enOrdre(parAnnee) }))
    .sort((a, b) => b.ae - a.ae || a.partenaire.localeCompare(b.partenaire, 'fr'));
}

/** Σ of what the rows delegate: what the totals must add up to. */
export function sommeLignes(lignes: readonly LignePortefeuille[]): { ae: number; cp: number } {
  let ae = 0;
  let cp = 0;
  for (const l of lignes) for (const v of l.ventilation) (ae += v.ae), (cp += v.cp);
  return { ae, cp };
}

export interface TotalFast {
  partenaire: string;
  /** Null: a FAST amount without a signature date. */
  annee: number | null;
  montant: number;
  nombre: number;
}

/** The FAST amounts of the rows, per partner and year (the partner's name, then the year). */
export function totauxFast(lignes: readonly LignePortefeuille[]): TotalFast[] {
  const parCle = new Map<string, TotalFast>();
  for (const l of lignes) {
    if (!l.fast) continue;
    const cle = `${l.partenaire}|${l.fast.annee}`;
    const t = parCle.get(cle) ?? { partenaire: l.partenaire, annee: l.fast.annee, montant: 0, nombre: 0 };
    t.montant += l.fast.montant;
    t.nombre++;
    parCle.set(cle, t);
  }
  return [...parCle.values()].sort((a, b) => a.partenaire.localeCompare(b.partenaire, 'fr') || (a.annee ?? Infinity) - (b.annee ?? Infinity));
}
