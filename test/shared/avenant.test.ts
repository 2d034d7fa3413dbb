import { describe, expect, it } from 'vitest';
import { decrireAvenant } from '../../shared/avenant';

const NBSP = '\u00a0';

describe('decrireAvenant', () => {
  it('dit le numéro, les articles et la date de la convention en toutes lettres', () => {
    expect(decrireAvenant({ numero: 2, articlesModifies: ['3', '5'], dateConventionInitiale: '2018-05-04' })).toBe(
      `Avenant n°${NBSP}2 — modifie les articles 3 et 5 de la convention du 4 mai 2018`,
    );
  });

  it('accorde au singulier, groupe annexes et préambule, écrit « 1er »', () => {
    expect(decrireAvenant({ articlesModifies: ['2.1'], dateConventionInitiale: '2018-12-01' })).toBe(
      'Avenant — modifie l\'article 2.1 de la convention du 1er décembre 2018',
    );
    expect(decrireAvenant({ numero: 4, articlesModifies: ['4', 'annexe'], dateConventionInitiale: '2005-12-30' })).toBe(
      `Avenant n°${NBSP}4 — modifie l'article 4 ainsi que l'annexe de la convention du 30 décembre 2005`,
    );
    expect(decrireAvenant({ articlesModifies: ['1.1', '1.3', '5-1', 'annexe 2', 'annexe 3', 'préambule'] })).toBe(
      "Avenant — modifie les articles 1.1, 1.3 et 5-1, les annexes 2 et 3 ainsi que le préambule de la convention",
    );
  });

  it('sans article lu : à quelle convention ; sans rien : « Avenant »', () => {
    expect(decrireAvenant({ numero: 1, articlesModifies: [], dateConventionInitiale: '2010-07-14' })).toBe(`Avenant n°${NBSP}1 à la convention du 14 juillet 2010`);
    expect(decrireAvenant({ articlesModifies: [] })).toBe('Avenant');
  });
});
