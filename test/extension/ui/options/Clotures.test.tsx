// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import { REGLAGES_PAR_DEFAUT, type Requete } from '../../../../extension/lib/messages';
import { Clotures } from '../../../../extension/ui/options/Clotures';
import { demonterTout, monter, patienter, requis, taper, texte } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

beforeEach(() => {
  envoyerMock.mockReset();
  envoyerMock.mockImplementation(async (r: Requete) => {
    if (r.type === 'reglages-lire') return { ok: true, valeur: REGLAGES_PAR_DEFAUT } as never;
    if (r.type === 'reglages-ecrire') {
      return { ok: true, valeur: { ok: true, reglages: { ...REGLAGES_PAR_DEFAUT, clotures: { ...REGLAGES_PAR_DEFAUT.clotures, ...r.reglages.clotures } } } } as never;
    }
    return { ok: false, erreur: 'inattendu' };
  });
});
afterEach(demonterTout);

async function soumettre(vue: Element) {
  await act(async () => {
    requis(vue.querySelector('form')).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await patienter();
}

describe('dates de clôture', () => {
  it('montre les dates des réglages et enregistre les nouvelles', async () => {
    const vue = monter(<Clotures />);
    await patienter();
    const commandes = requis(vue.querySelector<HTMLInputElement>('#cloture-commandes'));
    expect(commandes.value).toBe('12-12');
    expect(requis(vue.querySelector<HTMLInputElement>('#cloture-paiements')).value).toBe('11-30');
    await taper(commandes, ' 12-05 ');
    await soumettre(vue);
    expect(envoyerMock).toHaveBeenLastCalledWith({ type: 'reglages-ecrire', reglages: { clotures: { commandes: '12-05', paiements: '11-30' } } });
    expect(texte(vue.querySelector('[aria-live]'))).toBe('Dates de clôture enregistrées.');
  });

  it('refuse une date mal écrite en nommant le champ, sans rien envoyer', async () => {
    const vue = monter(<Clotures />);
    await patienter();
    await taper(requis(vue.querySelector<HTMLInputElement>('#cloture-paiements')), '30/11');
    await soumettre(vue);
    expect(envoyerMock).toHaveBeenCalledTimes(1);
    expect(texte(vue.querySelector('[aria-live]'))).toBe('Derniers paiements : date attendue au format MM-JJ (par exemple 11-30).');
  });
});
