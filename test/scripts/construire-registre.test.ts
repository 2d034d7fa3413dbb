import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { construireRegistre, FICHIER_REGISTRE, texteRegistre } from '../../scripts/construire-registre';
import { conventionsPourStartup } from '../../shared/registre/liens';

const racine = path.resolve(__dirname, '../..');

describe('scripts/construire-registre', () => {
  it('reconstruit exactement le fichier committé (lancez `npm run registre:construire` sinon)', () => {
    const committe = readFileSync(path.join(racine, FICHIER_REGISTRE), 'utf8');
    expect(texteRegistre()).toBe(committe);
  });

  it('donne le même registre à chaque construction (rien ne dépend de l’horloge)', () => {
    expect(construireRegistre()).toEqual(construireRegistre());
  });

  it('échoue clairement si les données partagées manquent', () => {
    expect(() => construireRegistre('/nexiste/pas')).toThrow(/Impossible de lire .*seeds\.expected\.json/);
  });

  it('garde les anciens slugs des pages renommées (redirect_from en /startups/… seulement, sans .md)', () => {
    const parSlug = new Map(construireRegistre().startups.map((s) => [s.slug, s.anciensSlugs]));
    expect(parSlug.get('exposition-ij')).toEqual(['expositionIJ']);
    expect(parSlug.get('classe-a-12')).toEqual(['classes12']);
    expect(parSlug.get('tdb-apprentissage')).toBeUndefined();
    expect([...parSlug.values()].filter(Boolean)).toHaveLength(2);
  });

  it('retrouve une startup liée par un ancien slug', () => {
    const partage = mkdtempSync(path.join(tmpdir(), 'jauge-registre-'));
    try {
      for (const dossier of ['seeds', 'spec', 'data']) cpSync(path.resolve(racine, '../shared', dossier), path.join(partage, dossier), { recursive: true });
      const fichierSpec = path.join(partage, 'spec', 'seeds.expected.json');
      const spec = JSON.parse(readFileSync(fichierSpec, 'utf8'));
      spec._registre['003_f3a018de4bd6a119.txt'].startups.push('labonnealternance');
      writeFileSync(fichierSpec, JSON.stringify(spec));
      const r = construireRegistre(partage);
      expect(r.startups.find((s) => s.slug === 'la-bonne-alternance')?.anciensSlugs).toEqual(['labonnealternance']);
      expect(conventionsPourStartup(r, 'la-bonne-alternance').map((c) => c.id)).toEqual(['dinum-2024-03-27']);
    } finally {
      rmSync(partage, { recursive: true, force: true });
    }
  });
});
