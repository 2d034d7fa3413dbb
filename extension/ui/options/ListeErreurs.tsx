// An all-or-nothing import's refusal: says nothing was changed, then each error with its row
// and field (`Ligne 10001, champ « ae » : montant illisible`). The rules module already caps its
// list (and says how many it left out); the page still cuts an unexpectedly long list.
import type { ErreurImport } from '../../lib/messages';
import { libelleChamp, pluriel } from '../libelles';

export const ERREURS_AFFICHEES = 100;
const NOMBRE = new Intl.NumberFormat('fr-FR');

export function ListeErreurs({ erreurs, nomFichier, titre }: { erreurs: ErreurImport[]; nomFichier?: string; titre?: string }) {
  const visibles = erreurs.slice(0, ERREURS_AFFICHEES);
  const reste = erreurs.length - visibles.length;
  return (
    <div class="alerte alerte--erreur" role="alert">
      <h3 class="alerte__type">
        {titre ?? 'Import refusé'}
        {nomFichier ? ` : ${nomFichier}` : ''}
      </h3>
      <p>
        Rien n'a été modifié dans vos données.{visibles.length > 0 ? ' À corriger :' : ''}
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

/**
 * The message, preceded by its row and field when it does not name them itself
 * (`Ligne 12, date de fin : date attendue…`); shared/'s messages usually already do. A field is named
 * in words, never by its path in the file (`conventions[7].dateFin`).
 */
/** The settings' fields in words (their errors come from the background's schema). */
const REGLAGES: Record<string, string> = {
  'synchro.url': 'adresse du registre',
  'synchro.intervalleHeures': 'intervalle entre deux synchronisations',
  'synchro.startupsBetaGouv': 'liste des startups de beta.gouv.fr',
  'clotures.commandes': 'dernier jour des commandes',
  'clotures.paiements': 'dernier jour des paiements',
};

/** A column as the person wrote it (`champ « date_fin »`); a path in a file or the settings, in words. */
function lieuChamp(champ: string, sansElement: string): string {
  if (REGLAGES[champ]) return REGLAGES[champ];
  return /[.[\]]/.test(champ) ? libelleChamp(sansElement) : `champ « ${champ} »`;
}

export function texteErreur(e: ErreurImport): string {
  const message = e.message.replace(/[\u00a0\u202f]/g, ' ');
  const nommeLigne = e.ligne === undefined || new RegExp(`ligne ${e.ligne}(?!\\d)`, 'i').test(message.replace(/(\d) (?=\d{3}\b)/g, '$1'));
  const dernier = e.champ?.replace(/^(conventions|executions|startups|incubateurs)\[\d+\]\.?/, '') ?? '';
  const nommeChamp = !e.champ || dernier === '' || message.includes(e.champ) || message.includes(`« ${dernier} »`);
  const ou: string[] = [];
  if (!nommeLigne) ou.push(`ligne ${NOMBRE.format(e.ligne!)}`);
  if (!nommeChamp) ou.push(lieuChamp(e.champ!, dernier));
  if (ou.length === 0) return e.message;
  const lieu = ou.join(', ');
  return `${lieu.charAt(0).toUpperCase()}${lieu.slice(1)} : ${e.message}`;
}
