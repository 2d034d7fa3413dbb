// The built Firefox extension (.output/firefox-mv2, the build AMO takes) in Debian's Firefox ESR,
// driven over WebDriver BiDi (puppeteer-core) for beta.gouv.fr pages served from fixtures, and over
// Marionette for the extension's own pages (see util/firefox.ts): badges on a startup page and on the
// list, the popup's search and detail, the dashboard (sort, filter, detail, and each export clicked,
// downloaded by Firefox into a temporary folder and read back), on the default registry and on a
// generated one of 5 000 conventions, and its print view.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portefeuille } from '../../shared/portefeuille';
import { registreParDefaut } from '../../shared/registre/defaut';
import { registreGenere, verifierExportsDgefp, verifierExportsGeneres } from './util/exports';
import { Routes, fixture, plat } from './util/navigateur';
import { lancerFirefox, TOUCHES, type Marionette, type SessionFirefox } from './util/firefox';
import { violationsAxeFirefox } from './extension-axe';

const B = 'https://beta.gouv.fr';
const menjs = registreParDefaut.conventions.find((c) => c.delegant.sigle === 'MENJS')!;
/** The slugs of the list fixture that have a convention in the default registry. */
const AVEC_CONVENTION = ['tdb-apprentissage', 'rdv.insertion', 'classe-a-12', 'uai_siret'];

let session: SessionFirefox;
const dossierTelechargements = mkdtempSync(path.join(os.tmpdir(), 'jauge-firefox-'));

beforeAll(async () => {
  const routes = new Routes()
    .definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'))
    .definir('/startups/', fixture('liste-startups.html'));
  session = await lancerFirefox({ routes, telechargements: dossierTelechargements });
});
afterAll(async () => {
  await session?.fermer();
  rmSync(dossierTelechargements, { recursive: true, force: true });
});

/** A message to the background from the extension page open in Marionette (the popup's own channel). */
async function envoyerAuFond<T>(m: Marionette, message: unknown): Promise<T> {
  const r = await m.executer<{ ok: true; valeur: T } | { ok: false; erreur: string }>('return browser.runtime.sendMessage(arguments[0]);', message);
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}

