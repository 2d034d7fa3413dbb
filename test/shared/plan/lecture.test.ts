// The plan reader on grids as staff type them: CSV separators, month spellings, sheet dates, k€, dashes,
// totals, columns in any order, tables side by side, the convention's échéancier below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lireCsv } from '../../../shared/lecture/csv';
import { lirePlan, lireModePaiement } from '../../../shared/plan/lecture';
import { verifierPlanLu } from '../../../shared/plan/verifier';

function csv(texte: string) {
  const lu = lireCsv(texte);
  if (!lu.ok) throw new Error(lu.erreur);
  return lu.grille;
}

function lire(grille: Parameters<typeof lirePlan>[0]) {
  const lu = lirePlan(grille);
  if (!lu.ok) throw new Error(lu.erreur);
  return lu.plan;
}

describe('lirePlan', () => {
  it('lit l’exemple du dépôt (test/fixtures/plans) : clé Paiement, bons avec total, consommation', () => {
    const plan = lire(csv(readFileSync(new URL('../../fixtures/plans/blog-beta-gouv-2025.csv', import.meta.url), 'utf8')));
    expect(plan.problemes).toEqual([]);
    expect(plan.entree.paiement).toBe('fin-de-periode');
    expect(plan.plages).toEqual({ paiement: 'B3', bonsDeCommande: 'A5:E9', consommation: 'A12:B37' });
    expect(plan.entree.bonsDeCommande.map((b) => [b.nom, b.emisEn, b.montant, b.du, b.au])).toEqual([
      ['Lancement', '2025-03', 12_500_000, '2025-04', '2025-09'],
      ['Investissement 1', '2025-09', 15_000_000, '2025-10', '2026-03'],
      ['Investissement 2', '2026-03', 20_000_000, '2026-04', '2026-09'],
      ['Investissement 3', '2026-09', 22_500_000, '2026-10', '2027-04'],
    ]);
    expect(plan.entree.bonsDeCommande[2]!.positions?.montant).toEqual({ cellule: 'C8', ligne: 8, colonne: 3 });
    expect(plan.entree.consommation).toHaveLength(25);
    expect(plan.entree.consommation.reduce((s, c) => s + c.montant, 0)).toBe(70_000_000);
  });

  it('virgules, colonnes dans le désordre, mois 04/2025 et 2025-04, k€, tiret, « Paiement : » dans une cellule', () => {
    const plan = lire(
      csv(
        [
          'Paiement : services faits mensuels,,,,',
          ',,,,',
          'Au,Du,Montant (k€),Émis en,Bon de commande',
          '06/2025,04/2025,30,03/2025,BC1',
          ',,,,',
          'Consommation (k€),Mois,,,',
          '10,2025-04,,,',
          '-,2025-05,,,',
          '"12,5",2025-06,,,',
          'Total,,,,',
        ].join('\n'),
      ),
    );
    expect(plan.problemes).toEqual([]);
    expect(plan.entree.paiement).toBe('mensuel');
    expect(plan.entree.bonsDeCommande.map((b) => [b.nom, b.emisEn, b.montant, b.du, b.au])).toEqual([['BC1', '2025-03', 3_000_000, '2025-04', '2025-06']]);
    expect(plan.entree.consommation.map((c) => [c.mois, c.montant])).toEqual([['2025-04', 1_000_000], ['2025-06', 1_250_000]]);
  });

  it('valeurs d’une feuille : dates, nombres, tables côte à côte, échéancier de la convention dessous', () => {
    const d = (a: number, m: number, j = 1) => new Date(a, m - 1, j);
    const grille = [
      ['Mois', 'Consommation', '', 'Bon de commande', 'Émis en', 'Montant', 'Du', 'Au'],
      [d(2025, 11), 10_000, '', 'BC1', d(2025, 10, 20), 30_000, d(2025, 11), d(2026, 1)],
      [d(2025, 12), 10_000, '', '', '', '', '', ''],
      [d(2026, 1), 10_000, '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['Année', 'AE', 'CP', '', '', '', '', ''],
      [2025, 30_000, 10_000, '', '', '', '', ''],
      [2026, '', 10_000, '', '', '', '', ''],
    ];
    const plan = lire(grille);
    expect(plan.problemes).toEqual([]);
    expect(plan.entree.paiement).toBe('mensuel');
    expect(plan.entree.bonsDeCommande[0]).toMatchObject({ emisEn: '2025-10', emisLeJour: 20, du: '2025-11', au: '2026-01' });
    expect(plan.plages.echeancier).toBe('A6:C8');
    const { analyse, constats } = verifierPlanLu(plan, '2025-10-01');
    expect(analyse.annees.map((a) => [a.annee, a.ae, a.cp])).toEqual([[2025, 3_000_000, 1_000_000], [2026, 0, 2_000_000]]);
    // 2026 needs 20 000 € of CP (December's and January's work), the convention gives 10 000 €: cell C8.
    const erreur = constats.find((c) => c.regle === 'plan-depasse-echeancier');
    expect(erreur?.position).toEqual({ cellule: 'C8', ligne: 8, colonne: 3 });
  });

  it('signale les cellules illisibles avec leur cellule, sans rien deviner', () => {
    const plan = lire(
      csv(['Mois\tConsommation', 'avrol 2025\t10 000 €', 'mai 2025\t#REF!', '', 'Bon\tÉmis en\tMontant\tDu\tAu', 'BC1\tmars 2025\t\tavril 2025\tmars 2025', 'Paiement\ttous les trimestres'].join('\n')),
    );
    expect(plan.problemes.map((p) => [p.position?.cellule, p.message])).toEqual([
      ['A2', expect.stringMatching(/^Mois illisible : «\savrol 2025\s»\. Écrivez le mois comme « avril 2025 »/)],
      ['B3', expect.stringMatching(/^Consommation illisible : Montant illisible : erreur de formule «\s#REF!\s»/)],
      ['C6', 'Bon de commande «\u00a0BC1\u00a0» : montant manquant.'],
      ['E6', 'Bon de commande «\u00a0BC1\u00a0» : sa période finit (mars 2025) avant de commencer (avril 2025).'],
      ['B7', expect.stringMatching(/^Mode de paiement illisible : «\stous les trimestres\s»/)],
    ]);
    expect(plan.entree.bonsDeCommande).toEqual([]);
    const { constats } = verifierPlanLu(plan);
    expect(constats.filter((c) => c.regle === 'plan-illisible')).toHaveLength(5);
  });

  it('refuse une grille sans plan, en français', () => {
    expect(lirePlan(csv('Année;AE;CP\n2025;1;1\n'))).toEqual({
      ok: false,
      erreur: 'aucun plan trouvé : il faut un tableau « Mois | Consommation » et un tableau « Bon de commande | Émis en | Montant | Du | Au ».',
    });
  });

  it.each([
    ['mensuel', 'mensuel'],
    ['Services faits partiels mensuels', 'mensuel'],
    ['fin de période', 'fin-de-periode'],
    ['Fin-de-période', 'fin-de-periode'],
    ['à la fin de la période', 'fin-de-periode'],
    ['trimestriel', null],
  ])('mode de paiement « %s »', (texte, attendu) => {
    expect(lireModePaiement(texte)).toBe(attendu);
  });
});

describe('lirePlan : ce que la feuille dit deux fois ou en négatif', () => {
  const BONS = '\n\nBon de commande;Émis en;Montant;Du;Au\nBC;2025-03;100000;2025-04;2025-12\n';
  const constats = (texte: string) => verifierPlanLu(lire(csv(texte))).constats.filter((c) => c.regle.startsWith('plan-')).map((c) => [c.regle, c.gravite, c.position?.cellule, c.message]);

  it('une consommation négative est refusée, nommée, et ne compte pas pour zéro en silence', () => {
    const plan = lire(csv(`Mois;Consommation\n2025-04;40 000 €\n2025-05;-20 000 €${BONS}`));
    expect(plan.entree.consommation.map((c) => c.montant)).toEqual([4_000_000]);
    expect(constats(`Mois;Consommation\n2025-04;40 000 €\n2025-05;-20 000 €${BONS}`)).toEqual([
      ['plan-illisible', 'erreur', 'B3', "Consommation négative (-20 000 €) : le travail d'un mois ne peut pas être négatif. Corrigez le mois concerné plutôt que d'écrire un montant négatif."],
    ]);
  });

  it('deux tableaux de consommation : le premier est lu, le second nommé, « sur les mêmes mois » quand c’est le cas', () => {
    expect(constats(`Mois;Consommation\n2025-04;1000\n\nMois;Consommation\n2025-04;5000${BONS}`)).toEqual([
      ['plan-tableau-ignore', 'avertissement', 'B4', "Deux tableaux « Mois | Consommation » : Jauge lit le premier (A1:B2) et ignore le second (A4:B5), sur les mêmes mois, car un plan n'en a qu'un. Réunissez-les ou supprimez celui qui n'est pas le bon."],
    ]);
    expect(constats(`Mois;Consommation\n2025-04;1000\n\nMois;Consommation\n2026-04;5000${BONS}`)[0]![3]).toMatch(/ignore le second \(A4:B5\) car un plan/);
  });

  it('colonnes en double (Consommation;Consommation, Montant;Montant) et mois donné deux fois', () => {
    expect(constats(`Mois;Consommation;Consommation\n2025-04;1000;9000\n2025-05;1000;9000\n2025-04;500;0\n\nBon de commande;Émis en;Montant;Du;Au;Montant\nBC;2025-03;100000;2025-04;2025-12;1\n`)).toEqual([
      ['plan-colonne-en-double', 'avertissement', 'C1', "Deux colonnes « Consommation » dans l'en-tête (B1 et C1) : Jauge lit la première, B1, et ignore C1. Renommez ou supprimez celle qui n'est pas la bonne."],
      ['plan-colonne-en-double', 'avertissement', 'F6', "Deux colonnes « Montant » dans l'en-tête (C6 et F6) : Jauge lit la première, C6, et ignore F6. Renommez ou supprimez celle qui n'est pas la bonne."],
      ['plan-mois-en-double', 'avertissement', 'B4', "Le mois d'avril 2025 est donné deux fois (B2, B4) : Jauge additionne 1\u202f000\u00a0€ + 500\u00a0€ = 1\u202f500\u00a0€. Gardez une seule ligne par mois si ce n'est pas voulu."],
    ]);
  });
});
