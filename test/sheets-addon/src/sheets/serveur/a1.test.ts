import { describe, expect, it } from 'vitest';
import { lireCelluleA1, lireZoneA1, numeroColonne } from '../../../../../sheets-addon/src/sheets/serveur/a1';

describe('numeroColonne', () => {
  it('convertit les lettres de colonne, refuse le reste', () => {
    expect(numeroColonne('A')).toBe(1);
    expect(numeroColonne('Z')).toBe(26);
    expect(numeroColonne('AA')).toBe(27);
    expect(numeroColonne('ZZZ')).toBe(18278);
    expect(numeroColonne('a')).toBeNull();
    expect(numeroColonne('AAAA')).toBeNull();
  });
});

describe('lireCelluleA1', () => {
  it('lit une cellule, avec ou sans $ et en minuscules', () => {
    expect(lireCelluleA1('D4')).toEqual({ ligne: 4, colonne: 4 });
    expect(lireCelluleA1(' $b$12 ')).toEqual({ ligne: 12, colonne: 2 });
  });
  it('refuse une plage, une formule, une ligne 0', () => {
    for (const x of ['B2:C3', '=A1', 'A0', 'A', '4', '']) expect(lireCelluleA1(x)).toBeNull();
  });
});

describe('lireZoneA1', () => {
  it('donne le coin supérieur gauche et dit si la zone couvre plusieurs cellules', () => {
    expect(lireZoneA1('B4')).toEqual({ ligne: 4, colonne: 2, plusieurs: false });
    expect(lireZoneA1('B4:D7')).toEqual({ ligne: 4, colonne: 2, plusieurs: true });
    expect(lireZoneA1('B4:B4')).toEqual({ ligne: 4, colonne: 2, plusieurs: false });
    expect(lireZoneA1('C:E')).toEqual({ ligne: 1, colonne: 3, plusieurs: true });
    expect(lireZoneA1('3:5')).toEqual({ ligne: 3, colonne: 1, plusieurs: true });
    expect(lireZoneA1('A2:Z')).toEqual({ ligne: 2, colonne: 1, plusieurs: true });
  });
  it('refuse ce qui n’est pas une plage A1', () => {
    for (const x of ['', 'B4:C5:D6', 'Feuille!B4', 'L4C2', ':']) expect(lireZoneA1(x)).toBeNull();
  });
});
