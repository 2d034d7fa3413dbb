// The plan model on hand-made plans and on the worked example of the DINUM's blog post « Suivi budgétaire
// d'une Startup d'État » (beta.gouv.fr, 12 June 2025).
import { describe, expect, it } from 'vitest';
import { lignesAvenant, texteAvenant } from '../../../shared/plan/avenant';
import { analyserPlan, totauxPlan } from '../../../shared/plan/analyse';
import type { AnalysePlan } from '../../../shared/modele/plan';
import { verifierPlan } from '../../../shared/plan/verifier';
import { chaqueMois, entreePlan, type OptionsPlan } from '../regles/plan-aide';

const k = (euros: number) => euros * 100_000; // thousands of euros → cents
const annees = (a: AnalysePlan) => a.annees.map(({ annee, ae, consommation, cp }) => [annee, ae / 100_000, consommation / 100_000, cp / 100_000]);

/** The post's example: four orders (one per committee), monthly work April 2025 – April 2027. */
const BILLET: OptionsPlan = {
  bons: [
    ['Lancement', '2025-03', 125_000, '2025-04', '2025-09'],
    ['Investissement 1', '2025-09', 150_000, '2025-10', '2026-03'],
    ['Investissement 2', '2026-03', 200_000, '2026-04', '2026-09'],
    // The post stops in April 2027, « un mois après un potentiel 4e comité » : the last order runs one month past March.
    ['Investissement 3', '2026-09', 225_000, '2026-10', '2027-04'],
  ],
  consommation: [
    ['2025-04', 10_000], ['2025-05', 15_000], ['2025-06', 20_000],
    ...chaqueMois('2025-07', '2026-03', 25_000),
    ['2026-04', 30_000],
    ...chaqueMois('2026-05', '2027-03', 35_000),
    ['2027-04', 15_000],
  ],
};

describe('exemple du billet « Suivi budgétaire d’une Startup d’État » (beta.gouv.fr, juin 2025)', () => {
  it('AE et consommation par année : les chiffres du billet (275/425/0 k€ et 195/385/120 k€)', () => {
    const a = analyserPlan(entreePlan({ ...BILLET, paiement: 'fin-de-periode' }));
    expect(annees(a).map(([annee, ae, conso]) => [annee, ae, conso])).toEqual([[2025, 275, 195], [2026, 425, 385], [2027, 0, 120]]);
  });

  it('CP en fin de période : 120/350/225 k€ ; le billet donne 125 k€ en 2025, il paie le bon entier', () => {
    // The post pays the Lancement order's whole 125 000 € in October 2025, but only 120 000 € of work was
    // done under it (10+15+20+25+25+25): a service fait certifies work, so 5 000 € of AE stay unconsumed.
    // 2026: 150 000 € + the Investissement 2 order capped at its 200 000 € (205 000 € of work, rule
    // bon-de-commande-insuffisant); 2027: 225 000 € in May 2027 — both as in the post.
    const a = analyserPlan(entreePlan({ ...BILLET, paiement: 'fin-de-periode' }));
    expect(annees(a)).toEqual([[2025, 275, 195, 120], [2026, 425, 385, 350], [2027, 0, 120, 225]]);
    expect(a.bons.map((b) => [b.nom, b.consommation / 100_000, b.aeNonConsommees / 100_000, b.paiements])).toEqual([
      ['Lancement', 120, 5, [{ mois: '2025-10', montant: k(120) }]],
      ['Investissement 1', 150, 0, [{ mois: '2026-04', montant: k(150) }]],
      ['Investissement 2', 205, 0, [{ mois: '2026-10', montant: k(200) }]],
      ['Investissement 3', 225, 0, [{ mois: '2027-05', montant: k(225) }]],
    ]);
  });

  it('CP en services faits mensuels : 170/370/155 k€ (le mois m payé en m+1, décembre payé en janvier)', () => {
    const a = analyserPlan(entreePlan({ ...BILLET, paiement: 'mensuel' }));
    // 2025: April–November's work (195 − 25); 2026: December 2025 + January–November 2026 less the
    // 5 000 € beyond Investissement 2 (25 + 350 − 5); 2027: December 2026 + January–April 2027.
    expect(annees(a)).toEqual([[2025, 275, 195, 170], [2026, 425, 385, 370], [2027, 0, 120, 155]]);
    expect(totauxPlan(a)).toMatchObject({ ae: k(700), consommation: k(700), cp: k(695) });
  });

  it('constats du billet : le bon de mars 2026 est insuffisant, le bon de lancement laisse 5 000 € d’AE', () => {
    const { constats } = verifierPlan(entreePlan({ ...BILLET, paiement: 'fin-de-periode' }), { aujourdhui: '2026-02-10' });
    expect(constats.map((c) => [c.regle, c.gravite])).toEqual([
      ['decalage-de-tresorerie', 'information'],
      ['ae-non-consommees', 'information'],
      ['prochain-bon-de-commande', 'information'],
      ['bon-de-commande-insuffisant', 'erreur'],
    ]);
  });

  it('texte d’avenant : AE et CP par année, en chiffres et en lettres', () => {
    const a = analyserPlan(entreePlan({ ...BILLET, paiement: 'mensuel' }));
    expect(lignesAvenant(a).map((l) => [l.annee, l.aeEnLettres, l.cpEnLettres])).toEqual([
      [2025, 'deux cent soixante-quinze mille euros', 'cent soixante-dix mille euros'],
      [2026, 'quatre cent vingt-cinq mille euros', 'trois cent soixante-dix mille euros'],
      [2027, 'zéro euro', 'cent cinquante-cinq mille euros'],
    ]);
    const texte = texteAvenant(a);
    expect(texte).toContain('2025\t275\u202f000\u00a0€ (deux cent soixante-quinze mille euros)\t170\u202f000\u00a0€ (cent soixante-dix mille euros)');
    expect(texte.split('\n').at(-1)).toBe('Total\t700\u202f000\u00a0€ (sept cent mille euros)\t695\u202f000\u00a0€ (six cent quatre-vingt-quinze mille euros)');
  });
});

