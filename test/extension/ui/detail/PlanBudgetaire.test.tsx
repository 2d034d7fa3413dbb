// @vitest-environment happy-dom
// The detail view's plan section: absent without a plan; with one, the yearly table and the curves
// against the échéancier, today marked.
import { afterEach, describe, expect, it } from 'vitest';
import { Detail } from '../../../../extension/ui/detail/Detail';
import type { PlanConvention } from '../../../../shared/model';
import { convention, detail } from '../donnees';
import { demonterTout, monter, requis, texte } from '../outils';

afterEach(demonterTout);

const PLAN: PlanConvention = {
  paiement: 'mensuel',
  consommation: [
    { mois: '2024-10', montant: 50_000_000 },
    { mois: '2024-11', montant: 50_000_000 },
    { mois: '2024-12', montant: 50_000_000 },
    { mois: '2025-01', montant: 50_000_000 },
  ],
  bonsDeCommande: [{ nom: 'BC1', emisEn: '2024-09', montant: 200_000_000, du: '2024-10', au: '2025-01' }],
};

describe('vue détaillée : plan budgétaire', () => {
  it('sans plan, pas de section', () => {
    const vue = monter(<Detail detail={detail()} />);
    expect(vue.querySelector('[data-plan]')).toBeNull();
  });

  it('avec un plan : tableau annuel, courbes du plan et de l’échéancier, aujourd’hui marqué', () => {
    const vue = monter(<Detail detail={detail({ convention: convention({ plan: PLAN }), aujourdhui: '2024-11-24' })} />);
    const section = requis(vue.querySelector('section[data-plan]'), 'plan');
    expect(texte(section.querySelector('h2'))).toBe('Plan budgétaire');
    expect(texte(section.querySelector('.mention'))).toBe('1 bon de commande · paiement services faits mensuels');
    const lignes = [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => texte(c)));
    expect(lignes).toEqual([
      ['2024', '2 000 000 €', '1 500 000 €', '1 000 000 €'],
      ['2025', '0 €', '500 000 €', '1 000 000 €'],
    ]);
    const series = [...section.querySelectorAll('path[data-serie]')].map((p) => p.getAttribute('data-serie'));
    expect(series).toEqual(['ae', 'consommation', 'cp', 'aeEcheancier', 'cpEcheancier']);
    expect(section.querySelector('[data-aujourdhui]')).not.toBeNull();
    expect(texte(section.querySelector('desc'))).toMatch(/^De septembre 2024 à février 2025 : /);
  });
});
