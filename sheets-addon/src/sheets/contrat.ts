// What the server returns to the sidebar and what the sidebar may call: the one contract both sides
// type-check against (the sidebar never imports server code, which needs Apps Script's globals).
import type { Position } from '../../../shared/model';
import type { Comptes, Gravite } from '../commun/contrat';

export type { Comptes, Gravite };

/** One finding as the sidebar and the report show it. */
export interface ConstatRapport {
  /** A1 cell in the sheet (`D4`), '' when the finding has no cell (a missing end date…). */
  cellule: string;
  gravite: Gravite;
  /** Rule id (`cp-cumules-superieurs-ae`). */
  regle: string;
  /** French message, as the rule wrote it. */
  message: string;
  /** Registry layout: the convention the finding belongs to. */
  conventionId?: string;
  /** Where, as `jauge check --json` says it (cell, and for a registry the field): the CLI's shape. */
  position?: Position | null;
}

export interface TableauRapport {
  /** A1 range of the table, header and Total rows included (`B3:D7`). */
  plage: string;
  disposition: 'echeancier' | 'registre';
  constats: ConstatRapport[];
}

/** A budget plan recognised in the sheet (monthly consumption and bons de commande): amounts in cents. */
export interface PlanRapport {
  /** A1 ranges of what was read. */
  plages: { consommation?: string; bonsDeCommande?: string; echeancier?: string; paiement?: string };
  paiement: 'mensuel' | 'fin-de-periode';
  annees: Array<{ annee: number; ae: number; consommation: number; cp: number }>;
  /** Cumulative amounts at the end of each month (`YYYY-MM`). */
  courbes: Array<{ mois: string; ae: number; consommation: number; cp: number }>;
  /** The convention's échéancier found beside the plan, to draw against. */
  echeancier: Array<{ annee: number; ae: number | null; cp: number | null }>;
  /** Today (ISO), as the server saw it, to mark on the curves. */
  aujourdhui: string;
  /** The échéancier the avenant should carry, ready to paste (tab-separated, amounts in words). */
  avenant: string;
  /** The plan's findings (reader and plan rules), also in the report's `constats`. */
  constats: ConstatRapport[];
}

export interface Rapport {
  /** Name of the sheet that was read. */
  feuille: string;
  /** A1 range read (`A1:F40`), and whether it was the whole sheet or the selection. */
  plageLue: string;
  source: 'feuille' | 'selection';
  /** « Vérifier le registre »: the sheet read as a registry (null when it has no registry header). */
  registre?: { plage: string; conventions: number } | null;
  tableaux: TableauRapport[];
  comptes: Comptes;
  /** The budget plan, when the sheet holds one. */
  plan?: PlanRapport;
  /** Every finding, all tables together, in sheet order. */
  constats: ConstatRapport[];
  /** Cells coloured and annotated by this validation. */
  cellulesMarquees: number;
  /** Findings on cells left unmarked because the document's storage for marks is full. */
  cellulesNonMarquees: number;
}

export interface ResultatEffacement {
  /** Cells whose previous background and note were put back. */
  cellulesRestaurees: number;
}

/** Server functions the sidebar calls through `google.script.run` (see serveur/index.ts). */
export interface ApiServeur {
  verifierEcheancier(): Rapport;
  verifierSelection(): Rapport;
  verifierRegistre(): Rapport;
  effacerMarques(): ResultatEffacement;
  selectionnerCellule(a1: string, feuille?: string): void;
}
