// The pure heart of a validation: a grid read from a sheet → tables, findings and counts, through
// shared/ (table reader and rules). No Apps Script here, so it runs the same in Node tests.
import type { Constat, Position } from '../../../../shared/model';
import { lireTableaux, type Cellule } from '../../../../shared/lecture/tableau';
import { nomCellule } from '../../../../shared/lecture/tableau/a1';
import { texteAvenant } from '../../../../shared/plan/avenant';
import { lirePlan } from '../../../../shared/plan/lecture';
import { PLAN_ILLISIBLE, verifierPlan } from '../../../../shared/plan/verifier';
import { verifier } from '../../../../shared/verifier';
import { compterGravites } from '../../commun/contrat';
import type { Comptes, ConstatRapport, PlanRapport, TableauRapport } from '../contrat';

export interface Grille {
  valeurs: Cellule[][];
  /** Displayed texts, same shape (getDisplayValues), when the sheet gives them. */
  affichees?: string[][];
  /** 1-based sheet row and column of the grid's top-left cell. */
  origine: { ligne: number; colonne: number };
  aujourdhui: string;
}

export interface Analyse {
  tableaux: TableauRapport[];
  plan?: PlanRapport;
  constats: ConstatRapport[];
  comptes: Comptes;
}

/** Every table of the grid, each checked by every rule. */
export function analyserGrille(grille: Grille): Analyse {
  const tableaux: TableauRapport[] = lireTableaux(grille.valeurs, {
    origine: grille.origine,
    aujourdhui: grille.aujourdhui,
    ...(grille.affichees ? { affichees: grille.affichees } : {}),
  }).map((tableau) => ({
    plage: tableau.plage,
    disposition: tableau.disposition,
    constats: tableau.contextes.flatMap((contexte) => {
      contexte.aujourdhui ??= grille.aujourdhui;
      // An échéancier's convention id is made up by the reader; a registry's names a real convention.
      return verifier(contexte).map((c) => versRapport(c, tableau.disposition === 'registre'));
    }),
  }));
  const plan = analyserPlanDeLaGrille(grille);
  const constats = [...(plan?.constats ?? []), ...tableaux.flatMap((t) => t.constats)];
  return { tableaux, ...(plan ? { plan } : {}), constats, comptes: compter(constats) };
}

/**
 * The budget plan of the grid, when there is one: the reader's problems and the plan rules' findings
 * (the échéancier table beside it is checked with the other tables).
 */
export function analyserPlanDeLaGrille(grille: Grille): PlanRapport | undefined {
  const lu = lirePlan(grille.valeurs, { origine: grille.origine, aujourdhui: grille.aujourdhui, ...(grille.affichees ? { affichees: grille.affichees } : {}) });
  if (!lu.ok) return undefined;
  const { plan } = lu;
  const base = plan.contexteEcheancier;
  const { analyse, constats } = verifierPlan(plan.entree, { aujourdhui: grille.aujourdhui, ...(base ? { base } : {}) });
  const lecture: ConstatRapport[] = plan.problemes.map((p) => ({ cellule: celluleDe(p.position), gravite: p.gravite ?? 'erreur', regle: p.regle ?? PLAN_ILLISIBLE, message: p.message, position: p.position }));
  return {
    plages: plan.plages,
    paiement: plan.entree.paiement,
    annees: analyse.annees,
    courbes: analyse.courbes,
    echeancier: analyse.entree.echeancier ?? [],
    aujourdhui: grille.aujourdhui,
    avenant: texteAvenant(analyse),
    constats: [...lecture, ...constats.map((c) => versRapport(c, false))],
  };
}

export function compter(constats: readonly ConstatRapport[]): Comptes {
  return compterGravites(constats);
}

/** The A1 cell of a finding's position, '' when it has none. */
export function celluleDe(p: Position | null): string {
  return p?.cellule ?? (p?.ligne && p.colonne ? nomCellule(p.ligne, p.colonne) : '');
}

function versRapport(constat: Constat, avecConvention: boolean): ConstatRapport {
  return {
    cellule: celluleDe(constat.position),
    gravite: constat.gravite,
    regle: constat.regle,
    message: constat.message,
    position: constat.position,
    ...(avecConvention && constat.conventionId ? { conventionId: constat.conventionId } : {}),
  };
}
