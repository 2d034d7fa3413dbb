// An échéancier header misread by the OCR (« TA » for « AE ») read by what its columns hold, and
// only when one reading is left; the review then says the header is to be checked.
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../../shared/lecture/convention';
import { constatEnteteDeduit } from '../../../../shared/lecture/document/revue';

const convention = (...tableau: string[]) =>
  lireConvention(['Convention de délégation de gestion', '', "Le délégant met à disposition les montants suivants :", ...tableau, '', 'Article 5 : Durée'].join('\n')).convention;

describe('colonnes lues à leur contenu', () => {
  it('reads « Année | TA | CP » with CP named and AE told by its amounts', () => {
    const lu = convention('Année\tTA\tCP', '2024\t100 000 €\t50 000 €', '2025\t200 000 €\t250 000 €');
    expect(lu.echeancier).toEqual([
      { annee: 2024, ae: 10_000_000, cp: 5_000_000 },
      { annee: 2025, ae: 20_000_000, cp: 25_000_000 },
    ]);
  });

  it('reads « Année | AE | GP », and both misread when each keeps a letter of its name', () => {
    expect(convention('Année\tAE\tGP', '2024\t100 000 €\t50 000 €').echeancier).toEqual([{ annee: 2024, ae: 10_000_000, cp: 5_000_000 }]);
    expect(convention('\tTA\tGP', '2024\t100 000 €\t50 000 €').echeancier).toEqual([{ annee: 2024, ae: 10_000_000, cp: 5_000_000 }]);
  });

  it('leaves alone a table whose headers are other amounts (HT, TTC; Montant), or with three amount columns', () => {
    expect(convention('Année\tHT\tTTC', '2024\t100 000 €\t120 000 €').echeancier).toEqual([]);
    expect(convention('Année\tMontant\tCP', '2024\t100 000 €\t120 000 €').echeancier).toEqual([]);
    expect(convention('Année\tTA\tCP\tX', '2024\t100 000 €\t120 000 €\t5 €').echeancier).toEqual([]);
  });

  it('is said in the review, at the header, unless the header names both columns or holds the years', () => {
    const texte = ['Tableau :', 'Année\tTA\tCP', '2024\t100 000 €\t50 000 €'];
    const document = { lignes: texte.map((t, i) => ({ texte: t, page: 1, ligne: i + 1 })) };
    const lu = { echeancier: [{ annee: 2024, ae: 1, cp: 1 }], sources: { echeancier: 2 } };
    expect(constatEnteteDeduit(lu, document)).toMatchObject({
      regle: 'echeancier-entete-deduit',
      message: expect.stringContaining('ne nomme pas la colonne AE : elle a été reconnue à ses montants'),
      position: { page: 1, ligne: 2, champ: 'echeancier' },
    });
    const nomme = { lignes: document.lignes.map((l, i) => (i === 1 ? { ...l, texte: 'Année\tAE\tCP' } : l)) };
    expect(constatEnteteDeduit(lu, nomme)).toBeNull();
    const transpose = { lignes: document.lignes.map((l, i) => (i === 1 ? { ...l, texte: '\t2024\t2025' } : l)) };
    expect(constatEnteteDeduit(lu, transpose)).toBeNull();
  });
});
