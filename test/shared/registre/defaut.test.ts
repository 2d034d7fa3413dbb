import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../../shared/registre/defaut';
import { lireRegistreJson } from '../../../shared/registre/format';

const partage = path.resolve(__dirname, '../../../../shared');

describe('registre par défaut', () => {
  it('est un registre valide (lu par le lecteur JSON lui-même)', () => {
    const texte = readFileSync(path.resolve(__dirname, '../../../shared/data/registre-par-defaut.json'), 'utf8');
    expect(lireRegistreJson(texte)).toEqual({ ok: true, registre: registreParDefaut });
  });

  it('porte les cinq seeds avec les valeurs de seeds.expected.json', () => {
    const attendu = JSON.parse(readFileSync(path.join(partage, 'spec', 'seeds.expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    const seeds = Object.keys(attendu).filter((k) => k.endsWith('.txt')).sort();
    expect(registreParDefaut.conventions).toHaveLength(seeds.length);
    seeds.forEach((seed, i) => {
      const { constats: _constats, ...champs } = attendu[seed]!;
      expect(registreParDefaut.conventions[i], seed).toMatchObject(champs);
    });
  });

  it('relie les conventions comme le dit _registre, avec la photo des startups et incubateurs concernés', () => {
    expect(registreParDefaut.conventions.map((c) => [c.id, c.startups, c.incubateur])).toEqual([
      ['dgefp-2024-03-28', undefined, 'mission-apprentissage'],
      ['dne-2023-08-31', ['exposition-ij'], undefined],
      ['dgefp-2020-12-16', ['rdv.insertion'], undefined],
      ['dinum-2024-03-27', ['tdb-apprentissage'], undefined],
      ['menjs-2021-01-26', ['classe-a-12'], undefined],
    ]);
    expect(registreParDefaut.startups.find((s) => s.slug === 'classe-a-12')).toEqual({
      slug: 'classe-a-12',
      nom: 'Classe à 12',
      incubateur: 'dinum',
      sponsors: ['dgesco'],
      phase: 'abandon',
      url: 'https://beta.gouv.fr/startups/classe-a-12.html',
      anciensSlugs: ['classes12'],
    });
    expect(registreParDefaut.startups.filter((s) => s.incubateur === 'mission-apprentissage')).toHaveLength(9);
    expect(registreParDefaut.incubateurs.map((i) => i.id)).toEqual(['dinum', 'gip-inclusion', 'mission-apprentissage']);
    expect(registreParDefaut.genereLe).toBe('2026-08-20');
    expect(registreParDefaut.executions).toEqual([]);
    expect(registreParDefaut.conventions.every((c) => c.sources === undefined)).toBe(true);
  });
});
