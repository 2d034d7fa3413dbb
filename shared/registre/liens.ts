// Which conventions concern a beta.gouv.fr startup or incubator. A startup page shows the conventions
// that name it and those that fund its incubator. Slugs are compared loosely: the site's API ids keep
// `_` where some URLs use `-` (`uai_siret` / `uai-siret.html`), and people type any case.
import type { Convention } from '../model';
import type { Registre } from './schema';

/** `UAI_Siret ` → `uai-siret`: the form slugs and incubator ids are compared in. */
export function normaliserSlug(slug: string): string {
  return typeof slug === 'string' ? slug.trim().toLowerCase().replace(/_/g, '-') : '';
}

/**
 * Conventions for a startup: those listing it in `startups`, then those of its incubator (from the
 * registry's startup snapshot), in registry order, without duplicates.
 */
export function conventionsPourStartup(r: Registre, slug: string): Convention[] {
  const cle = normaliserSlug(slug);
  if (cle === '') return [];
  const startup = r.startups.find((s) => normaliserSlug(s.slug) === cle);
  const incubateur = startup?.incubateur ? normaliserSlug(startup.incubateur) : null;
  const directes = r.conventions.filter((c) => (c.startups ?? []).some((s) => normaliserSlug(s) === cle));
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
    const slugs = new Set(r.startups.filter((s) => s.incubateur !== undefined && normaliserSlug(s.incubateur) === cle).map((s) => normaliserSlug(s.slug)));
    for (const c of r.conventions) {
      if (!resultat.includes(c) && (c.startups ?? []).some((s) => slugs.has(normaliserSlug(s)))) resultat.push(c);
    }
  }
  return resultat;
}
