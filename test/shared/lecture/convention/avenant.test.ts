// What an avenant changes, and which of its échéanciers is the new one (shared/lecture/convention/avenant.ts),
// through the whole reader so that the sources and the choice of the échéancier are checked as users get them.
import { describe, expect, it } from 'vitest';
import { lireAvenant } from '../../../../shared/lecture/convention/avenant';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { lireConvention } from '../../../../shared/lecture/convention';
import { verifier } from '../../../../shared/verifier';

const texte = (...lignes: string[]) => lignes.join('\n');
const avenant = (...lignes: string[]) => lireAvenant(creerDocument(texte(...lignes)));

describe('lireAvenant : numéro, articles modifiés, convention modifiée', () => {
  it('reads the title, then the clauses, each with its line', () => {
    const lu = avenant(
      'Avenant n° 3 à la convention de délégation de gestion du 4 mai 2018',
      '',
      'Vu la convention du 4 mai 2018 et son avenant n° 2 du 1er juin 2020 ;',
      'Il a été convenu ce qui suit :',
      'Article 1er – Modification de l’article 3',
      "L'article 3 est remplacé par les dispositions suivantes :",
      "« Le délégataire rend compte dans les conditions de l'article 7. »",
      'Article 2',
      "Les articles 5-1 et 6 sont ainsi rédigés : « … »",
      "L'annexe 2 est remplacée par l'annexe jointe.",
    );
    expect(lu).toEqual({
      avenant: { numero: 3, articlesModifies: ['3', '5-1', '6', 'annexe 2'], dateConventionInitiale: '2018-05-04' },
      sources: {
        'avenant.numero': 1,
        'avenant.articlesModifies.0': 5,
        'avenant.articlesModifies.1': 9,
        'avenant.articlesModifies.2': 9,
        'avenant.articlesModifies.3': 10,
        'avenant.dateConventionInitiale': 1,
      },
    });
  });

  it('never counts an article only cited: the one allowing avenants, of a law, of the avenant itself, quoted in the new wording', () => {
    const lu = avenant(
      "Le présent avenant a pour objet de modifier la convention du 20 décembre 2018, comme le prévoient les dispositions de l'article 9.10 de la convention.",
      'Ceci exposé, il a été convenu ce qui suit :',
      "En application de l'article 8 de la convention, l'article 4 est modifié comme suit :",
      "« Les crédits sont ouverts dans les conditions de l'article 12. »",
      "L'article 2 du présent avenant complète l'article 8 de la loi n° 2010-237 du 9 mars 2010.",
      "Le tableau annexé au présent avenant est ajouté en annexe au présent avenant.",
    );
    expect(lu?.avenant).toEqual({ articlesModifies: ['4'], dateConventionInitiale: '2018-12-20' });
  });

  it('takes the avenant’s own number, not an earlier avenant’s, nor the Journal’s date', () => {
    expect(avenant('JORF n°0109 du 10 mai 2012', 'Entre :', "Vu l'avenant n° 1 du 3 mars 2011 ;")).toBeNull();
    expect(avenant('AUTRE N° 4 à la délégation de gestion n° 75-915-07 du 30 décembre 2005')?.avenant).toEqual({
      numero: 4,
      articlesModifies: [],
      dateConventionInitiale: '2005-12-30',
    });
    expect(avenant('Entre :', 'Le présent avenant n° 2 modifie la convention « Fonds national » conclue le 13 octobre 2010.')?.avenant).toEqual({
      numero: 2,
      articlesModifies: [],
      dateConventionInitiale: '2010-10-13',
    });
  });
});

