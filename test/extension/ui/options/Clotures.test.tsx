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
    // In words, as people write them; kept as MM-JJ in the settings.
    expect(commandes.value).toBe('12 décembre');
    expect(requis(vue.querySelector<HTMLInputElement>('#cloture-paiements')).value).toBe('30 novembre');
    await taper(commandes, ' 5 Décembre ');
    await soumettre(vue);
    expect(envoyerMock).toHaveBeenLastCalledWith({ type: 'reglages-ecrire', reglages: { clotures: { commandes: '12-05', paiements: '11-30' } } });
    expect(texte(vue.querySelector('[aria-live]'))).toBe('Dates de clôture enregistrées.');
    expect(commandes.value).toBe('5 décembre');
    await taper(commandes, '1er/12');
    await taper(commandes, '01/12');
    await soumettre(vue);
    expect(envoyerMock).toHaveBeenLastCalledWith({ type: 'reglages-ecrire', reglages: { clotures: { commandes: '12-01', paiements: '11-30' } } });
    expect(commandes.value).toBe('1er décembre');
  });

  it('refuse une date mal écrite en nommant le champ, sans rien envoyer', async () => {
    const vue = monter(<Clotures />);
    await patienter();
    await taper(requis(vue.querySelector<HTMLInputElement>('#cloture-paiements')), '31 novembre');
    await soumettre(vue);
    expect(envoyerMock).toHaveBeenCalledTimes(1);
    expect(texte(vue.querySelector('[aria-live]'))).toBe('Derniers paiements : écrivez le jour et le mois, par exemple « 30 novembre » ou « 30/11 ».');
  });
});
