import { describe, expect, it } from 'vitest';
import { lireTableaux } from '../../../../shared/lecture/tableau';
import { lireAnneeCellule } from '../../../../shared/lecture/tableau/cellule';

describe('année tapée comme nombre', () => {
  it('se lit par sa valeur, même affichée « 2 023 » ou « 2 023,00 € » (colonne au format nombre ou monétaire)', () => {
    expect(lireAnneeCellule({ valeur: 2023, brut: '2 023', absente: false })).toEqual({ valeur: 2023 });
    expect(lireAnneeCellule({ valeur: 2024, brut: '2 024,00 €', absente: false })).toEqual({ valeur: 2024 });
    const [t] = lireTableaux(
      [
        ['Année', 'AE', 'CP'],
        [2023, 90000, 60000],
        [2024, 10000, 40000],
      ],
      { affichees: [['Année', 'AE', 'CP'], ['2 023', '90 000 €', '60 000 €'], ['2 024,00 €', '10 000 €', '40 000 €']] },
    );
    const c = t!.contextes[0]!;
    expect(c.echeancier.map((l) => [l.annee.valeur, l.annee.probleme, l.ae.valeur])).toEqual([
      [2023, undefined, 9000000],
      [2024, undefined, 1000000],
    ]);
    // The displayed text stays what a message quotes.
    expect(c.echeancier[0]!.annee.brut).toBe('2 023');
  });

  it('reste refusée quand le nombre n’est pas une année, citée comme elle est affichée', () => {
    expect(lireAnneeCellule({ valeur: 1234, brut: '1 234', absente: false }).probleme).toMatch(/^Année illisible : «\s1 234\s»/);
    expect(lireAnneeCellule({ valeur: 24, brut: '24', absente: false }).probleme).toMatch(/deux chiffres/);
  });
});
