// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import type { ReponseImport, RequeteDe } from '../../../../extension/lib/messages';
import { Import } from '../../../../extension/ui/options/Import';
import { convention, resume, statut } from '../donnees';
import { attendre, cliquer, demonterTout, monter, patienter, requis, texte } from '../outils';

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
    expect(texte(alerte.querySelector('li'))).toBe('Ligne 10 001, champ ae : montant illisible « douze »');
    expect(onImporte).not.toHaveBeenCalled();
  });

  it("fait relire un texte de convention avant de l'enregistrer", async () => {
    reponse = {
      ok: true,
      enregistre: false,
      apercu: { convention: convention(), constats: [], statut: statut(), resume: resume() },
    };
    const onImporte = vi.fn();
    const vue = monter(<Import onImporte={onImporte} />);
    await choisirFichier(vue, new File(['CONVENTION DE DÉLÉGATION…'], 'dgefp.txt', { type: 'text/plain' }));
    const apercu = requis(vue.querySelector('.apercu'));
    expect(texte(apercu.querySelector('h3'))).toBe("À vérifier avant d'enregistrer : Convention DGEFP");
    expect(document.activeElement).toBe(apercu.querySelector('h3'));
    expect(texte(apercu.querySelector('tbody tr'))).toBe('20242 500 000 €1 900 000 €');
    // What the reader linked to beta.gouv.fr is shown for checking too.
    const termes = [...apercu.querySelectorAll('dt')].map((dt) => `${texte(dt)}=${texte(dt.nextElementSibling)}`);
    expect(termes).toContain('Incubateur=mission-apprentissage');
    expect(onImporte).not.toHaveBeenCalled();

    const boutons = [...apercu.querySelectorAll('button')];
    await cliquer(requis(boutons.find((b) => texte(b) === 'Enregistrer cette convention')));
    await patienter();
    expect(requetesImport().at(-1)).toEqual({
      type: 'importer',
      contenu: 'CONVENTION DE DÉLÉGATION…',
      nomFichier: 'dgefp.txt',
      format: 'texte',
      confirmer: true,
    });
    expect(texte(vue.querySelector('[role="status"]'))).toBe('Import réussi : 1 convention enregistrée depuis dgefp.txt.');
    expect(onImporte).toHaveBeenCalledTimes(1);
  });

  it("n'enregistre rien quand on annule la relecture", async () => {
    reponse = { ok: true, enregistre: false, apercu: { convention: convention(), constats: [], statut: statut(), resume: resume() } };
    const vue = monter(<Import />);
    await choisirFichier(vue, new File(['texte'], 'c.txt'));
    await cliquer(requis([...vue.querySelectorAll('button')].find((b) => texte(b) === 'Annuler')));
    expect(vue.querySelector('.apercu')).toBeNull();
    expect(requetesImport()).toHaveLength(1);
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