/** Clicks the dashboard's export button whose text contains `libelle`; returns the file Firefox saved. */
async function telecharger(m: Marionette, libelle: string): Promise<{ nom: string; octets: Buffer }> {
  for (const f of readdirSync(dossierTelechargements)) rmSync(path.join(dossierTelechargements, f), { force: true });
  await m.executer(`[...document.querySelectorAll('.exports button')].find((b) => b.textContent.includes(arguments[0])).click();`, libelle);
  const fin = Date.now() + 60_000;
  for (;;) {
    // Firefox writes into name.part and then renames it: done when no .part is left.
    const fichiers = readdirSync(dossierTelechargements);
    const finis = fichiers.filter((f) => !f.endsWith('.part'));
    if (finis.length === 1 && fichiers.length === 1 && statSync(path.join(dossierTelechargements, finis[0]!)).size > 0) {
      return { nom: finis[0]!, octets: readFileSync(path.join(dossierTelechargements, finis[0]!)) };
    }
    if (Date.now() > fin) throw new Error(`Firefox : aucun fichier téléchargé pour « ${libelle} » (${fichiers.join(', ')})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}


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
    // Every column header sorts, ascending on the first click.
    const colonnes = await m.executer<string[]>(`return [...document.querySelectorAll('thead .tri')].map((b) => b.dataset.colonne)`);
    expect(colonnes).toHaveLength(9);
    for (const c of colonnes) {
      await m.executer(`document.querySelector('button[data-colonne="' + arguments[0] + '"]').click()`, c);
      await m.attendre(`document.querySelector('button[data-colonne="${c}"]').parentElement.getAttribute('aria-sort') === 'ascending'`);
    }
    // AE descending: the 2.5 M€ convention first.
    await m.executer(`document.querySelector('button[data-colonne="ae"]').click()`);
    await m.executer(`document.querySelector('button[data-colonne="ae"]').click()`);
    await m.attendre(`document.querySelector('button[data-colonne="ae"]').parentElement.getAttribute('aria-sort') === 'descending'`);
    expect((await ids(m))[0]).toBe('dgefp-2024-03-28');
    await m.attendre(`location.search.includes('tri=ae&sens=desc')`);
    // Partner filter, kept in the address: a reload gives the same view.
    await m.executer(`const s = document.querySelector('#tdb-partenaire'); s.value = 'DGEFP'; s.dispatchEvent(new Event('change', { bubbles: true })); s.dispatchEvent(new Event('input', { bubbles: true }));`);
    await m.attendre(`document.querySelector('#tdb-compte').textContent.startsWith('3 conventions')`);
    // The address follows the view in an effect, after the paint: wait for it before reloading.
    await m.attendre(`new URLSearchParams(location.search).get('partenaire') === 'DGEFP'`);
    await m.naviguer(await m.executer<string>('return location.href'));
    await m.attendre(`document.querySelector('#tdb-compte')?.textContent.startsWith('3 conventions')`, 30_000);
    expect(await m.executer<string>(`return document.querySelector('#tdb-partenaire').value`)).toBe('DGEFP');
    expect((await ids(m))[0]).toBe('dgefp-2024-03-28');
    // A phase check box, in the address too.
    const p = await envoyerAuFond<Portefeuille>(m, { type: 'portefeuille' });
    await m.executer(`[...document.querySelectorAll('.filtres button')].find((b) => b.textContent.includes('Effacer les filtres')).click()`);
    await m.attendre(`document.querySelector('#tdb-compte').textContent.startsWith('5 conventions')`);
    await m.executer(`document.querySelector('input[name="phase"][value="echue"]').click()`);
    const echues = p.lignes.filter((l) => l.phase === 'echue').length;
    await m.attendre(`/^${echues} convention/.test(document.querySelector('#tdb-compte').textContent)`);
    await m.attendre(`new URLSearchParams(location.search).getAll('phase').join() === 'echue'`);
    // The popup's search, typed for real.
    await m.naviguer(session.urlExtension('tableau-de-bord.html'));
    await m.attendre(`document.querySelector('#tdb-compte')?.textContent.includes('5 conventions affichées')`, 30_000);
    await m.taper('#tdb-recherche', 'classe');
    await m.attendre(`document.querySelector('#tdb-compte').textContent.replace(/\\s+/g, ' ') === '1 convention pour « classe »'`);
    expect(await ids(m)).toEqual(['menjs-2021-01-26']);
    // A row opens the popup's detail view.
    await m.executer(`document.querySelector('tr[data-convention="menjs-2021-01-26"] .lien-bouton').click()`);
    expect(plat(await m.attendre<string>(`document.querySelector('#detail-titre')?.textContent`))).toBe('MENJS → DINUM');
    expect(await m.executer<string>('return location.hash')).toBe('#/convention/menjs-2021-01-26');
    expect(plat(await m.attendre<string>(`document.querySelector('table caption')?.textContent`))).toBe('AE et CP prévus par année');
    // Back to the table: the search kept, the focus on the row that was opened.
    await m.executer(`[...document.querySelectorAll('button')].find((b) => b.textContent.includes('Retour au tableau de bord')).click()`);
    await m.attendre(`document.activeElement?.closest('tr')?.dataset.convention === 'menjs-2021-01-26'`);
    expect(await m.executer<string>(`return document.querySelector('#tdb-recherche').value`)).toBe('classe');
  });

  it('exporte ce qui est affiché : CSV, .xlsx et ICS téléchargés par Firefox et relus', async () => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension('tableau-de-bord.html?partenaire=DGEFP&tri=ae&sens=desc'));
    await m.attendre(`document.querySelector('#tdb-compte')?.textContent.startsWith('3 conventions affichées')`, 30_000);
    const affiches = await ids(m);
    const p = await envoyerAuFond<Portefeuille>(m, { type: 'portefeuille' });

    const attendus = await verifierExportsDgefp((format) => telecharger(m, { csv: 'Exporter en CSV', xlsx: 'Excel', ics: 'calendrier' }[format]), affiches, p);
    // The confirmation under the buttons, in words.
    expect(plat(await m.executer<string>(`return document.querySelector('.exports__etat').textContent`))).toBe(
      `Fichier jauge-dates-cles-${p.aujourdhui}.ics téléchargé (${attendus.length} date${attendus.length > 1 ? 's' : ''} clé${attendus.length > 1 ? 's' : ''}).`,
    );
  });
});

describe('Firefox ESR : clavier et accessibilité (axe, clair et sombre)', () => {
  const actif = (m: Marionette) => m.executer<string>(`const a = document.activeElement; return (a?.id || a?.textContent || '').trim()`);

  it('popup : les flèches expliquées sous la recherche, ↓ puis Entrée ouvre, Échap revient', async () => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension('popup.html'));
    await m.attendre(`document.querySelector('[data-recherche="locale"]')`, 30_000);
    expect(plat(await m.executer<string>(`return document.querySelector('#clavier-recherche').textContent`))).toBe('↓ ↑ parcourent les résultats, Entrée ouvre, Échap efface.');
    expect(await m.executer<string>(`return document.querySelector('#champ-recherche').getAttribute('aria-describedby')`)).toContain('clavier-recherche');
    await m.taper('#champ-recherche', 'classe');
    await m.attendre(`document.querySelectorAll('[role="option"]').length === 1`);
    await m.touches(TOUCHES.bas);
    await m.attendre(`document.querySelector('#champ-recherche').getAttribute('aria-activedescendant') === document.querySelector('[role="option"]').id`);
    await m.touches(TOUCHES.entree);
    await m.attendre(`document.activeElement?.id === 'detail-titre'`);
    await m.touches(TOUCHES.echap);
    await m.attendre(`document.activeElement?.id === 'champ-recherche'`);
    expect(await m.executer<string>(`return document.querySelector('#champ-recherche').value`)).toBe('classe');
  });

  it('tableau de bord : les deux premiers arrêts de Tab vont aux totaux et au calendrier ; Échap ferme le détail', async () => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension('tableau-de-bord.html'));
    await m.attendre(`document.querySelector('#tdb-compte')?.textContent.includes('5 conventions')`, 30_000);
    await m.touches(TOUCHES.tab);
    expect(await actif(m)).toBe('Aller aux totaux');
    await m.touches(TOUCHES.tab);
    expect(await actif(m)).toBe('Aller au calendrier');
    await m.touches(TOUCHES.entree);
    await m.attendre(`document.activeElement?.id === 'titre-calendrier'`);
    await m.executer(`document.querySelector('.evitement a').focus()`);
    await m.touches(TOUCHES.entree);
    await m.attendre(`document.activeElement?.id === 'titre-totaux'`);
    await m.executer(`document.querySelector('tr[data-convention="menjs-2021-01-26"] .lien-bouton').focus()`);
    await m.touches(TOUCHES.entree);
    await m.attendre(`document.activeElement?.id === 'detail-titre'`);
    await m.touches(TOUCHES.echap);
    await m.attendre(`document.activeElement?.closest('tr')?.dataset.convention === 'menjs-2021-01-26'`);
  });

  it('0 violation axe sur chaque page, en clair et en sombre : recherche, détail, formulaire, tableau de bord, options', async () => {
    const m = await session.extension();
    const pages: [string, string, string][] = [
      ['recherche', 'popup.html', `document.querySelector('[role="option"]')`],
      ['détail', `popup.html#/convention/${encodeURIComponent(menjs.id)}`, `document.querySelector('#detail-titre')`],
      ['formulaire', `popup.html#/convention/${encodeURIComponent(menjs.id)}/modifier`, `document.querySelector('#edition-dateFin') && document.querySelector('#edition-liens-recherche:not([disabled])')`],
      ['tableau de bord', 'tableau-de-bord.html', `document.querySelector('#tdb-compte')?.textContent.includes('5 conventions')`],
      ['détail du tableau de bord', `tableau-de-bord.html#/convention/${encodeURIComponent(menjs.id)}`, `document.querySelector('#detail-titre')`],
      ['options', 'options.html', `document.querySelector('.inventaire')`],
    ];
    try {
      for (const theme of ['light', 'dark'] as const) {
        await m.theme(theme);
        for (const [nom, chemin, pret] of pages) {
          await m.naviguer(session.urlExtension(chemin));
          await m.attendre(pret, 30_000);
          expect(await m.executer<boolean>(`return matchMedia('(prefers-color-scheme: dark)').matches`), `${nom} (${theme})`).toBe(theme === 'dark');
          expect(await violationsAxeFirefox(m), `${nom} (${theme})`).toEqual([]);
        }
      }
      // The check sees what it must: an image without a text alternative is a violation.
      await m.executer(`document.body.append(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }))`);
      expect((await violationsAxeFirefox(m)).map((v) => v.split(' ')[0])).toContain('image-alt');
    } finally {
      await m.theme('light');
    }
  });
});

