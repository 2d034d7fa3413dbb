// Every beta.gouv.fr page predicate and selector the overlay relies on, in one place (as
// refined-github keeps GitHub's in github-url-detection). When the site changes its markup, this
// is the file to update; each predicate lists the URLs its tests check (test/extension/lib/betagouv.test.ts).
// Sources: ../shared/notes/betagouv-pages.md (templates of betagouv/beta.gouv.fr at 693fb7c4).

export const ORIGINE = 'https://beta.gouv.fr';

/** Match patterns of the content script (manifest). */
export const MOTIFS_CONTENU = ['https://beta.gouv.fr/startups*', 'https://beta.gouv.fr/incubateurs/*'];

const CHEMIN_STARTUP = /^\/startups\/([^/?#]+?)(?:\.html)?\/?$/;
const CHEMIN_LISTE = /^\/startups(?:\/(?:index\.html)?)?$/;
const CHEMIN_INCUBATEUR = /^\/incubateurs\/([^/?#]+?)(?:\.html)?\/?$/;

function decoder(segment: string): string | null {
  try {
    const s = decodeURIComponent(segment).trim();
    return s && s !== 'index' ? s : null;
  } catch {
    return null;
  }
}

function chemin(url: URL | string): URL | null {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return u.origin === ORIGINE ? u : null;
  } catch {
    return null;
  }
}

/**
 * The startup slug of a startup page, as written in its URL (`_` of API ids is `-` there).
 * Test URLs: /startups/classe-a-12.html → classe-a-12; /startups/classe-a-12 → classe-a-12;
 * /startups/rdv.insertion.html → rdv.insertion; /startups/uai-siret.html → uai-siret;
 * /startups/e-insp%C3%A9.html → e-inspé; /startups/ → null; /startups/index.html → null;
 * /incubateurs/dinum.html → null; https://example.org/startups/x.html → null.
 */
export function slugStartup(url: URL | string): string | null {
  const u = chemin(url);
  const m = u && CHEMIN_STARTUP.exec(u.pathname);
  return m?.[1] ? decoder(m[1]) : null;
}

export const estPageStartup = (url: URL | string): boolean => slugStartup(url) !== null;

/**
 * The startups list (cards rebuilt by the site's script).
 * Test URLs: /startups/ ; /startups ; /startups/index.html ; /startups/?incubateur=dinum#acceleration.
 * Not: /startups/classe-a-12.html.
 */
export function estListeStartups(url: URL | string): boolean {
  const u = chemin(url);
  return u !== null && CHEMIN_LISTE.test(u.pathname);
}

/**
 * The incubator id of an incubator page.
 * Test URLs: /incubateurs/mission-apprentissage.html → mission-apprentissage; /incubateurs/dinum → dinum;
 * /incubateurs/ → null (the incubators list).
 */
export function idIncubateur(url: URL | string): string | null {
  const u = chemin(url);
  const m = u && CHEMIN_INCUBATEUR.exec(u.pathname);
  return m?.[1] ? decoder(m[1]) : null;
}

export const estPageIncubateur = (url: URL | string): boolean => idIncubateur(url) !== null;

/** The startup page's title: `.hero__startup-text > h1` in `main#contenu` (the first h1 of main). */
export function titreStartup(doc: Document): HTMLHeadingElement | null {
  return doc.querySelector<HTMLHeadingElement>('main#contenu .hero__startup-text > h1');
}

/** The incubator page's title: the first h1 of `main#contenu`. */
export function titreIncubateur(doc: Document): HTMLHeadingElement | null {
  return doc.querySelector<HTMLHeadingElement>('main#contenu h1');
}

/** The site's own event badges list right under a startup's h1 (`ul.fr-pl-0`), if present. */
export function listeEvenements(titre: Element): HTMLUListElement | null {
  const suivant = titre.nextElementSibling;
  return suivant instanceof HTMLUListElement && suivant.classList.contains('fr-pl-0') ? suivant : null;
}

/** Where startup cards live, to watch for rebuilds: the list's `.startups` grids, else `main#contenu`. */
export function zonesCartes(doc: Document): Element[] {
  const grilles = [...doc.querySelectorAll('main#contenu .startups')];
  if (grilles.length > 0) return grilles;
  const main = doc.querySelector('main#contenu');
  return main ? [main] : [];
}

export interface CarteStartup {
  /** The card (`.fr-card`). */
  carte: HTMLElement;
  /** The card's body, where our badge goes (before the title, like DSFR's `fr-badges-group`). */
  corps: HTMLElement;
  titre: HTMLElement;
  slug: string;
}

/** A card's startup link: `.fr-card a.fr-card__link[href^="/startups/"]` (JS and server cards alike). */
export const SELECTEUR_LIEN_CARTE = '.fr-card a.fr-card__link[href^="/startups/"], .fr-card a.fr-card__link[href^="https://beta.gouv.fr/startups/"]';

export function cartesStartups(racine: ParentNode): CarteStartup[] {
  const cartes: CarteStartup[] = [];
  for (const lien of racine.querySelectorAll<HTMLAnchorElement>(SELECTEUR_LIEN_CARTE)) {
    const carte = lien.closest<HTMLElement>('.fr-card');
    const titre = lien.closest<HTMLElement>('.fr-card__title');
    const corps = titre?.parentElement;
    const slug = slugStartup(new URL(lien.getAttribute('href') ?? '', ORIGINE));
    if (!carte || !titre || !corps || !slug) continue;
    cartes.push({ carte, corps, titre, slug });
  }
  return cartes;
}
