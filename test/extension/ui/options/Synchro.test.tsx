// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { envoyer } from '../../../../extension/lib/envoyer';
import { REGLAGES_PAR_DEFAUT, type EtatSynchro, type Requete } from '../../../../extension/lib/messages';
import { Synchro } from '../../../../extension/ui/options/Synchro';
import { demonterTout, monter, patienter, requis, taper, texte } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

const ETAT: EtatSynchro = {
  url: null,
  intervalleHeures: 24,
  enCours: false,
  startups: { ok: false, le: '2026-11-24T09:30:00Z', message: 'Réponse HTTP 503.' },
  derniereReussiteStartups: '2026-11-23T09:30:00Z',
};

let demande: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  envoyerMock.mockReset();
  envoyerMock.mockImplementation(async (r: Requete) => {
    if (r.type === 'reglages-lire') return { ok: true, valeur: REGLAGES_PAR_DEFAUT } as never;
    if (r.type === 'etat-synchro') return { ok: true, valeur: ETAT } as never;
    if (r.type === 'reglages-ecrire') {
      const synchro = { ...REGLAGES_PAR_DEFAUT.synchro, ...r.reglages.synchro };
      return { ok: true, valeur: { ok: true, reglages: { ...REGLAGES_PAR_DEFAUT, synchro } } } as never;
    }
    if (r.type === 'synchroniser') {
      return {
        ok: true,
        valeur: {
          ...ETAT,
          url: 'https://exemple.gouv.fr/registre.json',
          startups: { ok: true, le: '2026-11-24T10:00:00Z', message: '1 200 startups.' },
          registre: { ok: true, le: '2026-11-24T10:00:00Z', message: '12 conventions importées.', nombre: 12 } },
      } as never;
    }
    return { ok: false, erreur: 'inattendu' };
  });
  demande = vi.fn(async () => true);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(demande as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => true);
});
afterEach(() => {
  demonterTout();
  vi.restoreAllMocks();
});

const types = () => envoyerMock.mock.calls.map(([r]) => r.type);

