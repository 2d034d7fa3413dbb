// Doubts on an OCR'd convention's acronyms and codes: a party's acronym the rest of the document
// writes with one letter more (« SG-MEN » / « SG-MENJ »), a code with one confusable character
// changed, an alphanumeric code where O and 0 touch; two distinct services (DINUM, DNUM) are not
// one misread; through constatsDeRevue, with the field's page and line.
import { describe, expect, it } from 'vitest';
import { constatsDeRevue } from '../../../../../shared/lecture/document/revue';
import { constatsDeCoherence, lettreEtChiffreConfondus, variante } from '../../../../../shared/lecture/document/scan/coherence';
import type { LigneDocument } from '../../../../../shared/lecture/document/types';

const lignes = (...textes: string[]): LigneDocument[] => textes.map((texte, i) => ({ texte, page: 1 + Math.floor(i / 3), ligne: (i % 3) + 1, confiance: 92 }));

describe('variante', () => {
  it('is one letter more at an edge or one confusable character changed', () => {
    expect(variante('SG-MEN', 'SG-MENJ')).toBe(true);
    expect(variante('DGEFP', 'DGEFP')).toBe(false);
    expect(variante('0102-CEFP-C002', '0102-CEFP-COO2')).toBe(false);
    expect(variante('0102-CEFP-C002', '0102-CEFP-C0O2')).toBe(true);
    expect(variante('DINUM', 'DNUM')).toBe(false);
    expect(variante('DGEFP', 'DGCFP')).toBe(false);
  });
});

describe('lettreEtChiffreConfondus', () => {
  it('finds a letter O touching a digit, not the zeros of C004', () => {
    expect(lettreEtChiffreConfondus('EMPEFO075')).toBe('O');
    expect(lettreEtChiffreConfondus('CEFP-C004')).toBeNull();
    expect(lettreEtChiffreConfondus('DININCUB')).toBeNull();
    expect(lettreEtChiffreConfondus('XY0ZW')).toBe('0');
  });
});

describe('constatsDeCoherence', () => {
  it('flags an acronym the document writes otherwise at least as often', () => {
    const texte = lignes('Le secrétariat général (SG-MEN), ci-après le délégant', 'le SG-MENJ met à disposition', 'Pour le SG-MENJ, la secrétaire générale');
    const constats = constatsDeCoherence({ delegant: { sigle: 'SG-MEN' }, delegataire: { sigle: 'DINUM' } }, texte, 'ocr-champ-douteux');
    expect(constats.map((c) => [c.position?.champ, c.message])).toEqual([
      ['delegant.sigle', "Champ « delegant.sigle » : le sigle du délégant est lu « SG-MEN », mais le document écrit aussi « SG-MENJ » (2 fois) : l'OCR a pu perdre ou changer une lettre ; vérifiez-le sur le document."],
    ]);
  });

  it('says nothing when the field is the majority reading, or for two distinct services', () => {
    const texte = lignes('la DINUM et la DNUM', 'la DINUM', 'SG-MENJ et SG-MENJ et SG-MEN');
    expect(constatsDeCoherence({ delegant: { sigle: 'SG-MENJ' }, delegataire: { sigle: 'DINUM' }, autresParties: [{ sigle: 'DNUM' }] }, texte, 'r')).toEqual([]);
  });

  it('flags an alphanumeric code where the OCR may confuse O and 0', () => {
    const constats = constatsDeCoherence({ chorus: { centreDeCout: 'EMPEFO075', centreFinancier: '0102-CEFP-C002' } }, lignes('Centre de coût : EMPEFO075'), 'r');
    expect(constats.map((c) => c.position?.champ)).toEqual(['chorus.centreDeCout']);
    expect(constats[0]!.message).toContain('confond O et 0');
  });
});

describe('constatsDeRevue', () => {
  it('adds the doubts on codes to the review of an OCR document, with page and line, and not for a text', () => {
    const doc = { lignes: lignes('Délégant : SG-MEN', 'x', 'y', 'le SG-MENJ et le SG-MENJ') };
    const convention = { sources: { 'delegant.sigle': 1 }, echeancier: [], type: 'delegation-de-gestion' as const, delegant: { sigle: 'SG-MEN' } };
    const revue = constatsDeRevue(convention, doc);
    expect(revue.filter((c) => c.position?.champ === 'delegant.sigle').map((c) => c.position)).toEqual([{ page: 1, ligne: 1, champ: 'delegant.sigle' }]);
    const texte = { lignes: doc.lignes.map(({ confiance: _, ...l }) => l) };
    expect(constatsDeRevue(convention, texte).filter((c) => c.position?.champ === 'delegant.sigle')).toEqual([]);
  });
});
