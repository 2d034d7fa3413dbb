// The options page in the built extension (.output/chrome-mv3), in Debian's headless Chromium:
// import through the file picker (good registry → found by the popup; 10 000-row registry whose
// last row is invalid → French error naming that row, database unchanged), review of a convention
// text before saving, export download, reset, HTML strings rendered as text, and axe.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { genererRegistreCsv } from '../../bench/generateurs';
import { lireRegistreCsv } from '../../shared/registre/format';
import { violationsAxe } from './extension-axe';
import { DOSSIER_FIXTURES, plat } from './util/navigateur';
import { ouvrirOptions, ouvrirPopup, sessionDuFichier, telechargerParBouton } from './util/pages-extension';

const session = sessionDuFichier();

async function importerFichier(page: Page, nom: string, contenu: string | Buffer, type = 'application/octet-stream') {
  await page.locator('#fichier-import').setInputFiles({ name: nom, mimeType: type, buffer: Buffer.from(contenu) });
}

/** Downloads an export through the page's button and returns the file's text. */
async function exporter(page: Page, format: 'JSON' | 'CSV'): Promise<{ nom: string; contenu: string }> {
  const { nom, octets } = await telechargerParBouton(page, `Exporter en ${format}`);
  return { nom, contenu: octets.toString('utf8') };
}

const REGISTRE_BON = JSON.stringify({
  version: 1,
  conventions: [
    {
      id: 'dgcl-e2e-2025',
      type: 'delegation-de-gestion',
      delegant: { sigle: 'DGCL', nom: 'Direction générale des collectivités locales' },
      delegataire: { sigle: 'DINUM' },
      dateSignature: '2025-02-03',
      dateFin: '2026-12-31',
      uo: '0119-DGCL-E2E',
      programme: '0119',
      echeancier: [
        { annee: 2025, ae: 12000000, cp: 8000000 },
        { annee: 2026, ae: null, cp: 4000000 },
      ],
      startups: ['pastille-e2e'],
    },
  ],
  executions: [],
  startups: [{ slug: 'pastille-e2e', nom: 'Pastille Épreuve' }],
  incubateurs: [],
});

