// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ERREURS_AFFICHEES, ListeErreurs, texteErreur } from '../../../../extension/ui/options/ListeErreurs';
import { demonterTout, monter, requis, texte } from '../outils';

afterEach(demonterTout);

describe("erreurs d'import", () => {
  it('gardent tel quel un message qui nomme déjà sa ligne et son champ (messages de shared/)', () => {
    const e = { ligne: 10001, champ: 'ae', message: 'Ligne 10001, champ « ae » : montant illisible : « beaucoup » ne contient pas de chiffres.' };
    expect(texteErreur(e)).toBe(e.message);
    expect(texteErreur({ ligne: 10001, message: 'Ligne 10\u202f001 : année manquante.' })).toBe('Ligne 10\u202f001 : année manquante.');
    // « ligne 1 » is not « ligne 10001 »
    expect(texteErreur({ ligne: 10001, message: 'ligne 1 vide' }).replace(/\u202f/g, ' ')).toBe('Ligne 10 001 : ligne 1 vide');
  });

  it('nomment la ligne et le champ', () => {
    expect(texteErreur({ ligne: 10001, champ: 'ae', message: 'montant illisible « abc »' }).replace(/\u202f/g, ' ')).toBe(
      'Ligne 10 001, champ « ae » : montant illisible « abc »',
    );
    expect(texteErreur({ champ: 'version', message: 'valeur 1 attendue' })).toBe('Champ « version » : valeur 1 attendue');
    // A path in the file or the settings is never shown: its field in words.
    expect(texteErreur({ champ: 'conventions[7].dateFin', message: 'date attendue au format AAAA-MM-JJ' })).toBe('Date de fin : date attendue au format AAAA-MM-JJ');
    expect(texteErreur({ champ: 'clotures.paiements', message: 'date attendue' })).toBe('Dernier jour des paiements : date attendue');
    expect(texteErreur({ message: 'JSON illisible' })).toBe('JSON illisible');
  });

  it("disent que rien n'a été modifié, en alerte, et listent chaque erreur", () => {
    const vue = monter(
      <ListeErreurs
        nomFichier="registre.csv"
        erreurs={[
          { ligne: 3, champ: 'dateFin', message: 'date attendue au format AAAA-MM-JJ' },
          { ligne: 7, champ: 'cp', message: 'montant négatif' },
        ]}
      />,
    );
    const alerte = requis(vue.querySelector('[role="alert"]'));
    expect(texte(alerte.querySelector('h3'))).toBe('Import refusé : registre.csv');
    expect(texte(alerte.querySelector('p'))).toBe("Rien n'a été modifié dans vos données. À corriger :");
    expect([...alerte.querySelectorAll('li')].map((li) => texte(li))).toEqual([
      'Ligne 3, champ « dateFin » : date attendue au format AAAA-MM-JJ',
      'Ligne 7, champ « cp » : montant négatif',
    ]);
  });

  it(`n'affiche que les ${ERREURS_AFFICHEES} premières et compte les autres`, () => {
    const erreurs = Array.from({ length: 170 }, (_, i) => ({ ligne: i + 2, message: 'année illisible' }));
    const vue = monter(<ListeErreurs erreurs={erreurs} />);
    expect(vue.querySelectorAll('li')).toHaveLength(ERREURS_AFFICHEES);
    expect(texte(vue.querySelector('.mention'))).toBe('… et 70 autres erreurs.');
  });

  it('affiche une erreur contenant du HTML comme du texte', () => {
    const piege = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const vue = monter(<ListeErreurs nomFichier={piege} erreurs={[{ ligne: 2, champ: piege, message: `valeur refusée ${piege.slice(0, 5)}` }]} />);
    expect(vue.querySelector('img, script')).toBeNull();
    expect(texte(vue.querySelector("li"))).toBe(`Ligne 2, champ « ${piege} » : valeur refusée <img`);
    expect(texte(vue.querySelector('h3'))).toBe(`Import refusé : ${piege}`);
  });
});
