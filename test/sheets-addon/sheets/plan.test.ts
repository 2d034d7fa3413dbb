// A budget plan in a sheet, through the built bundle: the sidebar's report recognises it (yearly table,
// curves, avenant text), marks its faulty cells, and ECHEANCIER_DEPUIS_PLAN returns the yearly table.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lireCsv } from '../../../shared/lecture/csv';
import { assurerConstruction, charger, nouveauTableur } from '../util/charger';
import { messageDErreur } from '../util/erreur';

beforeAll(async () => {
  await assurerConstruction();
});

/** The repository's example plan (the beta.gouv.fr blog post's), as typed in a sheet. */
function grilleExemple(): string[][] {
  const lu = lireCsv(readFileSync(new URL('../../fixtures/plans/blog-beta-gouv-2025.csv', import.meta.url), 'utf8'));
  if (!lu.ok) throw new Error(lu.erreur);
  return lu.grille;
}

const FOND_ERREUR = '#ffdddd';

describe('plan budgétaire dans la feuille', () => {
  it('le panneau reconnaît le plan : tableau annuel, courbes mois par mois, texte d’avenant', () => {
    const t = nouveauTableur();
    t.active.remplir(grilleExemple());
    const { module } = charger(t, { aujourdhui: '2026-02-10' });
    const rapport = module.verifierEcheancier();
    expect(rapport.tableaux).toEqual([]);
    const plan = rapport.plan!;
    expect(plan.paiement).toBe('fin-de-periode');
    expect(plan.plages).toEqual({ paiement: 'B3', bonsDeCommande: 'A5:E9', consommation: 'A12:B37' });
    expect(plan.annees).toEqual([
      { annee: 2025, ae: 27_500_000, consommation: 19_500_000, cp: 12_000_000 },
      { annee: 2026, ae: 42_500_000, consommation: 38_500_000, cp: 35_000_000 },
      { annee: 2027, ae: 0, consommation: 12_000_000, cp: 22_500_000 },
    ]);
    expect(plan.courbes[0]).toEqual({ mois: '2025-03', ae: 12_500_000, consommation: 0, cp: 0 });
    expect(plan.courbes.at(-1)).toEqual({ mois: '2027-05', ae: 70_000_000, consommation: 70_000_000, cp: 69_500_000 });
    expect(plan.aujourdhui).toBe('2026-02-10');
    expect(plan.avenant).toContain('2026\t425\u202f000\u00a0€ (quatre cent vingt-cinq mille euros)\t350\u202f000\u00a0€ (trois cent cinquante mille euros)');
  });

  it('marque les cellules en faute comme pour un échéancier : le montant du bon insuffisant, en rouge clair', () => {
    const t = nouveauTableur();
    t.active.remplir(grilleExemple());
    const { module } = charger(t, { aujourdhui: '2026-02-10' });
    const rapport = module.verifierEcheancier();
    expect(rapport.constats.map((c) => `${c.cellule} ${c.gravite} ${c.regle}`)).toEqual([
      ' information decalage-de-tresorerie',
      'C6 information ae-non-consommees',
      'B8 information prochain-bon-de-commande',
      'C8 erreur bon-de-commande-insuffisant',
    ]);
    expect(rapport.comptes).toEqual({ erreur: 1, avertissement: 0, information: 3 });
    expect(t.active.fond(8, 3)).toBe(FOND_ERREUR);
    expect(t.active.note(8, 3)).toMatch(/^Jauge — Erreur : Bon de commande «\u00a0Investissement 2\u00a0» \(200\u202f000\u00a0€\)[\s\S]*\(règle bon-de-commande-insuffisant\)$/);
    // Clearing puts the sheet back as it was.
    module.effacerMarques();
    expect(t.active.fond(8, 3)).not.toBe(FOND_ERREUR);
  });

  it('avec l’échéancier de la convention à côté : le dépassement est marqué sur sa cellule', () => {
    const t = nouveauTableur();
    t.active.remplir(grilleExemple());
    t.active.remplir(
      [
        ['Année', 'AE', 'CP'],
        [2025, 275_000, 120_000],
        [2026, 425_000, 300_000],
        [2027, '', 225_000],
      ],
      12,
      5,
    );
    const { module } = charger(t, { aujourdhui: '2026-02-10' });
    const rapport = module.verifierEcheancier();
    expect(rapport.plan!.plages.echeancier).toBe('E12:G15');
    expect(rapport.plan!.echeancier).toEqual([
      { annee: 2025, ae: 27_500_000, cp: 12_000_000 },
      { annee: 2026, ae: 42_500_000, cp: 30_000_000 },
      { annee: 2027, ae: null, cp: 22_500_000 },
    ]);
    const depasse = rapport.constats.find((c) => c.regle === 'plan-depasse-echeancier');
    expect(depasse).toMatchObject({ cellule: 'G14', gravite: 'erreur' });
    expect(depasse!.message).toMatch(/^Année 2026 : le plan demande 350\u202f000\u00a0€ de CP/);
    expect(t.active.fond(14, 7)).toBe(FOND_ERREUR);
  });
});

