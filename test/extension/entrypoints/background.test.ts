// The background entry point wired to WXT's fake browser: messages answered, install seeds and
// schedules the sync, the alarm triggers a sync, a tab that starts loading loses its badge.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../extension/entrypoints/background';

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh IndexedDB for the database the background opens itself.
  globalThis.indexedDB = new IDBFactory();
});

describe('background', () => {
  it('répond aux messages (enveloppe) et se sème à l’installation', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const [reponse] = await fakeBrowser.runtime.onMessage.trigger({ type: 'conventions-startup', slug: 'classe-a-12' }, {});
    expect(reponse).toMatchObject({ ok: true, valeur: { startup: { slug: 'classe-a-12' }, conventions: [{ libelle: 'Convention MENJS' }] } });
    const [invalide] = await fakeBrowser.runtime.onMessage.trigger({ type: 'n-importe' }, {});
    expect(invalide).toEqual({ ok: false, erreur: expect.stringContaining('type de message inconnu') });
    await expect.poll(() => fakeBrowser.alarms.get('jauge-synchro')).toMatchObject({ periodInMinutes: 24 * 60 });
  });

  it('onglet : badge posé par la page beta.gouv.fr ; aucun écouteur d’onglets (il réveillerait le fond sur tout site)', async () => {
    const ecoutes = [vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener'), vi.spyOn(fakeBrowser.tabs.onRemoved, 'addListener')];
    background.main();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'conventions-startup', slug: 'classe-a-12' },
      { tab: { id: 3 } as never, url: 'https://beta.gouv.fr/startups/classe-a-12.html' },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1');
    for (const ecoute of ecoutes) expect(ecoute).not.toHaveBeenCalled();
  });
});
