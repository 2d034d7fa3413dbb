// The portfolio's computations: rows, filters and sort, totals (property: they always equal the sum
// of the conventions shown, whatever the filter), the calendar of every key date ahead.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Convention, Execution } from '../../../shared/model';
import { construirePortefeuille, evenementsDe } from '../../../shared/portefeuille';
import { compteARebours, prochainsJours } from '../../../shared/portefeuille/calendrier';
import { COLONNES_TRI, filtrer, trier, valeursFiltres, type Filtres } from '../../../shared/portefeuille/filtres';
import { sommeLignes, totauxFast, totauxParAnnee, totauxParPartenaire } from '../../../shared/portefeuille/totaux';
import { registreParDefaut } from '../../../shared/registre/defaut';
import type { Registre } from '../../../shared/registre/format';
import { statut, toutesLesDatesCles } from '../../../shared/statut';
import { conventionDeTest } from '../../aides/conventions';
import { registreQuelconque } from '../registre/arbitraires';

function portefeuilleDe(r: Registre, aujourdhui: string) {
  const executions = new Map(r.executions.map((e) => [e.conventionId, e]));
  const entrees = r.conventions.map((convention) => {
    const execution = executions.get(convention.id);
    return { convention, ...(execution && { execution }), statut: statut(convention, execution, aujourdhui) };
  });
  return construirePortefeuille(entrees, r, aujourdhui);
}

const registre = (conventions: Convention[], executions: Execution[] = []): Registre => ({ version: 1, conventions, executions, startups: [], incubateurs: [] });

describe('lignes du portefeuille', () => {
  it('une ligne par convention du registre par défaut, avec partenaire, UO, totaux et prochaine date en J-n', () => {
    const p = portefeuilleDe(registreParDefaut, '2025-06-01');
    expect(p.lignes.map((l) => l.id)).toEqual(registreParDefaut.conventions.map((c) => c.id));
    const dgefp = p.lignes.find((l) => l.id === 'dgefp-2024-03-28')!;
    expect(dgefp).toMatchObject({ partenaire: 'DGEFP', uo: '0103-CEFP-C004', programme: '0103', phase: 'en-cours', ae: 250_000_000, cp: 250_000_000 });
    expect(dgefp.ventilation).toEqual([
      { annee: 2024, ae: 250_000_000, cp: 190_000_000 },
      { annee: 2025, ae: 0, cp: 60_000_000 },
    ]);
    expect(dgefp.prochaineDate).toMatchObject({ date: '2025-09-28', code: 'comite-semestriel', jours: 119 });
    // The FAST partnership signed by the DINUM names the other party.
    expect(p.lignes.find((l) => l.type === 'partenariat-fast')?.partenaire).toBe('DGEFP');
  });

  it('un montant FAST est à part de ce que le partenaire délègue, dans son année de signature', () => {
    const fast = conventionDeTest({ id: 'f', type: 'partenariat-fast', echeancier: [], montantFast: 3_000_000, dateSignature: '2024-03-27', dateFin: '2024-12-31' });
    const [ligne] = portefeuilleDe(registre([fast]), '2025-01-01').lignes;
    expect(ligne!.ventilation).toEqual([]);
    expect(ligne!.fast).toEqual({ annee: 2024, montant: 3_000_000 });
    // The row still says what the status counts (the FAST amount is its total).
    expect(ligne!.ae).toBe(3_000_000);
  });
});

describe('filtres et tri', () => {
  const p = portefeuilleDe(registreParDefaut, '2025-06-01');

  it('filtre par phase, niveau, partenaire, programme, année et résultats de recherche', () => {
    expect(filtrer(p.lignes, { phases: ['en-cours'] }).map((l) => l.id)).toEqual(['dgefp-2024-03-28']);
    expect(filtrer(p.lignes, { partenaires: ['DGEFP'] }).length).toBe(3);
    expect(filtrer(p.lignes, { programmes: ['0214'] }).map((l) => l.id)).toEqual(['menjs-2021-01-26']);
    expect(filtrer(p.lignes, { annee: 2021 }).map((l) => l.id).sort()).toEqual(['dgefp-2020-12-16', 'menjs-2021-01-26']);
    expect(filtrer(p.lignes, { ids: new Set(['dne-2023-08-31']) }).map((l) => l.id)).toEqual(['dne-2023-08-31']);
    expect(filtrer(p.lignes, { niveaux: ['alerte'] })).toEqual([]);
    expect(filtrer(p.lignes, {})).toHaveLength(p.lignes.length);
  });

  it('trie sur chaque colonne dans les deux sens, les valeurs inconnues toujours en dernier', () => {
    for (const colonne of COLONNES_TRI) {
      const asc = trier(p.lignes, { colonne, sens: 'asc' });
      const desc = trier(p.lignes, { colonne, sens: 'desc' });
      expect(asc).toHaveLength(p.lignes.length);
      expect(new Set(desc)).toEqual(new Set(asc));
    }
    expect(trier(p.lignes, { colonne: 'ae', sens: 'desc' })[0]!.id).toBe('dgefp-2024-03-28');
    expect(trier(p.lignes, { colonne: 'ae', sens: 'asc' })[0]!.id).toBe('dinum-2024-03-27');
    // Only one convention has a key date ahead: first in both directions.
    expect(trier(p.lignes, { colonne: 'prochaineDate', sens: 'desc' })[0]!.id).toBe('dgefp-2024-03-28');
    expect(trier(p.lignes, { colonne: 'uo', sens: 'asc' }).at(-1)!.uo).toBeNull();
    expect(trier(p.lignes, { colonne: 'partenaire', sens: 'asc' }).map((l) => l.partenaire)).toEqual(['DGEFP', 'DGEFP', 'DGEFP', 'DNE', 'MENJS']);
  });

  it('propose les partenaires, programmes et années présents', () => {
    expect(valeursFiltres(p.lignes)).toMatchObject({ partenaires: ['DGEFP', 'DNE', 'MENJS'], programmes: ['0102', '0103', '0214', '0349'] });
  });
});

