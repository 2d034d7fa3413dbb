import { describe, expect, it } from 'vitest';
import { lienDetail, lireRoute } from '../../../../extension/ui/popup/route';

describe('route du popup', () => {
  it('lit la vue détaillée dans le fragment, id décodé', () => {
    expect(lireRoute('#/convention/dgefp-2024-03-28')).toEqual({ vue: 'detail', conventionId: 'dgefp-2024-03-28' });
    expect(lireRoute(lienDetail('a/b é?#'))).toEqual({ vue: 'detail', conventionId: 'a/b é?#' });
  });

  it('revient à la recherche pour tout le reste', () => {
    for (const hash of ['', '#', '#/', '#/convention/', '#/convention/%20', '#/autre/x']) {
      expect(lireRoute(hash)).toEqual({ vue: 'recherche' });
    }
  });

  it('garde tel quel un identifiant mal échappé', () => {
    expect(lireRoute('#/convention/%E0%A4%A')).toEqual({ vue: 'detail', conventionId: '%E0%A4%A' });
  });
});
