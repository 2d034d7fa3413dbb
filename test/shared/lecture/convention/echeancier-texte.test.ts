import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import {
  lireCelluleAnnee,
  lireCelluleMontant,
  tableauxEcheancier,
  versConvention,
} from '../../../../shared/lecture/convention/echeancier-texte';

const tableaux = (texte: string) => tableauxEcheancier(creerDocument(texte));
const annees = (texte: string) => tableaux(texte).map((t) => t.lignes.map((l) => [l.annee.valeur, l.ae.valeur, l.cp.valeur]));

describe('lireCelluleMontant', () => {
  it('reads the figures, leaving the words in parentheses aside', () => {
    expect(lireCelluleMontant('2 500 000 € (deux millions cinq cent mille euros)', 4)).toEqual({
      brut: '2 500 000 € (deux millions cinq cent mille euros)',
      valeur: 250000000,
      position: { ligne: 4 },
    });
  });

  it.each(['', '-', '—', 'néant', 'N/A', 'sans objet'])('reads %j as an empty cell (null, no problem)', (brut) => {
    expect(lireCelluleMontant(brut, 1)).toEqual({ brut, valeur: null, position: { ligne: 1 } });
  });

  it('keeps an unreadable amount with its text and the reason, never a guess', () => {
    const lu = lireCelluleMontant('1.900 €', 2);
    expect(lu).toMatchObject({ brut: '1.900 €', valeur: null, position: { ligne: 2 } });
    expect(lu.probleme).toMatch(/^Montant ambigu/);
    expect(lireCelluleMontant('2 500 000 € TTC', 2).probleme).toMatch(/^Montant illisible/);
  });

  it.each(['vingt mille euros)', '200 000 € (deux', '(cent'])('never reads a piece of a cut cell (%j) as an amount', (brut) => {
    const lu = lireCelluleMontant(brut, 5);
    expect(lu).toMatchObject({ brut, valeur: null, position: { ligne: 5 } });
    expect(lu.probleme).toMatch(/^Montant coupé : « .* » \(une parenthèse sans l'autre\)/);
  });
});

describe('lireCelluleAnnee', () => {
  it.each([['2024', 2024], ['2024 (*)', 2024], ['Année 2025', 2025], ['2026*', 2026]])('%j → %d', (brut, annee) => {
    expect(lireCelluleAnnee(brut, 3)).toEqual({ brut, valeur: annee, position: { ligne: 3 } });
  });

  it('says why a year cannot be read', () => {
    expect(lireCelluleAnnee('202A', 3).probleme).toMatch(/^Année illisible : « 202A »/);
    expect(lireCelluleAnnee('24', 3).valeur).toBeNull();
    expect(lireCelluleAnnee('', 3).probleme).toMatch(/^Année manquante/);
  });
});

describe('tableauxEcheancier', () => {
  it('reads a tab table headed only « AE CP », with an empty cell as null', () => {
    expect(annees('\tAE\tCP\n2024\t2 500 000 €\t1 900 000 €\n2025\t\t600 000 €\n\nLe délégataire…')).toEqual([
      [
        [2024, 250000000, 190000000],
        [2025, null, 60000000],
      ],
    ]);
  });

  it('reads « Année AE CP », amounts in M€ and k€, and a Total row apart', () => {
    const [t] = tableaux('x\nAnnée\tAE\tCP\n2024\t1,2 M€\t800 k€\nTotal\t1,2 M€\t800 k€\n');
    expect(t!.entete).toBe(2);
    expect(t!.lignes).toHaveLength(1);
    expect(t!.total).toEqual({
      ae: { brut: '1,2 M€', valeur: 120000000, position: { ligne: 4 } },
      cp: { brut: '800 k€', valeur: 80000000, position: { ligne: 4 } },
      position: { ligne: 4 },
    });
  });

  it("reads a markdown table headed « Exercice | Autorisations d'engagement | Crédits de paiement »", () => {
    expect(annees("| Exercice | Autorisations d'engagement | Crédits de paiement |\n|---|---|---|\n| 2025 | 800 k€ | 700 k€ |")).toEqual([[[2025, 80000000, 70000000]]]);
  });

  it('finds the columns in any order, and execution columns apart', () => {
    const [t] = tableaux('CP\tAnnée\tAE\tAE engagées\tCP payés\n100 €\t2024\t200 €\t150 €\t90 €');
    expect(t!.lignes[0]).toMatchObject({
      annee: { valeur: 2024 },
      ae: { valeur: 20000 },
      cp: { valeur: 10000 },
      aeEngagees: { valeur: 15000 },
      cpPayes: { valeur: 9000 },
    });
  });

  it('reads columns aligned with spaces (text from a PDF)', () => {
    expect(annees('Année        AE              CP\n2025         150 000 €       100 000 €')).toEqual([[[2025, 15000000, 10000000]]]);
  });

  it('reads a transposed table: years across, an AE row and a CP row', () => {
    const [t] = tableaux('\t2025\t2026\tTotal\nAE\t150 000 €\t50 000 €\t200 000 €\nCP\t100 000 €\t100 000 €\t200 000 €');
    expect(t!.lignes.map((l) => [l.annee.valeur, l.ae.valeur, l.cp.valeur, l.ae.position?.ligne, l.cp.position?.ligne])).toEqual([
      [2025, 15000000, 10000000, 2, 3],
      [2026, 5000000, 10000000, 2, 3],
    ]);
    expect(t!.total?.cp.valeur).toBe(20000000);
  });

  it('tolerates one blank line inside a table, and stops at prose', () => {
    expect(annees('\tAE\tCP\n2024\t1 €\t1 €\n\n2025\t2 €\t2 €\nLe délégataire\n2026\t3 €\t3 €')).toEqual([
      [
        [2024, 100, 100],
        [2025, 200, 200],
      ],
    ]);
  });

  it('keeps a row whose year is unreadable, and stops at a row with neither year nor amount', () => {
    const [t] = tableaux('\tAE\tCP\n202A\t1 €\t1 €\n(*) indicatif\t\t');
    expect(t!.lignes).toHaveLength(1);
    expect(t!.lignes[0]!.annee.probleme).toMatch(/^Année illisible/);
  });

  it('does not take other tables for an échéancier', () => {
    expect(tableaux('\tDINUM\tDGEFP\nRespect de la vie privée\tObligation\tMise en œuvre')).toEqual([]);
    expect(tableaux('Centre financier\t0103-CEFP-C004\nActivité\t01030000-2303')).toEqual([]);
    expect(tableaux('\tAE\tCP\n')).toEqual([]);
  });

  it('finds every table of a text, in order', () => {
    expect(tableaux('\tAE\tCP\n2024\t1 €\t1 €\n\ntexte\n\n\tAE\tCP\n2024\t2 €\t2 €').map((t) => t.entete)).toEqual([1, 6]);
  });
});

describe('versConvention', () => {
  it('keeps the rows whose year was read, with the line of each value', () => {
    const [t] = tableaux('\tAE\tCP\n202A\t1 €\t1 €\n2025\t\t2 €');
    expect(versConvention(t!.lignes)).toEqual({
      echeancier: [{ annee: 2025, ae: null, cp: 200 }],
      sources: { 'echeancier.0.annee': 3, 'echeancier.0.ae': 3, 'echeancier.0.cp': 3 },
    });
  });
});

describe('tableauxEcheancier — grid tables', () => {
  it('reads a pandoc grid table, borders and all', () => {
    const texte = '+--------+---------+---------+\n| Année  | AE      | CP      |\n+========+=========+=========+\n| 2024   | 100 €   | 50 €    |\n+--------+---------+---------+\n| 2025   |         | 50 €    |\n+--------+---------+---------+';
    expect(tableaux(texte).map((t) => t.lignes.map((l) => [l.annee.valeur, l.ae.valeur, l.cp.valeur]))).toEqual([
      [
        [2024, 10000, 5000],
        [2025, null, 5000],
      ],
    ]);
  });
});

describe('tableauxEcheancier — columns aligned with spaces', () => {
  it('places a row with an empty cell under the right header by where its cells stand', () => {
    const texte = ['Année        AE              CP', '2025         150 000 €       100 000 €', '2026                         50 000 €'].join('\n');
    expect(tableaux(texte)[0]!.lignes.map((l) => [l.annee.valeur, l.ae.valeur, l.cp.valeur])).toEqual([
      [2025, 15000000, 10000000],
      [2026, null, 5000000],
    ]);
  });

  it('keeps a row it cannot place as unreadable, with the reason, rather than shift its amounts', () => {
    const texte = ['Année        AE              CP', '2026   50 000 €    40 000 €   30 000 €'].join('\n');
    const [l] = tableaux(texte)[0]!.lignes;
    expect(l!.annee.valeur).toBe(2026);
    expect(l!.ae).toMatchObject({ valeur: null, position: { ligne: 2 } });
    expect(l!.ae.probleme).toMatch(/^Colonnes mal alignées/);
    expect(l!.cp.probleme).toMatch(/^Colonnes mal alignées/);
  });
});
