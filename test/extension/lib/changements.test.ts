import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { annoncerChangementDonnees, CLE_GENERATION, suivreChangementsDonnees } from '../../../extension/lib/changements';

const attendre = () => new Promise((r) => setTimeout(r, 0));

describe('changements de données', () => {
  beforeEach(() => fakeBrowser.reset());

  it('prévient chaque page qui écoute, à chaque changement, jusqu’à ce qu’elle arrête', async () => {
    const rappel = vi.fn();
    const arreter = suivreChangementsDonnees(rappel);
    annoncerChangementDonnees(() => 1);
    await attendre();
    annoncerChangementDonnees(() => 2);
    await attendre();
    expect(rappel).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.storage.local.get(CLE_GENERATION)).toEqual({ [CLE_GENERATION]: 2 });
    arreter();
    annoncerChangementDonnees(() => 3);
    await attendre();
    expect(rappel).toHaveBeenCalledTimes(2);
  });

  it('ignore les autres clés et les autres zones de stockage', async () => {
    const rappel = vi.fn();
    suivreChangementsDonnees(rappel);
    await fakeBrowser.storage.local.set({ autreChose: 1 });
    await fakeBrowser.storage.session.set({ [CLE_GENERATION]: 1 });
    await attendre();
    expect(rappel).not.toHaveBeenCalled();
  });
});
