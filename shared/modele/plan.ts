// The plan's model: what a plan is made of (monthly consumption, bons de commande, payment mode) and
// what its analysis returns (per year, cumulative curves, per order, months no order covers). Types
// only: the analysis itself is shared/plan/analyse.ts; the rules read an AnalysePlan through their
// context (./lu.ts) without importing the plan's computation.
import type { LigneEcheancier, Position } from '../model';
import type { Mois } from '../mois';

export type ModePaiement = 'mensuel' | 'fin-de-periode';
export const MODE_PAR_DEFAUT: ModePaiement = 'mensuel';

export interface ConsommationMois {
  mois: Mois;
  /** Cents. */
  montant: number;
  position?: Position | null;
}

export interface BonDeCommande {
  nom: string;
  /** Month the order is issued (AE engaged). */
  emisEn: Mois;
  /** Day of issue when a full date was given (an order of the first half of January is late). */
  emisLeJour?: number;
  /** Cents. */
  montant: number;
  /** First and last month of work the order covers. */
  du: Mois;
  au: Mois;
  /** Where the row and its cells are (sheet), for the findings. */
  position?: Position | null;
  positions?: Partial<Record<'nom' | 'emisEn' | 'montant' | 'du' | 'au', Position>>;
}

export interface EntreePlan {
  consommation: ConsommationMois[];
  bonsDeCommande: BonDeCommande[];
  paiement: ModePaiement;
  /** The convention's échéancier the plan must fit, when known. */
  echeancier?: LigneEcheancier[];
}

export interface AnneePlan {
  annee: number;
  ae: number;
  consommation: number;
  cp: number;
}

/** Cumulative amounts at the end of a month. */
export interface PointCourbe {
  mois: Mois;
  ae: number;
  consommation: number;
  cp: number;
}

export interface Paiement {
  mois: Mois;
  montant: number;
}

export interface BonAnalyse {
  nom: string;
  emisEn: Mois;
  montant: number;
  du: Mois;
  au: Mois;
  /** Consumption attached to the order, overrun included. */
  consommation: number;
  /** Consumption beyond the order's amount (0 when it suffices). */
  depassement: number;
  /** AE left unconsumed, to de-commit (réduire le bon). */
  aeNonConsommees: number;
  paiements: Paiement[];
  /** Total paid (CP). */
  cp: number;
  /** Month by month share of the consumption (overrun included). */
  parMois: Paiement[];
}

/** Consumption of a month no order issued by then covers. */
export interface TravailNonCouvert {
  mois: Mois;
  montant: number;
  position: Position | null;
  /** An order that covers the month but is issued later, when there is one. */
  bonTardif?: string;
}

export interface AnalysePlan {
  entree: EntreePlan;
  annees: AnneePlan[];
  courbes: PointCourbe[];
  bons: BonAnalyse[];
  nonCouvert: TravailNonCouvert[];
}
