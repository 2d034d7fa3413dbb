// The built extension (.output/chrome-mv3) in headless Chromium, on beta.gouv.fr pages served from
// test/fixtures/betagouv: badges and their data attributes, the panel, list cards rebuilt by the
// site's script, a page whose markup changed, and a registry whose every string is HTML/script.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registreParDefaut } from '../../shared/registre/defaut';
import { DOSSIER_FIXTURES, Routes, envoyerAuFond, fixture, lancer, type Session } from './util/navigateur';

const B = 'https://beta.gouv.fr';
let session: Session;

const menjs = registreParDefaut.conventions.find((c) => c.delegant.sigle === 'MENJS')!;
const dgefpIncubateur = registreParDefaut.conventions.find((c) => c.incubateur === 'mission-apprentissage')!;

/** The slugs of the list fixture that have a convention in the default registry. */
const AVEC_CONVENTION = ['tdb-apprentissage', 'rdv.insertion', 'classe-a-12', 'uai_siret'];

beforeAll(async () => {
  const routes = new Routes()
    .definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'))
    .definir('/startups/classe-a-12', fixture('startup-classe-a-12.html'))
    .definir('/startups/catalogue-apprentissage.html', fixture('startup-catalogue-apprentissage.html'))
    .definir('/startups/', fixture('liste-startups.html'))
    .definir('/incubateurs/mission-apprentissage.html', fixture('incubateur-mission-apprentissage.html'))
    // The same startup, but the site's markup changed under us.
    .definir('/startups/classe-a-12.html?balisage=nouveau', fixture('startup-balisage-change.html'))
    .definir('/startups/page-piege.html', fixture('startup-classe-a-12.html'));
  session = await lancer({ routes });
});
afterAll(async () => session?.fermer());

interface Hote {
  jaugeConvention?: string;
  jaugeStartup?: string;
  parent: string;
}
const hotes = (page: Page, nom: string): Promise<Hote[]> =>
  page.evaluate((n) => [...document.querySelectorAll(n)].map((h) => ({ ...(h as HTMLElement).dataset, parent: h.parentElement?.tagName ?? '' })), nom);

