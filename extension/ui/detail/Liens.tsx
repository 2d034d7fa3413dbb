// Links to the beta.gouv.fr pages of the startups and incubator a convention funds. Only https
// links to beta.gouv.fr are followed from data; anything else is rebuilt from the slug.
import type { Incubateur, Startup } from '../../../shared/model';

interface Props {
  /** Startups known to the database (with their names). */
  startups: Startup[];
  /** Slugs named by the convention, some maybe unknown to the database. */
  slugs: string[];
  incubateur?: Incubateur;
  idIncubateur?: string;
}

export function Liens({ startups, slugs, incubateur, idIncubateur }: Props) {
  const connues = new Set(startups.map((s) => s.slug));
  const liens: { cle: string; texte: string; url: string }[] = [
    ...startups.map((s) => ({ cle: `s-${s.slug}`, texte: s.nom || s.slug, url: urlStartup(s) })),
    ...slugs
      .filter((slug) => !connues.has(slug))
      .map((slug) => ({ cle: `s-${slug}`, texte: slug, url: urlStartup({ slug }) })),
  ];
  const id = incubateur?.id ?? idIncubateur;
  if (id) {
    liens.push({
      cle: `i-${id}`,
      texte: `Incubateur ${incubateur?.nom ?? id}`,
      url: `https://beta.gouv.fr/incubateurs/${encodeURIComponent(id)}.html`,
    });
  }
  if (liens.length === 0) return <p class="mention">Aucune startup ni incubateur n'est lié à cette convention.</p>;
  return (
    <ul class="liens">
      {liens.map((l) => (
        <li key={l.cle}>
          <a href={l.url} target="_blank" rel="noopener noreferrer">
            {l.texte}
            <span class="sr-only"> (beta.gouv.fr, nouvel onglet)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The startup's page: its own URL when it is an https beta.gouv.fr address, else built from the slug. */
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
