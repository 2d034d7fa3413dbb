// « Colonnes »: which of the table's optional columns are shown (startups, partner, status and the
// next key date always are). A disclosure of check boxes; the choice is part of the view (its URL).
import { COLONNES } from './TableConventions';
import { COLONNES_FACULTATIVES, type ColonneFacultative } from './vue';

interface Props {
  masquees: readonly ColonneFacultative[];
  onMasquees: (masquees: ColonneFacultative[]) => void;
}

const LIBELLES: Record<ColonneFacultative, string> = {
  ae: "AE (autorisations d'engagement)",
  cp: 'CP (crédits de paiement)',
  consommation: 'Part des AE engagée',
  uo: 'UO',
  periode: 'Période',
};

export function ChoixColonnes({ masquees, onMasquees }: Props) {
  const affichees = COLONNES.length - masquees.length;
  return (
    <details class="colonnes">
      <summary>
        Colonnes <span class="mention">({affichees} sur {COLONNES.length})</span>
      </summary>
      <fieldset class="colonnes__choix">
        <legend class="sr-only">Colonnes affichées dans le tableau</legend>
        <p class="mention">Startup, partenaire, statut et prochaine date clé sont toujours affichés.</p>
        {COLONNES_FACULTATIVES.map((c) => (
          <label key={c} class="case">
            <input
              type="checkbox"
              checked={!masquees.includes(c)}
              onChange={(e) => onMasquees(e.currentTarget.checked ? masquees.filter((m) => m !== c) : [...masquees, c])}
            />{' '}
            {LIBELLES[c]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
