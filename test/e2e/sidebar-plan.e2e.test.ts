// The built sidebar in headless Chromium on a real report of a budget plan (the built Code.js in the vm
// on the repository's example plan): the yearly table, the three cumulative curves with today marked,
// the plan's findings, the avenant text to copy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lireCsv } from '../../shared/lecture/csv';
import type { Rapport } from '../../sheets-addon/src/sheets/contrat';
import { assurerConstruction, charger, nouveauTableur } from '../sheets-addon/util/charger';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

let navigateur: Browser;
let page: Page;
let rapport: Rapport;
const erreurs: string[] = [];

function rapportDuPlan(): Rapport {
  const lu = lireCsv(readFileSync(path.resolve('test/fixtures/plans/blog-beta-gouv-2025.csv'), 'utf8'));
  if (!lu.ok) throw new Error(lu.erreur);
  const t = nouveauTableur('Plan');
  t.active.remplir(lu.grille);
  return charger(t, { aujourdhui: '2026-02-10' }).module.verifierEcheancier();
}

beforeAll(async () => {
  const dossier = await assurerConstruction();
  rapport = rapportDuPlan();
  navigateur = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const contexte = await navigateur.newContext({ viewport: { width: 300, height: 1400 }, locale: 'fr-FR' });
  page = await contexte.newPage();
  page.on('pageerror', (e) => erreurs.push(e.message));
  await page.addInitScript({
    content: `(() => {
      const serveur = { verifierEcheancier: () => (${JSON.stringify(rapport)}), effacerMarques: () => ({ cellulesRestaurees: 0 }), selectionnerCellule: () => undefined };
      const executeur = (succes, echec) => {
        const e = { withSuccessHandler: (f) => executeur(f, echec), withFailureHandler: (f) => executeur(succes, f) };
        for (const nom of Object.keys(serveur)) e[nom] = (...args) => setTimeout(() => succes && succes(JSON.parse(JSON.stringify(serveur[nom](...args) ?? null))), 10);
        return e;
      };
      window.google = { script: { get run() { return executeur(); } } };
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => { window.__copie = t; } } });
    })();`,
  });
  await page.goto(pathToFileURL(path.join(dossier, 'Sidebar.html')).href);
  await page.locator('[data-plan]').waitFor();
});

afterAll(async () => {
  await navigateur?.close();
});

describe('Panneau latéral : plan budgétaire', () => {
  it('montre le tableau annuel du plan', async () => {
    const lignes = await page.locator('.plan__annees tbody tr').allTextContents();
    expect(lignes).toEqual(['2025275\u202f000\u00a0€195\u202f000\u00a0€120\u202f000\u00a0€', '2026425\u202f000\u00a0€385\u202f000\u00a0€350\u202f000\u00a0€', '20270\u00a0€120\u202f000\u00a0€225\u202f000\u00a0€']);
    expect(await page.locator('.plan .verdict__lieu').textContent()).toBe('consommation A12:B37 · bons de commande A5:E9 · paiement fin de période (CP le mois après la fin du bon)');
  });

  it('dessine les trois courbes cumulées et le trait d’aujourd’hui, dans le cadre, avec une alternative en mots', async () => {
    const svg = page.locator('svg[data-courbes-plan]');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('path[data-serie]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-serie')))).toEqual(['ae', 'consommation', 'cp']);
    const boite = await svg.boundingBox();
    expect(boite!.width).toBeGreaterThan(200);
    for (const serie of ['ae', 'consommation', 'cp']) {
      const b = await svg.locator(`path[data-serie="${serie}"]`).boundingBox();
      expect(b!.width, serie).toBeGreaterThan(boite!.width / 2);
      expect(b!.x).toBeGreaterThanOrEqual(boite!.x);
      expect(b!.x + b!.width).toBeLessThanOrEqual(boite!.x + boite!.width + 1);
    }
    const trait = await svg.locator('[data-aujourdhui] line').boundingBox();
    // February 2026 is the 12th of the plan's 27 months (March 2025 – May 2027).
    const relatif = (trait!.x - boite!.x) / boite!.width;
    expect(relatif).toBeGreaterThan(0.4);
    expect(relatif).toBeLessThan(0.6);
    expect(await svg.locator('desc').textContent()).toMatch(/^De mars 2025 à mai 2027 : AE engagées cumulées 700\u202f000\u00a0€/);
    expect(await page.locator('.courbes-plan__legende li').allTextContents()).toHaveLength(4);
  });

  it('liste les constats du plan avec leur cellule et copie l’échéancier de l’avenant', async () => {
    expect(await page.locator('#tableau-plan').textContent()).toBe('Plan budgétaire · 4\u00a0constats');
    expect(await page.locator('button.constat').allTextContents()).toContain(
      `Erreurcellule C8${rapport.constats.find((c) => c.regle === 'bon-de-commande-insuffisant')!.message}`,
    );
    await page.getByRole('button', { name: 'Copier l’échéancier' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __copie?: string }).__copie)).toBe(rapport.plan!.avenant);
    expect(erreurs).toEqual([]);
  });
});