describe('le nouvel échéancier d’un avenant, jamais l’ancien cité', () => {
  const tableau = (...rangs: string[]) => ['Année\tAE\tCP', ...rangs, ''];
  /** The old table quoted by article 3 (2024: 100 000 €), then `entre`, then a new one (2024: 150 000 € / 120 000 €). */
  const ancienPuisNouveau = (entre: string) =>
    lireConvention(texte('Avenant n° 2 à la convention du 4 mai 2018', "L'article 3 prévoit :", ...tableau('2024\t100 000 €\t100 000 €'), entre, ...tableau('2024\t150 000 €\t120 000 €')));

  it('an old table quoted, then « est remplacé par » a new one: the new amounts', () => {
    const { convention } = lireConvention(
      texte(
        'Avenant n° 1 à la convention du 3 février 2022',
        'Il a été convenu ce qui suit :',
        "L'échéancier figurant à l'article 4 de la convention, rappelé ci-dessous :",
        ...tableau('2022\t400 000 €\t250 000 €', '2023\t300 000 €\t350 000 €'),
        'est remplacé par l’échéancier suivant :',
        ...tableau('2022\t400 000 €\t250 000 €', '2023\t320 000 €\t370 000 €', '2024\t80 000 €\t100 000 €'),
      ),
    );
    expect(convention.echeancier.map((l) => [l.annee, l.ae, l.cp])).toEqual([
      [2022, 40000000, 25000000],
      [2023, 32000000, 37000000],
      [2024, 8000000, 10000000],
    ]);
    expect(convention.sources?.echeancier).toBe(9);
    expect(convention.avenant).toEqual({ numero: 1, articlesModifies: ['4'], dateConventionInitiale: '2022-02-03' });
  });

  it('the new table first, the old one after « pour mémoire »: still the one announced as new', () => {
    const { convention } = lireConvention(
      texte(
        'Avenant n° 2 à la convention du 3 février 2022',
        "L'article 3 est ainsi rédigé :",
        ...tableau('2024\t150 000 €\t120 000 €'),
        'Pour mémoire, l’échéancier initial :',
        ...tableau('2024\t100 000 €\t100 000 €'),
      ),
    );
    expect(convention.echeancier).toEqual([{ annee: 2024, ae: 15000000, cp: 12000000 }]);
  });

  it('prose: the old row quoted before « est remplacé par » is never read, the new one is', () => {
    const { convention, contexte } = lireConvention(
      texte(
        'Avenant n° 2 à la convention de délégation de gestion du 7 mars 2023',
        'Il a été convenu ce qui suit :',
        "L'article 4, qui prévoyait « au titre de 2024 : 100 000 € en AE et 100 000 € en CP », est remplacé par :",
        '- au titre de 2024 : 150 000 € en AE et 120 000 € en CP ;',
        '- au titre de 2025 : 0 € en AE et 30 000 € en CP.',
      ),
    );
    expect(convention.echeancier).toEqual([
      { annee: 2024, ae: 15000000, cp: 12000000 },
      { annee: 2025, ae: 0, cp: 3000000 },
    ]);
    expect(verifier(contexte).map((c) => c.regle)).not.toContain('annee-en-double');
  });

  it.each([
    "L'échéancier de l'article 3 est modifié ainsi qu'il suit :",
    "L'article 3 est ainsi complété :",
    'Le nouvel échéancier est le suivant :',
    'L’échéancier devient :',
    "L'article 3 se lit désormais :",
  ])('« %s » announces the new table after the quoted old one', (annonce) => {
    expect(ancienPuisNouveau(annonce).convention.echeancier).toEqual([{ annee: 2024, ae: 15000000, cp: 12000000 }]);
  });

  it('two échéanciers and no word saying which is new: none read, a finding instead of a guess', () => {
    const { convention, contexte } = ancienPuisNouveau('Article 2 – Échéancier');
    expect(convention.echeancier).toEqual([]);
    expect(contexte.echeanciersAvenant).toEqual([{ ligne: 3 }, { ligne: 7 }]);
    expect(verifier(contexte).filter((c) => c.regle === 'avenant-echeancier-ambigu').map((c) => c.position)).toEqual([{ ligne: 3 }]);
  });

  it('a convention (not an avenant) keeps its first table, and reads no `avenant`', () => {
    const { convention, contexte } = lireConvention(
      texte('Convention de délégation de gestion du 4 mai 2018', "L'article 3 est remplacé par :", ...tableau('2024\t1 €\t1 €'), ...tableau('2024\t2 €\t2 €')),
    );
    expect([convention.type, convention.echeancier, convention.avenant, contexte.echeanciersAvenant]).toEqual([
      'delegation-de-gestion',
      [{ annee: 2024, ae: 100, cp: 100 }],
      undefined,
      undefined,
    ]);
  });
});
