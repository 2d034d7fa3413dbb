// A convention's budget plan in the registry: the single schema, JSON and CSV formats (round trip,
// errors naming the line and column), and the plan checked against the convention's échéancier.
import { describe, expect, it } from 'vitest';
import { Convention } from '../../../shared/model';
import { ecrireRegistreCsv, lireRegistreCsv, lireRegistreJson, type Registre } from '../../../shared/registre/format';
import { verifierPlanDeConvention } from '../../../shared/plan/verifier';
import { conventionDeTest } from '../../aides/conventions';

const CONVENTION = conventionDeTest({
  id: 'dinum-mon-produit-2025',
  dateSignature: '2025-09-01',
  dateFin: '2026-12-31',
  echeancier: [
    { annee: 2025, ae: 12_000_000, cp: 4_000_000 },
    { annee: 2026, ae: 15_000_000, cp: 20_000_000 },
  ],
  plan: {
    paiement: 'mensuel',
    consommation: [
      { mois: '2025-10', montant: 2_000_000 },
      { mois: '2025-11', montant: 2_000_000 },
      { mois: '2025-12', montant: 2_000_000 },
    ],
    bonsDeCommande: [
      { nom: 'BC automne: 2025 | équipe', emisEn: '2025-09', montant: 12_000_000, du: '2025-10', au: '2026-03' },
      { nom: 'BC printemps', emisEn: '2026-03', montant: 15_000_000, du: '2026-04', au: '2026-09' },
    ],
  },
});

const REGISTRE: Registre = { version: 1, conventions: [Convention.parse(CONVENTION)], executions: [], startups: [], incubateurs: [] };

describe('plan d’une convention dans le registre', () => {
  it('JSON : le plan est gardé ; un mois ou une période impossible est refusé avec son champ', () => {
    const r = lireRegistreJson(JSON.stringify(REGISTRE));
    expect(r.ok && r.registre.conventions[0]!.plan).toEqual(CONVENTION.plan);
    const faux = structuredClone(REGISTRE) as unknown as { conventions: Array<{ plan: { consommation: Array<{ mois: string }>; bonsDeCommande: Array<{ du: string }> } }> };
    faux.conventions[0]!.plan.consommation[1]!.mois = '2025-13';
    faux.conventions[0]!.plan.bonsDeCommande[1]!.du = '2026-10';
    const refus = lireRegistreJson(JSON.stringify(faux));
    expect(refus.ok).toBe(false);
    const messages = refus.ok ? [] : refus.erreurs.map((e) => `${e.champ} ${e.message}`).join('\n');
    expect(messages).toMatch(/plan\.consommation\[1\]\.mois.*mois attendu au format AAAA-MM, de 1900 à 2199 \(«\s2025-13\s» trouvé\)/);
    expect(messages).toMatch(/plan\.bonsDeCommande\[1\]\.au.*la période du bon finit avant de commencer/);
  });

  it('CSV : trois colonnes plan_*, relues à l’identique (noms avec « : » et « | » échappés)', () => {
    const csv = ecrireRegistreCsv(REGISTRE);
    const entete = csv.slice(1).split('\r\n')[0]!.split(';');
    expect(entete).toEqual(expect.arrayContaining(['plan_paiement', 'plan_consommation', 'plan_bons_de_commande']));
    expect(csv).toContain(';mensuel;2025-10:20000 | 2025-11:20000 | 2025-12:20000;BC automne\\: 2025 \\| équipe:2025-09:120000:2025-10:2026-03 | BC printemps:2026-03:150000:2026-04:2026-09;');
    const relu = lireRegistreCsv(csv);
    expect(relu.ok && relu.registre.conventions[0]!.plan).toEqual(CONVENTION.plan);
  });

  it('CSV écrit à la main : mois en français, montants en €, fin de période ; erreurs nommant ligne et colonne', () => {
    const entete = 'id;annee;ae;cp;plan_paiement;plan_consommation;plan_bons_de_commande';
    const bon = lireRegistreCsv(`${entete}\nc1;2025;1000;1000;fin de période;avril 2025:1 000 € | 05/2025:500;BC:mars 2025:1 500 €:avril 2025:mai 2025\n`);
    expect(bon.ok && bon.registre.conventions[0]!.plan).toEqual({
      paiement: 'fin-de-periode',
      consommation: [{ mois: '2025-04', montant: 100_000 }, { mois: '2025-05', montant: 50_000 }],
      bonsDeCommande: [{ nom: 'BC', emisEn: '2025-03', montant: 150_000, du: '2025-04', au: '2025-05' }],
    });
    const faux = lireRegistreCsv(`${entete}\nc1;2025;1000;1000;trimestriel;avrol 2025:1000;BC:2025-03:1500:2025-04\n`);
    expect(faux.ok).toBe(false);
    const erreurs = faux.ok ? [] : faux.erreurs.map((e) => `${e.ligne} ${e.champ} ${e.message}`);
    expect(erreurs).toEqual([
      expect.stringMatching(/^2 plan_paiement .*mode de paiement «\strimestriel\s» : écrivez « mensuel » ou « fin de période »/),
      expect.stringMatching(/^2 plan_consommation .*élément «\savrol 2025:1000\s» : Mois illisible/),
      expect.stringMatching(/^2 plan_bons_de_commande .*cinq parties séparées par « : »/),
    ]);
  });

  it('le plan est vérifié contre l’échéancier de sa convention, ses constats situés par champ', () => {
    const v = verifierPlanDeConvention(REGISTRE.conventions[0]!, '2025-12-05')!;
    expect(v.analyse.annees.map((a) => [a.annee, a.ae, a.cp])).toEqual([[2025, 12_000_000, 4_000_000], [2026, 15_000_000, 2_000_000]]);
    expect(v.constats.filter((c) => c.gravite === 'erreur')).toEqual([]);
    const prochain = v.constats.find((c) => c.regle === 'prochain-bon-de-commande')!;
    expect(prochain.position).toEqual({ champ: 'plan.bonsDeCommande.1.emisEn' });
    expect(prochain.conventionId).toBe('dinum-mon-produit-2025');
    expect(verifierPlanDeConvention({ ...REGISTRE.conventions[0]!, plan: undefined }, '2025-12-05')).toBeNull();
  });
});

describe('exemple de registre avec plan (test/fixtures/plans/registre-avec-plan.json)', () => {
  it('se lit, et son échéancier suit le plan mensuel : seule l’erreur du bon insuffisant du billet reste', async () => {
    const { readFileSync } = await import('node:fs');
    const r = lireRegistreJson(readFileSync(new URL('../../fixtures/plans/registre-avec-plan.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error(r.erreurs.map((e) => e.message).join('\n'));
    const v = verifierPlanDeConvention(r.registre.conventions[0]!, '2026-02-10')!;
    expect(v.constats.filter((c) => c.gravite === 'erreur').map((c) => [c.regle, c.position])).toEqual([
      ['bon-de-commande-insuffisant', { champ: 'plan.bonsDeCommande.2.montant' }],
    ]);
  });
});
