// Findings grouped by table; a finding with a cell is a button that selects the cell in the sheet.
import { compter } from '../../../../shared/texte';
import type { ConstatRapport, Gravite, Rapport } from '../contrat';

const LIBELLES: Record<Gravite, string> = { erreur: 'Erreur', avertissement: 'Avertissement', information: 'Information' };

interface Props {
  rapport: Rapport;
  onSelectionner: (cellule: string) => void;
}

export function ListeConstats({ rapport, onSelectionner }: Props) {
  if (rapport.registre === null) {
    return (
      <p class="note">
        Un registre est une feuille dont la ligne d&rsquo;en-têtes nomme au moins <strong>id</strong>, <strong>annee</strong>, <strong>ae</strong> et{' '}
        <strong>cp</strong> (une ligne par convention et par année). Extensions › Jauge › Créer une feuille registre en donne une.
      </p>
    );
  }
  if (rapport.tableaux.length === 0 && !rapport.plan) {
    return (
      <p class="note">
        Un échéancier est un tableau avec une ligne d&rsquo;en-têtes <strong>Année</strong>, <strong>AE</strong> et <strong>CP</strong>{' '}
        (dans n&rsquo;importe quel ordre). Sélectionnez-le, ou placez-vous dans sa feuille, puis vérifiez à nouveau.
      </p>
    );
  }
  return (
    <div class="tableaux">
      {rapport.plan && (
        <section class="tableau" aria-labelledby="tableau-plan">
          <h2 id="tableau-plan" class="tableau__titre">
            Plan budgétaire <span class="tableau__compte">· {compter(rapport.plan.constats.length, 'constat')}</span>
          </h2>
          <ul class="constats">
            {rapport.plan.constats.map((c, j) => (
              <li key={j}>
                <Constat constat={c} onSelectionner={onSelectionner} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {rapport.tableaux.map((tableau, i) => (
        <section key={`${tableau.plage}-${i}`} class="tableau" aria-labelledby={`tableau-${i}`}>
          <h2 id={`tableau-${i}`} class="tableau__titre">
            {tableau.disposition === 'registre' ? 'Registre' : 'Tableau'} {tableau.plage}{' '}
            <span class="tableau__compte">· {compter(tableau.constats.length, 'constat')}</span>
          </h2>
          {tableau.constats.length === 0 ? (
            <p class="note note--ok">Aucun constat : ce tableau respecte toutes les règles.</p>
          ) : (
            <ul class="constats">
              {tableau.constats.map((c, j) => (
                <li key={j}>
                  <Constat constat={c} onSelectionner={onSelectionner} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function Constat({ constat, onSelectionner }: { constat: ConstatRapport; onSelectionner: (cellule: string) => void }) {
  const contenu = (
    <>
      <span class={`badge badge--${constat.gravite} badge--petit`}>{LIBELLES[constat.gravite]}</span>
      {constat.cellule && (
        <span class="constat__cellule">
          <span class="invisible">cellule </span>
          {constat.cellule}
        </span>
      )}
      {constat.conventionId && <span class="constat__convention">{constat.conventionId}</span>}
      <span class="constat__message">{constat.message}</span>
    </>
  );
  if (!constat.cellule) return <div class={`constat constat--${constat.gravite}`}>{contenu}</div>;
  return (
    <button
      type="button"
      class={`constat constat--${constat.gravite}`}
      onClick={() => onSelectionner(constat.cellule)}
      title={`Sélectionner la cellule ${constat.cellule}`}
    >
      {contenu}
    </button>
  );
}
