// Links to the beta.gouv.fr pages of the startups and incubator a convention funds. Only https
// links to beta.gouv.fr are followed from data; anything else is rebuilt from the slug.
import type { Incubateur, Startup } from '../../../shared/model';
import { urlStartup } from '../../../shared/registre/liens';

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

// The startup's page URL is built in shared/ (the CLI's calendar links to it too).
export { urlStartup } from '../../../shared/registre/liens';
