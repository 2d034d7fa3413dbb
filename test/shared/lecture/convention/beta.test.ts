import { describe, expect, it } from 'vitest';
import { lireIncubateur, lireStartups } from '../../../../shared/lecture/convention/beta';
import { creerDocument } from '../../../../shared/lecture/convention/document';

const doc = creerDocument;

describe('lireStartups', () => {
  it('reads the slugs of startup pages the text links to, once each, in order', () => {
    const texte = 'x\nvoir <https://beta.gouv.fr/startups/classe-a-12.html> et [Repères](https://beta.gouv.fr/startups/reperes-evaluation)\nhttps://beta.gouv.fr/startups/classe-a-12/ et beta.gouv.fr/startup/rdv.insertion.';
    expect(lireStartups(doc(texte))).toEqual({ valeur: ['classe-a-12', 'reperes-evaluation', 'rdv.insertion'], ligne: 2 });
  });

  it('reads no startup from the list page, an incubator filter or a name in prose', () => {
    expect(lireStartups(doc('<https://beta.gouv.fr/startups/?incubateur=mission-apprentissage>\nhttps://beta.gouv.fr/startups/\nla Startup d\'État Tableau de bord'))).toBeNull();
  });
});

describe('lireIncubateur', () => {
  it.each([
    ['<https://beta.gouv.fr/startups/?incubateur=mission-apprentissage>', 'mission-apprentissage'],
    ['https://beta.gouv.fr/startups?usertypes=x&incubateur=dinum', 'dinum'],
    ['https://beta.gouv.fr/incubateurs/fabrique-engagement.html,', 'fabrique-engagement'],
    ['(https://beta.gouv.fr/incubateurs/sgmas)', 'sgmas'],
  ])('%j → %s', (ligne, id) => {
    expect(lireIncubateur(doc(`x\n${ligne}`))).toEqual({ valeur: id, ligne: 2 });
  });

  it('reads none from other pages', () => {
    expect(lireIncubateur(doc('<https://beta.gouv.fr/approche/> https://beta.gouv.fr/startups/classe-a-12.html'))).toBeNull();
  });
});
