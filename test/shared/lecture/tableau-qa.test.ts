// Adversarial QA of the table reader: sheets and CSVs as budget staff produce them (French Excel export
// with BOM and CRLF, Google Sheets CSV with quoted amounts, tab paste, titles and notes, keys beside
// the table, k€ columns, registry layout, error values…). Each fixture is read as `jauge check` reads
// it (lireCsv → lireTableaux → verifier) and checked against what a careful budget officer reads:
// the tables and their ranges, each year's amounts, the keys, the total, and the findings with their cells.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireCsv } from '../../../shared/lecture/csv';
import { lireTableaux, type Cellule, type TableauLu } from '../../../shared/lecture/tableau';
import type { ContexteRegle } from '../../../shared/modele/lu';
import { verifier } from '../../../shared/verifier';

const AUJOURDHUI = '2025-01-10';
const DOSSIER = join(__dirname, '../../fixtures/tableaux');

function lire(fichier: string): TableauLu[] {
  const csv = lireCsv(readFileSync(join(DOSSIER, fichier), 'utf8'));
  if (!csv.ok) throw new Error(csv.erreur);
  return lireTableaux(csv.grille);
}

/** Euros → cents, so that expectations read in euros. */
const e = (euros: number | null): number | null => (euros === null ? null : Math.round(euros * 100));

type Ligne = [cellule: string | undefined, annee: number | null, ae: number | null, cp: number | null];

/** Each row as [year cell, year, AE, CP] (amounts in cents). */
function lignes(c: ContexteRegle): Ligne[] {
  return c.echeancier.map((l) => [l.annee.position?.cellule, l.annee.valeur, l.ae.valeur, l.cp.valeur]);
}

/** Every finding as [rule, gravité, cell]. */
function constats(c: ContexteRegle): [string, string, string | undefined][] {
  return verifier({ ...c, aujourdhui: AUJOURDHUI }).map((x) => [x.regle, x.gravite, x.position?.cellule]);
}

function cles(c: ContexteRegle) {
  const { dateSignature, dateFin, plafond } = c.convention;
  return { dateSignature, dateFin, plafond };
}

function seul(tableaux: TableauLu[]): ContexteRegle {
  expect(tableaux).toHaveLength(1);
  expect(tableaux[0]!.contextes).toHaveLength(1);
  return tableaux[0]!.contextes[0]!;
}