describe('options', () => {
  it('0 violation axe, thèmes clair et sombre', async () => {
    const page = await ouvrirOptions(session);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await violationsAxe(page)).toEqual([]);
      await page.setViewportSize({ width: 1000, height: 2000 });
      await session.capture(page, `options-${theme === 'dark' ? 'sombre' : 'clair'}`);
    }
    await page.close();
  });

  it('importe un bon registre par le sélecteur de fichier ; la convention se trouve ensuite dans le popup', async () => {
    const page = await ouvrirOptions(session);
    await importerFichier(page, 'registre-e2e.json', REGISTRE_BON, 'application/json');
    const statut = page.locator('.alerte--succes');
    await statut.waitFor({ timeout: 15_000 });
    expect(plat(await statut.textContent())).toBe('Import réussi : 1 convention enregistrée depuis registre-e2e.json.');
    await expect.poll(async () => plat(await page.locator('.inventaire').textContent())).toMatch(/La base contient \d+ conventions/);

    const popup = await ouvrirPopup(session);
    await popup.locator('#champ-recherche').fill('pastille epreuve');
    const option = popup.getByRole('option', { name: /Pastille Épreuve/ });
    await option.waitFor({ timeout: 15_000 });
    expect(plat(await option.textContent())).toContain('Convention DGCL');
    await popup.keyboard.press('Enter');
    await popup.getByRole('table').waitFor();
    expect((await popup.locator('tbody td').allTextContents()).map(plat)).toContain('120 000 €');
    await popup.close();
    await page.close();
  });

  it("refuse en entier un registre de 10 000 lignes dont la dernière est fausse, en nommant la ligne ; la base n'a pas changé", async () => {
    const page = await ouvrirOptions(session);
    const avant = await exporter(page, 'JSON');

    // A generated registry of 10 000 lines, whose last line gets an unreadable AE.
    const bon = genererRegistreCsv(10_000).replace(/\r?\n$/, '');
    const lignes = bon.split(/\r?\n/);
    expect(lignes.length).toBe(10_001);
    const entetes = lignes[0]!.replace(/^\uFEFF/, '').split(';');
    const colonneAe = entetes.indexOf('ae');
    const derniere = lignes[lignes.length - 1]!.split(';');
    derniere[colonneAe] = 'beaucoup';
    lignes[lignes.length - 1] = derniere.join(';');
    const mauvais = lignes.join('\r\n');
    // What the rules module says of it (the page must show the same row and field).
    const attendu = lireRegistreCsv(mauvais);
    expect(attendu.ok).toBe(false);
    const erreur = attendu.ok ? undefined : attendu.erreurs[0];
    expect(erreur?.ligne).toBe(10_001); // file line: the header, then 10 000 rows

    await importerFichier(page, 'registre-10000.csv', mauvais, 'text/csv');
    const alerte = page.getByRole('alert');
    await alerte.waitFor({ timeout: 30_000 });
    const texte = plat(await alerte.textContent());
    expect(texte).toContain('Import refusé : registre-10000.csv');
    expect(texte).toContain("Rien n'a été modifié");
    const element = plat(await alerte.locator('li').first().textContent());
    expect(element).toMatch(/^Ligne 10 ?001\b/);
    expect(element).toContain(`« ${erreur!.champ} »`);
    expect(element).toContain(plat(erreur!.message).replace(/^Ligne \d+, /, ''));
    await session.capture(page, 'options-import-refuse');
    expect(await violationsAxe(page)).toEqual([]);

    const apres = await exporter(page, 'JSON');
    expect(apres.contenu).toBe(avant.contenu);
    await page.close();
  });

  it("fait relire le texte d'une convention avant de l'enregistrer", async () => {
    const page = await ouvrirOptions(session);
    const texte = readFileSync('/work/shared/seeds/004_4089475481e85089.txt', 'utf8');
    await importerFichier(page, 'menjs-classe-a-12.txt', texte, 'text/plain');
    // The same review as a document's: every field editable, read as people write it.
    const apercu = page.locator('.apercu');
    await apercu.waitFor({ timeout: 30_000 });
    expect(plat(await apercu.locator('h3').first().textContent())).toBe("À vérifier avant d'enregistrer : 1 convention lue");
    expect(await page.locator('#revue-0-delegantSigle').inputValue()).toBe('MENJS');
    expect(await page.locator('#revue-0-dateFin').inputValue()).toBe('31 décembre 2021');
    expect((await Promise.all([0, 1].map((i) => page.locator(`#revue-0-echeancier-0-${['ae', 'cp'][i]}`).inputValue()))).map(plat)).toEqual(['50 000 €', '50 000 €']);
    // The startup the text names is proposed first.
    expect(await page.locator('.edition__suggestions li').first().getAttribute('data-suggestion')).toBe('classe-a-12');
    expect(await violationsAxe(page)).toEqual([]);
    await session.capture(page, 'options-apercu-convention');
    await apercu.getByRole('button', { name: 'Enregistrer cette convention' }).click();
    await page.locator('.alerte--succes').waitFor();
    expect(plat(await page.locator('.alerte--succes').textContent())).toBe(
      'Import réussi : 1 convention enregistrée depuis menjs-classe-a-12.txt.',
    );
    await page.close();
  });

  it('affiche comme du texte les chaînes HTML d’un registre et de ses erreurs ; aucune boîte de dialogue', async () => {
    const page = await ouvrirOptions(session);
    const piege = '<img src=x onerror="document.documentElement.dataset.pirate=1;alert(1)">';
    // A file name and an error echoing HTML: both must read as text.
    const mauvais = JSON.stringify({ version: 1, conventions: [{ id: piege, type: piege }], executions: [], startups: [], incubateurs: [] });
    await importerFichier(page, `${piege}.json`, mauvais, 'application/json');
    const alerte = page.getByRole('alert');
    await alerte.waitFor({ timeout: 15_000 });
    expect(await alerte.textContent()).toContain(`Import refusé : ${piege}.json`);
    expect(await page.locator('#app img, #app script').count()).toBe(0);

    const hostile = readFileSync(path.join(DOSSIER_FIXTURES, 'registre-hostile.json'), 'utf8');
    await importerFichier(page, 'registre-hostile.json', hostile, 'application/json');
    await page.locator('.alerte--succes').waitFor({ timeout: 15_000 });
    expect(await page.locator('#app img, #app script, #app b').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.pirate ?? null)).toBeNull();
    expect(session.dialogues).toEqual([]);
    await page.close();
  });

  it('réinitialise au registre intégré après confirmation', async () => {
    const page = await ouvrirOptions(session);
    await page.getByRole('button', { name: 'Réinitialiser les données…' }).click();
    const confirmer = page.getByRole('button', { name: 'Effacer et réinitialiser' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Effacer et réinitialiser');
    expect(await violationsAxe(page)).toEqual([]);
    await confirmer.click();
    await page.locator('.alerte--succes').waitFor();
    expect(plat(await page.locator('.alerte--succes').textContent())).toMatch(/^Données réinitialisées : \d+ conventions? du registre intégré\.$/);
    const apres = await exporter(page, 'CSV');
    expect(apres.nom).toMatch(/^jauge-registre-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(apres.contenu).not.toContain('dgcl-e2e-2025');
    expect(apres.contenu).toContain('classe-a-12');
    await page.close();
  });
});
