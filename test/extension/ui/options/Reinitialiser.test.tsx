// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import { Reinitialiser } from '../../../../extension/ui/options/Reinitialiser';
import { cliquer, demonterTout, monter, patienter, requis, texte } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

beforeEach(() => {
  envoyerMock.mockReset();
  envoyerMock.mockResolvedValue({ ok: true, valeur: { nombre: 5 } } as never);
});
afterEach(demonterTout);

const bouton = (vue: Element, libelle: string) =>
  requis([...vue.querySelectorAll('button')].find((b) => texte(b) === libelle), `bouton « ${libelle} »`);

describe('réinitialisation', () => {
  it('demande une confirmation dans la page avant de rien effacer', async () => {
    const onReinitialise = vi.fn();
    const vue = monter(<Reinitialiser onReinitialise={onReinitialise} />);
    await cliquer(bouton(vue, 'Réinitialiser les données…'));
    await patienter();
    expect(envoyerMock).not.toHaveBeenCalled();
    expect(texte(vue.querySelector('.confirmation p'))).toContain('seront effacées et remplacées par le registre intégré');
    expect(document.activeElement).toBe(bouton(vue, 'Effacer et réinitialiser'));
    await cliquer(bouton(vue, 'Effacer et réinitialiser'));
    await patienter();
    expect(envoyerMock).toHaveBeenCalledWith({ type: 'reinitialiser' });
    expect(texte(vue.querySelector('.alerte--succes'))).toBe('Données réinitialisées : 5 conventions du registre intégré.');
    expect(onReinitialise).toHaveBeenCalledTimes(1);
  });

  it("n'efface rien quand on annule", async () => {
    const vue = monter(<Reinitialiser />);
    await cliquer(bouton(vue, 'Réinitialiser les données…'));
    await cliquer(bouton(vue, 'Annuler'));
    await patienter();
    expect(envoyerMock).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(bouton(vue, 'Réinitialiser les données…'));
  });
});
