import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lireConvention } from '../../shared/lecture/convention';
import { Statut, type Constat, type Convention, type Execution } from '../../shared/model';
import { contexteDepuisConvention } from '../../shared/modele/contexte';
import { registreParDefaut } from '../../shared/registre/defaut';
import { statut } from '../../shared/statut';
import { verifier } from '../../shared/verifier';
import { conventionDeTest } from '../aides/conventions';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { essais } from '../aides/essais';

const M = 100; // cents per euro

/** Seed DGEFP 2024 as the registry holds it: signed 28 March 2024, ends 31 December 2025. */
const dgefp: Convention = conventionDeTest({ preavisMois: 3, comitesSemestriels: true });

/** A plain convention with nothing scheduled around `aujourdhui` unless a test adds it. */
function simple(sur: Partial<Convention> = {}): Convention {
  return conventionDeTest({
    id: 'simple',
    delegant: { sigle: 'DNE' },
    dateSignature: '2024-01-15',
    dateFin: '2026-06-30',
    echeancier: [
      { annee: 2024, ae: 100_000 * M, cp: 50_000 * M },
      { annee: 2025, ae: 0, cp: 50_000 * M },
    ],
    ...sur,
  });
}

function execution(lignes: Execution['lignes'], dateArrete?: string): Execution {
  return { conventionId: 'x', lignes, ...(dateArrete ? { dateArrete } : {}) };
}

const codes = (s: Statut) => s.alertes.map((a) => a.code);
const alerte = (s: Statut, code: string) => s.alertes.find((a) => a.code === code)?.message;
const dates = (s: Statut) => Object.fromEntries(s.datesCles.map((d) => [d.code, d.date]));

afterEach(() => {
  vi.useRealTimers();
});

describe('statut — phase et jours restants', () => {
  it('à venir la veille de la signature', () => {
    const s = statut(dgefp, undefined, '2024-03-27');
    expect(s.phase).toBe('a-venir');
    expect(s.joursRestants).toBe(644);
  });

  it('en cours dès le jour de la signature et jusqu’au dernier jour (J-0)', () => {
    expect(statut(dgefp, undefined, '2024-03-28').phase).toBe('en-cours');
    const dernier = statut(dgefp, undefined, '2025-12-31');
    expect(dernier.phase).toBe('en-cours');
    expect(dernier.joursRestants).toBe(0);
  });

  it('échue le lendemain de la fin, jours restants négatifs', () => {
    const s = statut(dgefp, undefined, '2026-01-01');
    expect(s.phase).toBe('echue');
    expect(s.joursRestants).toBe(-1);
  });

  it('compte le 29 février des années bissextiles', () => {
    const c = simple({ dateSignature: '2024-01-01', dateFin: '2024-03-01' });
    expect(statut(c, undefined, '2024-02-28').joursRestants).toBe(2);
    expect(statut(simple({ dateSignature: '2023-01-01', dateFin: '2023-03-01' }), undefined, '2023-02-28').joursRestants).toBe(1);
  });

  it('sans date de fin : jamais échue, jours restants inconnus, pas de date de fin', () => {
    const s = statut(simple({ dateFin: undefined }), undefined, '2040-01-01');
    expect(s.phase).toBe('en-cours');
    expect(s.joursRestants).toBeNull();
    expect(dates(s).fin).toBeUndefined();
    expect(codes(s)).not.toContain('fin-proche');
  });

  it('sans date de signature : à venir tant que sa première année n’est pas commencée', () => {
    const c = simple({ dateSignature: undefined });
    expect(statut(c, undefined, '2023-12-31').phase).toBe('a-venir');
    expect(statut(c, undefined, '2024-01-01').phase).toBe('en-cours');
  });
});

