// The dashboard (tableau-de-bord.html) in the built extension, in Debian's headless Chromium: on
// the default registry and on a generated registry of 5 000 conventions, sort, filter (kept in the
// URL), search, open a detail, download each export and read it back (CSV with papaparse, .xlsx with
// exceljs, ICS with ical.js), print view, keyboard, axe in light and dark themes.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Portefeuille } from '../../shared/portefeuille';
import { regrouperClotures } from '../../shared/portefeuille/calendrier';
import { violationsAxe } from './extension-axe';
import { registreGenere, verifierExportsDgefp, verifierExportsGeneres } from './util/exports';
import { envoyerAuFond, plat } from './util/navigateur';
import { ouvrirTableauDeBord, sessionDuFichier, telechargerParBouton } from './util/pages-extension';

const session = sessionDuFichier();

const compte = async (page: Page) => plat(await page.locator('#tdb-compte').textContent());
const idsAffiches = (page: Page) => page.locator('tr[data-convention]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.convention!));

async function portefeuille(): Promise<Portefeuille> {
  const r = await envoyerAuFond<Portefeuille>(session, { type: 'portefeuille' });
  if (!r.ok) throw new Error(r.erreur);
  return r.valeur;
}

const telecharger = (page: Page, bouton: string | RegExp) => telechargerParBouton(page, bouton, 60_000);

describe('tableau de bord, registre par défaut', () => {
  it('s’ouvre depuis le popup et depuis les options, dans un onglet', async () => {
    for (const [page, bouton] of [
      ['popup.html', 'Tableau de bord'],
      ['options.html', 'Ouvrir le tableau de bord'],
    ] as const) {
      const origine = await session.ouvrir(session.urlExtension(page));
      const [onglet] = await Promise.all([session.context.waitForEvent('page'), origine.getByRole('button', { name: bouton }).click()]);
      await onglet.waitForURL(/tableau-de-bord\.html$/);
      await onglet.locator('#tdb-compte').waitFor({ timeout: 60_000 });
      await onglet.close();
      if (!origine.isClosed()) await origine.close();
    }
  });

  it('liste les cinq conventions, trie sur chaque colonne, filtre (dans l’URL), cherche et ouvre un détail', async () => {
    const page = await ouvrirTableauDeBord(session);
    expect(await compte(page)).toBe('5 conventions affichées sur 5 conventions');
    expect(await page.locator('h1').textContent()).toBe('Tableau de bord des conventions');

    // Sort: every column header is a button; AE descending puts the 2.5 M€ convention first.
    const entetes = page.locator('thead .tri');
    expect(await entetes.count()).toBe(9);
    for (let i = 0; i < 9; i++) {
      await entetes.nth(i).click();
      await expect.poll(() => entetes.nth(i).locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');
    }
    const ae = page.locator('button[data-colonne="ae"]');
    await ae.click();
    await ae.click();
    await expect.poll(() => ae.locator('xpath=..').getAttribute('aria-sort')).toBe('descending');
    expect((await idsAffiches(page))[0]).toBe('dgefp-2024-03-28');
    // The view reaches the address in an effect after the paint: wait for it, as a bookmark would.
    await expect.poll(() => page.url()).toContain('tri=ae&sens=desc');

    // Filter by partner: in the URL, and a reload (a bookmark) gives the same view.
    await page.locator('#tdb-partenaire').selectOption('DGEFP');
    await expect.poll(() => compte(page)).toBe('3 conventions affichées sur 5 conventions');
    await expect.poll(() => new URL(page.url()).searchParams.get('partenaire')).toBe('DGEFP');
    await page.reload();
    await expect.poll(() => compte(page)).toBe('3 conventions affichées sur 5 conventions');
    expect(await page.locator('#tdb-partenaire').inputValue()).toBe('DGEFP');
    expect((await idsAffiches(page))[0]).toBe('dgefp-2024-03-28');

    // Phase and niveau check boxes; the popup's search.
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.getByRole('checkbox', { name: 'échue' }).check();
    const p = await portefeuille();
    const echues = p.lignes.filter((l) => l.phase === 'echue').length;
    await expect.poll(() => compte(page)).toMatch(new RegExp(`^${echues} convention`));
    await expect.poll(() => new URL(page.url()).searchParams.getAll('phase')).toEqual(['echue']);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.locator('#tdb-recherche').fill('classe');
    // One count per search.
    await expect.poll(() => compte(page)).toBe('1 convention pour « classe »');
    expect(await idsAffiches(page)).toEqual(['menjs-2021-01-26']);
    expect(plat(await page.locator('#tdb-etat-recherche').textContent())).toBe('');
    await page.getByRole('checkbox', { name: 'en cours' }).check();
    await expect.poll(() => compte(page)).toBe('1 convention pour « classe » ; 0 affichée');
    await page.getByRole('checkbox', { name: 'en cours' }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('classe');

    // A row opens the popup's detail view; back returns to the table, focus on that row.
    await page.locator('tr[data-convention="menjs-2021-01-26"] .lien-bouton').click();
    await page.getByRole('table', { name: /AE et CP prévus par année/ }).waitFor();
    expect(plat(await page.locator('#detail-titre').textContent())).toBe('MENJS → DINUM');
    await expect.poll(() => page.url()).toContain('#/convention/menjs-2021-01-26');
    await session.capture(page, 'tableau-de-bord-detail');
    await page.getByRole('button', { name: 'Retour au tableau de bord' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.dataset.convention)).toBe('menjs-2021-01-26');
    expect(await page.locator('#tdb-recherche').inputValue()).toBe('classe');
    await page.close();
  });

  it('totaux par année et par partenaire (égaux à ce que les lignes délèguent), FAST à part, graphique, 90 jours de dates clés', async () => {
    const page = await ouvrirTableauDeBord(session, '?partenaire=DGEFP');
    await expect.poll(() => compte(page)).toBe('3 conventions affichées sur 5 conventions');
    const p = await portefeuille();
    const affichees = p.lignes.filter((l) => l.partenaire === 'DGEFP');
    const euros = (c: number) => plat(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(c / 100));
    const totalAe = affichees.reduce((s, l) => s + l.ventilation.reduce((x, v) => x + v.ae, 0), 0);
    const pied = plat(await page.locator('#totaux-annee tfoot').textContent());
    expect(pied).toContain(euros(totalAe));
    expect(await page.locator('.tableau--partenaires tbody tr').count()).toBe(1);
    // The FAST partnership's amount is not what the DGEFP delegates: it has its own table.
    const fast = affichees.reduce((s, l) => s + (l.fast?.montant ?? 0), 0);
    expect(fast).toBeGreaterThan(0);
    expect(plat(await page.locator('.tableau--partenaires tbody tr').textContent())).not.toContain(euros(totalAe + fast));
    expect(plat(await page.locator('.tableau--fast tfoot').textContent())).toContain(euros(fast));
    expect(await page.getByRole('img', { name: /AE et CP délégués par les conventions affichées/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Dates clés des 90 prochains jours' }).count()).toBe(1);
    await session.capture(page, 'tableau-de-bord-defaut');
    await page.close();
  });

  it('exporte ce qui est affiché : CSV, .xlsx et ICS relus', async () => {
    const page = await ouvrirTableauDeBord(session, '?partenaire=DGEFP&tri=ae&sens=desc');
    await expect.poll(() => compte(page)).toBe('3 conventions affichées sur 5 conventions');
    const affiches = await idsAffiches(page);
    const p = await portefeuille();

    await verifierExportsDgefp((format) => telecharger(page, { csv: 'Exporter en CSV', xlsx: /Excel/, ics: /calendrier/ }[format]), affiches, p);
    await page.close();
  });

  it('0 violation axe, clair et sombre : tableau et détail', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await ouvrirTableauDeBord(session);
      await page.emulateMedia({ colorScheme: theme });
      expect(await violationsAxe(page)).toEqual([]);
      await session.capture(page, `tableau-de-bord-${theme === 'dark' ? 'sombre' : 'clair'}`);
      await page.locator('tr[data-convention] .lien-bouton').first().click();
      await page.locator('#detail-titre').waitFor();
      expect(await violationsAxe(page)).toEqual([]);
      await page.close();
    }
  });

  it('tient dans 1 280 × 800 : ni la page ni le tableau ne défilent de côté, la prochaine date clé est visible (capture)', async () => {
    const page = await ouvrirTableauDeBord(session);
    for (const largeur of [1280, 1400, 1920]) {
      await page.setViewportSize({ width: largeur, height: 800 });
      await expect.poll(() => compte(page)).toMatch(/^5 conventions/);
      const mesure = await page.evaluate(() => {
        const doc = document.documentElement;
        const boite = document.querySelector<HTMLElement>('.tableau-virtuel')!;
        const entete = document.querySelector('[data-colonne="prochaineDate"]')!.getBoundingClientRect();
        const zone = boite.getBoundingClientRect();
        const cellule = document.querySelector('tr[data-convention] td.col-date')!.getBoundingClientRect();
        return {
          page: doc.scrollWidth <= doc.clientWidth,
          tableau: boite.scrollWidth <= boite.clientWidth,
          dateVisible: entete.left >= zone.left && entete.right <= zone.right && cellule.right <= zone.right && entete.right <= window.innerWidth,
        };
      });
      expect(mesure, `à ${largeur} px`).toEqual({ page: true, tableau: true, dateVisible: true });
      if (largeur === 1280) await session.capture(page, 'tableau-de-bord-1280x800');
    }
    // « Colonnes » hides the optional ones; the view keeps the choice.
    await page.getByText('Colonnes', { exact: false }).first().click();
    await page.getByRole('checkbox', { name: 'UO' }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('masquer')).toEqual(['uo']);
    expect(await page.locator('thead [data-colonne="uo"]').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'UO' }).check();
    await page.close();
  });

  it('au clavier : liens d’évitement vers les totaux et le calendrier, Échap ferme le détail', async () => {
    const page = await ouvrirTableauDeBord(session);
    // The first two Tab stops of the page, shown when focused.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller aux totaux');
    expect(await page.getByRole('link', { name: 'Aller aux totaux' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au calendrier');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('titre-calendrier');
    await page.getByRole('link', { name: 'Aller aux totaux' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('titre-totaux');
    expect(await page.evaluate(() => document.getElementById('titre-totaux')!.getBoundingClientRect().top)).toBeLessThan(800);
    // A row's detail, closed by Esc: back to the table, focus on the row it was opened from.
    await page.locator('tr[data-convention="menjs-2021-01-26"] .lien-bouton').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-titre');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.dataset.convention)).toBe('menjs-2021-01-26');
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('au clavier : recherche, tri, ouverture d’une ligne, retour', async () => {
    const page = await ouvrirTableauDeBord(session);
    await page.locator('#tdb-recherche').focus();
    await page.keyboard.type('dgefp');
    await expect.poll(() => compte(page)).toBe('3 conventions pour « dgefp »');
    // Tab through the filters to the first sort button, then sort with Enter.
    let nom = '';
    for (let i = 0; i < 40 && nom !== 'startups'; i++) {
      await page.keyboard.press('Tab');
      nom = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.colonne ?? '');
    }
    expect(nom).toBe('startups');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    // On to the first row's button; Enter opens the detail, whose heading gets the focus.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('lien-bouton'))) break;
    }
    const id = await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.convention);
    expect(id).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-titre');
    // The popup's own Esc handler is not there: the back button is reached from the keyboard.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.dataset.convention)).toBe(id);
    await page.close();
  });
});

describe('tableau de bord, 5 000 conventions', () => {
  let p: Portefeuille;

  beforeAll(async () => {
    const aujourdhui = (await portefeuille()).aujourdhui;
    const r = await envoyerAuFond(session, { type: 'importer', contenu: registreGenere(4995, aujourdhui), nomFichier: 'cinq-mille.json', format: 'json', confirmer: true });
    expect(r).toMatchObject({ ok: true, valeur: { ok: true, nombre: 4995 } });
    p = await portefeuille();
    expect(p.lignes).toHaveLength(5000);
  });

  it('affiche 5 000 lignes virtualisées, qui défilent jusqu’à la dernière', async () => {
    const page = await ouvrirTableauDeBord(session);
    await expect.poll(() => compte(page), { timeout: 60_000 }).toBe('5 000 conventions affichées sur 5 000 conventions');
    expect(await page.locator('table.tableau--conventions').getAttribute('aria-rowcount')).toBe('5001');
    const rendues = await page.locator('tr[data-convention]').count();
    expect(rendues).toBeGreaterThan(10);
    expect(rendues).toBeLessThan(100);
    const zone = page.locator('.tableau-virtuel');
    await zone.evaluate((z) => z.scrollTo(0, z.scrollHeight));
    await expect.poll(() => page.locator('tr[data-convention]').last().getAttribute('aria-rowindex')).toBe('5001');
    expect(await page.locator('tr[data-convention]').count()).toBeLessThan(100);
    await session.capture(page, 'tableau-de-bord-5000');
    await page.close();
  });

  it('trie, filtre, cherche et ouvre un détail', async () => {
    const page = await ouvrirTableauDeBord(session, '?tri=ae&sens=desc');
    await expect.poll(() => compte(page), { timeout: 60_000 }).toBe('5 000 conventions affichées sur 5 000 conventions');
    const max = p.lignes.reduce((m, l) => (l.ae > m.ae ? l : m));
    expect((await idsAffiches(page))[0]).toBe(max.id);

    await page.locator('#tdb-partenaire').selectOption('DNE');
    const dne = p.lignes.filter((l) => l.partenaire === 'DNE');
    await expect.poll(() => compte(page)).toBe(`${dne.length} conventions affichées sur 5 000 conventions`);
    await page.getByRole('checkbox', { name: 'en cours' }).check();
    const enCours = dne.filter((l) => l.phase === 'en-cours');
    expect(enCours.length).toBeGreaterThan(0);
    await expect.poll(() => compte(page)).toMatch(new RegExp(`^${enCours.length} convention`));

    await page.locator('#tdb-recherche').fill('numéro 4242');
    await expect.poll(() => idsAffiches(page)).toEqual(p.lignes.filter((l) => l.startups[0] === 'Startup numéro 4242' && l.partenaire === 'DNE' && l.phase === 'en-cours').map((l) => l.id));
    await page.locator('#tdb-recherche').fill('');
    await page.locator('tr[data-convention] .lien-bouton').first().click();
    await page.locator('#detail-titre').waitFor();
    expect(plat(await page.locator('#detail-titre').textContent())).toBe('DNE → DINUM');
    await page.close();
  });

  it('exporte ce qui est affiché : CSV, .xlsx, ICS (toutes les dates à venir, UID stables)', async () => {
    const page = await ouvrirTableauDeBord(session, '?partenaire=DGEFP&tri=partenaire');
    const affichees = p.lignes.filter((l) => l.partenaire === 'DGEFP');
    await expect.poll(() => compte(page), { timeout: 60_000 }).toBe(`${affichees.length} conventions affichées sur 5 000 conventions`);

    await verifierExportsGeneres((format) => telecharger(page, { csv: 'Exporter en CSV', xlsx: /Excel/, ics: /calendrier/ }[format]), affichees, p, session.urlExtension('tableau-de-bord.html#/convention/'));
    await page.close();
  });

  it('calendrier : les 100 premières dates clés, puis 100 de plus à la demande', async () => {
    const page = await ouvrirTableauDeBord(session);
    await expect.poll(() => compte(page), { timeout: 60_000 }).toBe('5 000 conventions affichées sur 5 000 conventions');
    // A year-end cut-off once per date, whatever the number of conventions.
    const dates = regrouperClotures(p.evenements.filter((e) => e.jours >= 0 && e.jours <= 90));
    expect(dates.length).toBeGreaterThan(200);
    expect(dates.filter((e) => e.code === 'cloture-commandes').length).toBeLessThanOrEqual(1);
    const total = plat(dates.length.toLocaleString('fr-FR'));
    expect(plat(await page.locator('#tdb-calendrier-compte').textContent())).toBe(`${total} dates clés dans les 90 prochains jours ; les 100 premières affichées`);
    const lignes = page.locator('.calendrier tbody tr');
    expect(await lignes.count()).toBe(100);
    expect(await lignes.first().getAttribute('data-code')).toBe(dates[0]!.code);
    await page.getByRole('button', { name: /^Afficher les 100 suivantes/ }).click();
    await expect.poll(() => lignes.count()).toBe(200);
    await page.close();
  });

  it('vue d’impression : toutes les lignes, A4 paysage, sans les commandes', async () => {
    const page = await ouvrirTableauDeBord(session, '?partenaire=DGEFP');
    const affichees = p.lignes.filter((l) => l.partenaire === 'DGEFP').length;
    await expect.poll(() => compte(page), { timeout: 60_000 }).toMatch(/^\d/);
    await page.evaluate(() => {
      (window as unknown as { imprime: number }).imprime = 0;
      window.print = () => void ((window as unknown as { imprime: number }).imprime += 1);
    });
    await page.getByRole('button', { name: 'Imprimer' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { imprime: number }).imprime)).toBe(1);
    expect(await page.locator('tr[data-convention]').count()).toBe(affichees);
    // The calendar too: every date of the 90 days, not the first hundred.
    const ids = new Set(p.lignes.filter((l) => l.partenaire === 'DGEFP').map((l) => l.id));
    const dates = regrouperClotures(p.evenements.filter((e) => ids.has(e.conventionId) && e.jours >= 0 && e.jours <= 90)).length;
    expect(dates).toBeGreaterThan(100);
    expect(await page.locator('.calendrier tbody tr').count()).toBe(dates);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filtres').isVisible()).toBe(false);
    expect(await page.locator('.exports').isVisible()).toBe(false);
    const regle = await page.evaluate(() =>
      [...document.styleSheets].flatMap((f) => [...f.cssRules]).find((r) => r instanceof CSSPageRule)?.cssText ?? '',
    );
    expect(regle).toMatch(/size: A4 landscape/i);
    await page.close();
  });
});

describe('tableau de bord ouvert pendant un changement de données', () => {
  // After the 5 000-convention tests: the background computes 5 020 statuses before the reset.
  it('suit une réinitialisation faite ailleurs : lignes, compte et recherche, sans recharger la page', { timeout: 150_000 }, async () => {
    const aujourdhui = (await portefeuille()).aujourdhui;
    const r = await envoyerAuFond(session, { type: 'importer', contenu: registreGenere(20, aujourdhui), nomFichier: 'vingt.json', format: 'json', confirmer: true });
    expect(r).toMatchObject({ ok: true, valeur: { ok: true, nombre: 20 } });
    const n = (await portefeuille()).lignes.length;
    expect(n).toBeGreaterThan(5);
    const page = await ouvrirTableauDeBord(session);
    const tous = `${n.toLocaleString('fr-FR').replace(/\s/g, ' ')} conventions`;
    await expect.poll(() => compte(page), { timeout: 60_000 }).toBe(`${tous} affichées sur ${tous}`);
    await page.locator('#tdb-recherche').fill('numéro 17');
    await expect.poll(() => idsAffiches(page)).not.toEqual([]);
    await page.locator('#tdb-recherche').fill('');
    // A mark on the window: gone if the page were reloaded.
    await page.evaluate(() => Object.assign(window, { marqueJauge: 1 }));

    // As the options page does in another tab: back to the embedded registry.
    expect((await envoyerAuFond(session, { type: 'reinitialiser' })).ok).toBe(true);
    await expect.poll(() => compte(page), { timeout: 60_000 }).toBe('5 conventions affichées sur 5 conventions');
    expect(await page.evaluate(() => (window as unknown as { marqueJauge?: number }).marqueJauge)).toBe(1);
    // The local search follows too: a generated startup is no longer found, a seed's partner is.
    await page.locator('#tdb-recherche').fill('numéro 17');
    await expect.poll(() => compte(page)).toBe('0 convention pour « numéro 17 »');
    await page.locator('#tdb-recherche').fill('dgefp');
    await expect.poll(() => idsAffiches(page)).toContain('dgefp-2024-03-28');
    expect((await idsAffiches(page)).filter((id) => id.startsWith('conv-'))).toEqual([]);
    await page.close();
  });
});
