// Small helpers of the convention reader: numbers in words, ids, dates located in prose, key–value lines.
import { describe, expect, it } from 'vitest';
import { blocsCleValeur, cellulesDe, estRegleDeTableau } from '../../../../shared/lecture/convention/cles-valeurs';
import { datesDansLigne } from '../../../../shared/lecture/convention/dates-texte';
import { creerDocument, plier } from '../../../../shared/lecture/convention/document';
import { lireEntier } from '../../../../shared/lecture/convention/entier';
import { identifiant } from '../../../../shared/lecture/convention/identifiant';

describe('lireEntier', () => {
  it.each([['3', 3], ['trois', 3], ['dix-huit', 18], ['douze', 12], ['un', 1], ['vingt-quatre', 24]])('%j → %d', (texte, n) => {
    expect(lireEntier(texte)).toBe(n);
  });
  it.each(['', 'quelques', 'trois virgule cinq', '3,5', 'au moins'])('%j → null', (texte) => {
    expect(lireEntier(texte)).toBeNull();
  });
});

describe('identifiant', () => {
  it('is the délégant acronym and the signature date, in lower case', () => {
    expect(identifiant({ sigle: 'SG-MENJ' }, '2024-09-12', [])).toBe('sg-menj-2024-09-12');
    expect(identifiant({ sigle: 'DGFiP' }, '2024-04-05', [])).toBe('dgfip-2024-04-05');
  });
  it('falls back on a stable digest of the lines', () => {
    const id = identifiant({}, '2024-01-01', ['a', 'b']);
    expect(id).toMatch(/^convention-[0-9a-f]{8}$/);
    expect(identifiant({}, undefined, ['a', 'b'])).toBe(id);
    expect(identifiant({}, undefined, ['a', 'c'])).not.toBe(id);
    expect(identifiant({ sigle: 'DNE' }, undefined, ['a', 'b'])).toBe(`dne-${id.slice('convention-'.length)}`);
  });
});

describe('datesDansLigne', () => {
  it('locates every date and reads it with lireDate', () => {
    const ligne = 'Vu le décret du 14 octobre 2004, signé le 31/02/2024, fait le 1er juillet 2025 et le 26 JAN. 2021';
    expect(datesDansLigne(ligne, plier(ligne)).map((d) => [d.brut, d.date ?? null])).toEqual([
      ['14 octobre 2004', '2004-10-14'],
      ['31/02/2024', null],
      ['1er juillet 2025', '2025-07-01'],
      ['26 JAN. 2021', '2021-01-26'],
    ]);
  });
});

describe('cles-valeurs', () => {
  it('splits tab and markdown cells, keeping empty ones', () => {
    expect(cellulesDe('2025\t\t600 000 €')).toEqual(['2025', '', '600 000 €']);
    expect(cellulesDe('| a |  | b |')).toEqual(['a', '', 'b']);
    expect(cellulesDe('une phrase')).toEqual(['une phrase']);
  });

  it('recognises markdown table rules', () => {
    expect(['|---|---|', '| :--- | ---: |', '---'].map(estRegleDeTableau)).toEqual([true, true, true]);
    expect(['| a | b |', '-', ''].map(estRegleDeTableau)).toEqual([false, false, false]);
  });

  it('groups key–value lines under their heading', () => {
    const blocs = blocsCleValeur(creerDocument('Références Chorus :\t\nCentre financier\tX\nActivité : Y\n\ntexte\nSociété\tADCE'), (c) => c === 'activite');
    expect(blocs).toEqual([
      { titre: 'references chorus :', entrees: [{ cle: 'centre financier', valeur: 'X', ligne: 2 }, { cle: 'activite', valeur: 'Y', ligne: 3 }] },
      { titre: 'texte', entrees: [{ cle: 'societe', valeur: 'ADCE', ligne: 6 }] },
    ]);
  });
});
