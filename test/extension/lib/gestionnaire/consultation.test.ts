// Look-ups by startup slug for renamed startups: the old page (`/startups/expositionIJ.html`, kept by
// beta.gouv.fr as a meta-refresh page) and conventions that still name the old slug lead to the
// startup it became — from the embedded registry and from the beta.gouv.fr API refresh alike.
// Through the background's messages, on a real (fake) database.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registreParDefaut } from '../../../../shared/registre/defaut';
import { slugStartup } from '../../../../extension/lib/betagouv';
import { BaseJauge } from '../../../../extension/lib/db';
import { Gestionnaire } from '../../../../extension/lib/gestionnaire';
import type { Reponses, Resultat, TypeRequete } from '../../../../extension/lib/messages';
import { URL_API_STARTUPS } from '../../../../extension/lib/startups-api';

const AUJOURDHUI = new Date('2025-11-24T09:00:00Z');

let reseau: Record<string, string>;
let g: Gestionnaire;

async function demander<T extends TypeRequete>(message: { type: T } & Record<string, unknown>, expediteur = {}): Promise<Reponses[T]> {
  const r = (await g.traiter(message, expediteur)) as Resultat<Reponses[T]>;
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}

const dne = () => registreParDefaut.conventions.find((c) => c.startups?.includes('exposition-ij'))!;
const dgefpIncubateur = () => registreParDefaut.conventions.find((c) => c.incubateur === 'mission-apprentissage')!;

beforeEach(() => {
  fakeBrowser.reset();
  reseau = {};
  const fetchFactice = async (entree: RequestInfo | URL) => {
    const corps = reseau[String(entree)];
    if (corps === undefined) throw new TypeError('Failed to fetch');
    return new Response(corps, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  g = new Gestionnaire({
    db: new BaseJauge({ indexedDB: new IDBFactory(), IDBKeyRange }),
    maintenant: () => AUJOURDHUI,
    fetch: fetchFactice as unknown as typeof fetch,
    prechauffer: false,
  });
});

describe('consultation par slug — startups renommées', () => {
  it('la page /startups/expositionIJ.html reçoit la startup exposition-ij, ses conventions et le badge de la barre', async () => {
    const url = 'https://beta.gouv.fr/startups/expositionIJ.html';
    const slug = slugStartup(url);
    expect(slug).toBe('expositionIJ');
    const nouvelle = await demander({ type: 'conventions-startup', slug: 'exposition-ij' });
    const ancienne = await demander({ type: 'conventions-startup', slug: slug! }, { tab: { id: 3 }, url });
    expect(ancienne.startup?.slug).toBe('exposition-ij');
    expect(ancienne.conventions.map((c) => c.id)).toEqual([dne().id]);
    expect(ancienne).toEqual(nouvelle);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1');
  });

  it('cartes : un ancien slug reçoit les mêmes conventions que le nouveau', async () => {
    const r = await demander({ type: 'conventions-startups', slugs: ['expositionIJ', 'exposition-ij', 'classes12'] });
    expect(r.expositionIJ!.map((c) => c.id)).toEqual([dne().id]);
    expect(r.expositionIJ).toEqual(r['exposition-ij']);
    expect(r.classes12!.map((c) => c.delegant)).toEqual(['MENJS']);
  });

  it('une convention qui nomme l’ancien slug est trouvée depuis le nouveau, et son détail montre la startup', async () => {
    const vieille = { ...dne(), id: 'dne-ancien-slug', startups: ['expositionIJ'] };
    const contenu = JSON.stringify({ version: 1, conventions: [vieille] });
    expect(await demander({ type: 'importer', contenu, nomFichier: 'registre.json' })).toMatchObject({ ok: true, nombre: 1 });
    const r = await demander({ type: 'conventions-startup', slug: 'exposition-ij' });
    expect(r.conventions.map((c) => c.id).sort()).toEqual(['dne-2023-08-31', 'dne-ancien-slug']);
    const d = await demander({ type: 'detail', conventionId: 'dne-ancien-slug' });
    expect(d?.startups.map((s) => s.slug)).toEqual(['exposition-ij']);
  });

  it('actualisation depuis l’API : le redirect_from d’une nouvelle startup mène son ancienne page à elle', async () => {
    await demander({ type: 'reglages-ecrire', reglages: { synchro: { url: null, startupsBetaGouv: true } } });
    reseau[URL_API_STARTUPS] = JSON.stringify({
      data: [
        {
          id: 'nouveau-catalogue',
          type: 'startup',
          attributes: { name: 'Nouveau catalogue', phases: [], redirect_from: ['/startups/ancienCatalogue', '/startup/vieux-catalogue'] },
          relationships: { incubator: { data: { type: 'incubator', id: 'mission-apprentissage' } } },
        },
      ],
    });
    expect((await demander({ type: 'synchroniser' })).startups).toMatchObject({ ok: true, nombre: 1 });
    const r = await demander({ type: 'conventions-startup', slug: slugStartup('https://beta.gouv.fr/startups/ancienCatalogue')! });
    expect(r.startup).toMatchObject({ slug: 'nouveau-catalogue', anciensSlugs: ['ancienCatalogue'] });
    expect(r.conventions.map((c) => c.id)).toEqual([dgefpIncubateur().id]);
    // Only `/startups/…` entries are former startup pages.
    expect(await demander({ type: 'conventions-startup', slug: 'vieux-catalogue' })).toEqual({ startup: null, conventions: [] });
  });
});
