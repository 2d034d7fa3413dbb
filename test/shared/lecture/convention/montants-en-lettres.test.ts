import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { montantsEnLettres } from '../../../../shared/lecture/convention/montants-en-lettres';

const paires = (texte: string) => montantsEnLettres(creerDocument(texte));

describe('montantsEnLettres', () => {
  it('finds figures followed by words, in a table cell or in prose', () => {
    expect(paires('2024\t2 500 000 € (deux millions cinq cent mille euros)\t1 900 000 € (un million neuf cent mille euros)')).toEqual([
      { chiffres: { brut: '2 500 000 €', valeur: 250000000, position: { ligne: 1 } }, lettres: 'deux millions cinq cent mille euros', position: { ligne: 1 } },
      { chiffres: { brut: '1 900 000 €', valeur: 190000000, position: { ligne: 1 } }, lettres: 'un million neuf cent mille euros', position: { ligne: 1 } },
    ]);
  });

  it('finds words followed by figures', () => {
    expect(paires("x\npour un montant de deux millions d'euros (2 000 000 €)")).toEqual([
      { chiffres: { brut: '2 000 000 €', valeur: 200000000, position: { ligne: 2 } }, lettres: "deux millions d'euros", position: { ligne: 2 } },
    ]);
  });

  it('keeps words as written, even wrong, for the rule that compares them', () => {
    expect(paires('90 000 € (quatre-vingts mille euros)')[0]!.lettres).toBe('quatre-vingts mille euros');
    expect(paires('1 000 000 € (deux millions d\'euros)')[0]!.chiffres.valeur).toBe(100000000);
  });

  it('keeps unreadable figures with their reason', () => {
    const [p] = paires('1.900 € (mille neuf cents euros)');
    expect(p!.chiffres).toMatchObject({ brut: '1.900 €', valeur: null });
    expect(p!.chiffres.probleme).toMatch(/^Montant ambigu/);
  });

  it('does not pair an amount with other parentheses', () => {
    expect(paires('50 000 € (AE) et 30 000 € (hors taxes) ; 2 000 € (voir annexe 2)')).toEqual([]);
    expect(paires('les crédits (deux enveloppes)')).toEqual([]);
  });
});
