import { describe, expect, it } from 'vitest';
import type { Convention } from '../../../../shared/model';
import { conventionDeTest } from '../../../aides/conventions';
import { memeValeur, valeurAuChemin } from '../../../../shared/registre/modifications';
import { avecValeur, fusionnerConvention, resoudreEcart, type AvecEcarts } from '../../../../extension/lib/sources/fusion';

const base: Convention = conventionDeTest({
  id: 'c-1',
  programme: '0103',
  chorus: { centreFinancier: '0103-CEFP' },
  echeancier: [{ annee: 2024, ae: 100, cp: 100 }],
});
const LE = '2026-03-01T10:00:00.000Z';

describe('chemins de champ', () => {
  it('lit et écrit sans partager les objets', () => {
    expect(valeurAuChemin(base, 'chorus.centreFinancier')).toBe('0103-CEFP');
    expect(valeurAuChemin(base, 'echeancier.0.ae')).toBe(100);
    const copie = avecValeur(base, 'chorus.centreFinancier', 'X');
    expect(copie.chorus?.centreFinancier).toBe('X');
    expect(base.chorus?.centreFinancier).toBe('0103-CEFP');
    expect(avecValeur(base, 'dateFin', undefined)).not.toHaveProperty('dateFin');
    expect(avecValeur({} as Convention, 'plafond.ae', 5)).toEqual({ plafond: { ae: 5 } });
  });
  it('absent, null et une liste vide valent « rien » (shared/registre/modifications) ; l’ordre des clés ne compte pas', () => {
    expect(memeValeur(undefined, null)).toBe(true);
    expect(memeValeur(valeurAuChemin({ ...base, startups: [] }, 'startups'), null)).toBe(true);
    expect(memeValeur({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(memeValeur([1, 2], [2, 1])).toBe(false);
  });
});

describe('une synchronisation rencontre les modifications d’une personne', () => {
  const editee: AvecEcarts = { ...base, dateFin: '2026-06-30', modificationsManuelles: { dateFin: { valeurLue: '2025-12-31', le: '2026-01-10T09:00:00Z' } } };

  it('sans modification : la source fait foi, ses propres marques ne sont pas prises', () => {
    const source = { ...base, dateFin: '2027-01-31', modificationsManuelles: { programme: { valeurLue: '0102', le: '2026-01-01' } } };
    expect(fusionnerConvention({ ...base }, source, LE)).toEqual({ convention: { ...base, dateFin: '2027-01-31' }, gardee: false });
    expect(fusionnerConvention(undefined, source, LE).convention).not.toHaveProperty('modificationsManuelles');
  });

  it('la source redit la valeur lue : la modification reste, sans rien demander', () => {
    const f = fusionnerConvention(editee, { ...base, programme: '0104' }, LE);
    expect(f.gardee).toBe(true);
    expect(f.convention).toMatchObject({ dateFin: '2026-06-30', programme: '0104', modificationsManuelles: editee.modificationsManuelles });
    expect(f.convention).not.toHaveProperty('ecartsSource');
  });

  it('la source change le champ modifié : la valeur de la personne reste, l’écart est noté avec sa date', () => {
    const f = fusionnerConvention(editee, { ...base, dateFin: '2026-03-31' }, LE);
    expect(f).toMatchObject({ gardee: true, convention: { dateFin: '2026-06-30', ecartsSource: { dateFin: { valeurSource: '2026-03-31', le: LE } } } });
    // The same source value at the next sync keeps the first date.
    const suite = fusionnerConvention(f.convention, { ...base, dateFin: '2026-03-31' }, '2026-03-02T10:00:00Z');
    expect(suite.convention.ecartsSource?.dateFin?.le).toBe(LE);
  });

  it('la source rejoint la valeur de la personne : plus d’écart, rien de gardé contre elle', () => {
    const f = fusionnerConvention({ ...editee, ecartsSource: { dateFin: { valeurSource: '2026-03-31', le: LE } } }, { ...base, dateFin: '2026-06-30' }, LE);
    expect(f.gardee).toBe(false);
    expect(f.convention).not.toHaveProperty('ecartsSource');
  });

  it('un champ imbriqué et une ligne d’échéancier', () => {
    const c: AvecEcarts = {
      ...base,
      chorus: { centreFinancier: 'MIEN' },
      echeancier: [{ annee: 2024, ae: 999, cp: 100 }],
      modificationsManuelles: { 'chorus.centreFinancier': { valeurLue: '0103-CEFP', le: LE }, echeancier: { valeurLue: base.echeancier, le: LE } },
    } as AvecEcarts;
    const f = fusionnerConvention(c, { ...base, chorus: { centreFinancier: 'NOUVEAU', domaineFonctionnel: 'DF' }, echeancier: [{ annee: 2024, ae: 200, cp: 200 }] } as Convention, LE);
    expect(f.convention.chorus).toEqual({ centreFinancier: 'MIEN', domaineFonctionnel: 'DF' });
    expect(f.convention.echeancier).toEqual([{ annee: 2024, ae: 999, cp: 100 }]);
    expect(Object.keys(f.convention.ecartsSource ?? {}).sort()).toEqual(['chorus.centreFinancier', 'echeancier']);
  });
});

describe('le choix de la personne', () => {
  const avecEcart: AvecEcarts = {
    ...base,
    dateFin: '2026-06-30',
    modificationsManuelles: { dateFin: { valeurLue: '2025-12-31', le: '2026-01-10T09:00:00Z' }, programme: { valeurLue: '0102', le: '2026-01-10T09:00:00Z' } },
    ecartsSource: { dateFin: { valeurSource: '2026-03-31', le: LE } },
  };

  it('garder la mienne : la valeur vue de la source devient la valeur lue, on ne redemande pas', () => {
    const c = resoudreEcart(avecEcart, 'dateFin', 'mienne')!;
    expect(c.dateFin).toBe('2026-06-30');
    expect(c.modificationsManuelles?.dateFin).toEqual({ valeurLue: '2026-03-31', le: '2026-01-10T09:00:00Z' });
    expect(c).not.toHaveProperty('ecartsSource');
    expect(fusionnerConvention(c, { ...base, dateFin: '2026-03-31' }, LE).convention).not.toHaveProperty('ecartsSource');
  });

  it('prendre celle de la source : la valeur change, le champ n’est plus une modification', () => {
    const c = resoudreEcart(avecEcart, 'dateFin', 'source')!;
    expect(c.dateFin).toBe('2026-03-31');
    expect(Object.keys(c.modificationsManuelles ?? {})).toEqual(['programme']);
    expect(c).not.toHaveProperty('ecartsSource');
  });

  it('un champ sans écart : rien à faire', () => {
    expect(resoudreEcart(avecEcart, 'programme', 'source')).toBeNull();
  });
});
