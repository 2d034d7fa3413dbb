// A registry convention's plan in its status: next month's work without an order calls for attention
// (the badge's niveau), an order too small makes it an alert through the plan's findings.
import { describe, expect, it } from 'vitest';
import type { Convention } from '../../../shared/model';
import { alertesPlan } from '../../../shared/plan/convention';
import { verifierPlanDeConvention } from '../../../shared/plan/verifier';
import { statut } from '../../../shared/statut';
import { conventionDeTest } from '../../aides/conventions';

function avecPlan(bons: NonNullable<Convention['plan']>['bonsDeCommande']): Convention {
  return conventionDeTest({
    id: 'plan-test',
    dateSignature: '2025-01-15',
    dateFin: '2026-12-31',
    echeancier: [
      { annee: 2025, ae: 6_000_000, cp: 6_000_000 },
      { annee: 2026, ae: 6_000_000, cp: 6_000_000 },
    ],
    plan: {
      paiement: 'mensuel',
      consommation: ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02'].map((mois) => ({ mois, montant: 1_000_000 })),
      bonsDeCommande: bons,
    },
  });
}

describe('plan et statut d’une convention', () => {
  it('aucun bon ne couvre le mois prochain : attention, avec la date limite (30 novembre avant janvier)', () => {
    const c = avecPlan([{ nom: 'BC1', emisEn: '2025-09', montant: 3_000_000, du: '2025-10', au: '2025-12' }]);
    expect(alertesPlan(c, '2025-11-10')).toEqual([]);
    const alertes = alertesPlan(c, '2025-12-01');
    expect(alertes).toEqual([
      {
        code: 'plan-mois-prochain-sans-bon',
        niveau: 'attention',
        message: 'Aucun bon de commande ne couvre janvier 2026 (10\u202f000\u00a0€ de travail prévu au plan) : émettez-en un sans attendre.',
      },
    ]);
    const s = statut(c, undefined, '2025-12-01', { constats: verifierPlanDeConvention(c, '2025-12-01')!.constats });
    expect(s.alertes.map((a) => a.code)).toContain('plan-mois-prochain-sans-bon');
    // January's and February's work without an order are errors of the plan: the status is an alert.
    expect(s.niveau).toBe('alerte');
  });

  it('plan couvert : ni alerte ni erreur du plan ; sans plan, rien', () => {
    const c = avecPlan([{ nom: 'BC1', emisEn: '2025-09', montant: 5_000_000, du: '2025-10', au: '2026-02' }]);
    expect(alertesPlan(c, '2025-12-01')).toEqual([]);
    expect(verifierPlanDeConvention(c, '2025-12-01')!.constats.filter((x) => x.gravite === 'erreur')).toEqual([]);
    expect(alertesPlan({ ...c, plan: undefined }, '2025-12-01')).toEqual([]);
  });

  it('le mois prochain sans bon mais avec un bon prévu à temps : attention seulement quand le mois arrive sans lui', () => {
    const c = avecPlan([
      { nom: 'BC1', emisEn: '2025-09', montant: 3_000_000, du: '2025-10', au: '2025-12' },
      { nom: 'BC2', emisEn: '2026-01', montant: 2_000_000, du: '2026-01', au: '2026-02' },
    ]);
    // BC2 is planned for January and covers January: nothing is missing, but it is an order of fin de gestion.
    expect(alertesPlan(c, '2025-12-01')).toEqual([]);
    expect(verifierPlanDeConvention(c, '2025-12-01')!.constats.map((x) => x.regle)).toContain('commande-en-fin-de-gestion');
  });
});