describe('QA lecteur de tableaux — fichiers tels que les gestionnaires les produisent', () => {
  it('qa-01 : export Excel français (BOM, « ; », CRLF, 1 000,00), titre, clés au-dessus, en-têtes développés, Total juste', () => {
    const tableaux = lire('qa-01-excel-bom.csv');
    expect(tableaux.map((t) => [t.plage, t.disposition])).toEqual([['A7:C11', 'echeancier']]);
    const c = seul(tableaux);
    expect(lignes(c)).toEqual([
      ['A8', 2024, e(1_500_000), e(900_000)],
      ['A9', 2025, e(1_000_000), e(1_000_000)],
      ['A10', 2026, e(500_000), e(1_100_000)],
    ]);
    expect(cles(c)).toEqual({ dateSignature: '2024-03-28', dateFin: '2026-12-31', plafond: { ae: e(3_000_000) } });
    expect(c.localiser('plafond.ae')?.cellule).toBe('B5');
    expect(c.total?.position.cellule).toBe('A11');
    expect([c.total?.ae.valeur, c.total?.cp.valeur]).toEqual([e(3_000_000), e(3_000_000)]);
    expect(constats(c)).toEqual([
      ['visa-cbcm-probable', 'information', 'B8'],
      ['visa-cbcm-probable', 'information', 'B9'],
      ['visa-cbcm-probable', 'information', 'B10'],
    ]);
  });

  it('qa-02 : CSV Google Sheets « , » aux montants entre guillemets, colonnes dans le désordre, clé et valeur dans une cellule', () => {
    const tableaux = lire('qa-02-gsheets-virgule.csv');
    expect(tableaux.map((t) => t.plage)).toEqual(['A4:C7']);
    const c = seul(tableaux);
    // CP in A, the year in B, AE in C: each amount keeps its own cell.
    expect(lignes(c)).toEqual([
      ['B5', 2025, e(2_500_000), e(800_000)],
      ['B6', 2026, 0, e(1_900_000)],
    ]);
    expect(c.echeancier[1]!.cp.position?.cellule).toBe('A6');
    expect(cles(c)).toEqual({ dateSignature: '2025-01-15', dateFin: '2026-12-31', plafond: undefined });
    expect([c.total?.position.cellule, c.total?.ae.valeur, c.total?.cp.valeur]).toEqual(['A7', e(2_500_000), e(2_700_000)]);
    expect(constats(c)).toEqual([
      ['visa-cbcm-probable', 'information', 'C5'],
      ['cp-cumules-superieurs-ae', 'erreur', 'A6'],
      ['totaux-ae-cp-differents', 'avertissement', 'A7'],
    ]);
  });

  it('qa-03 : colonnes d’exécution « AE engagées » / « CP mandatés », « Montant maximum », « Total général »', () => {
    const c = seul(lire('qa-03-execution.csv'));
    expect(lire('qa-03-execution.csv')[0]!.plage).toBe('A5:E8');
    expect(lignes(c)).toEqual([
      ['A6', 2024, e(700_000), e(400_000)],
      ['A7', 2025, e(500_000), e(800_000)],
    ]);
    expect(c.execution?.lignes).toEqual([
      { annee: 2024, aeEngagees: e(650_000), cpPayes: e(450_000) },
      { annee: 2025, aeEngagees: null, cpPayes: null },
    ]);
    expect(cles(c)).toEqual({ dateSignature: '2024-02-12', dateFin: '2025-12-31', plafond: { ae: e(1_200_000) } });
    expect(c.total?.position.cellule).toBe('A8');
    expect(constats(c)).toEqual([
      ['visa-cbcm-probable', 'information', 'B6'],
      ['cp-payes-depassent', 'erreur', 'E6'],
      ['visa-cbcm-probable', 'information', 'B7'],
    ]);
  });

  it('qa-04 : « TOTAL GÉNÉRAL » faux, séparé du tableau par une ligne vide, reste le total du tableau', () => {
    const tableaux = lire('qa-04-total-faux.csv');
    expect(tableaux.map((t) => t.plage)).toEqual(['A4:C9']);
    const c = seul(tableaux);
    expect(lignes(c)).toEqual([
      ['A5', 2024, e(300_000), e(100_000)],
      ['A6', 2025, null, e(150_000)],
      ['A7', 2026, null, e(50_000)],
    ]);
    expect([c.total?.position.cellule, c.total?.ae.valeur, c.total?.cp.valeur]).toEqual(['A9', e(300_000), e(350_000)]);
    expect(constats(c)).toEqual([['total-faux', 'erreur', 'C9']]);
  });

  it('qa-05 : clés et valeurs collées à droite du tableau, sur la ligne d’en-tête et les lignes de données', () => {
    const tableaux = lire('qa-05-cles-a-droite.csv');
    // « Date de signature » beside the header is a key (its value follows), not a fourth column.
    expect(tableaux.map((t) => t.plage)).toEqual(['A1:C3']);
    const c = seul(tableaux);
    expect(lignes(c)).toEqual([
      ['A2', 2024, e(400_000), e(250_000)],
      ['A3', 2025, null, e(150_000)],
    ]);
    expect(cles(c)).toEqual({ dateSignature: '2024-03-28', dateFin: '2025-12-31', plafond: { ae: e(500_000) } });
    expect(c.localiser('dateSignature')?.cellule).toBe('E1');
    expect(c.localiser('dateFin')?.cellule).toBe('E2');
    expect(constats(c)).toEqual([['plafond-non-reparti', 'information', 'E3']]);
  });

  it('qa-06 : titre et notes au-dessus, tableau en B7 avec « AE (en €) », année « 2024 (1) » à renvoi, « € HT », notes dessous', () => {
    const tableaux = lire('qa-06-titre-ligne7.csv');
    expect(tableaux.map((t) => t.plage)).toEqual(['B7:D9']);
    const c = seul(tableaux);
    expect(lignes(c)).toEqual([
      ['B8', 2024, e(200_000), e(120_000)],
      ['B9', 2025, null, e(80_000)],
    ]);
    expect(cles(c)).toEqual({ dateSignature: '2024-06-05', dateFin: '2025-12-31', plafond: undefined });
    expect(c.total).toBeUndefined();
    expect(constats(c)).toEqual([]);
  });

  it('qa-07 : deux tableaux côte à côte, chacun avec ses clés au-dessus', () => {
    const tableaux = lire('qa-07-cote-a-cote.csv');
    expect(tableaux.map((t) => t.plage)).toEqual(['A4:C6', 'E4:G6']);
    const [a, b] = tableaux.map((t) => t.contextes[0]!);
    expect(lignes(a!)).toEqual([
      ['A5', 2024, e(100_000), e(60_000)],
      ['A6', 2025, null, e(40_000)],
    ]);
    expect(lignes(b!)).toEqual([
      ['E5', 2024, e(50_000), e(50_000)],
      ['E6', 2025, null, e(10_000)],
    ]);
    expect(cles(a!)).toEqual({ dateSignature: '2024-01-10', dateFin: '2025-12-31', plafond: undefined });
    expect(cles(b!)).toEqual({ dateSignature: '2024-02-20', dateFin: '2024-12-31', plafond: undefined });
    expect(constats(a!)).toEqual([]);
    expect(constats(b!)).toEqual([
      ['annee-hors-periode', 'avertissement', 'G6'],
      ['cp-cumules-superieurs-ae', 'erreur', 'G6'],
      ['totaux-ae-cp-differents', 'erreur', 'G6'],
    ]);
  });

  it('qa-08 : registre (colonne « Convention », une ligne par convention et année, identifiant vide = convention du dessus)', () => {
    const tableaux = lire('qa-08-registre.csv');
    expect(tableaux.map((t) => [t.plage, t.disposition])).toEqual([['A3:F8', 'registre']]);
    const contextes = tableaux[0]!.contextes;
    expect(contextes.map((c) => [c.convention.id, c.convention.dateSignature, c.convention.dateFin])).toEqual([
      ['DG-2024-01', '2024-01-15', '2025-12-31'],
      ['DG-2024-02', '2024-02-01', '2024-12-31'],
      ['DG-2024-03', '2024-03-01', '2025-12-31'],
    ]);
    expect(contextes.map(lignes)).toEqual([
      [
        ['B4', 2024, e(100_000), e(60_000)],
        ['B5', 2025, null, e(40_000)],
      ],
      [['B6', 2024, e(50_000), e(80_000)]],
      [
        ['B7', 2024, e(200_000), e(100_000)],
        ['B8', 2025, null, e(100_000)],
      ],
    ]);
    expect(contextes.map(constats)).toEqual([
      [],
      [
        ['cp-cumules-superieurs-ae', 'erreur', 'D6'],
        ['totaux-ae-cp-differents', 'erreur', 'D6'],
      ],
      [],
    ]);
  });

  it('qa-09 : « - » et « néant » sont vides, « 0 » est zéro ; #REF!, #N/A, « (5 000 €) » et « 1.900 » sont signalés dans leur cellule', () => {
    const c = seul(lire('qa-09-cellules.csv'));
    expect(lignes(c)).toEqual([
      ['A5', 2024, e(300_000), null],
      ['A6', 2025, null, e(100_000)],
      ['A7', 2026, 0, null],
      ['A8', 2027, null, e(-5_000)],
      ['A9', 2028, null, e(50_000)],
    ]);
    expect(c.echeancier[0]!.cp).toMatchObject({ brut: '-', valeur: null });
    expect(c.echeancier[0]!.cp.probleme).toBeUndefined();
    expect(c.echeancier[1]!.ae.probleme).toBeUndefined();
    expect(constats(c)).toEqual([
      ['montant-illisible', 'erreur', 'C7'],
      ['montant-illisible', 'erreur', 'B8'],
      ['montant-negatif', 'erreur', 'C8'],
      ['montant-illisible', 'erreur', 'B9'],
    ]);
  });

  it('qa-10 : années « 2024.0 », « Exercice 2025 », « FY2026 » lues ; une année vide (cellule fusionnée) signalée dans sa cellule', () => {
    const c = seul(lire('qa-10-annees.csv'));
    expect(lignes(c)).toEqual([
      ['A5', 2024, e(100_000), e(50_000)],
      ['A6', 2025, null, e(30_000)],
      ['A7', null, null, e(10_000)],
      ['A8', 2026, null, e(10_000)],
    ]);
    expect(constats(c)).toEqual([['annee-illisible', 'erreur', 'A7']]);
  });

  it('qa-11 : colonnes « AE (k€) » aux chiffres nus lues en milliers d’euros, « Plafond (k€) » aussi ; une cellule en € garde son unité', () => {
    const tableaux = lire('qa-11-kilo-euros.csv');
    expect(tableaux.map((t) => t.plage)).toEqual(['A5:D8']);
    const c = seul(tableaux);
    expect(lignes(c)).toEqual([
      ['A6', 2024, e(1_200_000), e(700_000)],
      ['A7', 2025, e(300_000), e(800_000)],
    ]);
    expect(c.execution?.lignes).toEqual([
      { annee: 2024, aeEngagees: null, cpPayes: e(650_500) },
      { annee: 2025, aeEngagees: null, cpPayes: null },
    ]);
    expect(cles(c)).toEqual({ dateSignature: '2024-03-28', dateFin: '2025-12-31', plafond: { ae: e(1_500_000) } });
    expect([c.total?.ae.valeur, c.total?.cp.valeur]).toEqual([e(1_500_000), e(1_500_000)]);
    expect(constats(c)).toEqual([['visa-cbcm-probable', 'information', 'B6']]);
  });

  it('qa-12 : collé depuis un tableur (tabulations, CRLF, colonnes et lignes vides en fin), année répétée', () => {
    const tableaux = lire('qa-12-tab-crlf.csv');
    expect(tableaux.map((t) => t.plage)).toEqual(['A4:C7']);
    const c = seul(tableaux);
    expect(lignes(c)).toEqual([
      ['A5', 2024, e(600_000), e(700_000)],
      ['A6', 2025, null, null],
      ['A7', 2025, 0, e(100_000)],
    ]);
    expect(constats(c)).toEqual([
      ['visa-cbcm-probable', 'information', 'B5'],
      ['cp-cumules-superieurs-ae', 'erreur', 'C5'],
      ['annee-en-double', 'erreur', 'A7'],
      ['cp-cumules-superieurs-ae', 'erreur', 'C7'],
      ['totaux-ae-cp-differents', 'avertissement', 'C7'],
    ]);
  });
});