describe('ECHEANCIER_DEPUIS_PLAN', () => {
  it('plages sans en-têtes, dates de la feuille, fin de période : une ligne par année en euros, puis le total', () => {
    const { module: m, royaume } = charger(nouveauTableur(), { aujourdhui: '2026-02-10' });
    const d = (a: number, mois: number) => new royaume.Date(a, mois - 1, 1);
    const consommation = [
      [d(2025, 11), 10_000],
      [d(2025, 12), 10_000],
      [d(2026, 1), 10_000],
      ['', ''],
    ];
    const bons = [['BC1', d(2025, 10), 40_000, d(2025, 11), d(2026, 1)]];
    expect(m.ECHEANCIER_DEPUIS_PLAN(consommation, bons, 'fin de période')).toEqual([
      ['Année', 'AE', 'Consommation', 'CP'],
      [2025, 40_000, 20_000, 0],
      [2026, 0, 10_000, 30_000],
      ['Total', 40_000, 30_000, 30_000],
    ]);
    // Monthly by default; with their headers, and four columns of orders (no name).
    expect(
      m.ECHEANCIER_DEPUIS_PLAN(
        [['Mois', 'Consommation'], ['novembre 2025', '10 000 €'], ['décembre 2025', '10 000 €']],
        [['Émis en', 'Montant', 'Du', 'Au'], ['10/2025', '20 000 €', '11/2025', '12/2025']],
      ),
    ).toEqual([
      ['Année', 'AE', 'Consommation', 'CP'],
      [2025, 20_000, 20_000, 10_000],
      [2026, 0, 0, 10_000],
      ['Total', 20_000, 20_000, 20_000],
    ]);
  });

  it('refuse les mauvais arguments en français', () => {
    const { module: m } = charger(nouveauTableur());
    const erreur = messageDErreur;
    expect(erreur(() => m.ECHEANCIER_DEPUIS_PLAN(12, [['BC', '03/2025', 1, '04/2025', '04/2025']]))).toMatch(/^ECHEANCIER_DEPUIS_PLAN : consommation : plage attendue/);
    expect(erreur(() => m.ECHEANCIER_DEPUIS_PLAN([['04/2025', 1]], [['BC', '03/2025', 1, '04/2025', '04/2025']], 'trimestriel'))).toBe(
      'ECHEANCIER_DEPUIS_PLAN : paiement : « mensuel » ou « fin de période » attendu, pas «\u00a0trimestriel\u00a0».',
    );
    expect(erreur(() => m.ECHEANCIER_DEPUIS_PLAN([['04/2025', 'beaucoup']], [['BC', '03/2025', 1, '04/2025', '04/2025']]))).toMatch(
      /^ECHEANCIER_DEPUIS_PLAN : Consommation illisible : Montant illisible : «\u00a0beaucoup\u00a0»/,
    );
  });
});
