// One search result (a listbox option): who is funded, by whom, and the status in words.
import type { ResumeRecherche } from '../../lib/messages';
import { PastilleNiveau } from '../PastilleNiveau';

interface Props {
  id: string;
  resume: ResumeRecherche;
  actif: boolean;
  onChoisir: () => void;
  onSurvol: () => void;
}

export function ResultatRecherche({ id, resume: r, actif, onChoisir, onSurvol }: Props) {
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
      onClick={onChoisir}
      onMouseMove={actif ? undefined : onSurvol}
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
}
