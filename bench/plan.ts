// Bench of the budget plan: the repository's example (CSV read + model + rules + avenant text), and a
// ten-year plan (120 months, 20 bons de commande) analysed and checked, as the extension does per convention.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lireCsv } from '../shared/lecture/csv';
import { texteAvenant } from '../shared/plan/avenant';
import { lirePlan } from '../shared/plan/lecture';
import type { EntreePlan } from '../shared/modele/plan';
import { ajouterMoisA } from '../shared/mois';
import { verifierPlan, verifierPlanLu } from '../shared/plan/verifier';
import { medianeMs, type Mesure } from './mesure';

const EXEMPLE = path.resolve(import.meta.dirname, '../test/fixtures/plans/blog-beta-gouv-2025.csv');

function planDixAns(): EntreePlan {
  const consommation = Array.from({ length: 120 }, (_, i) => ({ mois: ajouterMoisA('2025-01', i), montant: 2_500_000 + (i % 7) * 100_000 }));
  const bonsDeCommande = Array.from({ length: 20 }, (_, i) => ({
    nom: `BC ${i + 1}`,
    emisEn: ajouterMoisA('2024-12', i * 6),
    montant: 17_000_000,
    du: ajouterMoisA('2025-01', i * 6),
    au: ajouterMoisA('2025-06', i * 6),
  }));
  return { consommation, bonsDeCommande, paiement: 'mensuel' };
}

export function benchPlan(): Mesure[] {
  const texte = readFileSync(EXEMPLE, 'utf8');
  const exemple = medianeMs(() => {
    const csv = lireCsv(texte);
    if (!csv.ok) throw new Error(csv.erreur);
    const lu = lirePlan(csv.grille);
    if (!lu.ok) throw new Error(lu.erreur);
    return texteAvenant(verifierPlanLu(lu.plan, '2026-02-10').analyse);
  }, 21, 3);
  const entree = planDixAns();
  const dixAns = medianeMs(() => verifierPlan(entree, { aujourdhui: '2030-06-15' }), 21, 3);
  return [
    { section: 'plan', mesure: 'lire + vérifier le plan d’exemple (CSV, 25 mois, 4 bons) + avenant', valeur: exemple, unite: 'ms' },
    { section: 'plan', mesure: 'analyser + vérifier un plan de 10 ans (120 mois, 20 bons)', valeur: dixAns, unite: 'ms', objectif: '≤ 5 ms', atteint: dixAns <= 5 },
  ];
}
