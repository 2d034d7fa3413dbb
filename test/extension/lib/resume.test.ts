import { describe, expect, it } from 'vitest';
import type { Convention, Statut } from '../../../shared/model';
import { comparerResumes, libelleConvention, pireNiveau, resumerConvention, texteBadge } from '../../../extension/lib/resume';
import { etatBadge, COULEUR_NIVEAU } from '../../../extension/lib/badge-barre';
import { jourParis } from '../../../extension/lib/horloge';
import { conventionDeTest } from '../../aides/conventions';
import { statut as statutDeTest } from '../ui/donnees';
import { startupsParCle } from '../../../shared/registre/liens';

const convention = (extra: Partial<Convention> = {}): Convention =>
  conventionDeTest({ echeancier: [{ annee: 2024, ae: 250_000_000, cp: 190_000_000 }], ...extra });

/** The UI tests' status, with the key dates the résumé picks its next date from. */
const statut = (extra: Partial<Statut> = {}): Statut =>
  statutDeTest({
    datesCles: [
      { code: 'signature', date: '2024-03-28', libelle: 'signature' },
      { code: 'fin', date: '2025-12-31', libelle: 'fin de la convention' },
      { code: 'cloture-commandes', date: '2025-12-12', libelle: 'dernières commandes' },
    ],
    prochainComite: null,
    ...extra,
  });

describe('texte du badge, en mots', () => {
  it('en cours, proche de la fin : montant court et compte à rebours', () => {
    expect(texteBadge(convention(), statut())).toMatch(/^AE 2,5\sM€ · J-37$/u);
  });

  it('avec exécution : taux d’engagement', () => {
    const s = statut({ execution: { aeEngagees: 180_000_000, cpPayes: 100_000_000, tauxEngagement: 72, tauxPaiement: 40, aeRestantes: 70_000_000, cpRestants: 150_000_000 } });
    expect(texteBadge(convention(), s)).toMatch(/^AE 2,5\sM€ · 72\u202f% engagés · J-37$/u);
  });

  it('loin de la fin : la date de fin', () => {
    expect(texteBadge(convention({ dateFin: '2027-06-30' }), statut({ joursRestants: 583 }))).toMatch(/jusqu'au 30 juin 2027$/);
  });

  it('échue, à venir, fin inconnue', () => {
    expect(texteBadge(convention(), statut({ phase: 'echue', joursRestants: -10 }))).toBe('échue le 31 déc. 2025');
    expect(texteBadge(convention({ dateSignature: '2026-01-05' }), statut({ phase: 'a-venir' }))).toBe('débute le 5 janv. 2026');
    expect(texteBadge(convention({ dateFin: undefined }), statut({ joursRestants: null, totaux: { ae: 0, cp: 0 } }))).toBe('date de fin inconnue');
  });

  it('libellé : le partenaire qui n’est pas la DINUM', () => {
    expect(libelleConvention(convention())).toBe('Convention DGEFP');
    expect(libelleConvention(convention({ type: 'partenariat-fast', delegant: { sigle: 'DINUM' }, delegataire: { sigle: 'DGEFP' } }))).toBe('Partenariat FAST DGEFP');
    expect(libelleConvention(convention({ type: 'avenant', delegant: { nom: 'Ministère X' } }))).toBe('Avenant Ministère X');
    expect(libelleConvention(convention({ delegant: {} }))).toBe('Convention ?');
  });
});

describe('résumé', () => {
  it('nomme une startup citée par un ancien slug ou avec une autre casse (index partagé startupsParCle)', () => {
    const startups = startupsParCle([{ slug: 'exposition-ij', nom: 'Exposition IJ', anciensSlugs: ['expositionIJ'] }]);
    const r = resumerConvention(convention({ startups: ['expositionIJ', 'Exposition_IJ', 'inconnue'] }), statut(), { nombreConstats: 0, startups });
    expect(r.startups).toEqual(['expositionIJ', 'Exposition_IJ', 'inconnue']);
    expect(r.nomsStartups).toEqual(['Exposition IJ', 'Exposition IJ', 'inconnue']);
  });

  it('période, totaux, alertes, prochaine date clé après aujourd’hui', () => {
    const r = resumerConvention(convention({ startups: ['classe-a-12', 'inconnue'] }), statut(), {
      nombreConstats: 2,
      startups: new Map([['classe-a-12', { slug: 'classe-a-12', nom: 'Classe à 12' }]]),
    });
    expect(r.periode).toBe('28 mars 2024 – 31 déc. 2025');
    expect(r.texteTotaux).toMatch(/^AE 2\s500\s000\s€ · CP 2\s500\s000\s€$/u);
    expect(r.prochaineDate).toEqual({ date: '2025-12-12', libelle: 'dernières commandes', texte: '12 déc. 2025 : dernières commandes' });
    expect(r.nomsStartups).toEqual(['Classe à 12', 'inconnue']);
    expect(r.texteNiveau).toBe('attention');
    expect(r.alertes).toEqual([{ niveau: 'attention', message: 'La convention se termine dans 37 jours.' }]);
  });

  it('ordre : le plus grave, puis en cours, puis la fin la plus proche', () => {
    const r = (id: string, niveau: Statut['niveau'], phase: Statut['phase'], joursRestants: number, dateFin = '2025-12-31') =>
      resumerConvention(convention({ id, dateFin }), statut({ niveau, phase, joursRestants }), { nombreConstats: 0, startups: new Map() });
    const liste = [r('a', 'ok', 'echue', -300, '2024-12-31'), r('b', 'ok', 'echue', -30, '2025-10-31'), r('c', 'ok', 'en-cours', 100), r('d', 'alerte', 'en-cours', 400), r('e', 'ok', 'en-cours', 10)];
    expect(liste.sort(comparerResumes).map((x) => x.id)).toEqual(['d', 'e', 'c', 'b', 'a']);
    expect(pireNiveau(liste)).toBe('alerte');
    expect(pireNiveau([])).toBeNull();
  });
});

describe('badge de la barre d’outils', () => {
  const r = (id: string, niveau: Statut['niveau']) => resumerConvention(convention({ id }), statut({ niveau }), { nombreConstats: 0, startups: new Map() });
  it('nombre de conventions distinctes, couleur du pire niveau, titre en mots', () => {
    expect(etatBadge([r('a', 'ok'), r('b', 'alerte'), r('a', 'ok')])).toEqual({
      texte: '2',
      couleur: COULEUR_NIVEAU.alerte,
      titre: 'Jauge — 2 conventions sur cette page (niveau le plus grave : alerte)',
    });
    expect(etatBadge([r('a', 'ok')]).titre).toBe('Jauge — 1 convention sur cette page (rien à signaler)');
    expect(etatBadge([])).toMatchObject({ texte: '' });
  });
});

describe('horloge', () => {
  it('le jour à Paris, pas en UTC', () => {
    expect(jourParis(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(jourParis(new Date('2025-06-30T21:59:00Z'))).toBe('2025-06-30');
    expect(jourParis(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
  });
});
