// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import { FONCTIONNALITES, REGLAGES_PAR_DEFAUT, type Requete } from '../../../../extension/lib/messages';
import { Fonctionnalites } from '../../../../extension/ui/options/Fonctionnalites';
import { demonterTout, monter, patienter, requis, texte } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

let ecriture: { ok: true; valeur: unknown } | { ok: false; erreur: string };
beforeEach(() => {
  envoyerMock.mockReset();
  ecriture = { ok: true, valeur: { ok: true, reglages: { ...REGLAGES_PAR_DEFAUT, fonctionnalites: { ...REGLAGES_PAR_DEFAUT.fonctionnalites, 'badges-cartes': false } } } };
  envoyerMock.mockImplementation(async (r: Requete) => {
    if (r.type === 'reglages-lire') return { ok: true, valeur: REGLAGES_PAR_DEFAUT } as never;
    if (r.type === 'reglages-ecrire') return ecriture as never;
    return { ok: false, erreur: 'inattendu' };
  });
});
afterEach(demonterTout);

async function decocher(vue: Element, id: string) {
  const caseACocher = requis(vue.querySelector<HTMLInputElement>(`#fonctionnalite-${id}`));
  await act(async () => {
    caseACocher.checked = false;
    caseACocher.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await patienter();
  return caseACocher;
}

describe('interrupteurs de fonctionnalités', () => {
  it('a une case étiquetée et décrite par fonctionnalité, cochée selon les réglages', async () => {
    const vue = monter(<Fonctionnalites />);
    await patienter();
    const cases = [...vue.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(cases).toHaveLength(FONCTIONNALITES.length);
    expect(cases.every((c) => c.checked)).toBe(true);
    const premiere = cases[0]!;
    expect(texte(vue.querySelector(`label[for="${premiere.id}"]`))).toContain(FONCTIONNALITES[0].titre);
    expect(texte(vue.querySelector(`#${premiere.getAttribute('aria-describedby')}`))).toBe(FONCTIONNALITES[0].description);
  });

  it('enregistre un changement et le confirme en mots', async () => {
    const vue = monter(<Fonctionnalites />);
    await patienter();
    const c = await decocher(vue, 'badges-cartes');
    expect(envoyerMock).toHaveBeenLastCalledWith({ type: 'reglages-ecrire', reglages: { fonctionnalites: { 'badges-cartes': false } } });
    expect(c.checked).toBe(false);
    expect(texte(vue.querySelector('[aria-live]'))).toBe('Badges sur les cartes : désactivé.');
  });

  it("remet la case comme avant quand l'enregistrement échoue", async () => {
    ecriture = { ok: false, erreur: "L'extension n'a pas répondu." };
    const vue = monter(<Fonctionnalites />);
    await patienter();
    const c = await decocher(vue, 'badges-startup');
    expect(c.checked).toBe(true);
    expect(texte(vue.querySelector('[aria-live]'))).toBe(
      "Badges sur les pages startup : réglage non enregistré (L'extension n'a pas répondu.).",
    );
  });
});
