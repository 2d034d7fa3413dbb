// An all-or-nothing import's refusal: says nothing was changed, then each error with its row
// and field (`Ligne 10 001, champ ae : montant illisible`). Long lists are cut after 50 items.
import type { ErreurImport } from '../../lib/messages';
import { pluriel } from '../libelles';

export const ERREURS_AFFICHEES = 50;
const NOMBRE = new Intl.NumberFormat('fr-FR');

export function ListeErreurs({ erreurs, nomFichier }: { erreurs: ErreurImport[]; nomFichier?: string }) {
  const visibles = erreurs.slice(0, ERREURS_AFFICHEES);
  const reste = erreurs.length - visibles.length;
  return (
    <div class="alerte alerte--erreur" role="alert">
      <h3 class="alerte__type">Import refusé{nomFichier ? ` : ${nomFichier}` : ''}</h3>
      <p>
        Rien n'a été modifié dans vos données. {erreurs.length > 0 ? `${pluriel(erreurs.length, 'erreur')} à corriger :` : ''}
      </p>
      {visibles.length > 0 && (
        <ul class="erreurs">
          {visibles.map((e, i) => (
            <li key={i}>{texteErreur(e)}</li>
          ))}
        </ul>
      )}
      {reste > 0 && <p class="mention">… et {pluriel(reste, 'autre erreur', 'autres erreurs')}.</p>}
    </div>
  );
}

/** `Ligne 12, champ dateFin : date attendue…`, `Champ version : …`, or the message alone. */
export function texteErreur(e: ErreurImport): string {
  const ou: string[] = [];
  if (e.ligne !== undefined) ou.push(`ligne ${NOMBRE.format(e.ligne)}`);
  if (e.champ) ou.push(`champ ${e.champ}`);
  if (ou.length === 0) return e.message;
  const lieu = ou.join(', ');
  return `${lieu.charAt(0).toUpperCase()}${lieu.slice(1)} : ${e.message}`;
}