describe('statut — totaux et exécution', () => {
  it('additionne l’échéancier, une case vide comptant 0', () => {
    const s = statut(dgefp, undefined, '2024-06-01');
    expect(s.totaux).toEqual({ ae: 2_500_000 * M, cp: 2_500_000 * M });
    expect(s.execution).toBeUndefined();
  });

  it('prend le montant FAST pour AE et CP quand il n’y a pas d’échéancier', () => {
    const fast = simple({ type: 'partenariat-fast', echeancier: [], montantFast: 30_000 * M });
    expect(statut(fast, undefined, '2024-06-01').totaux).toEqual({ ae: 30_000 * M, cp: 30_000 * M });
  });

  it('taux à une décimale et restes', () => {
    const s = statut(dgefp, execution([{ annee: 2024, aeEngagees: 2_062_500 * M, cpPayes: 1_000_001 * M }]), '2024-06-01');
    expect(s.execution).toEqual({
      aeEngagees: 2_062_500 * M,
      cpPayes: 1_000_001 * M,
      tauxEngagement: 82.5,
      tauxPaiement: 40,
      aeRestantes: 437_500 * M,
      cpRestants: 1_499_999 * M,
    });
  });

  it('taux nuls quand le total est nul, cases d’exécution vides comptées 0', () => {
    const c = simple({ echeancier: [{ annee: 2024, ae: 0, cp: 0 }] });
    const s = statut(c, execution([{ annee: 2024, aeEngagees: null, cpPayes: null }]), '2024-06-01');
    expect(s.execution).toMatchObject({ aeEngagees: 0, cpPayes: 0, tauxEngagement: null, tauxPaiement: null, aeRestantes: 0, cpRestants: 0 });
  });
});

