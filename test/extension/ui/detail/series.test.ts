import { describe, expect, it } from 'vitest';
import { echelleArrondie, maximumSeries, nombreGraduations, seriesEcheancier } from '../../../../extension/ui/detail/series';

describe('séries du graphique', () => {
  it('cumule AE et CP par année, une case vide comptant pour rien', () => {
    const points = seriesEcheancier([
      { annee: 2025, ae: null, cp: 60000000 },
      { annee: 2024, ae: 250000000, cp: 190000000 },
    ]);
    expect(points).toEqual([
      { annee: 2024, ae: 250000000, cp: 190000000, cumulAe: 250000000, cumulCp: 190000000, cumulAeEngagees: null, cumulCpPayes: null },
      { annee: 2025, ae: null, cp: 60000000, cumulAe: 250000000, cumulCp: 250000000, cumulAeEngagees: null, cumulCpPayes: null },
    ]);
    expect(maximumSeries(points)).toBe(250000000);
  });

  it("arrête les cumuls d'exécution à la dernière année connue", () => {
    const points = seriesEcheancier(
      [
        { annee: 2023, ae: 9000000, cp: 6000000 },
        { annee: 2024, ae: 1000000, cp: 4000000 },
      ],
      { conventionId: 'x', lignes: [{ annee: 2023, aeEngagees: 8000000, cpPayes: 5000000 }] },
    );
    expect(points.map((p) => [p.cumulAeEngagees, p.cumulCpPayes])).toEqual([
      [8000000, 5000000],
      [null, null],
    ]);
  });

  it("ajoute les années d'exécution absentes de l'échéancier", () => {
    const points = seriesEcheancier([{ annee: 2021, ae: 100, cp: 100 }], {
      conventionId: 'x',
      lignes: [{ annee: 2022, aeEngagees: null, cpPayes: 50 }],
    });
    expect(points.map((p) => p.annee)).toEqual([2021, 2022]);
    expect(points[1]).toMatchObject({ ae: null, cumulAe: 100, cumulCpPayes: 50, cumulAeEngagees: null });
  });

  it('arrondit le haut de l’axe à 1, 2, 2,5 ou 5 × 10ⁿ', () => {
    expect(echelleArrondie(250000000)).toBe(250000000);
    expect(echelleArrondie(250000001)).toBe(500000000);
    expect(echelleArrondie(5000000)).toBe(5000000);
    expect(echelleArrondie(11000000)).toBe(20000000);
    expect(echelleArrondie(0)).toBe(100);
  });

  it('choisit des graduations rondes (0,5 M€ plutôt que 625 k€)', () => {
    const pas = (max: number) => max / nombreGraduations(max);
    expect(pas(250000000)).toBe(50000000);
    expect(pas(200000000)).toBe(50000000);
    expect(pas(100000000)).toBe(20000000);
    expect(pas(5000000)).toBe(1000000);
    expect(pas(1000)).toBe(200);
  });
});
