// The built Firefox extension (.output/firefox-mv2, the build AMO takes) in Debian's Firefox ESR,
// driven over WebDriver BiDi (puppeteer-core) for beta.gouv.fr pages served from fixtures, and over
// Marionette for the extension's own pages (see util/firefox.ts): badges on a startup page and on the
// list, the popup's search and detail, the dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../shared/registre/defaut';
import { Routes, fixture, plat } from './util/navigateur';
import { lancerFirefox, TOUCHES, type Marionette, type SessionFirefox } from './util/firefox';

const B = 'https://beta.gouv.fr';
const menjs = registreParDefaut.conventions.find((c) => c.delegant.sigle === 'MENJS')!;
/** The slugs of the list fixture that have a convention in the default registry. */
const AVEC_CONVENTION = ['tdb-apprentissage', 'rdv.insertion', 'classe-a-12', 'uai_siret'];

let session: SessionFirefox;

beforeAll(async () => {
  const routes = new Routes()
    .definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'))
    .definir('/startups/', fixture('liste-startups.html'));
  session = await lancerFirefox({ routes });
});
afterAll(async () => session?.fermer());

describe('Firefox ESR : pages beta.gouv.fr', () => {
  it('classe-a-12 : un badge MENJS dans une racine fantôme, avec les attributs du contrat', async () => {
    const page = await session.ouvrir(`${B}/startups/classe-a-12.html`);
    const hote = await page.waitForSelector('jauge-badge', { timeout: 20_000 });
    const lu = await hote!.evaluate((h) => ({
      convention: h.getAttribute('data-jauge-convention'),
      phase: h.getAttribute('data-jauge-phase'),
      niveau: h.getAttribute('data-jauge-niveau'),
      texte: h.shadowRoot?.querySelector('button.jauge-badge')?.textContent ?? null,
      h1: h.closest('ul')?.previousElementSibling?.tagName,
    }));
    expect(lu).toEqual({ convention: menjs.id, phase: 'echue', niveau: 'ok', texte: 'Convention MENJS · échue le 31 déc. 2021', h1: 'H1' });
    // The panel opens on a click, in words.
    await page.evaluate(() => (document.querySelector('jauge-badge')!.shadowRoot!.querySelector('button.jauge-badge') as HTMLButtonElement).click());
    const panneau = await page.waitForFunction(() => document.querySelector('jauge-badge')?.shadowRoot?.querySelector('.jauge-panneau')?.textContent);
    expect(plat(await panneau.jsonValue())).toContain('MENJS → DINUM');
    // Nothing but fixtures was asked of the network.
    expect(session.routes.demandes.filter((u) => !u.startsWith(B))).toEqual([]);
    await page.close();
  });

  it('liste reconstruite par le site : chaque carte avec convention badgée une seule fois', async () => {
    const page = await session.ouvrir(`${B}/startups/`);
    await page.waitForFunction(() => (window as unknown as { __reconstructions?: number }).__reconstructions === 2, { timeout: 20_000 });
    await page.waitForFunction((n) => document.querySelectorAll('jauge-badge-carte').length >= n, { timeout: 20_000 }, AVEC_CONVENTION.length);
    await new Promise((r) => setTimeout(r, 400));
    const lu = await page.evaluate(() => ({
      startups: [...document.querySelectorAll('jauge-badge-carte')].map((h) => h.getAttribute('data-jauge-startup')).sort(),
      parCarte: [...document.querySelectorAll('.fr-card__body')].map((c) => c.querySelectorAll('jauge-badge-carte').length),
      classe: document.querySelector('[id="classe-a-12"] jauge-badge-carte')?.getAttribute('data-jauge-convention'),
    }));
    expect(lu.startups).toEqual([...AVEC_CONVENTION].sort());
    expect(lu.parCarte.every((n) => n <= 1)).toBe(true);
    expect(lu.classe).toBe(menjs.id);
    await page.close();
  });
});