describe('totaux', () => {
  it('par année et par partenaire sur le registre par défaut', () => {
    const p = portefeuilleDe(registreParDefaut, '2025-06-01');
    const parAnnee = totauxParAnnee(p.lignes);
    expect(parAnnee.map((t) => t.annee)).toEqual([...parAnnee.map((t) => t.annee)].sort());
    const dgefp = totauxParPartenaire(p.lignes).find((t) => t.partenaire === 'DGEFP')!;
    expect(dgefp.nombre).toBe(3);
    // The FAST partnership's 30 000 € is the DINUM's fund, not what the DGEFP delegates.
    expect(dgefp.ae).toBe(250_000_000 + 60_000_000);
    expect(totauxFast(p.lignes)).toEqual([
      { partenaire: 'DGEFP', annee: 2024, montant: 3_000_000, nombre: 1 },
      { partenaire: 'MENJS', annee: 2021, montant: 5_000_000, nombre: 1 },
    ]);
  });

  it('propriété : pour tout registre et tout filtre, les totaux égalent la somme des conventions affichées', () => {
    fc.assert(
      fc.property(
        registreQuelconque,
        fc.record(
          {
            phases: fc.subarray(['a-venir', 'en-cours', 'echue'] as const),
            niveaux: fc.subarray(['ok', 'attention', 'alerte'] as const),
            annee: fc.integer({ min: 1990, max: 2100 }),
            garder: fc.double({ min: 0, max: 1, noNaN: true }),
          },
          { requiredKeys: [] },
        ),
        (r, f) => {
          const p = portefeuilleDe(r, '2025-06-01');
          const filtres: Filtres = {
            ...(f.phases && { phases: f.phases }),
            ...(f.niveaux && { niveaux: f.niveaux }),
            ...(f.annee !== undefined && { annee: f.annee }),
            ...(f.garder !== undefined && { ids: new Set(p.lignes.filter((_, i) => i / p.lignes.length < f.garder!).map((l) => l.id)) }),
          };
          const affichees = filtrer(p.lignes, filtres);
          const somme = sommeLignes(affichees);
          const parAnnee = totauxParAnnee(affichees);
          expect({ ae: parAnnee.reduce((s, t) => s + t.ae, 0), cp: parAnnee.reduce((s, t) => s + t.cp, 0) }).toEqual(somme);
          const parPartenaire = totauxParPartenaire(affichees);
          expect({ ae: parPartenaire.reduce((s, t) => s + t.ae, 0), cp: parPartenaire.reduce((s, t) => s + t.cp, 0) }).toEqual(somme);
          expect(parPartenaire.reduce((s, t) => s + t.nombre, 0)).toBe(affichees.length);
          for (const t of parPartenaire) expect(t.parAnnee.reduce((s, a) => s + a.ae, 0)).toBe(t.ae);
          expect(totauxFast(affichees).reduce((s, t) => s + t.montant, 0)).toBe(affichees.reduce((s, l) => s + (l.fast?.montant ?? 0), 0));
          // And the rows are the conventions' own totals, as the status computes them.
          for (const l of affichees) expect(l.ae).toBe(statut(r.conventions.find((c) => c.id === l.id)!, undefined, '2025-06-01').totaux.ae);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('calendrier', () => {
  it('toutes les dates clés à venir, pas seulement la prochaine de chaque sorte', () => {
    const c = conventionDeTest({
      dateSignature: '2024-01-15',
      dateFin: '2027-12-31',
      preavisMois: 3,
      comitesSemestriels: true,
      echeancier: [
        { annee: 2024, ae: 100, cp: 100 },
        { annee: 2025, ae: 100, cp: 100 },
        { annee: 2026, ae: 100, cp: 100 },
      ],
      anneesParAvenant: [2027],
    });
    const dates = toutesLesDatesCles(c, undefined, '2025-06-01');
    const codes = (code: string) => dates.filter((d) => d.code === code).map((d) => d.date);
    expect(codes('comite-semestriel')).toEqual(['2025-07-15', '2026-01-15', '2026-07-15', '2027-01-15', '2027-07-15']);
    expect(codes('cloture-commandes')).toEqual(['2025-12-12', '2026-12-12']);
    expect(codes('cloture-paiements')).toEqual(['2025-11-30', '2026-11-30']);
    expect(codes('preavis')).toEqual(['2027-09-30']);
    expect(codes('fin')).toEqual(['2027-12-31']);
    expect(codes('avenant-attendu')).toEqual(['2027-01-01']);
    expect(dates.every((d) => d.date >= '2025-06-01')).toBe(true);
    // The status keeps the next one of each kind, with the same wording.
    const s = statut(c, undefined, '2025-06-01');
    for (const d of s.datesCles) expect(dates).toContainEqual(d);
  });

  it('un avenant attendu pour l’année en cours : la clôture des commandes de l’année', () => {
    const c = conventionDeTest({ anneesParAvenant: [2025] });
    expect(toutesLesDatesCles(c, undefined, '2025-06-01', { clotures: { commandes: '12-05' } }).filter((d) => d.code === 'avenant-attendu').map((d) => d.date)).toEqual(['2025-12-05']);
  });

  it('clés stables : un comité garde sa clé d’un jour à l’autre, une clôture porte son année', () => {
    const c = conventionDeTest({ dateFin: '2027-12-31', comitesSemestriels: true, echeancier: [{ annee: 2026, ae: 1, cp: 1 }] });
    const a = portefeuilleDe(registre([c]), '2025-06-01').evenements;
    const b = portefeuilleDe(registre([c]), '2025-10-01').evenements;
    const comiteA = a.find((e) => e.date === '2026-03-28')!;
    const comiteB = b.find((e) => e.date === '2026-03-28')!;
    expect(comiteA.cle).toBe('comite-semestriel-4');
    expect(comiteB.cle).toBe(comiteA.cle);
    expect(a.find((e) => e.code === 'cloture-commandes')?.cle).toBe('cloture-commandes-2026');
    expect(new Set(a.map((e) => `${e.conventionId}|${e.cle}`)).size).toBe(a.length);
  });

  it('90 jours, dans l’ordre des dates, avec J-n ; seulement les conventions affichées', () => {
    const p = portefeuilleDe(registreParDefaut, '2025-09-01');
    const dans90 = prochainsJours(p.evenements, 90);
    expect(dans90.map((e) => [e.date, e.jours])).toEqual([
      ['2025-09-28', 27],
      ['2025-09-30', 29],
      ['2025-11-30', 90],
    ]);
    expect(evenementsDe(p.evenements, p.lignes.filter((l) => l.id !== 'dgefp-2024-03-28'))).toEqual([]);
  });

  it('une clôture de fin d’année une seule fois par date, nommant toutes ses conventions ; J-0 se dit « aujourd’hui »', () => {
    const conventions = [1, 2, 3].map((n) => conventionDeTest({ id: `c${n}`, delegant: { sigle: `P${n}` }, dateFin: '2027-12-31', echeancier: [{ annee: 2026, ae: 1, cp: 1 }] }));
    const p = portefeuilleDe(registre(conventions), '2026-11-30');
    const affiches = evenementsDe(p.evenements, p.lignes);
    const clotures = affiches.filter((e) => e.code === 'cloture-paiements' && e.date === '2026-11-30');
    expect(clotures).toHaveLength(1);
    expect(clotures[0]).toMatchObject({ conventionId: '', convention: '3 conventions', conventionIds: ['c1', 'c2', 'c3'], cle: 'cloture-paiements-2026' });
    expect(clotures[0]!.texte).toMatch(/^3 conventions : Convention P1 du 28 mars 2024 \(P1 → DINUM\)/);
    // Each convention's own dates stay its own.
    expect(affiches.filter((e) => e.code === 'fin')).toHaveLength(3);
    expect(compteARebours(clotures[0]!.jours)).toBe("aujourd'hui");
    expect(compteARebours(3)).toBe('J-3');
  });

  it('une convention échue n’a plus de date à venir', () => {
    expect(toutesLesDatesCles(conventionDeTest(), undefined, '2026-02-01')).toEqual([]);
  });
});
