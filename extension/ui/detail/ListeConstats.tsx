// The findings of the rules module for one convention: a count per gravité in words, then each
// finding with its gravité as a word (not only a colour), its message and where it was found.
import type { Constat, Gravite, LigneEcheancier } from '../../../shared/model';
import { libelleGravite, libellePosition, pluriel } from '../libelles';

const ORDRE: Gravite[] = ['erreur', 'avertissement', 'information'];
const CLASSE: Record<Gravite, string> = { erreur: 'alerte', avertissement: 'attention', information: 'info' };

export function ListeConstats({ constats, echeancier }: { constats: Constat[]; echeancier?: LigneEcheancier[] }) {
  if (constats.length === 0) {
    return <p>Aucun constat : les règles n'ont rien relevé.</p>;
  }
  const resume = ORDRE.map((g) => ({ g, n: constats.filter((c) => c.gravite === g).length }))
    .filter(({ n }) => n > 0)
    .map(({ g, n }) => pluriel(n, libelleGravite(g).toLowerCase()))
    .join(' · ');
  return (
    <>
      <p class="mention">{resume}</p>
      <ul class="constats">
        {constats.map((c, i) => {
          const ou = libellePosition(c.position, echeancier);
          return (
            <li key={i} class="constats__element">
              <span class={`pastille pastille--${CLASSE[c.gravite]}`}>{libelleGravite(c.gravite)}</span>{' '}
              <span class="constats__message">{c.message}</span>
              {ou && <span class="mention"> ({ou})</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
