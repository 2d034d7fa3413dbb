// The built Docs sidebar (dist/docs-addon/Sidebar.html) in headless Chromium, with a stand-in for
// google.script.run injected before the page loads. The report it renders is a real one: produced by the
// built Docs Code.js in the vm on a draft made from seed 000 whose words for 2024's AE disagree with
// its figures. The screenshot is the one the README shows (JAUGE_CAPTURES=1 writes it under sheets-addon/).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_DOCS } from '../../sheets-addon/build';
import type { RapportDocs } from '../../sheets-addon/src/docs/contrat';
import { assurerConstruction, chargerDocs, documentDepuisTexte } from '../sheets-addon/util/charger-docs';
import { violationsAxe } from './extension-axe';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const CAPTURES = path.resolve('test/e2e/screenshots');
const CAPTURE_README = path.resolve('sheets-addon/captures/panneau-docs.png');

let navigateur: Browser;
let contexte: BrowserContext;
let urlPanneau = '';
let rapport: RapportDocs;

function rapportReel(): RapportDocs {
  const brouillon = readFileSync('../shared/seeds/000_f79b61af944d2ba6.txt', 'utf8').replace('(deux millions cinq cent mille euros)', '(deux millions cinq cents euros)');
  return chargerDocs(documentDepuisTexte(brouillon), { aujourdhui: '2025-06-15' }).module.verifierConvention();
}

/** google.script.run as HtmlService provides it; `window.__appels` records the calls. */
function serveurSimule(r: RapportDocs, delai: number): string {
  return `(() => {
    const appels = [];
    window.__appels = appels;
    window.__serveur = {
      verifierConvention: () => (${JSON.stringify(r)}),
      effacerMarques: () => ({ plagesRestaurees: ${r.plagesMarquees}, plagesPerdues: 0 }),
      selectionnerConstat: () => undefined,
      insererMontantEnLettres: (rectifiee) => ({ insere: rectifiee ? 'deux millions cinq-cent-mille euros' : 'deux millions cinq cent mille euros' }),
      insererEcheancierDuPlan: () => { throw new Error('cellule C6 du plan collé : Montant illisible.'); },
    };
    const executeur = (succes, echec) => {
      const e = { withSuccessHandler: (f) => executeur(f, echec), withFailureHandler: (f) => executeur(succes, f) };
      for (const nom of Object.keys(window.__serveur)) {
        e[nom] = (...args) => {
          appels.push([nom, ...args]);
          setTimeout(() => {
            let resultat;
            try { resultat = window.__serveur[nom](...args); } catch (erreur) { if (echec) echec(erreur); return; }
            if (succes) succes(resultat === undefined ? undefined : JSON.parse(JSON.stringify(resultat)));
          }, ${delai});
        };
      }
      return e;
    };
    window.google = { script: { get run() { return executeur(); } } };
  })();`;
}

async function ouvrir(options: { delai?: number; vue?: 'plan' } = {}): Promise<Page & { erreurs: string[] }> {
  const page = (await contexte.newPage()) as Page & { erreurs: string[] };
  page.erreurs = [];
  page.on('pageerror', (e) => page.erreurs.push(e.message));
  page.on('console', (m) => m.type() === 'error' && page.erreurs.push(m.text()));
  await page.addInitScript({ content: serveurSimule(rapport, options.delai ?? 30) });
  if (options.vue) {
    // As HtmlOutput.append() does: the marker comes after the page's own markup.
    await page.route(urlPanneau, async (route) => {
      const html = readFileSync(path.join(DOSSIER_DOCS, 'Sidebar.html'), 'utf8');
      await route.fulfill({ contentType: 'text/html', body: `${html}<div hidden data-jauge-vue="${options.vue}"></div>` });
    });
  }
  await page.goto(urlPanneau);
  return page;
}

const appels = (page: Page) => page.evaluate(() => (window as unknown as { __appels: unknown[][] }).__appels);


beforeAll(async () => {
  await assurerConstruction();
  urlPanneau = pathToFileURL(path.join(DOSSIER_DOCS, 'Sidebar.html')).href;
  rapport = rapportReel();
  navigateur = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  // The width of a Docs sidebar.
  contexte = await navigateur.newContext({ viewport: { width: 300, height: 1250 }, locale: 'fr-FR' });
  mkdirSync(CAPTURES, { recursive: true });
});

afterAll(async () => {
  await navigateur?.close();
});

