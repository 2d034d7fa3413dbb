// The plan as a team lives it: monthly consumption (work done) and bons de commande (purchase orders)
// → AE engaged, consumption and CP paid per calendar year, the three cumulative curves, and per order
// its consumption, unused AE and payments. Pure: no clock, integer cents, months as `YYYY-MM`.
//
// Choices (the DINUM's guidance leaves them open, so they are written down here):
// - An order engages its whole amount (AE) in the month it is issued.
// - A month's consumption goes to the orders that cover that month (Du ≤ mois ≤ Au) and were issued in
//   or before it, the oldest issued first (then the earliest period, then the order of the list), each
//   up to what is left of its amount: the old order is used up before the new one, as a gestionnaire
//   would certify it. What exceeds every covering order goes to the last of them as an overrun (the
//   rule `bon-de-commande-insuffisant` reports it); a month no order covers is work without an order
//   (`travail-sans-bon-de-commande`).
// - Only consumption within an order's amount can be paid: no payment without an engagement. Monthly
//   mode (services faits partiels mensuels) pays month m's share in m+1; end-of-period mode pays an
//   order's consumption over its period, capped at its amount, in the month after the period ends.
import type { Position } from '../model';
import type { AnalysePlan, AnneePlan, BonAnalyse, BonDeCommande, ConsommationMois, EntreePlan, Paiement, PointCourbe, TravailNonCouvert } from '../modele/plan';
import { ajouterMoisA, anneeDe, moisEntre, type Mois } from '../mois';

function couvre(bon: BonDeCommande, m: Mois): boolean {
  return bon.du <= m && m <= bon.au;
}

/** Oldest issued first, then the earliest period, then the list's order (sort is stable). */
function ordreDAllocation(bons: readonly BonDeCommande[]): number[] {
  return bons
    .map((_, i) => i)
    .sort((a, b) => {
      const x = bons[a]!;
      const y = bons[b]!;
      if (x.emisEn !== y.emisEn) return x.emisEn < y.emisEn ? -1 : 1;
      if (x.du !== y.du) return x.du < y.du ? -1 : 1;
      return 0;
    });
}

function ajouter(liste: Paiement[], m: Mois, montant: number): void {
  if (montant === 0) return;
  const dernier = liste[liste.length - 1];
  if (dernier && dernier.mois === m) dernier.montant += montant;
  else liste.push({ mois: m, montant });
}

/** Sums the consumption typed for the same month twice (two rows of one month add up). */
function consommationParMois(consommation: readonly ConsommationMois[]): Map<Mois, { montant: number; position: Position | null }> {
  const parMois = new Map<Mois, { montant: number; position: Position | null }>();
  for (const c of consommation) {
    const avant = parMois.get(c.mois);
    parMois.set(c.mois, { montant: (avant?.montant ?? 0) + c.montant, position: avant?.position ?? c.position ?? null });
  }
  return parMois;
}

