import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { lirePreavis } from '../../../../shared/lecture/convention/preavis';

const preavis = (texte: string) => lirePreavis(creerDocument(texte));

describe('lirePreavis', () => {
  it.each([
    ["sous réserve du respect d'un préavis de trois mois.", 3],
    ['moyennant un préavis écrit de deux mois', 2],
    ["sous réserve d'un préavis d'un mois", 1],
    ['un préavis de 3 (trois) mois', 3],
    ["avec un préavis d'au moins six mois", 6],
    ['un préavis minimum de 12 mois', 12],
  ])('%j → %d', (ligne, mois) => {
    expect(preavis(`x\n${ligne}`)).toEqual({ valeur: mois, ligne: 2 });
  });

  it('does not convert a notice in days, and reads none without notice', () => {
    expect(preavis('un préavis de 90 jours')).toBeNull();
    expect(preavis('il peut être mis fin à tout moment à la présente convention.')).toBeNull();
  });
});
