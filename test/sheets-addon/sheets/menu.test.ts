// onOpen / onInstall, the sidebar and the menu actions, through the built bundle.
import { beforeAll, describe, expect, it } from 'vitest';
import { assurerConstruction, charger, nouveauTableur } from '../util/charger';
import { CP_EN_AVANCE, PROPRE } from '../util/fixtures';

beforeAll(async () => {
  await assurerConstruction();
});

const MENU = [
  { libelle: 'Vérifier l\u2019échéancier', fonction: 'menuVerifierEcheancier' },
  { libelle: 'Vérifier la sélection', fonction: 'menuVerifierSelection' },
  { libelle: 'Vérifier le registre', fonction: 'menuVerifierRegistre' },
  { libelle: 'Ouvrir le panneau', fonction: 'ouvrirPanneau' },
  { libelle: 'Effacer les marques', fonction: 'menuEffacerMarques' },
  { libelle: 'Créer une feuille registre', fonction: 'menuCreerFeuilleRegistre' },
];

describe('onOpen et onInstall', () => {
  it('ajoutent le menu du module, dont chaque élément appelle une fonction globale de Code.js', () => {
    for (const declencheur of ['onOpen', 'onInstall'] as const) {
      const t = nouveauTableur();
      const { module, contexte } = charger(t);
      module[declencheur]({ authMode: 'FULL' });
      expect(t.menus).toHaveLength(1);
      expect(t.menus[0]!.elements).toEqual(MENU);
      for (const { fonction } of MENU) expect(typeof contexte[fonction]).toBe('function');
    }
  });

  it('en AuthMode.NONE, n’ajoutent que le menu : ni feuille lue, ni propriétés', () => {
    const t = nouveauTableur();
    t.active.remplir(PROPRE);
    const { module } = charger(t);
    module.onOpen({ authMode: 'NONE' });
    expect(t.menus[0]!.elements).toEqual(MENU);
    expect(t.journal).toEqual(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', ...Array(5).fill('Menu.addItem'), 'Menu.addSeparator', 'Menu.addItem', 'Menu.addToUi']);
  });
});

describe('Ouvrir le panneau', () => {
  it('affiche Sidebar.html (fichier construit) sous le titre « Jauge »', () => {
    const t = nouveauTableur();
    const { module } = charger(t);
    module.ouvrirPanneau();
    expect(t.panneaux).toHaveLength(1);
    expect(t.panneaux[0]).toMatchObject({ fichier: 'Sidebar', titre: 'Jauge' });
    expect(t.panneaux[0]!.contenu).toContain('<html lang="fr">');
  });
});

describe('Actions du menu', () => {
  it('« Vérifier l’échéancier » répond par un message en français avec le verdict', () => {
    const t = nouveauTableur();
    t.active.remplir(CP_EN_AVANCE);
    const { module } = charger(t, { aujourdhui: '2025-06-15' });
    module.menuVerifierEcheancier();
    expect(t.toasts).toHaveLength(1);
    expect(t.toasts[0]!.titre).toBe('Jauge');
    expect(t.toasts[0]!.message).toMatch(/^1\u00a0erreur — 1\u00a0erreur, 0\u00a0avertissement, 0\u00a0information\. Détail : Extensions › Jauge › Ouvrir le panneau\.$/);
  });

  it('« Vérifier l’échéancier » dit quand la feuille n’a pas d’échéancier', () => {
    const t = nouveauTableur();
    t.active.remplir([['Liste des courses'], ['pain']]);
    const { module } = charger(t);
    module.menuVerifierEcheancier();
    expect(t.toasts[0]!.message).toBe('Aucun échéancier trouvé dans la feuille (en-têtes Année, AE, CP attendus).');
  });

  it('« Effacer les marques » dit combien de cellules ont été remises en l’état, au bon nombre', () => {
    const t = nouveauTableur();
    t.active.remplir(CP_EN_AVANCE);
    const { module } = charger(t, { aujourdhui: '2025-06-15' });
    module.menuEffacerMarques();
    expect(t.toasts.at(-1)!.message).toBe('Aucune marque de Jauge à effacer.');
    module.verifierEcheancier();
    module.menuEffacerMarques();
    expect(t.toasts.at(-1)!.message).toBe('Marques effacées sur 1\u00a0cellule : fonds et notes d\u2019avant remis.');
  });
});
