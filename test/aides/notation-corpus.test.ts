// The scoring of the corpus of documents must tell a flagged wrong value from a silent one: a
// finding counts when it names the field or stands on a line the field was read from.
import { describe, expect, it } from 'vitest';
import type { Constat, Convention } from '../../shared/model';
import { ajouter, ligneVide, tableau, verdict } from './notation-corpus';

const convention = {
  id: 'x',
  type: 'delegation-de-gestion',
  delegant: { sigle: 'SG-MEN' },
  delegataire: { sigle: 'DINUM' },
  echeancier: [{ annee: 2024, ae: 100_000, cp: 100_000 }],
  uo: '0159-CGDD-DNUM',
  sources: { delegant: 4, 'delegant.sigle': 4, 'echeancier.0.ae': 30, 'echeancier.0.cp': 30, uo: 12 },
} as unknown as Convention;

const constat = (position: Constat['position']): Constat => ({ regle: 'r', gravite: 'avertissement', message: 'm', position });

describe('verdict of a field read from a document', () => {
  it('right, missing, and not scored when neither the text nor the reading has it', () => {
    expect(verdict('delegataire', convention, { nom: 'Direction interministérielle du numérique', sigle: 'DINUM' }, [])).toBe('juste');
    expect(verdict('dateFin', convention, '2025-12-31', [])).toBe('manquant');
    expect(verdict('montantFast', convention, null, [])).toBeNull();
    expect(verdict('echeancier', convention, [{ annee: 2024, ae: 100_000, cp: 100_000 }], [])).toBe('juste');
  });

  it('a wrong value is flagged by a finding on its line or naming it, silent otherwise', () => {
    const attendu = { sigle: 'SG-MENJ' };
    expect(verdict('delegant', convention, attendu, [])).toBe('sansConstat');
    expect(verdict('delegant', convention, attendu, [constat({ ligne: 5 })])).toBe('sansConstat');
    expect(verdict('delegant', convention, attendu, [constat({ ligne: 4 })])).toBe('faux');
    expect(verdict('delegant', convention, attendu, [constat({ champ: 'delegant.sigle' })])).toBe('faux');
    const echeancier = [{ annee: 2024, ae: 1_000, cp: 100_000 }];
    expect(verdict('echeancier', convention, echeancier, [constat({ page: 2, ligne: 30, champ: 'echeancier.0.ae' })])).toBe('faux');
    expect(verdict('echeancier', convention, echeancier, [constat(null)])).toBe('sansConstat');
  });

  it('a value the text does not have is wrong (invented)', () => {
    expect(verdict('uo', convention, null, [])).toBe('sansConstat');
    expect(verdict('uo', convention, null, [constat({ champ: 'uo' })])).toBe('faux');
  });

  it('the table counts each verdict per field and in all', () => {
    const ligne = ligneVide();
    ajouter(ligne, { type: 'juste', delegant: 'sansConstat', echeancier: 'manquant' });
    const texte = tableau(new Map([['chromium · pdf', ligne]]));
    expect(texte.split('\n')[1]).toMatch(/^chromium · pdf\s+1\s+1\/1\s+0\/1\s+—/);
    expect(texte.split('\n')[1]).toMatch(/1\/3\s+0\s+1\s+1$/);
  });
});