async function soumettre(vue: Element) {
  await act(async () => {
    requis(vue.querySelector('form')).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await patienter(4);
}

describe('synchronisation', () => {
  it('montre le dernier résultat de chaque synchronisation, avec son heure et sa raison', async () => {
    const vue = monter(<Synchro />);
    await patienter();
    const lignes = [...vue.querySelectorAll('.synchro__etat dd')].map((dd) => texte(dd));
    expect(lignes[0]).toBe('aucune adresse enregistrée');
    expect(lignes[1]).toMatch(/^échec le 24 novembre 2026 à \d\d:30 : Réponse HTTP 503\. Les données n’ont pas changé\. Dernière réussite le 23 novembre 2026 à \d\d:30\.$/);
  });

  it("demande l'accès à la seule origine du registre, depuis le clic, puis enregistre et synchronise", async () => {
    const vue = monter(<Synchro />);
    await patienter();
    await taper(requis(vue.querySelector<HTMLInputElement>('#url-registre')), ' https://exemple.gouv.fr/registre.json ');
    await act(async () => {
      requis(vue.querySelector('form')).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      // Asked synchronously inside the submit event, before any message to the background.
      expect(demande).toHaveBeenCalledWith({ origins: ['https://exemple.gouv.fr/*'] });
    });
    await patienter(4);
    expect(types()).toEqual(['reglages-lire', 'etat-synchro', 'reglages-ecrire', 'synchroniser']);
    expect(envoyerMock.mock.calls[2]![0]).toEqual({
      type: 'reglages-ecrire',
      reglages: { synchro: { url: 'https://exemple.gouv.fr/registre.json', tableGrist: null, startupsBetaGouv: true, intervalleHeures: 24 } },
    });
    expect(texte(vue.querySelector('.alerte--succes'))).toBe('Succès : Synchronisation terminée : 12 conventions importées.');
    expect(texte(vue.querySelector('.synchro__etat dd'))).toMatch(/^réussie le 24 novembre 2026 à .* : 12 conventions importées\.$/);
  });

  it("n'enregistre rien quand l'accès est refusé, et le dit", async () => {
    demande.mockResolvedValue(false);
    const vue = monter(<Synchro />);
    await patienter();
    await taper(requis(vue.querySelector<HTMLInputElement>('#url-registre')), 'https://exemple.gouv.fr/r.csv');
    await soumettre(vue);
    expect(types()).toEqual(['reglages-lire', 'etat-synchro']);
    expect(texte(vue.querySelector('[role="alert"]'))).toBe(
      'Erreur : Accès refusé : sans la permission de lire https://exemple.gouv.fr, Jauge ne peut pas télécharger ce registre.',
    );
  });

  it('refuse une adresse qui n’est pas en https, sans rien demander', async () => {
    const vue = monter(<Synchro />);
    await patienter();
    await taper(requis(vue.querySelector<HTMLInputElement>('#url-registre')), 'http://exemple.gouv.fr/r.csv');
    await soumettre(vue);
    expect(demande).not.toHaveBeenCalled();
    expect(types()).toEqual(['reglages-lire', 'etat-synchro']);
    expect(texte(vue.querySelector('[role="alert"]'))).toBe(
      'Erreur : Adresse du registre : adresse invalide : elle doit commencer par https://.',
    );
  });

  it('« Synchroniser maintenant » dit un échec et sa raison, sans rien demander quand aucune adresse n’est enregistrée', async () => {
    const vue = monter(<Synchro />);
    await patienter();
    envoyerMock.mockImplementationOnce(async () => ({
      ok: true,
      valeur: { ...ETAT, startups: { ok: false, le: '2026-11-24T11:00:00Z', message: 'Réponse HTTP 503.' } },
    }) as never);
    await act(async () => {
      requis([...vue.querySelectorAll('button')].find((b) => texte(b) === 'Synchroniser maintenant')).click();
    });
    await patienter(4);
    expect(demande).not.toHaveBeenCalled();
    expect(envoyerMock).toHaveBeenLastCalledWith({ type: 'synchroniser' });
    expect(texte(vue.querySelector('[role="alert"]'))).toBe(
      'Erreur : Synchronisation en échec : Réponse HTTP 503. Les données n’ont pas changé.',
    );
  });

  it('montre les erreurs de réglage renvoyées par le background', async () => {
    const vue = monter(<Synchro />);
    await patienter();
    envoyerMock.mockImplementationOnce(async () => ({
      ok: true,
      valeur: { ok: false, erreurs: [{ champ: 'synchro.intervalleHeures', message: 'au plus 168 heures (7 jours)' }] },
    }) as never);
    await taper(requis(vue.querySelector<HTMLInputElement>('#intervalle-synchro')), '500');
    await soumettre(vue);
    expect(texte(vue.querySelector('[role="alert"]'))).toBe('Erreur : Intervalle entre deux synchronisations : au plus 168 heures (7 jours).');
  });

  it('affiche comme du texte un message de synchronisation contenant du HTML', async () => {
    const piege = '<img src=x onerror=alert(1)>';
    envoyerMock.mockImplementation(async (r: Requete) => {
      if (r.type === 'reglages-lire') return { ok: true, valeur: REGLAGES_PAR_DEFAUT } as never;
      return { ok: true, valeur: { ...ETAT, registre: { ok: false, le: 'pas une date', message: piege } } } as never;
    });
    const vue = monter(<Synchro />);
    await patienter();
    expect(vue.querySelector('img')).toBeNull();
    expect(texte(vue.querySelector('.synchro__etat dd'))).toBe(`échec le pas une date : ${piege} Les données n’ont pas changé.`);
  });

  it('une feuille Google : ce qu’elle deviendra et les deux sites demandés sont dits avant d’enregistrer, puis demandés ensemble', async () => {
    const vue = monter(<Synchro />);
    await patienter();
    await taper(requis(vue.querySelector<HTMLInputElement>('#url-registre')), 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#gid=42');
    const analyse = texte(vue.querySelector('[data-testid="analyse-source"]'));
    expect(analyse).toContain('Jauge lira son export CSV, https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/export?format=csv&gid=42');
    expect(analyse).toContain('Chemin attendu : docs.google.com → *.googleusercontent.com.');
    expect(analyse).toContain('Le navigateur vous demandera l’accès à https://docs.google.com et https://*.googleusercontent.com.');
    expect(analyse).toContain('Fichier › Partager › Publier sur le Web');
    await soumettre(vue);
    expect(demande).toHaveBeenCalledWith({ origins: ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'] });
  });

  it('Grist : la table et la clé ; la clé va dans storage.local, jamais dans un message', async () => {
    const vue = monter(<Synchro />);
    await patienter();
    await taper(requis(vue.querySelector<HTMLInputElement>('#url-registre')), 'https://grist.numerique.gouv.fr/o/dinum/hQHXqAQXceeQBPvRw5sSs1/Registre');
    expect(requis(vue.querySelector<HTMLDetailsElement>('.synchro__grist')).open).toBe(true);
    expect(texte(vue.querySelector('[data-testid="analyse-source"]'))).toContain('indiquez aussi la table');
    await taper(requis(vue.querySelector<HTMLInputElement>('#table-grist')), 'Registre');
    await taper(requis(vue.querySelector<HTMLInputElement>('#cle-grist')), 'cle0123456789abcdef0123456789abcdef0123');
    await soumettre(vue);
    expect(demande).toHaveBeenCalledWith({ origins: ['https://grist.numerique.gouv.fr/*'] });
    expect(envoyerMock.mock.calls[2]![0]).toMatchObject({ type: 'reglages-ecrire', reglages: { synchro: { tableGrist: 'Registre' } } });
    expect(JSON.stringify(envoyerMock.mock.calls)).not.toContain('cle0123456789');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'jauge.grist.cleApi': 'cle0123456789abcdef0123456789abcdef0123' });
    expect(requis(vue.querySelector<HTMLInputElement>('#cle-grist')).value).toBe('');
    expect(texte(vue.querySelector('.synchro__grist'))).toContain('Une clé est enregistrée dans ce navigateur.');
    await act(async () => {
      requis([...vue.querySelectorAll('button')].find((b) => texte(b) === 'Oublier la clé')).click();
    });
    await patienter(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('le chemin parcouru est montré ; une redirection vers un site non autorisé propose de l’autoriser, depuis le clic', async () => {
    envoyerMock.mockImplementation(async (r: Requete) => {
      if (r.type === 'reglages-lire') return { ok: true, valeur: { ...REGLAGES_PAR_DEFAUT, synchro: { ...REGLAGES_PAR_DEFAUT.synchro, url: 'https://exemple.gouv.fr/r.csv' } } } as never;
      return {
        ok: true,
        valeur: {
          ...ETAT,
          url: 'https://exemple.gouv.fr/r.csv',
          registre: {
            ok: false,
            le: '2026-11-24T10:00:00Z',
            message: 'Le serveur https://exemple.gouv.fr redirige vers https://cdn.exemple.fr, un site que vous n’avez pas autorisé.',
            chaine: ['https://exemple.gouv.fr/r.csv', 'https://cdn.exemple.fr/r.csv'],
            aAutoriser: 'https://cdn.exemple.fr/*',
          },
        },
      } as never;
    });
    const vue = monter(<Synchro />);
    await patienter();
    expect(texte(vue.querySelector('[data-testid="chaine-synchro"]'))).toBe('Chemin : exemple.gouv.fr → cdn.exemple.fr.');
    await act(async () => {
      requis([...vue.querySelectorAll('button')].find((b) => texte(b) === 'Autoriser aussi https://cdn.exemple.fr')).click();
      expect(demande).toHaveBeenCalledWith({ origins: ['https://cdn.exemple.fr/*'] });
    });
    await patienter(4);
    expect(envoyerMock).toHaveBeenLastCalledWith({ type: 'synchroniser' });
  });
});
