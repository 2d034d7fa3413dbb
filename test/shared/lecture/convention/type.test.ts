import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { lireType } from '../../../../shared/lecture/convention/type';

const type = (texte: string) => lireType(creerDocument(texte));

describe('lireType', () => {
  it.each([
    ['## Convention de délégation de gestion\n\nEntre', 'delegation-de-gestion', 1],
    ['\n\nConvention de partenariat FAST 14 | Tableau de bord\n\nEntre', 'partenariat-fast', 3],
    ['AVENANT N° 2\nà la convention de délégation de gestion du 12 février 2024\n\nEntre', 'avenant', 1],
    ['GOUVERNEMENT\nLiberté\nÉgalité\nFraternité\n\nAvenant n°1 à la convention de partenariat FAST\nEntre', 'avenant', 6],
    ['Convention de délégation de gestion — lauréat FAST\nEntre', 'delegation-de-gestion', 1],
  ])('reads the title %j', (texte, valeur, ligne) => {
    expect(type(texte)).toEqual({ valeur, ligne });
  });

  it('does not read the body: an avenant mentioned after « Entre » does not make one', () => {
    expect(type("Convention\n\nEntre\nLa DGEFP\n\nArticle 5 : toute modification fait l'objet d'un avenant")).toBeNull();
  });

  it('a text published without its title that calls itself « le présent avenant » is an avenant', () => {
    expect(type("Entre :\nL'Etat,\nEt :\nLa Caisse des dépôts,\nLe présent avenant a pour objet de modifier la convention")?.valeur).toBe('avenant');
    expect(type("Entre :\nL'Etat,\nArticle 5 : toute modification fait l'objet d'un avenant")).toBeNull();
  });

  it('« AUTRE N° 4 à la délégation de gestion n° … » (Bulletin officiel des armées) is an avenant', () => {
    expect(type('AUTRE N° 4 à la délégation de gestion n° 75-915 du 30 décembre 2005 portant sur …\n\nDu 11 janvier 2010')?.valeur).toBe('avenant');
    expect(type('AUTRE N° 6741/DEF/DCSEA relative à la délégation de gestion dans les services de l\'État.')?.valeur).toBe('delegation-de-gestion');
  });

  it('says nothing for a text without title', () => {
    expect(type('')).toBeNull();
    expect(type('Bonjour')).toBeNull();
  });
});
