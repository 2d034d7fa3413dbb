// The popup in the built extension (.output/chrome-mv3), in Debian's headless Chromium:
// search from the keyboard, detail view with the échéancier, light and dark themes, axe, and a
// registry whose every string is HTML or script (rendered as text, nothing runs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violationsAxe } from './extension-axe';
import { DOSSIER_FIXTURES, envoyerAuFond, plat } from './util/navigateur';
import { ouvrirPopup, sessionDuFichier } from './util/pages-extension';

const session = sessionDuFichier();

/** Types like a person, waits for the answer to that very query, then for an option naming `attendu`. */
async function chercher(page: Page, requete: string, attendu: string | RegExp) {
  await page.locator('#champ-recherche').fill(requete);
  const etat = page.locator('.recherche__etat');
  await expect
    .poll(async () => plat(await etat.textContent()), { timeout: 15_000 })
    .toMatch(requete.trim() ? `« ${requete.trim()} »` : /de la plus urgente/);
  await page.getByRole('option', { name: attendu }).first().waitFor({ timeout: 15_000 });
}

describe('popup', () => {
  it('a le curseur dans la recherche à l’ouverture', async () => {
    const page = await ouvrirPopup(session);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('champ-recherche');
    // The embedded default registry is there (seeded on install): the popup lists it, worst first.
    await page.getByRole('option').first().waitFor({ timeout: 15_000 });
    await session.capture(page, 'popup-ouverture');
    await page.close();
  });

  it('« classe » → résultat → Entrée → détail, dont le tableau montre 50 000 €', async () => {
    const page = await ouvrirPopup(session);
    await chercher(page, 'classe', /Classe à 12/);
    const options = page.getByRole('option');
    expect(plat(await options.first().textContent())).toContain('Convention MENJS');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#champ-recherche').getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await session.capture(page, 'popup-recherche-classe');
    await page.keyboard.press('Enter');

    const table = page.getByRole('table');
    await table.waitFor();
    expect(page.url()).toMatch(/#\/convention\/.+/);
    expect(plat(await table.locator('caption').textContent())).toBe('AE et CP prévus par année');
    const cellules = (await table.locator('tbody td').allTextContents()).map(plat);
    expect(cellules).toContain('50 000 €');
    expect(await table.locator('th[scope="col"]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('img', { name: /AE et CP par année/ }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-titre');
    await session.capture(page, 'popup-detail-classe');
    await page.setViewportSize({ width: 380, height: 1400 });
    await session.capture(page, 'popup-detail-classe-entier');

    // Esc goes back to the search, with the query kept and the cursor in the box.
    await page.keyboard.press('Escape');
    await page.locator('#champ-recherche').waitFor({ state: 'visible' });
    expect(await page.locator('#champ-recherche').inputValue()).toBe('classe');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('champ-recherche');
    await page.close();
  });

  it('trouve sans accents ni majuscules : partenaire, UO, année', async () => {
    const page = await ouvrirPopup(session);
    await chercher(page, 'dgefp', /DGEFP/);
    await chercher(page, 'CLASSE A 12', /Classe à 12/);
    await chercher(page, '2021', /Classe à 12/);
    await chercher(page, '0103-CEFP', /DGEFP/);
    // A two-year échéancier: table rows per year, chart with running totals.
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    expect((await page.locator('tbody th[scope="row"]').allTextContents()).map(plat)).toEqual(['2024', '2025']);
    expect(await page.locator('polyline.graphique__cumul-ae').count()).toBe(1);
    await page.setViewportSize({ width: 380, height: 1500 });
    await session.capture(page, 'popup-detail-dgefp');
    await page.close();
  });

  it('ouvre le détail demandé dans l’adresse, comme le fait « Voir le détail » du badge', async () => {
    const recherche = await envoyerAuFond<{ id: string }[]>(session, { type: 'rechercher', requete: 'classe' });
    expect(recherche.ok).toBe(true);
    const id = recherche.ok ? recherche.valeur[0]!.id : '';
    const page = await ouvrirPopup(session, `#/convention/${encodeURIComponent(id)}`);
    await page.getByRole('table').waitFor();
    expect(plat(await page.locator('#detail-titre').textContent())).toBe('MENJS → DINUM');
    await page.close();
  });

  it('0 violation axe : recherche et détail, thèmes clair et sombre', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await ouvrirPopup(session);
      await page.emulateMedia({ colorScheme: theme });
      await chercher(page, 'classe', /Classe à 12/);
      await page.keyboard.press('ArrowDown');
      expect(await violationsAxe(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await page.getByRole('table').waitFor();
      expect(await violationsAxe(page)).toEqual([]);
      await page.setViewportSize({ width: 380, height: 1400 });
      await session.capture(page, `popup-detail-${theme === 'dark' ? 'sombre' : 'clair'}`);
      await page.close();
    }
  });

  it('affiche comme du texte un registre dont chaque chaîne est du HTML ou du script', async () => {
    const hostile = readFileSync(path.join(DOSSIER_FIXTURES, 'registre-hostile.json'), 'utf8');
    const importe = await envoyerAuFond<{ ok: boolean }>(session, { type: 'importer', contenu: hostile, nomFichier: 'registre-hostile.json' });
    expect(importe).toMatchObject({ ok: true, valeur: { ok: true } });

    const page = await ouvrirPopup(session);
    await chercher(page, '', /<img/);
    const premiere = page.getByRole('option', { name: /<img/ }).first();
    expect(await premiere.textContent()).toContain('<img src=x');
    await session.capture(page, 'popup-hostile-recherche');
    await premiere.click();
    await page.locator('#detail-titre').waitFor();
    await page.getByRole('heading', { name: 'Références' }).waitFor();
    expect(await page.locator('#detail-titre').textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('.detail').textContent()).toContain('<script>alert(');

    // Nothing was parsed as markup, nothing ran.
    expect(await page.locator('#app img, #app script, #app b').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.pirate ?? null)).toBeNull();
    expect(session.dialogues).toEqual([]);
    // Links built from data stay on https://beta.gouv.fr.
    const liens = await page.locator('.detail a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const lien of liens) expect(lien).toMatch(/^https:\/\/beta\.gouv\.fr\//);
    await page.setViewportSize({ width: 380, height: 1400 });
    await session.capture(page, 'popup-hostile-detail');
    await page.close();
  });
});
