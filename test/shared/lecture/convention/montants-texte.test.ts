import { describe, expect, it } from 'vitest';
import { plier } from '../../../../shared/lecture/convention/document';
import { montantsDansLigne, phrases } from '../../../../shared/lecture/convention/montants-texte';

const montants = (ligne: string) => montantsDansLigne(ligne, plier(ligne)).map((m) => [m.brut, m.resultat.ok ? m.resultat.centimes : null]);

describe('montantsDansLigne', () => {
  it('finds amounts written with their currency, in every form conventions use', () => {
    expect(montants("de 2 500 000 € puis 90 000€, 50 000 euros, 2 millions d'euros, 1,2 M€, 300 k€, 0 € et 1 900 000,50 EUR")).toEqual([
      ['2 500 000 €', 250000000],
      ['90 000€', 9000000],
      ['50 000 euros', 5000000],
      ["2 millions d'euros", 200000000],
      ['1,2 M€', 120000000],
      ['300 k€', 30000000],
      ['0 €', 0],
      ['1 900 000,50 EUR', 190000050],
    ]);
  });

  it('accepts non-breaking spaces between thousands', () => {
    expect(montants('2\u00a0500\u202f000\u00a0€')).toEqual([['2\u00a0500\u202f000\u00a0€', 250000000]]);
  });

  it('does not take a year, a code or the tail of a garbled figure for an amount', () => {
    expect(montants('en 2024, le code C004 € et 1 2O0 000 €')).toEqual([]);
    expect(montants('le 14 octobre 2004')).toEqual([]);
  });

  it('keeps an unreadable amount it located, for the caller to report', () => {
    expect(montants('1.900 €')).toEqual([['1.900 €', null]]);
  });
});

describe('phrases', () => {
  it('cuts a line into sentences at a full stop or semicolon followed by a capital', () => {
    const ligne = 'Le montant est de 1,2 M€. La DINUM paie ; Le reste suit. fin';
    expect(phrases(ligne).map((p) => ligne.slice(p.debut, p.fin).trim())).toEqual(['Le montant est de 1,2 M€.', 'La DINUM paie ;', 'Le reste suit. fin']);
  });
});
