// From the document to the badge, in the built extension and Debian's headless Chromium: a PDF that
// names a startup no convention funds yet (test/fixtures/liens, made by scripts/fixture-lien-startup.ts)
// is imported, the review suggests that startup first, the link is confirmed and the badge shows on
// its beta.gouv.fr page; a saved convention's échéancier row is edited from the popup's detail (the
// badge's panel and the dashboard follow, the field marked « modifié à la main »); a value the rules
// refuse is named at its field and nothing is saved.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violationsAxe } from './extension-axe';
import { envoyerAuFond, fixture, plat, RACINE, Routes } from './util/navigateur';
import { ouvrirOptions, ouvrirPopup, ouvrirTableauDeBord, sessionDuFichier } from './util/pages-extension';

const session = sessionDuFichier({
  routes: new Routes()
    .definir('/startups/catalogue-apprentissage.html', fixture('startup-catalogue-apprentissage.html'))
    .definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html')),
});

const PDF = path.join(RACINE, 'test/fixtures/liens/catalogue-apprentissage.pdf');
const NOUVELLE = 'menjs-2021-02-12';
const MENJS = 'menjs-2021-01-26';

async function convention(id: string) {
  const r = await envoyerAuFond<{ convention: { echeancier: unknown[]; startups?: string[]; dateFin?: string; modificationsManuelles?: Record<string, unknown> } } | null>(session, { type: 'detail', conventionId: id });
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur?.convention;
}

async function ouvrirModification(id: string): Promise<Page> {
  const page = await ouvrirPopup(session, `#/convention/${id}`);
  await page.getByRole('button', { name: /^Modifier/ }).click();
  await page.getByRole('heading', { name: /^Modifier : / }).waitFor({ timeout: 15_000 });
  return page;
}

