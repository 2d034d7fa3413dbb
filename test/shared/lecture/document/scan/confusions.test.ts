// OCR confusions corrected only where the field's grammar leaves one reading, each correction said;
// S/5 and B/8, and codes' letter segments, are never touched.
import { describe, expect, it } from 'vitest';
import { constatsCorrections, corrigerConfusions } from '../../../../../shared/lecture/document/scan/confusions';

const lire = (...textes: string[]) => corrigerConfusions(textes.map((texte, i) => ({ texte, page: 2, ligne: i + 1, confiance: 90 })));

describe('corrigerConfusions', () => {
  it("corrects a Chorus code's programme segment and a programme number, not its letter segments", () => {
    const { lignes, corrections } = lire('Centre financier :\tO1O3-CEFP-C0O4', 'sur le programme l03 et le BOP 0lO3-CEFP', 'Domaine fonctionnel : 0l02-02-02');
    expect(lignes.map((l) => l.texte)).toEqual(['Centre financier :\t0103-CEFP-C0O4', 'sur le programme 103 et le BOP 0103-CEFP', 'Domaine fonctionnel : 0102-02-02']);
    expect(corrections.map((c) => [c.avant, c.apres])).toEqual([
      ['O1O3-CEFP-C0O4', '0103-CEFP-C0O4'],
      ['0lO3-CEFP', '0103-CEFP'],
      ['programme l03', 'programme 103'],
      ['0l02-02-02', '0102-02-02'],
    ]);
  });

  it('corrects figures of amounts and the euro sign of an amount cell, never S or B', () => {
    const { lignes } = lire('2020\t1 5OO 000 €\t0e', 'un montant maximum de l 500 000 euros', '2021\t1 S00 000 €\tB00 000 €', 'soit 15O 000,5O € au total');
    expect(lignes.map((l) => l.texte)).toEqual([
      '2020\t1 500 000 €\t0 €',
      'un montant maximum de 1 500 000 euros',
      '2021\t1 S00 000 €\tB00 000 €',
      'soit 150 000,50 € au total',
    ]);
  });

  it('regroups figures whose groups the OCR lost when the words say the same amount, not otherwise', () => {
    const { lignes } = lire('2024\t1900 000 € (un million neuf cent mille euros)', '2025\t1900 000 € (un million neuf cents euros)', '2026\t1 900 000 € (un million)');
    expect(lignes.map((l) => l.texte)).toEqual(['2024\t1 900 000 € (un million neuf cent mille euros)', '2025\t1900 000 € (un million neuf cents euros)', '2026\t1 900 000 € (un million)']);
  });

  it("corrects a row's year and a date's day and year, and leaves words alone", () => {
    const { lignes, corrections } = lire('2O24\t100 000 €\t100 000 €', 'signée le 3l décembre 2O24 à Paris', 'Il a lu l ou O, et le 1er mai', 'Article lO : Loi');
    expect(lignes.map((l) => l.texte)).toEqual(['2024\t100 000 €\t100 000 €', 'signée le 31 décembre 2024 à Paris', 'Il a lu l ou O, et le 1er mai', 'Article lO : Loi']);
    expect(corrections).toHaveLength(2);
  });

  it('says each correction with its page, line and reason', () => {
    const { corrections } = lire('Centre financier : O1O3-CEFP-C004');
    expect(constatsCorrections('scan.pdf', corrections)).toEqual([
      {
        regle: 'ocr-correction',
        gravite: 'information',
        message: "« scan.pdf », page 2, ligne 1 : l'OCR a lu « O1O3-CEFP-C004 », Jauge a retenu « 0103-CEFP-C004 » : le premier segment d'un code Chorus est le numéro du programme, en chiffres.",
        position: { page: 2 },
      },
    ]);
  });
});
