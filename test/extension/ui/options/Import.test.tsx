// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import type { ReponseImport, RequeteDe } from '../../../../extension/lib/messages';
import { Import } from '../../../../extension/ui/options/Import';
import { convention, resume, statut } from '../donnees';
import { attendre, cliquer, demonterTout, monter, patienter, requis, taper, texte } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

let reponse: ReponseImport;
beforeEach(() => {
  envoyerMock.mockReset();
  envoyerMock.mockImplementation(async (requete) => {
    if (requete.type !== 'importer') return { ok: false, erreur: 'inattendu' };
    return { ok: true, valeur: requete.confirmer ? { ok: true, enregistre: true, nombre: 1 } : reponse } as never;
  });
});
afterEach(demonterTout);

async function choisirFichier(vue: Element, fichier: File) {
  const champ = requis(vue.querySelector<HTMLInputElement>('input[type="file"]'));
  Object.defineProperty(champ, 'files', { value: [fichier], configurable: true });
  await act(async () => {
    champ.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await attendre(() => !vue.querySelector('progress'), "la fin de l'import");
  await patienter();
}

/** Chooses a convention text: the review reads it with the document layer, loaded on demand (slower than a few turns). */
async function choisirTexte(vue: Element, fichier: File) {
  const champ = requis(vue.querySelector<HTMLInputElement>('input[type="file"]'));
  Object.defineProperty(champ, 'files', { value: [fichier], configurable: true });
  await act(async () => {
    champ.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let fin = Date.now() + 15_000; !vue.querySelector('.apercu') && Date.now() < fin; ) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
  await patienter();
}

const requetesImport = () =>
  envoyerMock.mock.calls.map(([r]) => r).filter((r): r is RequeteDe<'importer'> => r.type === 'importer');

describe('import', () => {
  it('envoie le contenu du fichier au background et annonce le nombre de conventions enregistrées', async () => {
    reponse = { ok: true, enregistre: true, nombre: 5 };
    const onImporte = vi.fn();
    const vue = monter(<Import onImporte={onImporte} />);
    await choisirFichier(vue, new File(['{"version":1}'], 'registre.json', { type: 'application/json' }));
    expect(requetesImport()).toEqual([{ type: 'importer', contenu: '{"version":1}', nomFichier: 'registre.json' }]);
    expect(texte(vue.querySelector('[role="status"]'))).toBe('Import réussi : 5 conventions enregistrées depuis registre.json.');
    expect(onImporte).toHaveBeenCalledTimes(1);
  });

  it('montre le refus tout ou rien avec la ligne et le champ de chaque erreur', async () => {
    reponse = { ok: false, erreurs: [{ ligne: 10001, champ: 'ae', message: 'montant illisible « douze »' }] };
    const onImporte = vi.fn();
    const vue = monter(<Import onImporte={onImporte} />);
    await choisirFichier(vue, new File(['id;annee;ae\n'], 'gros.csv', { type: 'text/csv' }));
    const alerte = requis(vue.querySelector('[role="alert"]'));
    expect(texte(alerte)).toContain("Rien n'a été modifié");
    expect(texte(alerte.querySelector('li'))).toBe('Ligne 10 001, champ « ae » : montant illisible « douze »');
    expect(onImporte).not.toHaveBeenCalled();
  });

  it("fait relire un texte de convention, chaque champ modifiable, et l'enregistre avec sa lecture", async () => {
    const lue = convention();
    let enregistrement: RequeteDe<'enregistrer-conventions'> | undefined;
    envoyerMock.mockImplementation(async (requete) => {
      if (requete.type === 'importer') return { ok: true, valeur: { ok: true, enregistre: false, apercu: { convention: lue, constats: [], statut: statut(), resume: resume() } } } as never;
      if (requete.type === 'referentiel-betagouv') return { ok: true, valeur: { startups: [{ slug: 'classe-a-12', nom: 'Classe à 12' }], incubateurs: [{ id: 'mission-apprentissage', nom: 'Mission apprentissage' }] } } as never;
      if (requete.type === 'enregistrer-conventions') {
        enregistrement = requete;
        return { ok: true, valeur: { ok: true, nombre: 1 } } as never;
      }
      return { ok: false, erreur: 'inattendu' };
    });
    const onImporte = vi.fn();
    const vue = monter(<Import onImporte={onImporte} />);
    await choisirTexte(vue, new File(['CONVENTION DE DÉLÉGATION DE GESTION…'], 'dgefp.txt', { type: 'text/plain' }));
    const revue = requis(vue.querySelector('.apercu'));
    expect(texte(revue.querySelector('h3'))).toBe("À vérifier avant d'enregistrer : 1 convention lue");
    // Dates as people write them, never ISO.
    const fin = requis(vue.querySelector<HTMLInputElement>('#revue-0-dateFin'));
    expect(fin.value).toBe('31 décembre 2025');
    await taper(fin, '30/06/2025');
    expect(texte(vue.querySelector('#revue-0-dateFin-marque'))).toBe('Modifié à la main — lu : 31 décembre 2025');
    expect(onImporte).not.toHaveBeenCalled();
    await cliquer(requis([...vue.querySelectorAll('button')].find((b) => texte(b) === 'Enregistrer cette convention')));
    await attendre(() => enregistrement !== undefined, "l'enregistrement");
    expect(enregistrement?.conventions[0]).toMatchObject({ nomFichier: 'dgefp.txt', lue, convention: { dateFin: '2025-06-30' } });
    await attendre(() => onImporte.mock.calls.length === 1, "l'annonce");
    expect(texte(vue.querySelector('[role="status"]'))).toBe('Import réussi : 1 convention enregistrée depuis dgefp.txt.');
  });

  it('nomme à son champ une valeur illisible et n’envoie rien ; un avertissement s’accepte en connaissance de cause', async () => {
    const lue = convention();
    const envois: RequeteDe<'enregistrer-conventions'>[] = [];
    envoyerMock.mockImplementation(async (requete) => {
      if (requete.type === 'importer') return { ok: true, valeur: { ok: true, enregistre: false, apercu: { convention: lue, constats: [], statut: statut(), resume: resume() } } } as never;
      if (requete.type === 'referentiel-betagouv') return { ok: true, valeur: { startups: [], incubateurs: [] } } as never;
      if (requete.type === 'enregistrer-conventions') {
        envois.push(requete);
        if (requete.confirmer) return { ok: true, valeur: { ok: true, nombre: 1 } } as never;
        const constat = { regle: 'code-chorus-mal-forme', gravite: 'avertissement', message: 'Programme « abc » mal formé.', position: { champ: 'programme' } };
        return { ok: true, valeur: { ok: false, erreurs: [{ message: 'Des corrections appellent des constats.' }], verifications: [{ ok: false, erreurs: [], constats: [constat], modifies: ['programme'], aConfirmer: true }] } } as never;
      }
      return { ok: false, erreur: 'inattendu' };
    });
    const vue = monter(<Import />);
    await choisirTexte(vue, new File(['CONVENTION…'], 'c.txt', { type: 'text/plain' }));
    const bouton = () => requis([...vue.querySelectorAll<HTMLButtonElement>('.apercu > .groupe-boutons button')][0]);
    await taper(requis(vue.querySelector<HTMLInputElement>('#revue-0-dateFin')), '31/02/2025');
    await cliquer(bouton());
    const fin = requis(vue.querySelector<HTMLInputElement>('#revue-0-dateFin'));
    expect(fin.getAttribute('aria-invalid')).toBe('true');
    expect(texte(vue.querySelector('#revue-0-dateFin-messages'))).toMatch(/^Erreur : Date impossible/);
    expect(envois).toEqual([]);
    await taper(fin, '31/12/2025');
    await taper(requis(vue.querySelector<HTMLInputElement>('#revue-0-programme')), 'abc');
    await cliquer(bouton());
    await attendre(() => texte(bouton()) === 'Enregistrer malgré ces constats', 'la demande de confirmation');
    expect(texte(vue.querySelector('#revue-0-programme-messages'))).toBe('Avertissement : Programme « abc » mal formé.');
    await cliquer(bouton());
    await attendre(() => envois.length === 2, 'le second envoi');
    expect(envois.map((e) => e.confirmer)).toEqual([false, true]);
  });

  it("n'enregistre rien quand on annule la relecture", async () => {
    envoyerMock.mockImplementation(async (requete) => {
      if (requete.type === 'importer') return { ok: true, valeur: { ok: true, enregistre: false, apercu: { convention: convention(), constats: [], statut: statut(), resume: resume() } } } as never;
      return { ok: false, erreur: 'hors ligne' };
    });
    const vue = monter(<Import />);
    await choisirTexte(vue, new File(['texte'], 'c.txt'));
    await cliquer(requis([...vue.querySelectorAll('button')].find((b) => texte(b) === 'Annuler')));
    expect(vue.querySelector('.apercu')).toBeNull();
    expect(envoyerMock.mock.calls.map(([r]) => r.type)).not.toContain('enregistrer-conventions');
  });

  it('accepte un fichier déposé dans le cadre', async () => {
    reponse = { ok: true, enregistre: true, nombre: 2 };
    const vue = monter(<Import />);
    const depot = requis(vue.querySelector('.depot'));
    const evenement = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(evenement, 'dataTransfer', { value: { files: [new File(['a;b'], 'depose.csv')] } });
    await act(async () => {
      depot.dispatchEvent(evenement);
    });
    await patienter(5);
    expect(evenement.defaultPrevented).toBe(true);
    expect(requetesImport()[0]).toMatchObject({ contenu: 'a;b', nomFichier: 'depose.csv' });
  });

  it('montre une barre de progression pendant la lecture, puis pendant la vérification', async () => {
    reponse = { ok: true, enregistre: true, nombre: 10000 };
    const vus: string[] = [];
    const vue = monter(<Import />);
    const observateur = new MutationObserver(() => {
      const barre = vue.querySelector('progress');
      if (barre) vus.push(`${barre.getAttribute('value') ?? 'indéterminée'}/${barre.getAttribute('max') ?? '-'}`);
    });
    observateur.observe(vue, { subtree: true, childList: true, attributes: true });
    let pendantVerification = '';
    envoyerMock.mockImplementationOnce(async () => {
      await new Promise((fin) => setTimeout(fin, 0)); // the background takes its time: the page paints meanwhile
      pendantVerification = texte(vue.querySelector('.import__progres'));
      return { ok: true, valeur: reponse } as never;
    });
    const contenu = 'x'.repeat(600 * 1024);
    await choisirFichier(vue, new File([contenu], 'gros.csv'));
    observateur.disconnect();
    expect(vus).toContain(`${256 * 1024}/${contenu.length}`);
    expect(vus[0]).toBe(`0/${contenu.length}`);
    expect(vus).toContain(`${contenu.length}/${contenu.length}`);
    expect(pendantVerification).toBe('Vérification de gros.csv…');
    expect(vue.querySelector('progress')).toBeNull();
  });

  it("dit pourquoi l'import est impossible quand le background ne répond pas", async () => {
    envoyerMock.mockResolvedValue({ ok: false, erreur: "L'extension n'a pas pu répondre (timeout)." });
    const vue = monter(<Import />);
    await choisirFichier(vue, new File(['x'], 'r.json'));
    expect(texte(vue.querySelector('[role="alert"]'))).toBe(
      "Import impossible (r.json) : L'extension n'a pas pu répondre (timeout). Rien n'a été modifié.",
    );
  });
});
