// The budget plan found in the sheet: AE, consumption and CP per calendar year, the three cumulative
// curves against the convention's échéancier with today marked, and the avenant's échéancier to copy.
import { h, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { dessinerCourbes, dessinerTableauAnnuel, geometrieCourbes, type Hyperscript } from '../../../../shared/plan/courbes';
import type { PlanRapport } from '../contrat';
import { copier } from '../../commun/panneau/copier';

const dessin = h as unknown as Hyperscript<VNode>;

const MODES: Record<PlanRapport['paiement'], string> = {
  mensuel: 'services faits mensuels (CP le mois suivant)',
  'fin-de-periode': 'fin de période (CP le mois après la fin du bon)',
};

export function PlanBudget({ plan }: { plan: PlanRapport }) {
  const [copie, setCopie] = useState('');
  const geometrie = geometrieCourbes(plan.courbes, { aujourdhui: plan.aujourdhui, echeancier: plan.echeancier });
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
      {dessinerTableauAnnuel(dessin, plan.annees, 'plan__annees')}
      {geometrie && dessinerCourbes(dessin, geometrie, 'plan-courbes')}
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
