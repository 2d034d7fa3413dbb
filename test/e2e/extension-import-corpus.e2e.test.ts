// A convention laid out by another hand, imported through the options page of the built extension
// in Debian's headless Chromium: the DGS 2025 convention of the documents corpus, printed by
// Chromium with bordered tables whose amount cells wrap over several lines and whose échéancier
// (six years) runs over a page break with its header repeated. The review shows every échéancier
// row, read from the ruled table, each with the page it was read on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lancer, oublierPagesOutils, plat, RACINE, type Session } from './util/navigateur';

const CORPUS = path.join(RACINE, 'test/fixtures/documents/corpus');
const ATTENDU = JSON.parse(readFileSync(path.join(CORPUS, 'attendu.json'), 'utf8')) as Record<string, { echeancier: { annee: number; ae: number | null; cp: number | null }[] }>;
const TEXTE = '04-dgs-sante-2025';

let session: Session;

beforeAll(async () => {
  session = await lancer();
});
afterAll(async () => {
  oublierPagesOutils();
  await session?.fermer();
});

const euros = (centimes: number) => new Intl.NumberFormat('fr-FR').format(centimes / 100);
/** An amount as the review writes it, whatever space Intl puts between thousands. */
const montant = (centimes: number) => new RegExp(`^${euros(centimes).replace(/\s/g, '\\s')}\\s€$`);

describe('import d’un PDF du corpus (page d’options)', () => {
  it('tableau réglé à cases sur plusieurs lignes, coupé par la page : chaque rangée de l’échéancier dans la revue', async () => {
    const page = await session.context.newPage();
    await page.goto(session.urlExtension('options.html'));
    await page.locator('.inventaire').waitFor({ timeout: 15_000 });
    await page.locator('#fichier-import').setInputFiles([{ name: `${TEXTE}.pdf`, mimeType: 'application/pdf', buffer: readFileSync(path.join(CORPUS, 'chromium', `${TEXTE}.pdf`)) }]);
    await page.getByRole('heading', { name: /À vérifier avant d'enregistrer : 1 convention lue/ }).waitFor({ timeout: 90_000 });
    const echeancier = ATTENDU[TEXTE]!.echeancier;
    expect(echeancier).toHaveLength(6);
    for (const [i, { annee, ae, cp }] of echeancier.entries()) {
      const id = `#revue-0-echeancier-${i}`;
      expect(await page.locator(`${id}-annee`).inputValue()).toBe(String(annee));
      expect(await page.locator(`${id}-ae`).inputValue()).toMatch(montant(ae!));
      expect(await page.locator(`${id}-cp`).inputValue()).toMatch(montant(cp!));
      expect(plat(await page.locator(`${id}-ae-source`).textContent())).toMatch(new RegExp(`^lu page [12] : « ${annee} `));
    }
    // The rows after the page break were read on the next page.
    expect(plat(await page.locator('#revue-0-echeancier-5-ae-source').textContent())).toMatch(/^lu page 2 : /);
    expect(await page.getByText("aucun échéancier n'a été lu").count()).toBe(0);
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.close();
  });
});
