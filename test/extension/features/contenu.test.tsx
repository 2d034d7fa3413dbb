// @vitest-environment happy-dom
// The overlay features on the fixture pages, with the background answered by a fake.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FONCTIONNALITES_CONTENU, lancerFonctionnalites } from '../../../extension/features';
import { badgesCartes } from '../../../extension/features/badges-cartes';
import { REGLAGES_PAR_DEFAUT, type Requete, type ResumeConvention } from '../../../extension/lib/messages';
import { resumeExemple } from '../aides/resume';

const fixture = (nom: string) => readFileSync(path.join(import.meta.dirname, '../../fixtures/betagouv', nom), 'utf8');

/** Loads a fixture's body (without running its scripts) into happy-dom's document. */
function charger(nom: string): void {
  const html = fixture(nom);
  const corps = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  document.body.innerHTML = corps.replace(/<script[\s\S]*?<\/script>/gi, '');
  document.documentElement.removeAttribute('data-jauge-charge');
}

let reglages = structuredClone(REGLAGES_PAR_DEFAUT);
let parStartup: Record<string, ResumeConvention[]> = {};
let parIncubateur: Record<string, ResumeConvention[]> = {};
const recues: Requete[] = [];

function repondre(message: unknown) {
  const r = message as Requete;
  recues.push(r);
  switch (r.type) {
    case 'reglages-lire':
      return Promise.resolve({ ok: true, valeur: reglages });
    case 'conventions-startup':
      return Promise.resolve({ ok: true, valeur: { startup: null, conventions: parStartup[r.slug] ?? [] } });
    case 'conventions-incubateur':
      return Promise.resolve({ ok: true, valeur: { incubateur: null, conventions: parIncubateur[r.id] ?? [] } });
    case 'conventions-startups':
      return Promise.resolve({ ok: true, valeur: Object.fromEntries(r.slugs.map((s) => [s, parStartup[s] ?? []])) });
    case 'ouvrir-detail':
      return Promise.resolve({ ok: true, valeur: { ouvert: true } });
    default:
      return Promise.resolve({ ok: false, erreur: 'inattendu' });
  }
}

