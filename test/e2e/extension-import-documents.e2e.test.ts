// Importing conventions as documents through the options page of the built extension, in
// Debian's headless Chromium: a PDF (seed DGEFP 2024, printed by Chromium) and a .docx (seed DNE
// 2023) chosen together, each shown for review with the excerpt every field was read from; the
// end date of the PDF's convention is corrected in the review, the batch saved, and the startup
// page of its incubator shows the badge with the corrected date. A bad file in a batch refuses the
// whole batch, naming the file, and changes nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../shared/registre/defaut';
import { violationsAxe } from './extension-axe';
import { envoyerAuFond, fixture, lancer, oublierPagesOutils, plat, RACINE, Routes, type Session } from './util/navigateur';

const DOCUMENTS = path.join(RACINE, 'test/fixtures/documents');
const dgefp = registreParDefaut.conventions.find((c) => c.id === 'dgefp-2024-03-28')!;
const dne = registreParDefaut.conventions.find((c) => c.id === 'dne-2023-08-31')!;

let session: Session;

beforeAll(async () => {
  const routes = new Routes().definir('/startups/catalogue-apprentissage.html', fixture('startup-catalogue-apprentissage.html'));
  session = await lancer({ routes });
});
afterAll(async () => {
  oublierPagesOutils();
  await session?.fermer();
});

async function ouvrirOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.urlExtension('options.html'));
  await page.getByRole('heading', { name: 'Options de Jauge' }).waitFor();
  await page.locator('.inventaire').waitFor({ timeout: 15_000 });
  return page;
}

const fichier = (nom: string, type: string) => ({ name: nom, mimeType: type, buffer: readFileSync(path.join(DOCUMENTS, nom)) });
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function conventionEnBase(id: string) {
  const r = await envoyerAuFond<{ convention: { dateFin?: string; modificationsManuelles?: unknown } } | null>(session, { type: 'detail', conventionId: id });
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur?.convention;
}

describe('import de documents (page d’options)', () => {
  it('un lot avec des fichiers illisibles (vide, chiffré, tronqué) est refusé en entier, chacun nommé', async () => {
    const page = await ouvrirOptions();
    await page
      .locator('#fichier-import')
      .setInputFiles([fichier('000.pdf', PDF), { name: 'vide.pdf', mimeType: PDF, buffer: Buffer.alloc(0) }, fichier('chiffre.pdf', PDF), fichier('tronque.pdf', PDF)]);
    const alerte = page.getByRole('alert');
    await alerte.waitFor({ timeout: 60_000 });
    const texte = plat(await alerte.textContent());
    expect(texte).toContain('Le fichier « vide.pdf » est vide (0 octet).');
    expect(texte).toMatch(/« chiffre\.pdf » .*mot de passe/);
    expect(texte).toMatch(/« tronque\.pdf »/);
    expect(texte).toContain("Rien n'a été modifié");
    expect((await conventionEnBase(dgefp.id))?.dateFin).toBe(dgefp.dateFin);
    await page.close();
  });

  it('PDF et DOCX : revue avec extraits, correction d’un champ, enregistrement, badge corrigé', async () => {
    const page = await ouvrirOptions();
    await page.locator('#fichier-import').setInputFiles([fichier('000.pdf', PDF), fichier('001.docx', DOCX)]);
    const titre = page.getByRole('heading', { name: /À vérifier avant d'enregistrer : 2 conventions lues/ });
    await titre.waitFor({ timeout: 90_000 });
    // Focus moves to the review so a screen reader announces it.
    expect(await titre.evaluate((h) => h === document.activeElement)).toBe(true);

    // Every field with the excerpt it was read from; the PDF's fields name their page.
    const finPdf = page.locator('#revue-0-dateFin');
    expect(await finPdf.inputValue()).toBe('31 décembre 2025');
    const source = plat(await page.locator('#revue-0-dateFin-source').textContent());
    expect(source).toMatch(/^lu page \d+ : « .*2025.* »$/);
    expect(await page.locator('#revue-1-delegantSigle').inputValue()).toBe('DNE');
    expect(plat(await page.locator('#revue-1-delegantSigle-source').textContent())).toMatch(/^lu page 1 : « /);
    expect(await page.locator('#revue-0-echeancier-0-ae').inputValue()).toMatch(/^2\s500\s000\s€$/);
    expect(await violationsAxe(page)).toEqual([]);

    // Nothing saved before confirming.
    expect((await conventionEnBase(dgefp.id))?.dateFin).toBe(dgefp.dateFin);

    await finPdf.fill('30/06/2025');
    // The excerpt gives way to the mark, with the value first read.
    expect(plat(await page.locator('#revue-0-dateFin-marque').textContent())).toBe('Modifié à la main — lu : 31 décembre 2025');
    expect(await page.locator('#revue-0-dateFin-source').count()).toBe(0);
    await page.getByRole('button', { name: 'Enregistrer les 2 conventions' }).click();
    const succes = page.getByRole('status').filter({ hasText: 'Import réussi' });
    await succes.waitFor({ timeout: 30_000 });
    expect(plat(await succes.textContent())).toContain('2 conventions enregistrées');
    expect((await conventionEnBase(dgefp.id))?.dateFin).toBe('2025-06-30');
    expect((await conventionEnBase(dgefp.id))?.modificationsManuelles).toEqual({ dateFin: { valeurLue: '2025-12-31', le: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect((await conventionEnBase(dne.id))?.dateFin).toBe(dne.dateFin);
    await page.close();

    const startup = await session.ouvrir('https://beta.gouv.fr/startups/catalogue-apprentissage.html');
    const badge = startup.locator(`jauge-badge[data-jauge-convention="${dgefp.id}"]`);
    await badge.waitFor({ timeout: 15_000 });
    expect(await badge.getAttribute('data-jauge-phase')).toBe('echue');
    expect(plat(await badge.locator('button.jauge-badge').textContent())).toContain('échue le 30 juin 2025');
    await startup.close();
  });

  it('PDF scanné : texte reconnu dans la page (OCR embarqué, CSP wasm), confiance montrée, annulation sans rien enregistrer', { timeout: 400_000 }, async () => {
    const page = await ouvrirOptions();
    const avant = await conventionEnBase('dinum-2024-03-27');
    await page.locator('#fichier-import').setInputFiles([{ ...fichier('scans/003_f3a018de4bd6a119.scan.pdf', PDF), name: '003-scanne.pdf' }]);
    // Progress names the step and the page.
    await page.getByText(/reconnaissance du texte, page \d+ sur 5/).waitFor({ timeout: 120_000 });
    const titre = page.getByRole('heading', { name: /003-scanne\.pdf \(PDF scanné, texte reconnu par OCR\)/ });
    await titre.waitFor({ timeout: 360_000 });
    expect(plat(await page.locator('#revue-0-dateSignature-source').textContent())).toMatch(/^(À vérifier : )?lu page \d : « .* » \(texte reconnu à \d+ %\)$/);
    expect(await page.locator('#revue-0-delegantSigle').inputValue()).toBe('DINUM');
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await conventionEnBase('dinum-2024-03-27')).toEqual(avant);
    expect(session.erreurs.filter((e) => /Content Security Policy|WebAssembly|wasm/i.test(e))).toEqual([]);
    await page.close();
  });
});
