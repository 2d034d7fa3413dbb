import { describe, expect, it } from 'vitest';
import { depuisMorceaux, enMorceaux, estCleDe, sans, TAILLE_MORCEAU } from '../../../../sheets-addon/src/commun/memoire';

describe('mémoire en morceaux', () => {
  it('découpe une valeur en morceaux ASCII de 8 000 caractères au plus, et la recolle', () => {
    const valeur = { texte: 'é'.repeat(5000), n: [1, 2, 3] };
    const proprietes = enMorceaux('cle', valeur);
    expect(Number(proprietes.cle)).toBe(4);
    for (const [k, v] of Object.entries(proprietes)) {
      if (k === 'cle') continue;
      expect(v.length).toBeLessThanOrEqual(TAILLE_MORCEAU);
      expect(v).toMatch(/^[\x20-\x7e]*$/);
    }
    expect(depuisMorceaux('cle', proprietes)).toEqual(valeur);
  });

  it('rend undefined pour une mémoire absente ou abîmée, et ne touche qu’à ses clés', () => {
    expect(depuisMorceaux('cle', { cle: '2', 'cle.0': '{' })).toBeUndefined();
    expect(depuisMorceaux('cle', {})).toBeUndefined();
    expect(estCleDe('cle', 'cle.3')).toBe(true);
    expect(estCleDe('cle', 'clef')).toBe(false);
    expect(sans('cle', { cle: '1', 'cle.0': 'x', autre: 'y' })).toEqual({ autre: 'y' });
  });
});
