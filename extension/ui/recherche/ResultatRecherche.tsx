// One search result (a listbox option): who is funded, by whom, and the status in words.
// Memoised: while a typed word still matches the same conventions (« s », « st »… « startup » over a
// generated registry), the rows are not rendered again; the callbacks take the row's position so
// that they stay the same from one keystroke to the next.
import { memo } from 'preact/compat';
import type { ResumeRecherche } from '../../lib/messages';
import { PastilleNiveau } from '../PastilleNiveau';

interface Props {
  id: string;
  position: number;
  resume: ResumeRecherche;
  actif: boolean;
  onChoisir: (position: number) => void;
  onSurvol: (position: number) => void;
}

export const ResultatRecherche = memo(function ResultatRecherche({ id, position, resume: r, actif, onChoisir, onSurvol }: Props) {
  const qui =
    (r.nomsStartups.length ? r.nomsStartups : r.startups).join(', ') ||
    r.titre ||
    (r.incubateur ? `Incubateur ${r.incubateur}` : r.libelle);
  return (
    <li
      id={id}
      role="option"
      aria-selected={actif}
      class={`resultat${actif ? ' resultat--actif' : ''}`}
      onClick={() => onChoisir(position)}
      onMouseMove={actif ? undefined : () => onSurvol(position)}
      data-convention={r.id}
    >
      <span class="resultat__qui">{qui}</span>
      <span class="resultat__statut">
        <PastilleNiveau niveau={r.niveau} texte={r.texteNiveau} phase={r.phase} />
        <span class="resultat__libelle">
          {r.libelle} · {r.texteBadge}
        </span>
      </span>
    </li>
  );
});
