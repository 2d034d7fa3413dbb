// onOpen / onInstall and the sidebar of the Docs add-on, through the built bundle.
import { beforeAll, describe, expect, it } from 'vitest';
import { assurerConstruction, chargerDocs, documentDepuisTexte } from '../util/charger-docs';
import { conventionDeTaille } from '../util/mesures-docs';

beforeAll(async () => {
  await assurerConstruction();
});

const MENU = [
  { libelle: 'Vérifier la convention', fonction: 'ouvrirPanneau' },
  { libelle: 'Effacer les marques', fonction: 'menuEffacerMarques' },
  { libelle: 'Insérer le montant en lettres', fonction: 'menuInsererMontantEnLettres' },
  { libelle: 'Insérer l\u2019échéancier d\u2019un plan', fonction: 'ouvrirPanneauPlan' },
];

describe('Menu Extensions › Jauge dans Docs', () => {
  it('onOpen et onInstall ajoutent les quatre éléments, chacun appelant une fonction globale de Code.js', () => {
    for (const declencheur of ['onOpen', 'onInstall'] as const) {
      const d = documentDepuisTexte(conventionDeTaille(10));
      const { module, contexte } = chargerDocs(d);
      module[declencheur]({ authMode: 'FULL' });
      expect(d.menus).toHaveLength(1);
      expect(d.menus[0]!.elements).toEqual(MENU);
      for (const { fonction } of MENU) expect(typeof contexte[fonction]).toBe('function');
    }
  });

  it('en AuthMode.NONE, n’ajoute que le menu : ni document lu, ni propriétés', () => {
    const d = documentDepuisTexte(conventionDeTaille(10));
    const { module } = chargerDocs(d);
    module.onOpen({ authMode: 'NONE' });
    expect(d.journal).toEqual(['DocumentApp.getUi', 'Ui.createAddonMenu', 'Menu.addItem', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addItem', 'Menu.addItem', 'Menu.addToUi']);
  });

  it('« Vérifier la convention » ouvre le panneau construit ; « Insérer l’échéancier d’un plan » l’ouvre sur l’outil du plan, sans rien vérifier', () => {
    const d = documentDepuisTexte(conventionDeTaille(10));
    const { module } = chargerDocs(d);
    module.ouvrirPanneau();
    expect(d.panneaux[0]).toMatchObject({ fichier: 'Sidebar', titre: 'Jauge' });
    expect(d.panneaux[0]!.contenu).toContain('<html lang="fr">');
    expect(d.panneaux[0]!.contenu).not.toContain('<div hidden data-jauge-vue');
    module.ouvrirPanneauPlan();
    expect(d.panneaux[1]!.contenu.endsWith('<div hidden data-jauge-vue="plan"></div>')).toBe(true);
    // Only the Ui is asked for: nothing of the document is read.
    expect(d.appelsDocument()).toEqual(['DocumentApp.getUi', 'DocumentApp.getUi']);
  });
});
