import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { citer, compter, majusculeInitiale, normaliserTexte, pluriel } from '../../../shared/texte';
import { essais } from '../../aides/essais';

describe('normaliserTexte', () => {
  it.each([
    ['Crédits  de\u00a0Paiement', 'credits de paiement'],
    ['  AUTORISATIONS D’ENGAGEMENT ', "autorisations d'engagement"],
    ['Année', 'annee'],
    ['Exercice\tbudgétaire', 'exercice budgetaire'],
    ['DÉCEMBRE', 'decembre'],
    ['août\u202f2024', 'aout 2024'],
    ['Œuvre sœur Æ', 'oeuvre soeur ae'],
    ['', ''],
    ['ÇA   Ü\n\nê', 'ca u e'],
  ])('%j → %j', (entree, attendu) => {
    expect(normaliserTexte(entree)).toBe(attendu);
  });

  it('is idempotent, has no accents, no upper case, no double or outer spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const n = normaliserTexte(s);
        expect(normaliserTexte(n)).toBe(n);
        expect(n).toBe(n.trim());
        expect(n).not.toMatch(/\s\s/);
        expect(n).not.toMatch(/[\u0300-\u036f]/);
        expect(n).not.toMatch(/[ÀÉÈÊÎÔÛÇA-Z]/);
      }),
      { numRuns: essais(2000) },
    );
  });
});

describe('pluriel et compter', () => {
  it('agrees like French: singular below 2', () => {
    expect(pluriel(0, 'constat')).toBe('constat');
    expect(pluriel(1, 'constat')).toBe('constat');
    expect(pluriel(1.5, 'million')).toBe('million');
    expect(pluriel(2, 'constat')).toBe('constats');
    expect(pluriel(-3, 'jour')).toBe('jours');
    expect(pluriel(2, 'avertissement')).toBe('avertissements');
    expect(pluriel(3, 'travail', 'travaux')).toBe('travaux');
  });

  it('writes a count with Intl digits and a non-breaking space', () => {
    expect(compter(0, 'constat')).toBe('0\u00a0constat');
    expect(compter(2, 'erreur')).toBe('2\u00a0erreurs');
    expect(compter(1200, 'jour')).toBe('1\u202f200\u00a0jours');
  });
});

describe('majusculeInitiale et citer', () => {
  it('capitalises the first letter, accents included', () => {
    expect(majusculeInitiale('échue')).toBe('Échue');
    expect(majusculeInitiale('')).toBe('');
  });

  it('quotes with French guillemets and cuts long inputs', () => {
    expect(citer('1.900')).toBe('«\u00a01.900\u00a0»');
    expect(citer('x'.repeat(100), 10)).toBe(`«\u00a0${'x'.repeat(9)}…\u00a0»`);
  });
});
