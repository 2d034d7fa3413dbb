// Which conventions concern a beta.gouv.fr startup or incubator. A startup page shows the conventions
// that name it and those that fund its incubator. Slugs are compared loosely: the site's API ids keep
// `_` where some URLs use `-` (`uai_siret` / `uai-siret.html`), and people type any case. A renamed
// startup keeps its former slugs (`anciensSlugs`, from `redirect_from`): old pages and old conventions still lead to it.
import type { Convention, Startup } from '../model';
import type { Registre } from './schema';

/** `UAI_Siret ` → `uai-siret`: the form slugs and incubator ids are compared in. */
export function normaliserSlug(slug: string): string {
  return typeof slug === 'string' ? slug.trim().toLowerCase().replace(/_/g, '-') : '';
}

/**
 * The former slug a `redirect_from` entry of a startup's front matter leaves behind:
 * `/startups/expositionIJ` → `expositionIJ`, `/startups/classes12.md` → `classes12`. Other entries
 * (`/startup/…`, `/incubateurs/…`, the list itself) are not startup pages: null.
 */
export function slugDeRedirection(chemin: unknown): string | null {
  if (typeof chemin !== 'string') return null;
  const m = /^\/?startups\/([^/?#]+?)(?:\.html|\.md)?\/?$/.exec(chemin.trim());
  if (!m) return null;
  let slug = m[1]!;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A stray `%` is kept as written: the slug is still a usable key.
  }
  slug = slug.trim();
  return slug === '' || slug === 'index' ? null : slug;
}

/**
 * `anciensSlugs` from a `redirect_from` value (a list, or a single path as YAML allows): the startup
 * paths only, once each, never the current slug. Undefined when none remain, so the field is left out.
 */
export function anciensSlugsDepuisRedirections(redirections: unknown, slugActuel: string): string[] | undefined {
  const liste = Array.isArray(redirections) ? redirections : typeof redirections === 'string' ? [redirections] : [];
  const vus = new Set([normaliserSlug(slugActuel)]);
  const anciens: string[] = [];
  for (const chemin of liste) {
    const slug = slugDeRedirection(chemin);
    if (slug === null || vus.has(normaliserSlug(slug))) continue;
    vus.add(normaliserSlug(slug));
    anciens.push(slug);
  }
  return anciens.length > 0 ? anciens : undefined;
}

/** Every key a startup is known by: its slug, then its former slugs (normalised). */
export function clesStartup(s: Startup): string[] {
  return [...new Set([s.slug, ...(s.anciensSlugs ?? [])].map(normaliserSlug).filter((c) => c !== ''))];
}

/** The keys that lead to this startup in the registry: a former slug since given to another startup is that one's now. */
function clesDansRegistre(r: Registre, startup: Startup): string[] {
  const actuelle = normaliserSlug(startup.slug);
  return clesStartup(startup).filter((c) => c === actuelle || !r.startups.some((s) => s !== startup && normaliserSlug(s.slug) === c));
}

/**
 * The startup a slug designates: the one whose current slug it is, else the one that had it before
 * a rename (a current slug wins over another startup's former one).
 */
export function startupPourSlug(r: Registre, slug: string): Startup | undefined {
  let index = indexParListe.get(r.startups);
  if (!index) {
    index = startupsParCle(r.startups);
    indexParListe.set(r.startups, index);
  }
  return index.get(normaliserSlug(slug));
}

// The background resolves one slug per card or per named startup: the table is built once per
// registry. Keyed by its startups list, which a registry never changes in place (a new read is a
// new object), so a registry copied with other conventions shares it and a new list gets its own.
const indexParListe = new WeakMap<readonly Startup[], Map<string, Startup>>();

/**
 * Every key a startup is known by (normalised current slug, then former slugs no other startup now
 * holds) to that startup: the map behind startupPourSlug, built once for many look-ups.
 */
export function startupsParCle(startups: readonly Startup[]): Map<string, Startup> {
  const index = new Map<string, Startup>();
  const poser = (cle: string, s: Startup) => {
    if (cle !== '' && !index.has(cle)) index.set(cle, s);
  };
  for (const s of startups) poser(normaliserSlug(s.slug), s);
  for (const s of startups) for (const ancien of s.anciensSlugs ?? []) poser(normaliserSlug(ancien), s);
  return index;
}

/**
 * Conventions for a startup: those listing it in `startups` (by its slug or a former one), then those
 * of its incubator (from the registry's startup snapshot), in registry order, without duplicates.
 * A former slug leads to the renamed startup.
 */
export function conventionsPourStartup(r: Registre, slug: string): Convention[] {
  const cle = normaliserSlug(slug);
  if (cle === '') return [];
  const startup = startupPourSlug(r, slug);
  const cles = new Set(startup ? clesDansRegistre(r, startup) : [cle]);
  const incubateur = startup?.incubateur ? normaliserSlug(startup.incubateur) : null;
  const directes = r.conventions.filter((c) => (c.startups ?? []).some((s) => cles.has(normaliserSlug(s))));
  const viaIncubateur =
    incubateur === null || incubateur === ''
      ? []
      : r.conventions.filter((c) => c.incubateur !== undefined && normaliserSlug(c.incubateur) === incubateur && !directes.includes(c));
  return [...directes, ...viaIncubateur];
}

/**
 * Conventions for an incubator: those naming it in `incubateur` (registry order). With `avecStartups`,
 * then those of the startups the snapshot places in it, without duplicates.
 */
export function conventionsPourIncubateur(r: Registre, id: string, options?: { avecStartups?: boolean }): Convention[] {
  const cle = normaliserSlug(id);
  if (cle === '') return [];
  const resultat = r.conventions.filter((c) => c.incubateur !== undefined && normaliserSlug(c.incubateur) === cle);
  if (options?.avecStartups) {
    const slugs = new Set(r.startups.filter((s) => s.incubateur !== undefined && normaliserSlug(s.incubateur) === cle).flatMap((s) => clesDansRegistre(r, s)));
    for (const c of r.conventions) {
      if (!resultat.includes(c) && (c.startups ?? []).some((s) => slugs.has(normaliserSlug(s)))) resultat.push(c);
    }
  }
  return resultat;
}

/** A startup's beta.gouv.fr page: its own URL when it is an https beta.gouv.fr address, else built from the slug. */
export function urlStartup(s: Pick<Startup, 'slug' | 'url'>): string {
  if (s.url) {
    try {
      const u = new URL(s.url);
      if (u.protocol === 'https:' && u.hostname === 'beta.gouv.fr') return u.href;
    } catch {
      // not a URL: fall through to the slug
    }
  }
  // API ids keep `_`, page URLs use `-` (see notes/betagouv-pages.md).
  return `https://beta.gouv.fr/startups/${encodeURIComponent(s.slug.replaceAll('_', '-'))}.html`;
}