describe('Firefox ESR : popup', () => {
  it('recherche locale au clavier : « classe » → Entrée → détail avec son échéancier', async () => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension('popup.html'));
    await m.attendre(`document.querySelector('[data-recherche="locale"]')`, 30_000);
    expect(plat(await m.executer<string>(`return document.querySelector('.recherche__etat').textContent`))).toBe(
      `${registreParDefaut.conventions.length} conventions, de la plus urgente à la moins urgente`,
    );
    expect(await m.executer<string>('return document.activeElement.id')).toBe('champ-recherche');
    await m.taper('#champ-recherche', 'classe');
    await m.attendre(`document.querySelector('.recherche__etat').textContent.includes('« classe »')`);
    const options = await m.executer<string[]>(`return [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent)`);
    expect(options).toHaveLength(1);
    expect(plat(options[0])).toContain('Classe à 12');
    expect(plat(options[0])).toContain('Convention MENJS');
    await m.taper('#champ-recherche', TOUCHES.entree);
    const titre = await m.attendre<string>(`document.querySelector('#detail-titre')?.textContent`);
    expect(plat(titre)).toBe('MENJS → DINUM');
    const cellules = await m.executer<string[]>(`return [...document.querySelectorAll('table tbody td')].map((td) => td.textContent)`);
    expect(cellules.map(plat)).toContain('50 000 €');
    expect(await m.executer<string>('return location.hash')).toBe(`#/convention/${encodeURIComponent(menjs.id)}`);
  });

  it('recherche par partenaire et année, sans accents ni majuscules', async () => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension('popup.html'));
    await m.attendre(`document.querySelector('[data-recherche="locale"]')`, 30_000);
    await m.taper('#champ-recherche', 'dgefp 2021');
    await m.attendre(`document.querySelector('.recherche__etat').textContent.includes('« dgefp 2021 »')`);
    const ids = await m.executer<string[]>(`return [...document.querySelectorAll('[role="option"]')].map((o) => o.dataset.convention)`);
    expect(ids).toEqual(['dgefp-2020-12-16']);
  });
});

describe('Firefox ESR : tableau de bord', () => {
  const compte = (m: Marionette) => m.executer<string>(`return document.querySelector('#tdb-compte')?.textContent ?? ''`).then(plat);
  const ids = (m: Marionette) => m.executer<string[]>(`return [...document.querySelectorAll('tr[data-convention]')].map((tr) => tr.dataset.convention)`);

  it('liste, trie, filtre (dans l’adresse), cherche au clavier et ouvre un détail', async () => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension('tableau-de-bord.html'));
    await m.attendre(`document.querySelector('#tdb-compte')?.textContent.includes('5 conventions affichées')`, 30_000);
    expect(await compte(m)).toBe('5 conventions affichées sur 5 conventions');
    // AE descending: the 2.5 M€ convention first.
    await m.executer(`document.querySelector('button[data-colonne="ae"]').click()`);
    await m.executer(`document.querySelector('button[data-colonne="ae"]').click()`);
    await m.attendre(`document.querySelector('button[data-colonne="ae"]').parentElement.getAttribute('aria-sort') === 'descending'`);
    expect((await ids(m))[0]).toBe('dgefp-2024-03-28');
    expect(await m.executer<string>('return location.search')).toContain('tri=ae&sens=desc');
    // Partner filter, kept in the address: a reload gives the same view.
    await m.executer(`const s = document.querySelector('#tdb-partenaire'); s.value = 'DGEFP'; s.dispatchEvent(new Event('change', { bubbles: true })); s.dispatchEvent(new Event('input', { bubbles: true }));`);
    await m.attendre(`document.querySelector('#tdb-compte').textContent.startsWith('3 conventions')`);
    await m.naviguer(await m.executer<string>('return location.href'));
    await m.attendre(`document.querySelector('#tdb-compte')?.textContent.startsWith('3 conventions')`, 30_000);
    expect(await m.executer<string>(`return document.querySelector('#tdb-partenaire').value`)).toBe('DGEFP');
    // The popup's search, typed for real.
    await m.naviguer(session.urlExtension('tableau-de-bord.html'));
    await m.attendre(`document.querySelector('#tdb-compte')?.textContent.includes('5 conventions affichées')`, 30_000);
    await m.taper('#tdb-recherche', 'classe');
    await m.attendre(`document.querySelector('#tdb-compte').textContent.replace(/\\s+/g, ' ').startsWith('1 convention affichée')`);
    expect(await ids(m)).toEqual(['menjs-2021-01-26']);
    // A row opens the popup's detail view.
    await m.executer(`document.querySelector('tr[data-convention="menjs-2021-01-26"] .lien-bouton').click()`);
    expect(plat(await m.attendre<string>(`document.querySelector('#detail-titre')?.textContent`))).toBe('MENJS → DINUM');
    expect(await m.executer<string>('return location.hash')).toBe('#/convention/menjs-2021-01-26');
  });
});
