// The convention's budget plan in the detail view: AE engaged, consumption and CP paid per calendar year
// (the plan's needs beside the échéancier's), and the three cumulative curves drawn against the
// échéancier with today marked. Computed here from the convention (shared/plan is pure and small).
import { h, type VNode } from 'preact';
import type { Convention } from '../../../shared/model';
import { formaterMontant } from '../../../shared/montant';
import { entreeDepuisConvention } from '../../../shared/plan/convention';
import { dessinerCourbes, geometrieCourbes, type Hyperscript } from '../../../shared/plan/courbes';
import { analyserPlan, totauxPlan } from '../../../shared/plan/modele';

const MODES = { mensuel: 'services faits mensuels', 'fin-de-periode': 'fin de période' } as const;

export function PlanBudgetaire({ convention, aujourdhui }: { convention: Convention; aujourdhui: string }) {
  const entree = entreeDepuisConvention(convention);
  if (!entree) return null;
  const analyse = analyserPlan(entree);
  const total = totauxPlan(analyse);
  const geometrie = geometrieCourbes(analyse.courbes, { aujourdhui, echeancier: convention.echeancier });
  return (
    <section aria-labelledby="detail-plan" data-plan="">
      <h2 id="detail-plan">Plan budgétaire</h2>
      <p class="mention">
        {analyse.bons.length} bon{analyse.bons.length > 1 ? 's' : ''} de commande · paiement {MODES[entree.paiement]}
      </p>
      <div class="tableau-defilant">
        <table class="tableau">
          <caption>AE, consommation et CP du plan par année civile</caption>
          <thead>
            <tr>
              <th scope="col">Année</th>
              <th scope="col">
                <abbr title="Autorisations d'engagement">AE</abbr>
              </th>
              <th scope="col">Consommation</th>
              <th scope="col">
                <abbr title="Crédits de paiement">CP</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {analyse.annees.map((a) => (
              <tr key={a.annee}>
                <th scope="row">{a.annee}</th>
                <td>{formaterMontant(a.ae)}</td>
                <td>{formaterMontant(a.consommation)}</td>
                <td>{formaterMontant(a.cp)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{formaterMontant(total.ae)}</td>
              <td>{formaterMontant(total.consommation)}</td>
              <td>{formaterMontant(total.cp)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {geometrie && dessinerCourbes(h as unknown as Hyperscript<VNode>, geometrie, 'detail-plan-courbes')}
    </section>
  );
}