describe('statut — niveau et alertes', () => {
  it('ok quand rien ne presse (seed DNE à l’automne 2023)', () => {
    const dne = simple({ dateSignature: '2023-08-31', dateFin: '2024-03-31', comitesSemestriels: true, preavisMois: 3,
      echeancier: [{ annee: 2023, ae: 90_000 * M, cp: 60_000 * M }, { annee: 2024, ae: 10_000 * M, cp: 40_000 * M }] });
    // 10 000 € engaged in a month: at that pace the AE outlast the term, so no run-out committee either.
    const s = statut(dne, execution([{ annee: 2023, aeEngagees: 10_000 * M, cpPayes: 5_000 * M }]), '2023-10-01');
    expect(s.niveau).toBe('ok');
    expect(s.alertes).toEqual([]);
  });

  it('alerte pour tout constat de gravité erreur, pas pour un avertissement', () => {
    const erreur: Constat = { regle: 'total-faux', gravite: 'erreur', message: 'Total des AE faux.', position: { ligne: 4 } };
    const avertissement: Constat = { regle: 'code-chorus-mal-forme', gravite: 'avertissement', message: 'BOP mal formé.', position: null };
    const c = simple();
    expect(statut(c, undefined, '2024-06-01', { constats: [avertissement] }).niveau).toBe('ok');
    const s = statut(c, undefined, '2024-06-01', { constats: [erreur, avertissement, { ...erreur, message: 'Total des CP faux.' }] });
    expect(s.niveau).toBe('alerte');
    expect(s.alertes).toEqual([
      {
        code: 'constats-en-erreur',
        niveau: 'alerte',
        message: expect.stringMatching(/^2\serreurs relevées dans la convention ou son échéancier : corrigez-les/),
      },
    ]);
    // Where they are, in words, never the rules' ids.
    const placee: Constat = { ...erreur, regle: 'uo-discordante', position: { champ: 'chorus.centreFinancier' } };
    expect(statut(c, undefined, '2024-06-01', { constats: [placee, { ...erreur, position: { champ: 'echeancier.0.ae' } }] }).alertes[0]!.message).toMatch(
      /^2\serreurs relevées dans la convention ou son échéancier \(centre financier, AE 2024\) : /,
    );
  });

  it('alerte quand les AE engagées dépassent celles de la convention', () => {
    const s = statut(simple(), execution([{ annee: 2024, aeEngagees: 120_000 * M, cpPayes: 0 }]), '2024-06-01');
    expect(s.niveau).toBe('alerte');
    expect(codes(s)).toEqual(['ae-engagees-depassees']);
    expect(s.alertes[0]!.message).toMatch(
      /^AE engagées \(120\s000\s€\) au-delà des AE de la convention \(100\s000\s€\), soit 20\s000\s€ de trop ; AE engagées en 2024 \(120\s000\s€\) au-delà des AE prévues pour 2024 \(100\s000\s€\) : suspendez/,
    );
    expect(s.execution?.aeRestantes).toBe(-20_000 * M);
  });

  it('alerte quand une année dépasse son enveloppe même si le total tient (seed DGEFP : AE 2025 non fixées)', () => {
    const s = statut(dgefp, execution([{ annee: 2024, aeEngagees: 1_000_000 * M, cpPayes: 0 }, { annee: 2025, aeEngagees: 10_000 * M, cpPayes: 0 }]), '2025-02-01');
    expect(codes(s)).toContain('ae-engagees-depassees');
    expect(s.alertes.find((a) => a.code === 'ae-engagees-depassees')!.message).toMatch(/^AE engagées en 2025 \(10\s000\s€\) au-delà des AE prévues pour 2025 \(0\s€\)/);
  });

  it('alerte quand les CP payés dépassent les CP de l’année ou les AE engagées', () => {
    const annee = statut(simple(), execution([{ annee: 2024, aeEngagees: 70_000 * M, cpPayes: 60_000 * M }]), '2025-06-01');
    expect(codes(annee)).toEqual(['cp-payes-depasses']);
    expect(annee.alertes[0]!.message).toMatch(/^CP payés en 2024 \(60\s000\s€\) au-delà des CP prévus pour 2024 \(50\s000\s€\)/);
    const engagees = statut(simple(), execution([{ annee: 2024, aeEngagees: 10_000 * M, cpPayes: 20_000 * M }]), '2025-06-01');
    expect(codes(engagees)).toEqual(['cp-payes-depasses']);
    expect(engagees.alertes[0]!.message).toMatch(/^CP payés \(20\s000\s€\) au-delà des AE engagées \(10\s000\s€\)/);
  });

  it('attention à 90 jours de la fin, pas à 91', () => {
    const c = simple({ dateFin: '2025-12-31' });
    expect(codes(statut(c, undefined, '2025-10-01'))).toEqual([]);
    const s = statut(c, undefined, '2025-10-02');
    expect(s.joursRestants).toBe(90);
    expect(s.niveau).toBe('attention');
    expect(s.alertes).toEqual([
      { code: 'fin-proche', niveau: 'attention', message: expect.stringMatching(/^La convention prend fin le 31 décembre 2025, dans 90\sjours : préparez la clôture/) },
    ]);
    expect(statut(c, undefined, '2025-12-31').alertes[0]!.message).toMatch(/31 décembre 2025, aujourd'hui :/);
  });

  it('attention à partir de 80 % des AE engagées', () => {
    // A year and a half after signing, the remaining AE would last until October 2025: no committee due yet.
    const c = simple();
    expect(codes(statut(c, execution([{ annee: 2024, aeEngagees: 79_900 * M, cpPayes: 0 }]), '2025-06-01'))).toEqual([]);
    const s = statut(c, execution([{ annee: 2024, aeEngagees: 80_000 * M, cpPayes: 0 }]), '2025-06-01');
    expect(s.niveau).toBe('attention');
    expect(codes(s)).toEqual(['engagement-eleve']);
    expect(s.alertes[0]!.message).toMatch(/^80\s% des AE sont engagées \(80\s000\s€ sur 100\s000\s€\) : il reste 20\s000\s€/);
  });

  it('attention quand un comité semestriel tombe dans les 30 jours', () => {
    const c = simple({ comitesSemestriels: true });
    // Committees every 6 months from 15 January 2024: 15 July 2024, 15 January 2025…
    expect(statut(c, undefined, '2024-06-14').prochainComite).toBe('2024-07-15');
    expect(codes(statut(c, undefined, '2024-06-14'))).toEqual([]);
    const s = statut(c, undefined, '2024-06-15');
    expect(codes(s)).toEqual(['comite-proche']);
    expect(s.alertes[0]!.message).toMatch(/^Comité d'investissement le 15 juillet 2024 \(dans 30\sjours\)/);
    expect(statut(c, undefined, '2024-07-15').alertes[0]!.message).toMatch(/\(aujourd'hui\)/);
  });

  it('attention quand une clôture de fin de gestion tombe dans les 30 jours', () => {
    const c = simple();
    const s = statut(c, undefined, '2024-11-12');
    expect(codes(s)).toEqual(['cloture-paiements-proche', 'cloture-commandes-proche']);
    expect(s.alertes[0]!.message).toMatch(/^Dernier jour pour programmer les paiements de 2024 : 30 novembre 2024 \(dans 18\sjours\)/);
    expect(s.alertes[1]!.message).toMatch(/^Dernier jour pour passer les commandes de 2024 : 12 décembre 2024 \(dans 30\sjours\) ; au-delà, les AE non engagées/);
    // 2025 carries no AE: no order cut-off that year, only the payments one.
    expect(dates(statut(c, undefined, '2025-01-10'))).toMatchObject({ 'cloture-paiements': '2025-11-30' });
    expect(dates(statut(c, undefined, '2025-01-10'))['cloture-commandes']).toBeUndefined();
  });

  it('clôtures configurables, 29 février ramené au 28 les années communes', () => {
    const c = simple({ echeancier: [{ annee: 2024, ae: 1, cp: 1 }, { annee: 2025, ae: 1, cp: 1 }] });
    const s = statut(c, undefined, '2024-03-01', { clotures: { commandes: '12-01', paiements: '02-29' } });
    expect(dates(s)).toMatchObject({ 'cloture-commandes': '2024-12-01', 'cloture-paiements': '2025-02-28' });
    const defaut = statut(c, undefined, '2024-03-01', { clotures: { commandes: '12-01' } });
    expect(dates(defaut)['cloture-paiements']).toBe('2024-11-30');
  });

  it('attention quand une année attend son avenant (anneesParAvenant de la convention), sauf convention échue', () => {
    const avenant = { ...dgefp, anneesParAvenant: [2025] };
    const s = statut(avenant, undefined, '2024-06-01');
    expect(s.niveau).toBe('attention');
    expect(s.alertes).toEqual([
      {
        code: 'avenant-attendu',
        niveau: 'attention',
        message: "Le montant de 2025 attend un avenant : tant qu'il n'est pas signé, rien ne peut être engagé sur ces crédits ; préparez-le avec le délégant.",
      },
    ]);
    // The same convention without the field: nothing to say.
    expect(statut(dgefp, undefined, '2024-06-01').niveau).toBe('ok');
    // Over (2026): the alert goes with the term.
    expect(statut(avenant, undefined, '2026-02-01').niveau).toBe('ok');
  });

  it('avenant attendu pour la convention DGEFP 2024 du registre par défaut (sans texte), plus une fois échue', () => {
    const c = registreParDefaut.conventions.find((x) => x.id === 'dgefp-2024-03-28')!;
    expect(c.anneesParAvenant).toEqual([2025]);
    const constats = verifier(contexteDepuisConvention(c, undefined, '2025-06-01'));
    expect(constats.filter((k) => k.regle === 'annee-sans-avenant').map((k) => k.position)).toEqual([{ champ: 'echeancier.1.ae' }]);
    const juin = statut(c, undefined, '2025-06-01', { constats });
    expect(juin.niveau).toBe('attention');
    expect(alerte(juin, 'avenant-attendu')).toMatch(/^Le montant de 2025 attend un avenant : /);
    const apres = statut(c, undefined, '2026-11-24', { constats: verifier(contexteDepuisConvention(c, undefined, '2026-11-24')) });
    expect(apres.phase).toBe('echue');
    expect(codes(apres)).toEqual([]);
  });

  it('avenant attendu : ni d’après les messages des constats, ni pour une année déjà pourvue, passée ou hors de la période', () => {
    const constat: Constat = { regle: 'annee-sans-avenant', gravite: 'information', message: 'AE de 2025 non fixées : la convention renvoie leur montant à un avenant (ligne 149).', position: { ligne: 120 } };
    expect(codes(statut(dgefp, undefined, '2024-06-01', { constats: [constat] }))).toEqual([]);
    const pourvue = { ...dgefp, anneesParAvenant: [2025], echeancier: [dgefp.echeancier[0]!, { annee: 2025, ae: 0, cp: 600_000 * M }] };
    expect(codes(statut(pourvue, undefined, '2024-06-01'))).toEqual([]);
    const longue = simple({ dateFin: '2027-12-31', anneesParAvenant: [2023, 2025, 2026, 2028], echeancier: [{ annee: 2024, ae: 1_000 * M, cp: 1_000 * M }] });
    // 2023 before the signature, 2028 after the end; 2025 once 2025 is over can no longer be opened.
    expect(alerte(statut(longue, undefined, '2024-03-01'), 'avenant-attendu')).toMatch(/^Les montants de 2025 et 2026 attendent un avenant : /);
    expect(alerte(statut(longue, undefined, '2026-03-01'), 'avenant-attendu')).toMatch(/^Le montant de 2026 attend un avenant : /);
    expect(alerte(statut(longue, undefined, '2027-03-01'), 'avenant-attendu')).toBeUndefined();
    // A year written twice, or out of order, in a registry typed by hand.
    const desordre = simple({ dateFin: '2027-12-31', anneesParAvenant: [2027, 2026, 2027], echeancier: [] });
    expect(alerte(statut(desordre, undefined, '2024-03-01'), 'avenant-attendu')).toMatch(/^Les montants de 2026 et 2027 attendent/);
  });

  it('les alertes de niveau alerte passent avant celles d’attention', () => {
    const s = statut(simple({ dateFin: '2024-07-01' }), execution([{ annee: 2024, aeEngagees: 150_000 * M, cpPayes: 0 }]), '2024-06-01');
    expect(s.niveau).toBe('alerte');
    expect(codes(s)).toEqual(['ae-engagees-depassees', 'fin-proche']);
  });
});

describe('statut — dates clés', () => {
  it('seed DGEFP mi-2024 : comité, préavis, clôtures et fin, triés par date', () => {
    const s = statut(dgefp, undefined, '2024-06-01');
    expect(s.datesCles.map((d) => [d.code, d.date])).toEqual([
      ['comite-semestriel', '2024-09-28'],
      ['cloture-paiements', '2024-11-30'],
      ['cloture-commandes', '2024-12-12'],
      ['preavis', '2025-09-30'],
      ['fin', '2025-12-31'],
    ]);
    expect(s.prochainComite).toBe('2024-09-28');
    const libelles = Object.fromEntries(s.datesCles.map((d) => [d.code, d.libelle]));
    expect(libelles.preavis).toBe('Dernier jour pour notifier une résiliation avec le préavis de trois mois avant le terme du 31 décembre 2025');
    expect(libelles['comite-semestriel']).toBe("Comité d'investissement semestriel (tous les six mois depuis la signature du 28 mars 2024)");
  });

  it('laisse de côté les dates passées, garde la fin même échue', () => {
    const s = statut(dgefp, undefined, '2026-03-01');
    expect(s.datesCles).toEqual([{ code: 'fin', date: '2025-12-31', libelle: 'Fin de la convention (échue)' }]);
    expect(s.prochainComite).toBeNull();
  });

  it('comités semestriels sans dérive après un 31 août (29 février bissextile)', () => {
    const c = simple({ dateSignature: '2023-08-31', dateFin: '2026-12-31', comitesSemestriels: true });
    expect(statut(c, undefined, '2023-09-01').prochainComite).toBe('2024-02-29');
    expect(statut(c, undefined, '2024-03-01').prochainComite).toBe('2024-08-31');
    expect(statut(c, undefined, '2024-09-01').prochainComite).toBe('2025-02-28');
    expect(statut(c, undefined, '2025-03-01').prochainComite).toBe('2025-08-31');
  });

  it('pas de comité après la fin, ni sans comités semestriels', () => {
    const c = simple({ dateSignature: '2023-08-31', dateFin: '2024-03-31', comitesSemestriels: true });
    expect(statut(c, undefined, '2024-03-01').prochainComite).toBeNull();
    expect(statut(simple(), undefined, '2024-03-01').prochainComite).toBeNull();
  });

  it('une convention à venir annonce son premier comité six mois après la signature', () => {
    expect(statut(simple({ comitesSemestriels: true }), undefined, '2023-12-01').prochainComite).toBe('2024-07-15');
  });

  it('projette l’épuisement des AE au rythme actuel et le comité 45 à 30 jours avant', () => {
    // 500 000 € engagés en 182 jours (1er janvier → 1er juillet 2024) : les 500 000 € restants durent 182 jours de plus.
    const c = simple({ dateSignature: '2024-01-01', dateFin: '2025-06-30', echeancier: [{ annee: 2024, ae: 1_000_000 * M, cp: 1_000_000 * M }] });
    const s = statut(c, execution([{ annee: 2024, aeEngagees: 500_000 * M, cpPayes: 0 }], '2024-07-01'), '2024-07-10');
    expect(dates(s)).toMatchObject({ 'epuisement-credits': '2024-12-30', 'comite-epuisement': '2024-11-15' });
    const comite = s.datesCles.find((d) => d.code === 'comite-epuisement')!;
    expect(comite.libelle).toBe(
      "Comité d'investissement annuel à tenir entre le 15 novembre 2024 et le 30 novembre 2024, 45 à 30 jours avant l'épuisement prévu des crédits",
    );
    expect(s.datesCles.find((d) => d.code === 'epuisement-credits')!.libelle).toMatch(/environ 83\s620\s€ engagés par mois/);
    expect(s.prochainComite).toBe('2024-11-15');
    // Inside the window the committee is due: attention.
    const proche = statut(c, execution([{ annee: 2024, aeEngagees: 500_000 * M, cpPayes: 0 }], '2024-07-01'), '2024-11-20');
    expect(proche.prochainComite).toBe('2024-11-30');
    expect(codes(proche)).toContain('comite-proche');
  });

  it('pas de projection sans engagement, quand tout est engagé, ou au-delà du terme', () => {
    const c = simple({ dateSignature: '2024-01-01', dateFin: '2024-09-30', echeancier: [{ annee: 2024, ae: 1_000_000 * M, cp: 1_000_000 * M }] });
    const sans = (lignes: Execution['lignes']) => dates(statut(c, execution(lignes, '2024-07-01'), '2024-07-10'))['epuisement-credits'];
    expect(sans([{ annee: 2024, aeEngagees: 0, cpPayes: 0 }])).toBeUndefined();
    expect(sans([{ annee: 2024, aeEngagees: 1_000_000 * M, cpPayes: 0 }])).toBeUndefined();
    expect(sans([{ annee: 2024, aeEngagees: 500_000 * M, cpPayes: 0 }])).toBeUndefined(); // 30 December > 30 September
  });

  it('ignore une date d’arrêté postérieure au jour et compte alors jusqu’à aujourd’hui', () => {
    const c = simple({ dateSignature: '2024-01-01', dateFin: '2030-12-31', echeancier: [{ annee: 2024, ae: 1_000_000 * M, cp: 1_000_000 * M }] });
    const s = statut(c, execution([{ annee: 2024, aeEngagees: 500_000 * M, cpPayes: 0 }], '2099-01-01'), '2024-07-01');
    expect(dates(s)['epuisement-credits']).toBe('2024-12-30');
  });
});

describe('statut — contrat', () => {
  it('rend un Statut conforme au schéma zod', () => {
    for (const aujourdhui of ['2024-01-01', '2024-06-01', '2025-11-15', '2026-01-01']) {
      const s = statut(dgefp, execution([{ annee: 2024, aeEngagees: 2_000_000 * M, cpPayes: 1_500_000 * M }], '2024-10-01'), aujourdhui);
      expect(Statut.safeParse(s).success).toBe(true);
    }
  });

  it('ne lit pas l’horloge : même résultat quel que soit le jour réel', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    const a = statut(dgefp, undefined, '2024-06-01');
    vi.setSystemTime(new Date('2031-07-14T12:00:00Z'));
    const b = statut(dgefp, undefined, '2024-06-01');
    expect(b).toEqual(a);
  });

  it('refuse une date du jour qui n’en est pas une', () => {
    expect(() => statut(dgefp, undefined, '2024-02-30')).toThrow(RangeError);
    expect(() => statut(dgefp, undefined, '01/06/2024')).toThrow(/date du jour invalide/);
  });

  it('tolère des dates de convention invalides venues d’un registre', () => {
    const s = statut(simple({ dateSignature: '2024-02-30', dateFin: '2024-13-01' }), undefined, '2024-06-01');
    expect(s.phase).toBe('en-cours');
    expect(s.joursRestants).toBeNull();
  });

  it('de bout en bout sur le seed DGEFP 2024 : avenant attendu, comité et préavis à l’automne 2025', () => {
    const racine = path.resolve(import.meta.dirname, '../..');
    const texte = readFileSync(path.resolve(racine, '../shared/seeds/000_f79b61af944d2ba6.txt'), 'utf8');
    const { convention, contexte } = lireConvention(texte);
    const constats = verifier({ ...contexte, localiser: contexte.localiser, aujourdhui: '2025-09-15' });
    const s = statut(convention, undefined, '2025-09-15', { constats });
    expect(s.phase).toBe('en-cours');
    expect(s.niveau).toBe('attention');
    expect(codes(s)).toEqual(['comite-proche', 'avenant-attendu']);
    expect(s.prochainComite).toBe('2025-09-28');
    expect(dates(s)).toMatchObject({ preavis: '2025-09-30', 'cloture-paiements': '2025-11-30', fin: '2025-12-31' });
  });
});

describe('statut — propriétés', () => {
  const jour = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const montant = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5_000_000_00 }));

  it('rend toujours un Statut valide, sans lever, pour toute convention et tout jour', () => {
    fc.assert(
      fc.property(
        jour,
        fc.option(jour, { nil: undefined }),
        fc.option(jour, { nil: undefined }),
        fc.array(fc.record({ annee: fc.integer({ min: 2015, max: 2035 }), ae: montant, cp: montant }), { maxLength: 5 }),
        fc.option(fc.array(fc.record({ annee: fc.integer({ min: 2015, max: 2035 }), aeEngagees: montant, cpPayes: montant }), { maxLength: 5 }), { nil: undefined }),
        fc.option(jour, { nil: undefined }),
        fc.boolean(),
        fc.integer({ min: 0, max: 12 }),
        fc.option(fc.array(fc.integer({ min: 2015, max: 2035 }), { maxLength: 3 }), { nil: undefined }),
        (aujourdhui, dateSignature, dateFin, echeancier, lignes, dateArrete, comitesSemestriels, preavisMois, anneesParAvenant) => {
          const c = simple({ dateSignature, dateFin, echeancier, comitesSemestriels, preavisMois, anneesParAvenant });
          const s = statut(c, lignes ? execution(lignes, dateArrete) : undefined, aujourdhui);
          expect(Statut.safeParse(s).success).toBe(true);
          // An avenant is awaited only for a year still to come or under way, within the term, with no AE yet.
          const avenant = s.alertes.find((a) => a.code === 'avenant-attendu');
          for (const annee of (avenant?.message.match(/\b20\d{2}\b/g) ?? []).map(Number)) {
            expect(anneesParAvenant).toContain(annee);
            expect(annee).toBeGreaterThanOrEqual(Number(aujourdhui.slice(0, 4)));
            expect(echeancier.some((l) => l.annee === annee && l.ae !== null)).toBe(false);
            if (dateFin && s.phase !== 'echue') expect(annee).toBeLessThanOrEqual(Number(dateFin.slice(0, 4)));
          }
          if (s.phase === 'echue') expect(avenant).toBeUndefined();
          const ordre = s.datesCles.map((d) => d.date);
          expect([...ordre].sort()).toEqual(ordre);
          expect(s.niveau === 'ok').toBe(s.alertes.length === 0);
          if (s.prochainComite) expect(s.prochainComite >= aujourdhui).toBe(true);
        },
      ),
      { numRuns: essais(1000) },
    );
  });
});
