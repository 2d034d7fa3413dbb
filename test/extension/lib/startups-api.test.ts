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

  it('garde les anciens slugs de redirect_from (/startups/… seulement) ; absent ou illisible : aucun', () => {
    const item = (id: string, attributs: Record<string, unknown>) => ({ id, type: 'startup', attributes: { name: id, ...attributs } });
    const r = lireStartupsApi(
      JSON.stringify({
        data: [
          item('exposition-ij', { redirect_from: ['/startups/expositionIJ'] }),
          item('cestquilepro', { redirect_from: ['/startup/investigation-ij', '/startups/investigationIJ.html'] }),
          item('classe-a-12', { redirect_from: '/startups/classes12.md' }),
          item('sans-redirection', {}),
          item('redirection-illisible', { redirect_from: { '/startups/x': 1 } }),
          item('vers-elle-meme', { redirect_from: ['/startups/vers_elle_meme', '/incubateurs/apprentissage'] }),
        ],
      }),
    );
    if (!r.ok) throw new Error(r.erreur);
    expect(Object.fromEntries(r.startups.map((s) => [s.slug, s.anciensSlugs]))).toEqual({
      'exposition-ij': ['expositionIJ'],
      cestquilepro: ['investigationIJ'],
      'classe-a-12': ['classes12'],
      'sans-redirection': undefined,
      'redirection-illisible': undefined,
      'vers-elle-meme': undefined,
    });
    expect(r.startups.filter((s) => 'anciensSlugs' in s).map((s) => s.slug)).toEqual(['exposition-ij', 'cestquilepro', 'classe-a-12']);
  });

  it("la liste v2.7 (sans redirect_from) ne donne aucun ancien slug", () => {
    const r = lireStartupsApi(fixture);
    if (!r.ok) throw new Error(r.erreur);
    expect(r.startups.every((s) => s.anciensSlugs === undefined)).toBe(true);
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
