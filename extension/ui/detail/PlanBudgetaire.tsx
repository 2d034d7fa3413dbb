// The convention's budget plan in the detail view: AE engaged, consumption and CP paid per calendar year
// (the plan's needs beside the échéancier's), and the three cumulative curves drawn against the
// échéancier with today marked. Computed here from the convention (shared/plan is pure and small).
import { h, type VNode } from 'preact';
import type { Convention } from '../../../shared/model';
import { entreeDepuisConvention } from '../../../shared/plan/convention';
import { dessinerCourbes, dessinerTableauAnnuel, geometrieCourbes, type Hyperscript } from '../../../shared/plan/courbes';
import { analyserPlan } from '../../../shared/plan/analyse';

const dessin = h as unknown as Hyperscript<VNode>;
const MODES = { mensuel: 'services faits mensuels', 'fin-de-periode': 'fin de période' } as const;

export function PlanBudgetaire({ convention, aujourdhui }: { convention: Convention; aujourdhui: string }) {
  const entree = entreeDepuisConvention(convention);
  if (!entree) return null;
  const analyse = analyserPlan(entree);
  const geometrie = geometrieCourbes(analyse.courbes, { aujourdhui, echeancier: convention.echeancier });
  return (
    <section aria-labelledby="detail-plan" data-plan="">
      <h2 id="detail-plan">Plan budgétaire</h2>
      <p class="mention">
        {analyse.bons.length} bon{analyse.bons.length > 1 ? 's' : ''} de commande · paiement {MODES[entree.paiement]}
      </p>
      <div class="tableau-defilant">{dessinerTableauAnnuel(dessin, analyse.annees, 'tableau')}</div>
      {geometrie && dessinerCourbes(dessin, geometrie, 'detail-plan-courbes')}
    </section>
  );
}
