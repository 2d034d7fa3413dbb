import { describe, expect, it } from 'vitest';
import { detailComptes, verdict } from '../../../../sheets-addon/src/commun/verdict';

describe('verdict', () => {
  it('dit les erreurs d’abord, puis les avertissements, au singulier jusqu’à 1', () => {
    expect(verdict({ erreur: 0, avertissement: 0, information: 5 })).toBe('Aucune erreur');
    expect(verdict({ erreur: 0, avertissement: 1, information: 0 })).toBe('1\u00a0avertissement');
    expect(verdict({ erreur: 0, avertissement: 3, information: 0 })).toBe('3\u00a0avertissements');
    expect(verdict({ erreur: 1, avertissement: 3, information: 0 })).toBe('1\u00a0erreur');
    expect(verdict({ erreur: 12, avertissement: 0, information: 0 })).toBe('12\u00a0erreurs');
  });

  it('détaille chaque gravité', () => {
    expect(detailComptes({ erreur: 2, avertissement: 1, information: 0 })).toBe('2\u00a0erreurs, 1\u00a0avertissement, 0\u00a0information');
  });
});