describe('Firefox ESR : tableau de bord, 5 000 conventions', () => {
  let p: Portefeuille;
  const compte = (m: Marionette) => m.executer<string>(`return document.querySelector('#tdb-compte')?.textContent ?? ''`).then(plat);
  const ouvrir = async (suite: string, attendu: string): Promise<Marionette> => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension(`tableau-de-bord.html${suite}`));
    await m.attendre(`(document.querySelector('#tdb-compte')?.textContent ?? '').replace(/\\s+/g, ' ').startsWith(${JSON.stringify(attendu)})`, 60_000);
    return m;
  };

  beforeAll(async () => {
    const m = await session.extension();
    await m.naviguer(session.urlExtension('options.html'));
    const aujourdhui = (await envoyerAuFond<Portefeuille>(m, { type: 'portefeuille' })).aujourdhui;
    const r = await envoyerAuFond(m, { type: 'importer', contenu: registreGenere(4995, aujourdhui), nomFichier: 'cinq-mille.json', format: 'json', confirmer: true });
    expect(r).toMatchObject({ ok: true, nombre: 4995 });
    p = await envoyerAuFond<Portefeuille>(m, { type: 'portefeuille' });
    expect(p.lignes).toHaveLength(5000);
  });

  it('virtualise, trie, filtre, cherche et ouvre un détail', async () => {
    const m = await ouvrir('?tri=ae&sens=desc', '5 000 conventions affichées sur 5 000 conventions');
    expect(await m.executer<string>(`return document.querySelector('table.tableau--conventions').getAttribute('aria-rowcount')`)).toBe('5001');
    const rendues = await m.executer<number>(`return document.querySelectorAll('tr[data-convention]').length`);
    expect(rendues).toBeGreaterThan(10);
    expect(rendues).toBeLessThan(100);
    await m.executer(`const z = document.querySelector('.tableau-virtuel'); z.scrollTo(0, z.scrollHeight);`);
    await m.attendre(`[...document.querySelectorAll('tr[data-convention]')].pop()?.getAttribute('aria-rowindex') === '5001'`);
    await m.executer(`document.querySelector('.tableau-virtuel').scrollTo(0, 0);`);
    const max = p.lignes.reduce((a, l) => (l.ae > a.ae ? l : a));
    await m.attendre(`document.querySelector('tr[data-convention]')?.dataset.convention === ${JSON.stringify(max.id)}`);

    await m.executer(`const s = document.querySelector('#tdb-partenaire'); s.value = 'DNE'; s.dispatchEvent(new Event('change', { bubbles: true })); s.dispatchEvent(new Event('input', { bubbles: true }));`);
    const dne = p.lignes.filter((l) => l.partenaire === 'DNE');
    await m.attendre(`document.querySelector('#tdb-compte').textContent.replace(/\\s+/g, ' ').startsWith('${dne.length.toLocaleString('fr-FR').replace(/\s/g, ' ')} conventions')`);
    await m.executer(`document.querySelector('input[name="phase"][value="en-cours"]').click()`);
    const enCours = dne.filter((l) => l.phase === 'en-cours');
    expect(enCours.length).toBeGreaterThan(0);
    await m.attendre(`document.querySelector('#tdb-compte').textContent.replace(/\\s+/g, ' ').startsWith('${enCours.length} convention')`);

    // A name no other one starts with (a four-digit number: there is no five-digit one).
    const cible = enCours.find((l) => /numéro \d{4}$/.test(l.startups[0]!))!;
    await m.taper('#tdb-recherche', cible.startups[0]!.replace('Startup ', ''));
    const attendus = p.lignes.filter((l) => l.startups[0] === cible.startups[0] && l.partenaire === 'DNE' && l.phase === 'en-cours').map((l) => l.id);
    await m.attendre(`JSON.stringify([...document.querySelectorAll('tr[data-convention]')].map((tr) => tr.dataset.convention)) === ${JSON.stringify(JSON.stringify(attendus))}`);
    await m.executer(`document.querySelector('tr[data-convention] .lien-bouton').click()`);
    expect(plat(await m.attendre<string>(`document.querySelector('#detail-titre')?.textContent`))).toBe('DNE → DINUM');
    expect(await m.executer<string>('return location.hash')).toBe(`#/convention/${encodeURIComponent(attendus[0]!)}`);
  });

  it('exporte ce qui est affiché : CSV (somme des AE), .xlsx, ICS (UID stables sur deux exports)', async () => {
    const affichees = p.lignes.filter((l) => l.partenaire === 'DGEFP');
    const m = await ouvrir('?partenaire=DGEFP&tri=partenaire', `${affichees.length} conventions affichées`);
    expect(await compte(m)).toBe(`${affichees.length.toLocaleString('fr-FR').replace(/\s/g, ' ')} conventions affichées sur 5 000 conventions`);

    await verifierExportsGeneres((format) => telecharger(m, { csv: 'Exporter en CSV', xlsx: 'Excel', ics: 'calendrier' }[format]), affichees, p, session.urlExtension('tableau-de-bord.html#/convention/'));
  });

  it('vue d’impression : toutes les lignes rendues, A4 paysage, sans les commandes', async () => {
    const affichees = p.lignes.filter((l) => l.partenaire === 'DGEFP').length;
    const m = await ouvrir('?partenaire=DGEFP', `${affichees.toLocaleString('fr-FR').replace(/\s/g, ' ')} conventions affichées`);
    // The print dialog replaced by a counter in the page itself (the button calls window.print()).
    await m.executer(`window.imprime = 0; window.print = () => { window.imprime += 1; };`);
    await m.executer(`[...document.querySelectorAll('.exports button')].find((b) => b.textContent.includes('Imprimer')).click()`);
    await m.attendre(`window.imprime === 1`);
    expect(await m.executer<number>(`return document.querySelectorAll('tr[data-convention]').length`)).toBe(affichees);
    const regle = await m.executer<string>(`return [...document.styleSheets].flatMap((f) => [...f.cssRules]).find((r) => r instanceof CSSPageRule)?.cssText ?? ''`);
    expect(regle).toMatch(/size: A4 landscape/i);
    // The controls are hidden by the print style sheet.
    const cache = await m.executer<boolean>(
      `return [...document.styleSheets].flatMap((f) => [...f.cssRules]).some((r) => r instanceof CSSMediaRule && r.conditionText === 'print' && [...r.cssRules].some((c) => c.selectorText?.includes('.filtres') && c.style.display === 'none'))`,
    );
    expect(cache).toBe(true);
  });
});