describe('page startup', () => {
  it('classe-a-12 (lien direct) : un badge MENJS sous le h1, avec les attributs du contrat', async () => {
    const page = await session.ouvrir(`${B}/startups/classe-a-12.html`);
    const hote = page.locator('jauge-badge');
    await expect.poll(() => hote.count()).toBe(1);
    expect(await hote.getAttribute('data-jauge-convention')).toBe(menjs.id);
    expect(await hote.getAttribute('data-jauge-phase')).toBe('echue');
    expect(['ok', 'attention', 'alerte']).toContain(await hote.getAttribute('data-jauge-niveau'));
    // Placed like the site's event badges: in the ul right under the h1, after "Lauréat FAST".
    const place = await page.evaluate(() => {
      const h = document.querySelector('jauge-badge')!;
      const ul = h.closest('ul')!;
      return { h1: ul.previousElementSibling?.tagName, avant: ul.textContent?.trim().startsWith('Lauréat FAST'), ombre: h.shadowRoot !== null };
    });
    expect(place).toEqual({ h1: 'H1', avant: true, ombre: true });
    expect(await page.locator('jauge-badge button.jauge-badge').textContent()).toBe('Convention MENJS · échue le 31 déc. 2021');
    // Our stylesheet reached the shadow root, and the page's `button { magenta }` did not.
    const fond = await page.locator('jauge-badge button.jauge-badge').evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(fond).not.toBe('rgb(255, 0, 255)');
    expect(await page.locator('jauge-badge button.jauge-badge').evaluate((b) => getComputedStyle(b).textTransform)).toBe('uppercase');
    await session.capture(page, 'contenu-classe-a-12');
    await page.close();
  });

  it('ne retarde pas le chargement : rien de la page n’est touché avant la fin de son événement load', async () => {
    // An image that takes 1 s holds `load` back, so Chrome injects the script well before it.
    const url = `${B}/startups/classe-a-12.html?image=lente`;
    const page = await session.context.newPage();
    const html = readFileSync(path.join(DOSSIER_FIXTURES, 'startup-classe-a-12.html'), 'utf8').replace('</body>', `<img src="${B}/lente.gif" alt=""></body>`);
    await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.route(`${B}/lente.gif`, async (r) => {
      await new Promise((fin) => setTimeout(fin, 1000));
      await r.fulfill({ contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64') });
    });
    // Recorded by the page itself: when the first of our marks appeared.
    await page.addInitScript(() => {
      const w = window as unknown as { __premiereMarque?: number };
      new MutationObserver((_m, obs) => {
        if (document.querySelector('[data-jauge-charge], [data-jauge], jauge-badge')) {
          w.__premiereMarque = performance.now();
          obs.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(url);
    await expect.poll(() => page.locator('jauge-badge').count(), { timeout: 10_000 }).toBe(1);
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { finLoad: nav.loadEventEnd, premiereMarque: (window as unknown as { __premiereMarque?: number }).__premiereMarque ?? -1 };
    });
    expect(t.finLoad).toBeGreaterThan(900);
    expect(t.premiereMarque).toBeGreaterThan(t.finLoad);
    await page.close();
  });

  it('le fichier des fonctionnalités, chargé après coup, ne se lit pas à son adresse fixe : aucun site ne sonde Jauge', async () => {
    const page = await session.ouvrir(`${B}/startups/classe-a-12.html`);
    await expect.poll(() => page.locator('jauge-badge').count()).toBe(1);
    // use_dynamic_url: the content script imported it through this session's URL, never this one.
    const fixe = session.urlExtension('betagouv-fonctionnalites.js');
    const lu = await page.evaluate((u) => fetch(u).then((r) => `lu (${r.status})`, () => 'refusé'), fixe);
    expect(lu).toBe('refusé');
    await page.close();
  });

  it('même page sans .html : même badge', async () => {
    const page = await session.ouvrir(`${B}/startups/classe-a-12`);
    await expect.poll(() => page.locator(`jauge-badge[data-jauge-convention="${menjs.id}"]`).count()).toBe(1);
    await page.close();
  });

  it('catalogue-apprentissage (par son incubateur mission-apprentissage) : la convention DGEFP', async () => {
    const page = await session.ouvrir(`${B}/startups/catalogue-apprentissage.html`);
    await expect.poll(async () => (await hotes(page, 'jauge-badge')).map((h) => h.jaugeConvention)).toContain(dgefpIncubateur.id);
    // The site renders an empty ul.fr-pl-0 for a startup without events: our badge goes in it.
    expect((await hotes(page, 'jauge-badge')).every((h) => h.parent === 'LI')).toBe(true);
    await page.close();
  });

  it('Entrée ouvre le panneau (parties, durée, montants) ; « Voir le détail » ouvre la fiche de la popup', async () => {
    const page = await session.ouvrir(`${B}/startups/classe-a-12.html`);
    const bouton = page.locator('jauge-badge button.jauge-badge');
    await bouton.focus();
    await page.keyboard.press('Enter');
    const panneau = page.locator('jauge-badge .jauge-panneau');
    await expect.poll(() => panneau.isVisible()).toBe(true);
    expect(await bouton.getAttribute('aria-expanded')).toBe('true');
    const texte = (await panneau.textContent()) ?? '';
    expect(texte).toContain('MENJS → DINUM');
    expect(texte).toMatch(/AE 50\s000\s€/u);
    expect(texte).toContain('31 déc. 2021');
    await session.capture(page, 'contenu-panneau');
    const nouvelle = session.context.waitForEvent('page');
    await page.locator('jauge-badge .jauge-panneau button', { hasText: 'Voir le détail' }).click();
    const fiche = await nouvelle;
    expect(fiche.url()).toBe(session.urlExtension(`popup.html#/convention/${encodeURIComponent(menjs.id)}`));
    await fiche.close();
    await page.keyboard.press('Escape');
    await expect.poll(() => panneau.count()).toBe(0);
    await page.close();
  });

  it('le compteur de la barre d’outils de l’onglet dit 1', async () => {
    const page = await session.ouvrir(`${B}/startups/classe-a-12.html`);
    await expect.poll(() => page.locator('jauge-badge').count()).toBe(1);
    const textes = await session.serviceWorker.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const chrome = (globalThis as any).chrome;
      const onglets: { id?: number }[] = await chrome.tabs.query({});
      return Promise.all(onglets.map(async (t) => ({ texte: (await chrome.action.getBadgeText({ tabId: t.id })) as string, titre: (await chrome.action.getTitle({ tabId: t.id })) as string })));
    });
    expect(textes).toContainEqual({ texte: '1', titre: expect.stringMatching(/^Jauge — 1 convention sur cette page/) });
    await page.close();
  });

  it('le compteur s’efface quand l’onglet quitte la page, sans que le fond suive la navigation des onglets', async () => {
    const page = await session.ouvrir(`${B}/startups/classe-a-12.html?depart=1`);
    await expect.poll(() => page.locator('jauge-badge').count()).toBe(1);
    const texteDeLOnglet = () =>
      session.serviceWorker.evaluate(async (url) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const chrome = (globalThis as any).chrome;
        const [onglet] = (await chrome.tabs.query({ url })) as { id: number }[];
        return onglet ? ((await chrome.action.getBadgeText({ tabId: onglet.id })) as string) : null;
      }, page.url());
    await expect.poll(texteDeLOnglet).toBe('1');
    const id = await session.serviceWorker.evaluate(async (url) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const [onglet] = (await (globalThis as any).chrome.tabs.query({ url })) as { id: number }[];
      return onglet!.id;
    }, page.url());
    await page.goto('about:blank');
    const apres = await session.serviceWorker.evaluate(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async (tabId) => (await (globalThis as any).chrome.action.getBadgeText({ tabId })) as string,
      id,
    );
    expect(apres).toBe('');
    await page.close();
  });

  it('balisage changé : pas de badge, aucune erreur en console', async () => {
    session.erreurs.length = 0;
    const page = await session.ouvrir(`${B}/startups/classe-a-12.html?balisage=nouveau`);
    await page.waitForTimeout(800);
    expect(await page.locator('jauge-badge, jauge-plus, jauge-badge-carte, [data-jauge]').count()).toBe(0);
    expect(session.erreurs).toEqual([]);
    await page.close();
  });
});

describe('liste et incubateur', () => {
  it('liste reconstruite deux fois par le site : chaque carte avec convention badgée une seule fois', async () => {
    session.erreurs.length = 0;
    const page = await session.ouvrir(`${B}/startups/`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __reconstructions?: number }).__reconstructions ?? 0)).toBe(2);
    await expect.poll(async () => (await hotes(page, 'jauge-badge-carte')).map((h) => h.jaugeStartup).sort()).toEqual([...AVEC_CONVENTION].sort());
    await page.waitForTimeout(400);
    const parCarte = await page.evaluate(() =>
      [...document.querySelectorAll('.fr-card__body')].map((c) => c.querySelectorAll('jauge-badge-carte').length),
    );
    expect(parCarte.every((n) => n <= 1)).toBe(true);
    expect(await page.locator('#aucune-convention jauge-badge-carte').count()).toBe(0);
    expect(await page.locator('[id="classe-a-12"] jauge-badge-carte').getAttribute('data-jauge-convention')).toBe(menjs.id);
    expect(session.erreurs).toEqual([]);
    await session.capture(page, 'contenu-liste');
    await page.close();
  });

  it('page incubateur mission-apprentissage : la convention sous le titre et sur ses cartes', async () => {
    const page = await session.ouvrir(`${B}/incubateurs/mission-apprentissage.html`);
    await expect.poll(async () => (await hotes(page, 'jauge-badge')).map((h) => h.jaugeConvention)).toContain(dgefpIncubateur.id);
    await expect.poll(async () => (await hotes(page, 'jauge-badge-carte')).map((h) => h.jaugeStartup).sort()).toEqual(
      ['catalogue-apprentissage', 'uai-siret', 'voeux-apprentissage'].sort(),
    );
    await session.capture(page, 'contenu-incubateur');
    await page.close();
  });
});