describe('QA lecteur de tableaux — lignes intermédiaires', () => {
  it('passe une ligne « Sous-total » sans la lire comme une année, et garde le Total final', () => {
    const csv = lireCsv('Année;AE;CP\n2024;100 000;40 000\n2025;;60 000\nSous-total 2024-2025;100 000;100 000\n2026;50 000;50 000\nTotal;150 000;150 000\n');
    if (!csv.ok) throw new Error(csv.erreur);
    const [t] = lireTableaux(csv.grille);
    expect(t!.plage).toBe('A1:C6');
    const c = t!.contextes[0]!;
    expect(lignes(c)).toEqual([
      ['A2', 2024, e(100_000), e(40_000)],
      ['A3', 2025, null, e(60_000)],
      ['A5', 2026, e(50_000), e(50_000)],
    ]);
    expect(c.total?.position.cellule).toBe('A6');
    expect(constats(c).filter(([, g]) => g === 'erreur')).toEqual([]);
  });
});

describe('QA lecteur de tableaux — valeurs d’une feuille Google Sheets', () => {
  it('lit nombres, dates et textes affichés, une note « montants en milliers d’euros » au-dessus, sans erreur', () => {
    const valeurs: Cellule[][] = [
      ['Date de signature', new Date(2024, 2, 28)],
      ['Date de fin', new Date(2025, 11, 31)],
      ['Montants en milliers d’euros', ''],
      ['Exercice', 'Autorisations d’engagement', 'Crédits de paiement', 'CP consommés'],
      [2024, 1200, 700, 650],
      [2025, 300, 800, ''],
      ['Total', 1500, 1500, ''],
    ];
    const affichees = [
      ['Date de signature', '28/03/2024'],
      ['Date de fin', '31/12/2025'],
      ['Montants en milliers d’euros', ''],
      ['Exercice', 'Autorisations d’engagement', 'Crédits de paiement', 'CP consommés'],
      ['2024', '1 200', '700', '650'],
      ['2025', '300', '800', ''],
      ['Total', '1 500', '1 500', ''],
    ];
    const tableaux = lireTableaux(valeurs, { affichees, origine: { ligne: 3, colonne: 2 } });
    expect(tableaux.map((t) => t.plage)).toEqual(['B6:E9']);
    const c = tableaux[0]!.contextes[0]!;
    expect(lignes(c)).toEqual([
      ['B7', 2024, e(1_200_000), e(700_000)],
      ['B8', 2025, e(300_000), e(800_000)],
    ]);
    expect(c.execution?.lignes[0]).toEqual({ annee: 2024, aeEngagees: null, cpPayes: e(650_000) });
    expect(cles(c)).toEqual({ dateSignature: '2024-03-28', dateFin: '2025-12-31', plafond: undefined });
    expect(constats(c).filter(([, g]) => g === 'erreur')).toEqual([]);
    expect(constats(c)).toEqual([['visa-cbcm-probable', 'information', 'C7']]);
  });

  it('garde en euros une colonne « AE (en €) » malgré une note en k€, et lit le zéro comptable « -   € » comme vide', () => {
    const valeurs: Cellule[][] = [
      ['(en k€)', '', ''],
      ['Année', 'AE (en €)', 'CP (k€)'],
      ['2024', '500 000', '-   €'],
      ['2025', '', '500'],
    ];
    const c = seul(lireTableaux(valeurs));
    expect(lignes(c)).toEqual([
      ['A3', 2024, e(500_000), null],
      ['A4', 2025, null, e(500_000)],
    ]);
    expect(c.echeancier[0]!.cp.probleme).toBeUndefined();
  });

  it('ne prend pas pour une clé un en-tête de registre suivi d’un autre en-tête, ni une colonne « Date de fin » sans valeur à droite', () => {
    const valeurs: Cellule[][] = [
      ['Année', 'AE', 'CP', 'Date de fin'],
      [2024, 100, 50, '31/12/2025'],
      [2025, '', 50, ''],
    ];
    const [t] = lireTableaux(valeurs);
    expect(t!.plage).toBe('A1:D3');
    expect(t!.contextes[0]!.convention.dateFin).toBe('2025-12-31');
  });
});