const nombre = (n: number, mot: string) => `${n}\u00a0${mot}${n >= 2 ? 's' : ''}`;

describe('Panneau Docs (Sidebar.html construit)', () => {
  it('vérifie dès l’ouverture et liste les constats groupés par gravité, erreurs d’abord', async () => {
    expect(rapport.comptes).toEqual({ erreur: 1, avertissement: 2, information: 2 });
    const page = await ouvrir();
    await page.getByRole('heading', { name: nombre(1, 'erreur') }).first().waitFor();
    expect(await page.locator('.verdict__titre').textContent()).toContain('1\u00a0erreur');
    expect(await page.locator('.verdict__lieu').first().textContent()).toMatch(/^Convention DGEFP → DINUM · signée le 28 mars 2024, fin le 31 décembre 2025 · /);
    expect(await page.locator('.tableau__titre').allTextContents()).toEqual(['Erreur (1)', 'Avertissements (2)', 'Informations (2)']);
    const premiers = await page.locator('.constat').allTextContents();
    expect(premiers[0]).toMatch(/^Erreurtableau, ligne 119/);
    expect(await page.locator('button.constat').count()).toBe(rapport.constats.filter((c) => c.cible).length);
    expect(await appels(page)).toEqual([['verifierConvention']]);
    expect(page.erreurs).toEqual([]);
    await page.close();
  });

  it('un clic sur un constat demande au serveur de sélectionner son paragraphe ou sa ligne de tableau', async () => {
    const page = await ouvrir();
    await page.getByRole('button', { name: /ligne 119/ }).first().click();
    const cible = rapport.constats.find((c) => c.position?.ligne === 119 && c.gravite === 'erreur')!.cible;
    await expect.poll(() => appels(page)).toEqual([['verifierConvention'], ['selectionnerConstat', cible]]);
    expect(cible).toMatchObject({ tableau: true, extrait: '2024' });
    await page.close();
  });

  it('« Effacer les marques » appelle le serveur et le dit', async () => {
    const page = await ouvrir();
    await page.locator('.verdict').waitFor();
    await page.getByRole('button', { name: 'Effacer les marques' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(`Marques effacées sur ${nombre(rapport.plagesMarquees, 'passage')} : fonds d’avant remis.`);
    expect(await page.locator('.note').first().textContent()).toMatch(/^Les marques ont été effacées du document/);
    await page.close();
  });

  it('insère le montant en lettres dans l’orthographe choisie, et affiche l’erreur d’un plan illisible', async () => {
    const page = await ouvrir();
    await page.locator('.verdict').waitFor();
    await page.getByLabel(/Orthographe rectifiée de 1990/).check();
    await page.getByRole('button', { name: 'Insérer en lettres' }).click();
    await expect.poll(() => page.locator('#lettres-titre ~ [role="status"]').textContent()).toBe('Inséré après le montant : « deux millions cinq-cent-mille euros ».');
    await page.getByLabel(/Plan copié depuis le tableur/).fill('Mois\tConsommation\navril 2025\t10 000 €');
    await page.getByRole('button', { name: 'Insérer au curseur' }).click();
    await expect.poll(() => page.locator('#plan-titre ~ [role="status"]').textContent()).toBe('cellule C6 du plan collé : Montant illisible.');
    expect((await appels(page)).slice(1)).toEqual([['insererMontantEnLettres', true], ['insererEcheancierDuPlan', 'Mois\tConsommation\navril 2025\t10 000 €']]);
    await page.close();
  });

  it('ouvert par « Insérer l’échéancier d’un plan » : ne vérifie rien et place le curseur dans la zone du plan', async () => {
    const page = await ouvrir({ vue: 'plan' });
    await page.getByLabel(/Plan copié depuis le tableur/).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-colle');
    expect(await appels(page)).toEqual([]);
    await page.close();
  });

  it('axe-core ne relève aucune violation ; capture d’écran', async () => {
    const page = await ouvrir();
    await page.locator('.verdict').waitFor();
    expect(await violationsAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(CAPTURES, 'sidebar-docs.png'), fullPage: true });
    if (process.env.JAUGE_CAPTURES === '1') {
      mkdirSync(path.dirname(CAPTURE_README), { recursive: true });
      copyFileSync(path.join(CAPTURES, 'sidebar-docs.png'), CAPTURE_README);
    }
    await page.close();
  });
});