describe('registre hostile (chaque chaîne est du HTML ou du script)', () => {
  it('importé puis affiché : aucun dialogue, aucun élément injecté, le texte tel quel', async () => {
    const avant = await envoyerAuFond<{ contenu: string }>(session, { type: 'exporter', format: 'json' });
    const contenu = readFileSync(path.join(DOSSIER_FIXTURES, 'registre-hostile.json'), 'utf8');
    const r = await envoyerAuFond(session, { type: 'importer', contenu, nomFichier: 'registre-hostile.json' });
    expect(r).toEqual({ ok: true, valeur: { ok: true, enregistre: true, nombre: 2 } });
    session.dialogues.length = 0;

    const page = await session.ouvrir(`${B}/startups/page-piege.html`);
    await expect.poll(() => page.locator('jauge-badge').count()).toBe(2);
    const bouton = page.locator('jauge-badge button.jauge-badge').first();
    expect(await bouton.textContent()).toContain('<img src=x onerror=');
    await bouton.click();
    const panneau = page.locator('jauge-badge .jauge-panneau');
    await expect.poll(() => panneau.isVisible()).toBe(true);
    expect(await panneau.textContent()).toContain('<script>alert(');
    await page.waitForTimeout(300);
    const injecte = await page.evaluate(() => {
      const racines: (Document | ShadowRoot)[] = [document, ...[...document.querySelectorAll('jauge-badge')].map((h) => h.shadowRoot!)];
      return {
        // An element born from our data would carry the payload's alert() or its marker text (`titre`, `sigle-delegant`…);
        // the fixture's own <b> and <img> do not.
        elements: racines
          .flatMap((r) => [...r.querySelectorAll('img, script, b')])
          .map((e) => e.outerHTML)
          .filter((h) => h.includes('alert(') || /<b>[a-z0-9-]+<\/b>/.test(h)),
        pirate: document.documentElement.dataset.pirate ?? null,
      };
    });
    expect(injecte).toEqual({ elements: [], pirate: null });
    await session.capture(page, 'contenu-registre-hostile');

    // The popup's detail of that convention too (owned by the popup, checked here with the same data).
    const id = JSON.parse(contenu).conventions[0].id as string;
    const fiche = await session.ouvrir(session.urlExtension(`popup.html#/convention/${encodeURIComponent(id)}`));
    // The detail shows the hostile strings, as text.
    await expect.poll(() => fiche.locator('body').textContent(), { timeout: 10_000 }).toContain('<script>alert(');
    expect(await fiche.evaluate(() => document.querySelectorAll('script:not([src]), img[src="x"], b').length)).toBe(0);
    await fiche.close();
    expect(session.dialogues).toEqual([]);
    await page.close();

    // Back to the default registry, so other tests see what they expect.
    await envoyerAuFond(session, { type: 'reinitialiser' });
    const apres = await envoyerAuFond<{ contenu: string }>(session, { type: 'exporter', format: 'json' });
    expect(apres.ok && avant.ok && JSON.parse(apres.valeur.contenu).conventions).toEqual(avant.ok && JSON.parse(avant.valeur.contenu).conventions);
  });
});
