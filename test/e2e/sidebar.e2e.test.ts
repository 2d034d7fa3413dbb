// The built sidebar (dist/sheets-addon/Sidebar.html) in headless Chromium, with a stand-in for
// google.script.run injected before the page loads. The report it renders is a real one: produced by
// the built Code.js in the vm on a fixture sheet.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapport } from '../../sheets-addon/src/sheets/contrat';
import { assurerConstruction, charger, nouveauTableur } from '../sheets-addon/util/charger';
import { CP_EN_AVANCE, LIGNE_7_AVEC_NOTES, REGISTRE_CSV } from '../sheets-addon/util/fixtures';
import { violationsAxe } from './extension-axe';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const CAPTURES = path.resolve('test/e2e/screenshots');

let navigateur: Browser;
let contexte: BrowserContext;
let urlPanneau = '';
let rapport: Rapport;

/** A real report: two tables (one at row 7 beside notes, one lower down with its own key cells). */
function rapportReel(): Rapport {
  const t = nouveauTableur('Budget 2025');
  t.active.remplir(LIGNE_7_AVEC_NOTES);
  t.active.remplir(CP_EN_AVANCE, 30, 1);
  return charger(t, { aujourdhui: '2025-06-15' }).module.verifierEcheancier();
}

/**
 * google.script.run as HtmlService provides it: chainable handlers, then a call by name answered
 * asynchronously. `window.__serveur` holds the answers, `window.__appels` records the calls, and the
 * iframe's clipboard is recorded in `window.__copie`. Plain JavaScript text, injected before load.
 */
function serveurSimule(r: Rapport, delai: number, registre?: Rapport): string {
  return `(() => {
    const appels = [];
    window.__appels = appels;
    window.__delai = ${delai};
    window.__serveur = {
      verifierEcheancier: () => (${JSON.stringify(r)}),
      verifierSelection: () => ({ ...${JSON.stringify(r)}, source: 'selection' }),
      verifierRegistre: () => (${registre ? JSON.stringify(registre) : `{ ...${JSON.stringify(r)}, registre: null, tableaux: [], constats: [] }`}),
      effacerMarques: () => ({ cellulesRestaurees: 2 }),
      selectionnerCellule: () => undefined,
    };
    const executeur = (succes, echec) => {
      const e = {
        withSuccessHandler: (f) => executeur(f, echec),
        withFailureHandler: (f) => executeur(succes, f),
      };
      for (const nom of Object.keys(window.__serveur)) {
        e[nom] = (...args) => {
          appels.push([nom, ...args]);
          setTimeout(() => {
            let resultat;
            try { resultat = window.__serveur[nom](...args); } catch (erreur) { if (echec) echec(erreur); return; }
            if (succes) succes(resultat === undefined ? undefined : JSON.parse(JSON.stringify(resultat)));
          }, window.__delai);
        };
      }
      return e;
    };
    window.google = { script: { get run() { return executeur(); } } };
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => { window.__copie = t; } } });
  })();`;
}

/** Expected wording, written independently of the sidebar's code. */
const nombre = (n: number, mot: string) => `${n}\u00a0${mot}${n >= 2 ? 's' : ''}`;

async function ouvrir(delai = 50): Promise<Page> {
  const page = await contexte.newPage();
  const erreurs: string[] = [];
  page.on('pageerror', (e) => erreurs.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') erreurs.push(m.text());
  });
  await page.addInitScript({ content: serveurSimule(rapport, delai) });
  await page.goto(urlPanneau);
  (page as Page & { erreurs?: string[] }).erreurs = erreurs;
  return page;
}


beforeAll(async () => {
  const dossier = await assurerConstruction();
  urlPanneau = pathToFileURL(path.join(dossier, 'Sidebar.html')).href;
  rapport = rapportReel();
  navigateur = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  // The width of a Sheets sidebar.
  contexte = await navigateur.newContext({ viewport: { width: 300, height: 1100 }, locale: 'fr-FR' });
  mkdirSync(CAPTURES, { recursive: true });
});

afterAll(async () => {
  await navigateur?.close();
});

