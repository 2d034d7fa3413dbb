// The review says what it knows: a table that looks like an échéancier but was not read is named
// with its page, instead of a finding that asks for a table the document already has.
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../../shared/lecture/convention';
import { constatsDeRevue, REGLE_ECHEANCIER_NON_LU } from '../../../../shared/lecture/document/revue';
import type { LigneDocument } from '../../../../shared/lecture/document/types';

const lignes = (page: number, textes: string[]): LigneDocument[] => textes.map((texte, i) => ({ texte, page, ligne: i + 1 }));

describe('constatsDeRevue : un échéancier vu mais pas lu', () => {
  const document = {
    format: 'pdf' as const,
    lignes: [...lignes(1, ['Convention de délégation de gestion', '', 'Article 4 – Dispositions financières']), ...lignes(2, ['Année\tAE\tCP', '2024 300 000 € 200 000 €', '2025 200 000 € 300 000 €'])],
  };
  const texte = document.lignes.map((l) => l.texte).join('\n');

  it('nomme le tableau et sa page', () => {
    const { convention } = lireConvention(texte);
    expect(convention.echeancier).toEqual([]);
    expect(constatsDeRevue(convention, document)).toEqual([
      {
        regle: REGLE_ECHEANCIER_NON_LU,
        gravite: 'avertissement',
        message: "Un tableau Année / AE / CP page 2 n'a pas pu être lu : aucun de ses montants n'a été repris. Vérifiez-le sur le document et saisissez l'échéancier.",
        position: { ligne: 4, page: 2 },
      },
    ]);
  });

  it('dans un texte sans pages, nomme la ligne ; rien quand l’échéancier a été lu', () => {
    const { convention } = lireConvention(texte);
    expect(constatsDeRevue(convention, { format: 'texte', lignes: lignes(1, texte.split('\n')) })[0]?.message).toMatch(/^Un tableau Année \/ AE \/ CP ligne 4 n'a pas pu être lu/);
    const lu = lireConvention(texte.replace('2024 300 000 € 200 000 €', '2024\t300 000 €\t200 000 €'));
    expect(lu.convention.echeancier).toHaveLength(1);
    expect(constatsDeRevue(lu.convention, document)).toEqual([]);
  });
});