export function analyserPlan(entree: EntreePlan): AnalysePlan {
  const { bonsDeCommande: bonsLus, paiement } = entree;
  const parMois = consommationParMois(entree.consommation);
  const ordre = ordreDAllocation(bonsLus);
  const bons: BonAnalyse[] = bonsLus.map((b) => ({
    nom: b.nom,
    emisEn: b.emisEn,
    montant: b.montant,
    du: b.du,
    au: b.au,
    consommation: 0,
    depassement: 0,
    aeNonConsommees: 0,
    paiements: [],
    cp: 0,
    parMois: [],
  }));
  const nonCouvert: TravailNonCouvert[] = [];
  const moisConsommes = [...parMois.keys()].sort();

  for (const m of moisConsommes) {
    const { montant, position } = parMois.get(m)!;
    if (montant <= 0) continue;
    const couvrants = ordre.filter((i) => couvre(bonsLus[i]!, m) && bonsLus[i]!.emisEn <= m);
    if (couvrants.length === 0) {
      const tardif = bonsLus.find((b) => couvre(b, m));
      nonCouvert.push({ mois: m, montant, position, ...(tardif ? { bonTardif: tardif.nom } : {}) });
      continue;
    }
    let reste = montant;
    for (const i of couvrants) {
      const bon = bons[i]!;
      const part = Math.min(reste, Math.max(bon.montant - bon.consommation, 0));
      if (part <= 0) continue;
      bon.consommation += part;
      ajouter(bon.parMois, m, part);
      // Monthly certification: what is within the amount is paid the month after.
      if (paiement === 'mensuel') ajouter(bon.paiements, ajouterMoisA(m, 1), part);
      reste -= part;
      if (reste === 0) break;
    }
    if (reste > 0) {
      const dernier = bons[couvrants[couvrants.length - 1]!]!;
      dernier.consommation += reste;
      dernier.depassement += reste;
      ajouter(dernier.parMois, m, reste);
    }
  }

  for (const bon of bons) {
    const payable = bon.consommation - bon.depassement;
    bon.aeNonConsommees = Math.max(bon.montant - payable, 0);
    if (paiement === 'fin-de-periode') ajouter(bon.paiements, ajouterMoisA(bon.au, 1), payable);
    bon.cp = bon.paiements.reduce((s, p) => s + p.montant, 0);
  }

  // Monthly flows, then the years and the cumulative curves over every month the plan touches.
  const ae = new Map<Mois, number>();
  const cp = new Map<Mois, number>();
  const plus = (carte: Map<Mois, number>, m: Mois, v: number) => carte.set(m, (carte.get(m) ?? 0) + v);
  for (const b of bonsLus) plus(ae, b.emisEn, b.montant);
  for (const bon of bons) for (const p of bon.paiements) plus(cp, p.mois, p.montant);
  const tous = [...ae.keys(), ...cp.keys(), ...moisConsommes].sort();
  const courbes: PointCourbe[] = [];
  const annees = new Map<number, AnneePlan>();
  const anneesEcheancier = (entree.echeancier ?? []).map((l) => l.annee);
  if (tous.length > 0) {
    let cumul = { ae: 0, consommation: 0, cp: 0 };
    for (const m of moisEntre(tous[0]!, tous[tous.length - 1]!)) {
      const flux = { ae: ae.get(m) ?? 0, consommation: Math.max(parMois.get(m)?.montant ?? 0, 0), cp: cp.get(m) ?? 0 };
      cumul = { ae: cumul.ae + flux.ae, consommation: cumul.consommation + flux.consommation, cp: cumul.cp + flux.cp };
      courbes.push({ mois: m, ...cumul });
      const annee = anneeDe(m);
      const a = annees.get(annee) ?? { annee, ae: 0, consommation: 0, cp: 0 };
      annees.set(annee, { annee, ae: a.ae + flux.ae, consommation: a.consommation + flux.consommation, cp: a.cp + flux.cp });
    }
  }
  // The échéancier's years appear too (with zeros), so that a year the plan leaves empty is compared.
  for (const annee of anneesEcheancier) if (!annees.has(annee)) annees.set(annee, { annee, ae: 0, consommation: 0, cp: 0 });
  const anneesTriees = [...annees.values()].sort((a, b) => a.annee - b.annee);
  return { entree, annees: anneesTriees, courbes, bons, nonCouvert };
}

/** The orders that cover month `m` and are issued in or before `m`. */
export function bonsCouvrant(entree: EntreePlan, m: Mois): BonDeCommande[] {
  return entree.bonsDeCommande.filter((b) => couvre(b, m) && b.emisEn <= m);
}

/** Totals over the whole plan. */
export function totauxPlan(analyse: AnalysePlan): AnneePlan {
  return analyse.annees.reduce(
    (t, a) => ({ annee: t.annee, ae: t.ae + a.ae, consommation: t.consommation + a.consommation, cp: t.cp + a.cp }),
    { annee: 0, ae: 0, consommation: 0, cp: 0 },
  );
}
