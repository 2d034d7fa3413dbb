import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lireStartupsApi, urlStartup } from '../../../extension/lib/startups-api';

const fixture = readFileSync(new URL('../../fixtures/betagouv/api/startups.json', import.meta.url), 'utf8');

describe("liste des startups de l'API beta.gouv.fr v2.7", () => {
  it('lit les startups, leur incubateur, leur phase courante et les incubateurs inclus', () => {
    const r = lireStartupsApi(fixture);
    if (!r.ok) throw new Error(r.erreur);
    const tdb = r.startups.find((s) => s.slug === 'tdb-apprentissage');
    expect(tdb).toMatchObject({
      nom: "Tableau de bord de l'apprentissage",
      incubateur: 'dinum',
      phase: 'acceleration',
      sponsors: ['menjs', 'mesr', 'mtei', 'mtfp'],
      url: 'https://beta.gouv.fr/startups/tdb-apprentissage.html',
      source: 'api',
    });
    expect(r.startups.find((s) => s.slug === 'uai_siret')?.url).toBe('https://beta.gouv.fr/startups/uai-siret.html');
    expect(r.incubateurs).toContainEqual({ id: 'dinum', nom: expect.stringContaining('DINUM') });
  });

  it('ignore les entrées illisibles et les compte', () => {
    const r = lireStartupsApi(JSON.stringify({ data: [{ id: 'a', attributes: { name: 'A' } }, { id: 3 }, null, { id: 'b' }] }));
    expect(r).toMatchObject({ ok: true, ignorees: 3 });
  });

  it.each([
    ['{"data": [', 'JSON invalide'],
    ['{"links": {}}', 'liste « data »'],
    ['[]', 'liste « data »'],
    ['{"data": [{"id": 1}]}', 'aucune startup lisible'],
  ])('refuse %s', (texte, message) => {
    const r = lireStartupsApi(texte);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur).toContain(message);
  });

  it('urlStartup remplace _ par -', () => {
    expect(urlStartup('prevention_ruptures_apprentissage')).toBe('https://beta.gouv.fr/startups/prevention-ruptures-apprentissage.html');
  });
});
