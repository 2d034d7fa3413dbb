// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import { Export } from '../../../../extension/ui/options/Export';
import { cliquer, demonterTout, monter, patienter, requis, texte } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

beforeEach(() => envoyerMock.mockReset());
afterEach(() => {
  demonterTout();
  vi.restoreAllMocks();
});

describe('export', () => {
  it('télécharge le fichier renvoyé par le background via une adresse blob', async () => {
    envoyerMock.mockResolvedValue({
      ok: true,
      valeur: { nomFichier: 'jauge-registre-2026-11-24.csv', contenu: 'id;annee\n', type: 'text/csv;charset=utf-8' },
    } as never);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:jauge/1';
    });
    const clics: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clics.push({ href: this.href, download: this.download });
    });
    const vue = monter(<Export />);
    await cliquer(requis([...vue.querySelectorAll('button')].find((b) => texte(b) === 'Exporter en CSV')));
    await patienter();
    expect(envoyerMock).toHaveBeenCalledWith({ type: 'exporter', format: 'csv' });
    expect(clics).toEqual([{ href: 'blob:jauge/1', download: 'jauge-registre-2026-11-24.csv' }]);
    expect(await blobs[0]!.text()).toBe('id;annee\n');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(texte(vue.querySelector('[aria-live]'))).toBe('Fichier jauge-registre-2026-11-24.csv téléchargé.');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it("dit pourquoi l'export a échoué", async () => {
    envoyerMock.mockResolvedValue({ ok: false, erreur: 'Base de données indisponible.' });
    const vue = monter(<Export />);
    await cliquer(requis([...vue.querySelectorAll('button')].find((b) => texte(b) === 'Exporter en JSON')));
    await patienter();
    expect(texte(vue.querySelector('[role="alert"]'))).toBe('Export impossible : Base de données indisponible.');
  });
});
