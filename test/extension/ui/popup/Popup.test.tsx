// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import { Popup } from '../../../../extension/ui/popup/Popup';
import { RESULTATS, detail } from '../donnees';
import { demonterTout, monter, patienter, requis, texte, touche } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

beforeEach(() => {
  location.hash = '';
  envoyerMock.mockReset();
  envoyerMock.mockImplementation(async (requete) => {
    if (requete.type === 'rechercher') return { ok: true, valeur: RESULTATS } as never;
    if (requete.type === 'detail') {
      return { ok: true, valeur: requete.conventionId === 'dgefp-2024-03-28' ? detail() : null } as never;
    }
    return { ok: false, erreur: 'inattendu' };
  });
});
afterEach(demonterTout);

async function attendreHash() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await patienter();
}

describe('popup', () => {
  it('met le curseur dans la recherche à l’ouverture', async () => {
    const vue = monter(<Popup />);
    await patienter();
    expect(document.activeElement).toBe(vue.querySelector('input[role="combobox"]'));
  });

  it('ouvre le détail par Entrée, puis revient à la recherche par Échap en gardant la saisie', async () => {
    const vue = monter(<Popup />);
    await patienter();
    const champ = requis(vue.querySelector<HTMLInputElement>('input[role="combobox"]'));
    await touche(champ, 'Enter');
    expect(location.hash).toBe('#/convention/dgefp-2024-03-28');
    await attendreHash();
    expect(envoyerMock).toHaveBeenCalledWith({ type: 'detail', conventionId: 'dgefp-2024-03-28' });
    expect(texte(vue.querySelector('h1:not(.sr-only)'))).toBe('DGEFP → DINUM');
    expect(document.activeElement).toBe(vue.querySelector('#detail-titre'));
    expect(texte(vue.querySelector('tbody tr'))).toBe('20242 500 000 €1 900 000 €');
    await touche(document.activeElement!, 'Escape');
    await attendreHash();
    expect(vue.querySelector('#detail-titre')).toBeNull();
    expect(document.activeElement).toBe(champ);
  });

  it('ouvre directement le détail demandé dans l’adresse (bouton « Voir le détail » du badge)', async () => {
    location.hash = '#/convention/dgefp-2024-03-28';
    const vue = monter(<Popup />);
    await patienter();
    expect(texte(vue.querySelector('#detail-titre'))).toBe('DGEFP → DINUM');
    (vue.querySelector('.retour') as HTMLButtonElement).click();
    await attendreHash();
    expect(location.hash).toBe('#/');
    expect(vue.querySelector('#detail-titre')).toBeNull();
  });

  it('dit quand la convention demandée est inconnue', async () => {
    location.hash = '#/convention/inconnue';
    const vue = monter(<Popup />);
    await patienter();
    const alerte = requis(vue.querySelector('[role="alert"]'));
    expect(texte(alerte)).toBe("Convention introuvableAucune convention « inconnue » n'est enregistrée.");
  });
});
