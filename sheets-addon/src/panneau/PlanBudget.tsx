// The budget plan found in the sheet: AE, consumption and CP per calendar year, the three cumulative
// curves against the convention's échéancier with today marked, and the avenant's échéancier to copy.
import { h, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { formaterMontant } from '../../../shared/montant';
import { dessinerCourbes, geometrieCourbes, type Hyperscript } from '../../../shared/plan/courbes';
import type { PlanRapport } from '../contrat';
import { copier } from './copier';

const MODES: Record<PlanRapport['paiement'], string> = {
  mensuel: 'services faits mensuels (CP le mois suivant)',
  'fin-de-periode': 'fin de période (CP le mois après la fin du bon)',
};

export function PlanBudget({ plan }: { plan: PlanRapport }) {
  const [copie, setCopie] = useState('');
  const geometrie = geometrieCourbes(plan.courbes, { aujourdhui: plan.aujourdhui, echeancier: plan.echeancier });
  const total = plan.annees.reduce((t, a) => ({ ae: t.ae + a.ae, consommation: t.consommation + a.consommation, cp: t.cp + a.cp }), { ae: 0, consommation: 0, cp: 0 });
  const lieux = [plan.plages.consommation && `consommation ${plan.plages.consommation}`, plan.plages.bonsDeCommande && `bons de commande ${plan.plages.bonsDeCommande}`]
    .filter(Boolean)
    .join(' · ');
  return (
    <section class="plan" aria-labelledby="plan-titre" data-plan="">
      <h2 id="plan-titre" class="tableau__titre">
        Plan budgétaire
      </h2>
      <p class="verdict__lieu">
        {lieux} · paiement {MODES[plan.paiement]}
      </p>
      <table class="plan__annees">
        <caption class="sr-only">AE, consommation et CP par année civile</caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col">AE</th>
            <th scope="col">Consommation</th>
            <th scope="col">CP</th>
          </tr>
        </thead>
        <tbody>
          {plan.annees.map((a) => (
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
      {geometrie && dessinerCourbes(h as unknown as Hyperscript<VNode>, geometrie, 'plan-courbes')}
      <h3 class="plan__sous-titre">Échéancier à demander par avenant</h3>
      <pre class="plan__avenant">{plan.avenant}</pre>
      <button
        type="button"
        class="bouton bouton--secondaire"
        onClick={async () => setCopie((await copier(plan.avenant)) ? 'Copié dans le presse-papiers.' : 'Copie impossible : sélectionnez le texte puis Ctrl+C.')}
      >
        Copier l&rsquo;échéancier
      </button>
      <p class="note" role="status">
        {copie}
      </p>
    </section>
  );
}