describe('Panneau latéral (Sidebar.html construit)', () => {
  it('vérifie dès l’ouverture, montre la roue pendant l’attente puis le verdict, les comptes et les constats par tableau', async () => {
    const { comptes } = rapport;
    expect(comptes.erreur).toBeGreaterThanOrEqual(2);
    expect(rapport.tableaux).toHaveLength(2);
    const page = await ouvrir(1500);
    await expect.poll(() => page.locator('.roue').count()).toBe(1);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Vérification en cours…');
    const titre = nombre(comptes.erreur, 'erreur');
    await page.getByRole('heading', { name: titre }).waitFor();
    expect(await page.locator('.roue').count()).toBe(0);
    const detail = `${nombre(comptes.erreur, 'erreur')}, ${nombre(comptes.avertissement, 'avertissement')}, ${nombre(comptes.information, 'information')}`;
    expect(await page.getByRole('status').first().textContent()).toBe(`Vérification terminée : ${detail}.`);
    expect(await page.locator('.comptes li').allTextContents()).toEqual([
      `\u2716 ${nombre(comptes.erreur, 'erreur')}`,
      `\u26a0 ${nombre(comptes.avertissement, 'avertissement')}`,
      `\u2139 ${nombre(comptes.information, 'information')}`,
    ]);
    const titres = await page.locator('.tableau__titre').allTextContents();
    expect(titres).toEqual(rapport.tableaux.map((t) => `Tableau ${t.plage} · ${nombre(t.constats.length, 'constat')}`));
    expect(await page.locator('.verdict__lieu').first().textContent()).toBe(`Feuille « Budget 2025 », plage ${rapport.plageLue} · 2\u00a0tableaux`);
    // Every finding with a cell is a button; the others are plain text.
    expect(await page.locator('button.constat').count()).toBe(rapport.constats.filter((c) => c.cellule).length);
    expect(await page.locator('.constat').count()).toBe(rapport.constats.length);
    expect(await page.evaluate(() => (window as unknown as { __appels: unknown[][] }).__appels)).toEqual([['verifierEcheancier']]);
    expect((page as Page & { erreurs?: string[] }).erreurs).toEqual([]);
    await page.close();
  });

  it('accorde le verdict : « Aucune erreur », « 1 avertissement », « 1 erreur »', async () => {
    const cas: [Rapport['comptes'], string][] = [
      [{ erreur: 0, avertissement: 0, information: 3 }, 'Aucune erreur'],
      [{ erreur: 0, avertissement: 1, information: 0 }, '1\u00a0avertissement'],
      [{ erreur: 0, avertissement: 4, information: 0 }, '4\u00a0avertissements'],
      [{ erreur: 1, avertissement: 4, information: 0 }, '1\u00a0erreur'],
    ];
    for (const [comptes, attendu] of cas) {
      const page = await contexte.newPage();
      await page.addInitScript({ content: serveurSimule({ ...rapport, comptes }, 5) });
      await page.goto(urlPanneau);
      await page.getByRole('heading', { name: attendu, exact: true }).waitFor();
      await page.close();
    }
  });

  it('un clic sur un constat demande au serveur de sélectionner sa cellule, sur la feuille vérifiée', async () => {
    const page = await ouvrir();
    const bouton = page.getByRole('button', { name: /cellule D9/ }).first();
    await bouton.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __appels: unknown[][] }).__appels))
      .toEqual([['verifierEcheancier'], ['selectionnerCellule', 'D9', 'Budget 2025']]);
    await page.close();
  });

  it('garde le focus sur « Vérifier à nouveau » pendant et après la vérification, sans appel en double', async () => {
    const page = await ouvrir(300);
    await page.locator('.verdict').waitFor();
    const bouton = page.getByRole('button', { name: 'Vérifier à nouveau' });
    await bouton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => bouton.getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter'); // ignored while the server works
    await expect.poll(() => bouton.getAttribute('aria-disabled')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vérifier à nouveau');
    expect(await page.evaluate(() => (window as unknown as { __appels: unknown[][] }).__appels)).toEqual([['verifierEcheancier'], ['verifierEcheancier']]);
    await page.close();
  });

  it('« La sélection » et « Le registre » appellent leur vérification, que « Vérifier à nouveau » refait ensuite', async () => {
    const page = await ouvrir(20);
    await page.locator('.verdict').waitFor();
    const appels = () => page.evaluate(() => (window as unknown as { __appels: unknown[][] }).__appels.map((a) => a[0]));
    await page.getByRole('button', { name: 'Le registre' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Vérification terminée : cette feuille n’a pas la disposition d’un registre.');
    expect(await page.getByRole('heading', { name: 'Aucun registre trouvé' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Vérifier à nouveau' }).click();
    await page.getByRole('button', { name: 'La sélection' }).click();
    await expect.poll(appels).toEqual(['verifierEcheancier', 'verifierRegistre', 'verifierRegistre', 'verifierSelection']);
    await page.close();
  });

  it('« Le registre » montre le registre lu, ses conventions et ses constats sur leurs cellules', async () => {
    const t = nouveauTableur('Registre');
    t.active.remplir(REGISTRE_CSV);
    const registre = charger(t, { aujourdhui: '2025-06-15' }).module.verifierRegistre();
    const page = await contexte.newPage();
    await page.addInitScript({ content: serveurSimule(rapport, 10, registre) });
    await page.goto(urlPanneau);
    await page.locator('.verdict').waitFor();
    await page.getByRole('button', { name: 'Le registre' }).click();
    await expect.poll(() => page.locator('.verdict__lieu').first().textContent()).toBe('Feuille « Registre », plage A1:J5 · registre A1:J5, 2\u00a0conventions');
    expect(await page.locator('.tableau__titre').first().textContent()).toBe(`Registre A1:J5 · ${nombre(registre.constats.length, 'constat')}`);
    await page.getByRole('button', { name: /cellule J5/ }).first().click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __appels: unknown[][] }).__appels.at(-1))).toEqual(['selectionnerCellule', 'J5', 'Registre']);
    expect(await violationsAxe(page)).toEqual([]);
    await page.close();
  });

  it('« Effacer les marques » appelle le serveur et le dit en toutes lettres', async () => {
    const page = await ouvrir();
    await page.locator('.verdict').waitFor();
    await page.getByRole('button', { name: 'Effacer les marques' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Marques effacées sur 2\u00a0cellules : fonds et notes d\u2019avant remis.');
    expect(await page.locator('.note').first().textContent()).toMatch(/Les marques ont été effacées de la feuille/);
    await page.close();
  });

  it('une erreur du serveur s’affiche dans une alerte (role="alert"), en français', async () => {
    const page = await ouvrir();
    await page.locator('.verdict').waitFor();
    await page.evaluate(() => {
      (window as unknown as { __serveur: Record<string, () => unknown> }).__serveur.verifierEcheancier = () => {
        throw new Error('La vérification a échoué : feuille protégée.');
      };
    });
    await page.getByRole('button', { name: 'Vérifier à nouveau' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Erreur : La vérification a échoué : feuille protégée.');
    await page.close();
  });

  it('l’outil « Montant en lettres » écrit le montant, suit l’orthographe de 1990 et copie le texte', async () => {
    const page = await ouvrir();
    const champ = page.getByLabel(/Montant en chiffres/);
    await champ.fill('2500000');
    const resultat = page.locator('#outil-resultat');
    expect(await resultat.textContent()).toBe('deux millions cinq cent mille euros');
    await page.getByLabel(/Orthographe rectifiée de 1990/).check();
    expect(await resultat.textContent()).toBe('deux millions cinq-cent-mille euros');
    await champ.fill('1 900 000,50 €');
    await page.getByLabel(/Orthographe rectifiée de 1990/).uncheck();
    expect(await resultat.textContent()).toBe('un million neuf cent mille euros et cinquante centimes');
    await page.getByRole('button', { name: 'Copier' }).click();
    await expect.poll(() => page.locator('.outil [role="status"]').textContent()).toBe('Copié dans le presse-papiers.');
    expect(await page.evaluate(() => (window as unknown as { __copie?: string }).__copie)).toBe('un million neuf cent mille euros et cinquante centimes');
    await champ.fill('abc');
    expect(await resultat.textContent()).toMatch(/^Montant illisible/);
    expect(await champ.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Copier' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('suit un ordre de tabulation logique : actions, constats dans l’ordre de la feuille, puis l’outil', async () => {
    const page = await ouvrir();
    await page.locator('.verdict').waitFor();
    const libelles = { erreur: 'Erreur', avertissement: 'Avertissement', information: 'Information' };
    const attendu = [
      'button:Vérifier à nouveau',
      'button:Effacer les marques',
      'button:La feuille',
      'button:La sélection',
      'button:Le registre',
      ...rapport.tableaux.flatMap((t) => t.constats.filter((c) => c.cellule).map((c) => `button:${libelles[c.gravite]}cellule ${c.cellule}`)),
      'input:outil-montant',
      'input:outil-1990',
    ];
    const suite: string[] = [];
    for (let i = 0; i < attendu.length; i++) {
      await page.keyboard.press('Tab');
      suite.push(
        await page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          return e ? `${e.tagName.toLowerCase()}:${(e.id || e.textContent || '').trim()}` : '';
        }),
      );
    }
    expect(suite.map((x, i) => (x.startsWith(attendu[i]!) ? attendu[i] : x))).toEqual(attendu);
    await page.close();
  });

  it('axe-core ne relève aucune violation, avec un rapport affiché et l’outil rempli ; capture d’écran', async () => {
    const page = await ouvrir();
    await page.locator('.verdict').waitFor();
    await page.getByLabel(/Montant en chiffres/).fill('2500000');
    expect(await violationsAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(CAPTURES, 'sidebar.png'), fullPage: true });
    await page.getByLabel(/Montant en chiffres/).fill('abc');
    expect(await violationsAxe(page)).toEqual([]);
    await page.close();
  });

  it('axe-core ne relève aucune violation sur une feuille propre ni sur une feuille sans échéancier', async () => {
    for (const variante of ['propre', 'vide'] as const) {
      const page = await contexte.newPage();
      const r: Rapport = {
        ...rapport,
        tableaux: variante === 'propre' ? [{ plage: 'A5:C8', disposition: 'echeancier', constats: [] }] : [],
        constats: [],
        comptes: { erreur: 0, avertissement: 0, information: 0 },
        cellulesMarquees: 0,
      };
      await page.addInitScript({ content: serveurSimule(r, 10) });
      await page.goto(urlPanneau);
      await page.getByRole('heading', { name: variante === 'propre' ? 'Aucune erreur' : 'Aucun échéancier trouvé' }).waitFor();
      expect(await violationsAxe(page)).toEqual([]);
      await page.screenshot({ path: path.join(CAPTURES, `sidebar-${variante}.png`), fullPage: true });
      await page.close();
    }
  });
});