describe('du document au badge', () => {
  it('importe un PDF qui nomme sa startup : la proposition est la bonne, le lien confirmé fait paraître le badge sur sa page', async () => {
    const options = await ouvrirOptions(session);
    await options.locator('#fichier-import').setInputFiles({ name: 'catalogue.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF) });
    await options.getByRole('heading', { name: /À vérifier avant d'enregistrer : 1 convention lue/ }).waitFor({ timeout: 90_000 });
    // Dates as people write them, with the excerpt they were read from.
    expect(await options.locator('#revue-0-dateSignature').inputValue()).toBe('12 février 2021');
    expect(plat(await options.locator('#revue-0-dateSignature-source').textContent())).toMatch(/^lu page \d+ : « .*12 FÉV\. 2021.* »$/);
    expect(plat(await options.locator('#revue-0-dateSignature-source').textContent())).not.toContain('**');
    // The suggestion, best first, with its reason; nothing linked yet.
    const suggestion = options.locator('.edition__suggestions li').first();
    await suggestion.waitFor({ timeout: 15_000 });
    expect(await suggestion.getAttribute('data-suggestion')).toBe('catalogue-apprentissage');
    expect(plat(await suggestion.textContent())).toMatch(/^Lier la startup Catalogue des formations en apprentissage startup nommée dans le document : « Catalogue des formations en apprentissage » \(ligne \d+, \d+ fois\)$/);
    expect(plat(await options.locator('.edition__liens').textContent())).toContain("Aucun lien : le badge de cette convention n'apparaîtra sur aucune page de beta.gouv.fr.");
    for (const theme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: theme });
      expect(await violationsAxe(options), theme).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await suggestion.getByRole('button').click();
    expect(plat(await options.locator('.edition__lies').textContent())).toContain('Catalogue des formations en apprentissage (startup)');
    expect(plat(await options.locator('#revue-0-liens-marque').textContent())).toBe('Modifié à la main — lu : aucun lien');
    await session.capture(options, 'import-lien-suggere');
    await options.getByRole('button', { name: 'Enregistrer cette convention' }).click();
    await options.getByRole('status').filter({ hasText: 'Import réussi' }).waitFor({ timeout: 30_000 });
    expect((await convention(NOUVELLE))?.startups).toEqual(['catalogue-apprentissage']);
    await options.close();

    const startup = await session.ouvrir('https://beta.gouv.fr/startups/catalogue-apprentissage.html');
    const badge = startup.locator(`jauge-badge[data-jauge-convention="${NOUVELLE}"]`);
    await badge.waitFor({ timeout: 15_000 });
    expect(plat(await badge.locator('button.jauge-badge').textContent())).toContain('Convention MENJS');
    await startup.close();
  });

  it('modifie une ligne d’échéancier d’une convention enregistrée : le badge et le tableau de bord suivent, le champ est marqué', async () => {
    const page = await ouvrirModification(MENJS);
    expect(await page.locator('#edition-echeancier-0-ae').inputValue()).toMatch(/^50\s000\s€$/);
    await page.locator('#edition-echeancier-0-ae').fill('40 000 €');
    await page.locator('#edition-echeancier-0-cp').fill('40000');
    expect(plat(await page.locator('#edition-echeancier-marque').textContent())).toBe('Modifié à la main — lu : 2021 : AE 50 000 €, CP 50 000 €');
    await page.getByRole('button', { name: /^Enregistrer/ }).click();
    // A warning the change brings is shown at its field and accepted knowingly.
    const confirmer = page.getByRole('button', { name: 'Enregistrer malgré ces avertissements' });
    const fini = page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' });
    await Promise.race([confirmer.waitFor({ timeout: 15_000 }).then(() => confirmer.click()), fini.waitFor({ timeout: 15_000 })]);
    await fini.waitFor({ timeout: 15_000 });
    expect(plat(await page.locator('#detail-modifications + *').textContent().catch(() => ''))).toBeDefined();
    expect(plat(await page.locator('.modifications').textContent())).toMatch(/^Échéancier modifié à la main le \d+ \S+ \d{4} — lu : 2021 : AE 50 000 €, CP 50 000 €$/);
    const apres = await convention(MENJS);
    expect(apres?.echeancier).toEqual([{ annee: 2021, ae: 4000000, cp: 4000000 }]);
    expect(Object.keys(apres?.modificationsManuelles ?? {})).toEqual(['echeancier']);
    await page.close();

    const startup = await session.ouvrir('https://beta.gouv.fr/startups/classe-a-12.html');
    const badge = startup.locator(`jauge-badge[data-jauge-convention="${MENJS}"]`);
    await badge.waitFor({ timeout: 15_000 });
    await badge.locator('button.jauge-badge').click();
    await expect.poll(async () => plat(await badge.locator('.jauge-panneau').textContent()), { timeout: 10_000 }).toContain('AE 40 000 €');
    await startup.close();

    const tdb = await ouvrirTableauDeBord(session);
    const ligne = tdb.locator(`tr[data-convention="${MENJS}"]`);
    await ligne.waitFor();
    expect((await ligne.locator('td.nombre').allTextContents()).map(plat)).toContain('40 000 €');
    // « Modifier » from the dashboard's detail too: the same form, axe-clean in both themes.
    await ligne.locator('.lien-bouton').click();
    await tdb.getByRole('button', { name: /^Modifier/ }).click();
    await tdb.getByRole('heading', { name: /^Modifier : Convention MENJS du 26 janvier 2021$/ }).waitFor({ timeout: 15_000 });
    expect(await tdb.locator('#edition-echeancier-0-ae').inputValue()).toMatch(/^40\s000\s€$/);
    expect(plat(await tdb.locator('#edition-echeancier-marque').textContent())).toBe('Modifié à la main — lu : 2021 : AE 50 000 €, CP 50 000 €');
    for (const theme of ['light', 'dark'] as const) {
      await tdb.emulateMedia({ colorScheme: theme });
      expect(await violationsAxe(tdb), theme).toEqual([]);
    }
    await tdb.getByRole('button', { name: 'Annuler' }).click();
    await tdb.locator('#detail-titre').waitFor();
    await tdb.close();
  });

  it('une valeur refusée est nommée à son champ, en français, et rien n’est enregistré', async () => {
    const avant = await convention(MENJS);
    const page = await ouvrirModification(MENJS);
    const fin = page.locator('#edition-dateFin');
    expect(await fin.inputValue()).toBe('31 décembre 2021');
    await fin.fill('31/02/2022');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect.poll(async () => plat(await page.locator('#edition-dateFin-messages').textContent()), { timeout: 10_000 }).toMatch(/^Erreur : Date impossible : « 31\/02\/2022 » — février 2022 compte 28 jours/);
    expect(await fin.getAttribute('aria-invalid')).toBe('true');
    // A date the rules refuse (before the signature): named at the field by the background.
    await fin.fill('1er janvier 2020');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect.poll(async () => plat(await page.locator('#edition-dateFin-messages').textContent()), { timeout: 10_000 }).toMatch(/^Erreur : Date de fin \(1er janvier 2020\) antérieure à la date de signature/);
    expect(plat(await page.getByRole('alert').textContent())).toContain("rien n'a été enregistré");
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await violationsAxe(page), theme).toEqual([]);
    }
    await session.capture(page, 'modifier-valeur-refusee');
    expect(await convention(MENJS)).toEqual(avant);
    await page.close();
  });
});