describe('modèle du plan', () => {
  it('courbes cumulées mois par mois, de la première émission au dernier paiement', () => {
    const a = analyserPlan(entreePlan({ consommation: chaqueMois('2025-11', '2026-01', 10_000), bons: [['BC', '2025-10', 40_000, '2025-11', '2026-01']] }));
    expect(a.courbes.map((p) => [p.mois, p.ae / 100, p.consommation / 100, p.cp / 100])).toEqual([
      ['2025-10', 40_000, 0, 0],
      ['2025-11', 40_000, 10_000, 0],
      ['2025-12', 40_000, 20_000, 10_000],
      ['2026-01', 40_000, 30_000, 20_000],
      ['2026-02', 40_000, 30_000, 30_000],
    ]);
  });

  it('passage d’année : le travail de décembre est payé en janvier (mensuel) ; la fin de période suit le mois de fin', () => {
    const opts: OptionsPlan = { consommation: chaqueMois('2025-10', '2025-12', 10_000), bons: [['BC', '2025-09', 30_000, '2025-10', '2025-12']] };
    expect(annees(analyserPlan(entreePlan({ ...opts, paiement: 'mensuel' })))).toEqual([[2025, 30, 30, 20], [2026, 0, 0, 10]]);
    expect(annees(analyserPlan(entreePlan({ ...opts, paiement: 'fin-de-periode' })))).toEqual([[2025, 30, 30, 0], [2026, 0, 0, 30]]);
  });

  it('plan sur trois ans : AE à l’émission, CP plafonnés au bon, le plus ancien bon consommé d’abord', () => {
    const a = analyserPlan(
      entreePlan({
        paiement: 'fin-de-periode',
        consommation: chaqueMois('2025-07', '2027-06', 10_000),
        bons: [
          ['A', '2025-06', 100_000, '2025-07', '2026-06'],
          ['B', '2026-04', 150_000, '2026-05', '2027-06'],
        ],
      }),
    );
    expect(annees(a)).toEqual([[2025, 100, 60, 0], [2026, 150, 120, 100], [2027, 0, 60, 140]]);
    // May and June 2026 are covered by both: A (the oldest) is used up in April 2026, then B takes over.
    expect(a.bons.map((b) => [b.nom, b.consommation / 100, b.aeNonConsommees / 100])).toEqual([['A', 100_000, 0], ['B', 140_000, 10_000]]);
    expect(a.bons[1]!.parMois[0]).toEqual({ mois: '2026-05', montant: 1_000_000 });
    expect(a.bons.map((b) => b.paiements)).toEqual([[{ mois: '2026-07', montant: 10_000_000 }], [{ mois: '2027-07', montant: 14_000_000 }]]);
  });

  it('travail non couvert : ni consommé par un bon, ni payé', () => {
    const a = analyserPlan(entreePlan({ consommation: [['2025-04', 5_000], ['2025-05', 5_000]], bons: [['BC', '2025-05', 5_000, '2025-05', '2025-05']] }));
    expect(a.nonCouvert.map((n) => [n.mois, n.montant])).toEqual([['2025-04', 500_000]]);
    expect(totauxPlan(a)).toMatchObject({ consommation: 1_000_000, cp: 500_000 });
  });

  it('convention à respecter : un échéancier calé sur le plan ne donne aucune erreur, décalé d’un an il en donne', () => {
    const opts: OptionsPlan = { consommation: chaqueMois('2025-10', '2026-03', 10_000), bons: [['BC', '2025-09', 60_000, '2025-10', '2026-03']] };
    const juste = { ...entreePlan(opts), echeancier: [{ annee: 2025, ae: 6_000_000, cp: 2_000_000 }, { annee: 2026, ae: 0, cp: 4_000_000 }] };
    expect(verifierPlan(juste).constats.filter((c) => c.gravite === 'erreur')).toEqual([]);
    // The usual mistake: CP asked the year the work is done, while the December work is paid in January.
    const decale = { ...entreePlan(opts), echeancier: [{ annee: 2025, ae: 6_000_000, cp: 3_000_000 }, { annee: 2026, ae: 0, cp: 3_000_000 }] };
    const erreurs = verifierPlan(decale).constats.filter((c) => c.gravite === 'erreur');
    expect(erreurs.map((c) => c.regle)).toEqual(['plan-depasse-echeancier']);
    expect(erreurs[0]!.message).toMatch(/^Année 2026 : le plan demande 40\s000\s€ de CP/);
  });
});
