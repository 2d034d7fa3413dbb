// The curves' geometry and drawing through a hyperscript: three series (five with an échéancier),
// today's line inside the plan's months only, texts as text children.
import { describe, expect, it } from 'vitest';
import { dessinerCourbes, dessinerTableauAnnuel, geometrieCourbes, type Hyperscript } from '../../../shared/plan/courbes';
import { analyserPlan } from '../../../shared/plan/analyse';
import { chaqueMois, entreePlan } from '../regles/plan-aide';

interface Noeud {
  type: string;
  props: Record<string, unknown> | null;
  enfants: Array<Noeud | string>;
}
const h: Hyperscript<Noeud> = (type, props, ...enfants) => ({ type, props, enfants: enfants.filter((e): e is Noeud | string => e !== null) });
const tous = (n: Noeud): Noeud[] => [n, ...n.enfants.flatMap((e) => (typeof e === 'string' ? [] : tous(e)))];
const texte = (n: Noeud | string): string => (typeof n === 'string' ? n : n.enfants.map(texte).join(''));

const analyse = analyserPlan(entreePlan({ consommation: chaqueMois('2025-11', '2026-02', 10_000), bons: [['BC', '2025-10', 40_000, '2025-11', '2026-02']] }));

describe('courbes du plan', () => {
  it('trois courbes cumulées en escalier, aujourd’hui marqué, graduations en montants courts et années', () => {
    const g = geometrieCourbes(analyse.courbes, { aujourdhui: '2025-12-16' })!;
    expect(g.series.map((s) => [s.cle, s.derniere])).toEqual([['ae', 4_000_000], ['consommation', 4_000_000], ['cp', 4_000_000]]);
    expect(g.graduationsY.map((t) => t.libelle)).toEqual(['0\u00a0€', '10\u00a0k€', '20\u00a0k€', '30\u00a0k€', '40\u00a0k€']);
    expect(g.graduationsX.map((t) => t.libelle)).toEqual(['2025', '2026']);
    // Six months (Oct 2025 – Mar 2026) over 284 px: mid-December is past two months and a half.
    expect(g.aujourdhui!.x).toBeGreaterThan(g.cadre.gauche + (2 * 284) / 6);
    expect(g.aujourdhui!.x).toBeLessThan(g.cadre.gauche + (3 * 284) / 6);
    expect(g.series[0]!.chemin.startsWith(`M ${g.cadre.gauche} ${g.cadre.bas} V `)).toBe(true);
    expect(g.description).toMatch(/^De octobre 2025 à mars 2026 : AE engagées cumulées 40\u202f000\u00a0€, .* Un trait vertical marque aujourd’hui \(décembre 2025\)\.$/);
  });

  it('contre l’échéancier : deux courbes de plus ; aujourd’hui hors du plan : pas de trait', () => {
    const g = geometrieCourbes(analyse.courbes, { aujourdhui: '2027-01-01', echeancier: [{ annee: 2025, ae: 4_000_000, cp: 1_000_000 }, { annee: 2026, ae: null, cp: 3_000_000 }] })!;
    expect(g.series.map((s) => [s.cle, s.derniere])).toEqual([
      ['ae', 4_000_000], ['consommation', 4_000_000], ['cp', 4_000_000], ['aeEcheancier', 4_000_000], ['cpEcheancier', 4_000_000],
    ]);
    expect(g.aujourdhui).toBeNull();
  });

  it('se dessine avec le h du front : figure, svg titré, une courbe par série, légende en mots', () => {
    const arbre = dessinerCourbes(h, geometrieCourbes(analyse.courbes, { aujourdhui: '2025-12-16' })!, 'essai');
    const noeuds = tous(arbre);
    expect(arbre.type).toBe('figure');
    expect(noeuds.filter((n) => n.props?.['data-serie']).map((n) => n.props!['data-serie'])).toEqual(['ae', 'consommation', 'cp']);
    expect(noeuds.some((n) => n.props && 'data-aujourdhui' in n.props)).toBe(true);
    expect(texte(noeuds.find((n) => n.type === 'title')!)).toBe('AE, consommation et CP cumulés, mois par mois');
    expect(texte(noeuds.find((n) => n.type === 'ul')!)).toContain('CP payés cumulés (tirets)');
    expect(geometrieCourbes([])).toBeNull();
  });
});

describe('tableau annuel du plan', () => {
  it('se dessine avec le h du front : légende, en-têtes, une ligne par année, le total', () => {
    const arbre = dessinerTableauAnnuel(h, analyse.annees, 'classe');
    expect(arbre.type).toBe('table');
    const lignes = tous(arbre).filter((n) => n.type === 'tr').map((tr) => tr.enfants.map(texte));
    expect(lignes).toEqual([
      ['Année', 'AE', 'Consommation', 'CP'],
      ['2025', '40\u202f000\u00a0€', '20\u202f000\u00a0€', '10\u202f000\u00a0€'],
      ['2026', '0\u00a0€', '20\u202f000\u00a0€', '30\u202f000\u00a0€'],
      ['Total', '40\u202f000\u00a0€', '40\u202f000\u00a0€', '40\u202f000\u00a0€'],
    ]);
  });
});
