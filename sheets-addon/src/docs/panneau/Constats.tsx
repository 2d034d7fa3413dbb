// The findings grouped by gravité, most serious first; a finding tied to a paragraph or table row is a
// button that selects it in the document.
import { GRAVITES, LIBELLES } from '../../commun/gravites';
import type { ConstatDocs, Gravite, RapportDocs } from '../contrat';

/** Section titles, distinct from the verdict's « 1 erreur » (two regions must not share a name). */
const TITRES: Record<Gravite, [string, string]> = {
  erreur: ['Erreur', 'Erreurs'],
  avertissement: ['Avertissement', 'Avertissements'],
  information: ['Information', 'Informations'],
};

interface Props {
  rapport: RapportDocs;
  onSelectionner: (constat: ConstatDocs) => void;
}

export function Constats({ rapport, onSelectionner }: Props) {
  if (rapport.constats.length === 0) return <p class="note note--ok">Aucun constat : la convention respecte toutes les règles de Jauge.</p>;
  return (
    <div class="tableaux">
      {GRAVITES.map((g) => {
        const liste = rapport.constats.filter((c) => c.gravite === g);
        if (liste.length === 0) return null;
        const [un, plusieurs] = TITRES[g];
        return (
          <section key={g} class="tableau" aria-labelledby={`gravite-${g}`}>
            <h2 id={`gravite-${g}`} class="tableau__titre">
              {liste.length > 1 ? plusieurs : un} ({liste.length})
            </h2>
            <ul class="constats">
              {liste.map((c, i) => (
                <li key={i}>
                  <Constat constat={c} onSelectionner={onSelectionner} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function Constat({ constat, onSelectionner }: { constat: ConstatDocs; onSelectionner: (c: ConstatDocs) => void }) {
  const ligne = constat.position?.ligne;
  const contenu = (
    <>
      <span class={`badge badge--${constat.gravite} badge--petit`}>{LIBELLES[constat.gravite]}</span>
      {ligne !== undefined && (
        <span class="constat__cellule">
          {constat.cible?.tableau ? 'tableau, ' : ''}ligne {ligne}
        </span>
      )}
      <span class="constat__message">{constat.message}</span>
    </>
  );
  if (!constat.cible) return <div class={`constat constat--${constat.gravite}`}>{contenu}</div>;
  return (
    <button
      type="button"
      class={`constat constat--${constat.gravite}`}
      onClick={() => onSelectionner(constat)}
      title={`Sélectionner ${constat.cible.tableau ? 'la ligne du tableau' : 'le paragraphe'} dans le document`}
    >
      {contenu}
    </button>
  );
}