let ctx: ContentScriptContext;
const attendre = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
const hotes = (nom = 'jauge-badge') => [...document.querySelectorAll<HTMLElement>(nom)];

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(repondre);
  reglages = structuredClone(REGLAGES_PAR_DEFAUT);
  parStartup = {};
  parIncubateur = {};
  recues.length = 0;
  ctx = new ContentScriptContext('test', { matches: [], cssInjectionMode: 'manual' } as never);
});
afterEach(() => {
  ctx.abort();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('page startup', () => {
  it('un badge par convention, dans la liste des badges du site, avec les attributs du contrat', async () => {
    charger('startup-classe-a-12.html');
    parStartup['classe-a-12'] = [resumeExemple({ id: 'menjs-2021-01-26', libelle: 'Convention MENJS', niveau: 'ok', phase: 'echue', texteBadge: 'échue le 31 déc. 2021' })];
    const lancees = await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'));
    expect(lancees).toEqual(['badges-startup']);
    const [hote, ...autres] = hotes();
    expect(autres).toHaveLength(0);
    expect(hote!.getAttribute('data-jauge-convention')).toBe('menjs-2021-01-26');
    expect(hote!.getAttribute('data-jauge-niveau')).toBe('ok');
    expect(hote!.getAttribute('data-jauge-phase')).toBe('echue');
    // In the site's own `ul.fr-pl-0`, after its "Lauréat FAST" badge.
    expect(hote!.closest('ul')?.previousElementSibling?.tagName).toBe('H1');
    expect(hote!.closest('ul')?.textContent).toContain('Lauréat FAST');
    expect(hote!.shadowRoot?.querySelector('button')?.textContent).toBe('Convention MENJS · échue le 31 déc. 2021');
    // Styles are isolated in the shadow root, before the component's container (vitest loads CSS as
    // empty: the e2e test checks the real sheet and that the page's styles do not reach the badge).
    expect([...hote!.shadowRoot!.children].map((e) => e.localName)).toEqual(['style', 'div']);
    expect(hote!.shadowRoot!.mode).toBe('open');
  });

  it('plus de trois conventions : trois badges et +N, qui déplie les autres', async () => {
    charger('startup-classe-a-12.html');
    parStartup['classe-a-12'] = ['a', 'b', 'c', 'd', 'e'].map((id) => resumeExemple({ id, libelle: `Convention ${id.toUpperCase()}` }));
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12'));
    expect(hotes().map((h) => h.dataset.jaugeConvention)).toEqual(['a', 'b', 'c']);
    const plus = hotes('jauge-plus');
    expect(plus).toHaveLength(1);
    expect(plus[0]!.shadowRoot?.querySelector('button')?.textContent).toBe('+2');
    await act(() => plus[0]!.shadowRoot!.querySelector('button')!.click());
    await attendre(20);
    expect(hotes().map((h) => h.dataset.jaugeConvention)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(hotes('jauge-plus')).toHaveLength(0);
  });

  it('exactement quatre : les quatre (pas de « +1 »)', async () => {
    charger('startup-classe-a-12.html');
    parStartup['classe-a-12'] = ['a', 'b', 'c', 'd'].map((id) => resumeExemple({ id }));
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12'));
    expect(hotes()).toHaveLength(4);
    expect(hotes('jauge-plus')).toHaveLength(0);
  });

  it('aucune convention connue : rien n’est ajouté', async () => {
    charger('startup-classe-a-12.html');
    const avant = document.body.innerHTML;
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'));
    expect(document.body.innerHTML).toBe(avant);
  });

  it('balisage changé : pas de badge, pas d’erreur en console', async () => {
    const erreurs = vi.spyOn(console, 'error');
    const avertissements = vi.spyOn(console, 'warn');
    charger('startup-balisage-change.html');
    parStartup['classe-a-12'] = [resumeExemple()];
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'));
    expect(hotes()).toHaveLength(0);
    expect(document.querySelector('[data-jauge]')).toBeNull();
    expect(erreurs).not.toHaveBeenCalled();
    expect(avertissements).not.toHaveBeenCalled();
  });

  it('fonctionnalité désactivée dans les réglages : rien', async () => {
    charger('startup-classe-a-12.html');
    parStartup['classe-a-12'] = [resumeExemple()];
    reglages.fonctionnalites['badges-startup'] = false;
    expect(await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'))).toEqual([]);
    expect(hotes()).toHaveLength(0);
    expect(recues.map((r) => r.type)).toEqual(['reglages-lire']);
  });

  it('lancé deux fois sur la même page : un seul jeu de badges', async () => {
    charger('startup-classe-a-12.html');
    parStartup['classe-a-12'] = [resumeExemple()];
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'));
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'));
    document.documentElement.removeAttribute('data-jauge-charge');
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'));
    expect(hotes()).toHaveLength(1);
  });

  it('« Voir le détail » demande au fond d’ouvrir la fiche', async () => {
    charger('startup-classe-a-12.html');
    parStartup['classe-a-12'] = [resumeExemple({ id: 'x-1' })];
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'));
    const racine = hotes()[0]!.shadowRoot!;
    await act(() => racine.querySelector('button')!.click());
    const detail = [...racine.querySelectorAll('button')].find((b) => b.textContent === 'Voir le détail')!;
    await act(() => detail.click());
    await attendre(0);
    expect(recues.at(-1)).toEqual({ type: 'ouvrir-detail', conventionId: 'x-1' });
  });

  it('contexte invalidé (extension mise à jour) : les badges s’en vont', async () => {
    charger('startup-classe-a-12.html');
    parStartup['classe-a-12'] = [resumeExemple()];
    await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/startups/classe-a-12.html'));
    expect(hotes()).toHaveLength(1);
    ctx.abort();
    expect(hotes()).toHaveLength(0);
    expect(document.querySelector('li[data-jauge]')).toBeNull();
  });
});

describe('page incubateur', () => {
  it('badges sous le titre (liste créée) et sur les cartes de ses startups', async () => {
    charger('incubateur-mission-apprentissage.html');
    const dgefp = resumeExemple({ id: 'dgefp-2024-03-28' });
    parIncubateur['mission-apprentissage'] = [dgefp];
    parStartup['catalogue-apprentissage'] = [dgefp];
    parStartup['uai-siret'] = [dgefp];
    const lancees = await lancerFonctionnalites(ctx, new URL('https://beta.gouv.fr/incubateurs/mission-apprentissage.html'));
    expect(lancees.sort()).toEqual(['badges-cartes', 'badges-incubateur']);
    await attendre(150);
    const titre = hotes();
    expect(titre).toHaveLength(1);
    expect(titre[0]!.closest('ul')?.hasAttribute('data-jauge-liste')).toBe(true);
    expect(titre[0]!.closest('ul')?.previousElementSibling?.tagName).toBe('H1');
    const cartes = hotes('jauge-badge-carte');
    expect(cartes.map((c) => c.dataset.jaugeStartup)).toEqual(['catalogue-apprentissage', 'uai-siret']);
    expect(cartes[0]!.nextElementSibling?.classList.contains('fr-card__title')).toBe(true);
  });
});

describe('liste des startups reconstruite par le site', () => {
  function reconstruire() {
    // What search-startup.js does: replace each grid's innerHTML.
    for (const grille of document.querySelectorAll('.startups')) {
      grille.innerHTML = ['tdb-apprentissage', 'rdv.insertion', 'aucune-convention', 'uai_siret']
        .map(
          (id) =>
            `<div class="fr-col-12 fr-col-md-4" id="${id}"><div class="fr-card fr-enlarge-link"><div class="fr-card__body"><h3 class="fr-card__title"><a class="fr-card__link" href="/startups/${id}.html">${id}</a></h3></div></div></div>`,
        )
        .join('');
    }
  }

  it('une carte badgée une seule fois, après deux reconstructions', async () => {
    charger('liste-startups.html');
    parStartup['tdb-apprentissage'] = [resumeExemple({ id: 'menjs-fast' })];
    parStartup['uai_siret'] = [resumeExemple({ id: 'dgefp' }), resumeExemple({ id: 'autre' })];
    await badgesCartes.init(ctx, new URL('https://beta.gouv.fr/startups/'));
    await attendre(150);
    expect(hotes('jauge-badge-carte')).toHaveLength(1); // server-rendered card
    reconstruire();
    await attendre(10);
    reconstruire(); // second rebuild before the debounce fires
    await attendre(150);
    const parCarte = hotes('jauge-badge-carte').map((h) => h.dataset.jaugeStartup);
    // 2 grids × (tdb-apprentissage, uai_siret)
    expect(parCarte.sort()).toEqual(['tdb-apprentissage', 'tdb-apprentissage', 'uai_siret', 'uai_siret']);
    for (const carte of document.querySelectorAll('.fr-card__body')) {
      expect(carte.querySelectorAll('jauge-badge-carte').length).toBeLessThanOrEqual(1);
    }
    const uai = hotes('jauge-badge-carte').find((h) => h.dataset.jaugeStartup === 'uai_siret')!;
    expect(uai.dataset.jaugeNombre).toBe('2');
    expect(uai.shadowRoot?.querySelector('.jauge-badge')?.textContent).toContain('(+1)');
    // Re-running a pass changes nothing.
    reconstruire();
    await attendre(150);
    expect(hotes('jauge-badge-carte')).toHaveLength(4);
  });

  it('toutes les fonctionnalités ont un id de réglage connu', () => {
    for (const f of FONCTIONNALITES_CONTENU) expect(Object.keys(REGLAGES_PAR_DEFAUT.fonctionnalites)).toContain(f.id);
  });
});
