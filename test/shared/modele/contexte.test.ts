import { describe, expect, it } from 'vitest';
import type { Convention, Execution } from '../../../shared/model';
import { contexteDepuisConvention } from '../../../shared/modele/contexte';
import { registreParDefaut } from '../../../shared/registre/defaut';
import { verifier } from '../../../shared/verifier';
import { conventionDeTest } from '../../aides/conventions';

const convention: Convention = conventionDeTest({ id: 'x' });

describe('contexteDepuisConvention', () => {
  it('lit l’échéancier avec les champs pour positions', () => {
    const c = contexteDepuisConvention(convention);
    expect(c.convention).toBe(convention);
    expect(c.echeancier).toEqual([
      {
        annee: { brut: '2024', valeur: 2024, position: { champ: 'echeancier.0.annee' } },
        ae: { brut: '2\u202f500\u202f000\u00a0€', valeur: 250000000, position: { champ: 'echeancier.0.ae' } },
        cp: { brut: '1\u202f900\u202f000\u00a0€', valeur: 190000000, position: { champ: 'echeancier.0.cp' } },
        position: { champ: 'echeancier.0' },
      },
      {
        annee: { brut: '2025', valeur: 2025, position: { champ: 'echeancier.1.annee' } },
        ae: { brut: '', valeur: null, position: { champ: 'echeancier.1.ae' } },
        cp: { brut: '600\u202f000\u00a0€', valeur: 60000000, position: { champ: 'echeancier.1.cp' } },
        position: { champ: 'echeancier.1' },
      },
    ]);
    expect(c.execution).toBeUndefined();
    expect(c.aujourdhui).toBeUndefined();
    expect(c.localiser('dateFin')).toEqual({ champ: 'dateFin' });
  });

  it("rattache l'exécution à l'année de l'échéancier et garde le reste dans execution", () => {
    const e: Execution = {
      conventionId: 'x',
      lignes: [
        { annee: 2025, aeEngagees: null, cpPayes: 100 },
        { annee: 2026, aeEngagees: 5, cpPayes: null },
      ],
    };
    const c = contexteDepuisConvention(convention, e, '2025-06-01');
    expect(c.aujourdhui).toBe('2025-06-01');
    expect(c.execution).toBe(e);
    expect(c.echeancier[0]!.cpPayes).toBeUndefined();
    expect(c.echeancier[1]!.cpPayes).toEqual({ brut: '1\u00a0€', valeur: 100, position: { champ: 'execution.lignes.0.cpPayes' } });
    expect(c.echeancier[1]!.aeEngagees).toEqual({ brut: '', valeur: null, position: { champ: 'execution.lignes.0.aeEngagees' } });
    expect(c.localiser('execution.1.aeEngagees')).toEqual({ champ: 'execution.lignes.1.aeEngagees' });
  });

  it('se vérifie sans erreur pour chaque convention du registre par défaut (les seeds sont propres)', () => {
    for (const c of registreParDefaut.conventions) {
      const constats = verifier(contexteDepuisConvention(c, undefined, '2025-06-01'));
      expect(constats.filter((k) => k.gravite === 'erreur'), c.id).toEqual([]);
      for (const k of constats) if (k.position) expect(k.position.champ ?? k.position.ligne, k.regle).toBeDefined();
    }
  });

  it('fait trouver par les règles une exécution qui dépasse, au champ de l’exécution', () => {
    const e: Execution = { conventionId: 'x', lignes: [{ annee: 2024, aeEngagees: 300000000, cpPayes: null }] };
    const constats = verifier(contexteDepuisConvention(convention, e, '2025-06-01'));
    const depasse = constats.find((k) => k.regle === 'ae-engagees-depassent');
    expect(depasse?.position).toEqual({ champ: 'execution.lignes.0.aeEngagees' });
  });
});
