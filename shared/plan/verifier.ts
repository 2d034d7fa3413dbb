// Runs the plan rules on an analysed plan, with the convention it must fit when known (a sheet's
// échéancier table, or a registry convention), and turns the reader's problems into findings.
import type { Constat, Convention, Execution } from '../model';
import { contexteDepuisConvention } from '../modele/contexte';
import { regles } from '../regles/index';
import type { ContexteRegle } from '../modele/lu';
import { verifier } from '../verifier';
import type { PlanLu } from './lecture';
import { entreeDepuisConvention } from './convention';
import { analyserPlan } from './analyse';
import type { AnalysePlan, EntreePlan } from '../modele/plan';

/** The rules that read `contexte.plan` (the others read an échéancier or a text). */
export const IDS_REGLES_PLAN: readonly string[] = [
  'ae-non-consommees',
  'bon-de-commande-insuffisant',
  'commande-en-fin-de-gestion',
  'decalage-de-tresorerie',
  'plan-depasse-echeancier',
  'prochain-bon-de-commande',
  'travail-sans-bon-de-commande',
];
export const reglesPlan = regles.filter((r) => IDS_REGLES_PLAN.includes(r.meta.id));
/**
 * The échéancier table of a plan sheet is checked as any table, except for the convention's dates: a
 * plan sheet is not where a convention is described.
 */
const HORS_PLAN = new Set(['date-fin-absente', 'date-signature-absente']);
const reglesEcheancier = regles.filter((r) => !IDS_REGLES_PLAN.includes(r.meta.id) && !HORS_PLAN.has(r.meta.id));

/** Id of the findings of a plan's unreadable cells (the reader's, not a rule's). */
export const PLAN_ILLISIBLE = 'plan-illisible';

export interface PlanVerifie {
  analyse: AnalysePlan;
  constats: Constat[];
}

function conventionDuPlan(entree: EntreePlan): Convention {
  return { id: 'plan', type: 'delegation-de-gestion', delegant: {}, delegataire: {}, echeancier: entree.echeancier ?? [] };
}

function contexteNu(convention: Convention): ContexteRegle {
  return { convention, echeancier: [], localiser: () => null };
}

/**
 * A plan checked. `base` is the context of the convention it must fit (registry convention, sheet
 * table); without it the plan's own `echeancier` (if any) is the convention's.
 */
export function verifierPlan(entree: EntreePlan, options: { aujourdhui?: string; base?: ContexteRegle } = {}): PlanVerifie {
  const base = options.base ?? contexteNu(conventionDuPlan(entree));
  const echeancier = entree.echeancier ?? base.convention.echeancier;
  const analyse = analyserPlan(echeancier.length > 0 ? { ...entree, echeancier } : entree);
  const contexte: ContexteRegle = { ...base, plan: analyse, ...(options.aujourdhui ? { aujourdhui: options.aujourdhui } : {}) };
  return { analyse, constats: verifier(contexte, { regles: reglesPlan }) };
}

/** A plan read from a grid: the reader's problems, the plan rules, and the échéancier table's own rules. */
export function verifierPlanLu(plan: PlanLu, aujourdhui?: string): PlanVerifie {
  const base = plan.contexteEcheancier;
  const { analyse, constats } = verifierPlan(plan.entree, { ...(aujourdhui ? { aujourdhui } : {}), ...(base ? { base } : {}) });
  const lecture: Constat[] = plan.problemes.map((p) => ({ regle: p.regle ?? PLAN_ILLISIBLE, gravite: p.gravite ?? 'erreur', message: p.message, position: p.position }));
  const tableau = base ? verifier({ ...base, ...(aujourdhui ? { aujourdhui } : {}) }, { regles: reglesEcheancier }) : [];
  return { analyse, constats: [...lecture, ...constats, ...tableau] };
}

/** The plan of a registry convention checked against its échéancier, or null when it has none. */
export function verifierPlanDeConvention(c: Convention, aujourdhui: string, execution?: Execution): PlanVerifie | null {
  const entree = entreeDepuisConvention(c);
  return entree ? verifierPlan(entree, { aujourdhui, base: contexteDepuisConvention(c, execution, aujourdhui) }) : null;
}
