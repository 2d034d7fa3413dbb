// The last sync attempts (user's registry, beta.gouv.fr startups list): when, result, reason, and for
// the registry the chain of hosts it came through (« docs.google.com → …googleusercontent.com »).
import type { EtatSynchro as Etat, ResultatSynchro } from '../../lib/messages';
import { listeLisible } from './permission';

const DATE_HEURE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** `24 novembre 2026 à 14:05` in the user's time zone; the raw text when it is not a date. */
export function formaterDateHeure(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_HEURE.format(d);
}

/** The hosts of a chain: `docs.google.com → doc-0s-sheets.googleusercontent.com`. */
export function cheminLisible(chaine: readonly string[]): string {
  return chaine
    .map((u) => {
      try {
        return new URL(u).host;
      } catch {
        return u;
      }
    })
    .join(' → ');
}

export function EtatSynchro({ etat, onAutoriser }: { etat: Etat; onAutoriser?: (motif: string) => void }) {
  return (
    <dl class="definitions synchro__etat">
      <Ligne
        terme="Registre"
        resultat={etat.registre}
        reussite={etat.derniereReussiteRegistre}
        absent={etat.url ? 'pas encore synchronisé' : 'aucune adresse enregistrée'}
        onAutoriser={onAutoriser}
      />
      <Ligne
        terme="Startups beta.gouv.fr"
        resultat={etat.startups}
        reussite={etat.derniereReussiteStartups}
        absent="pas encore mise à jour"
      />
      {etat.enCours && (
        <div class="definitions__ligne">
          <dt>En cours</dt>
          <dd>Synchronisation en cours…</dd>
        </div>
      )}
    </dl>
  );
}

function Ligne({
  terme,
  resultat,
  reussite,
  absent,
  onAutoriser,
}: {
  terme: string;
  resultat?: ResultatSynchro;
  reussite?: string;
  absent: string;
  onAutoriser?: (motif: string) => void;
}) {
  return (
    <div class="definitions__ligne">
      <dt>{terme}</dt>
      <dd>
        {!resultat && absent}
        {resultat && (
          <>
            <span class={`pastille ${resultat.ok ? 'pastille--ok' : 'pastille--alerte'}`}>{resultat.ok ? 'réussie' : 'échec'}</span>{' '}
            le {formaterDateHeure(resultat.le)} : {resultat.message}
            {!resultat.ok && ' Les données n’ont pas changé.'}
            {!resultat.ok && reussite && <span class="mention"> Dernière réussite le {formaterDateHeure(reussite)}.</span>}
            {resultat.chaine && resultat.chaine.length > 0 && (
              <span class="synchro__chaine mention" data-testid="chaine-synchro">
                {' '}
                Chemin : {cheminLisible(resultat.chaine)}.
              </span>
            )}
            {resultat.aAutoriser && onAutoriser && (
              <>
                {' '}
                <button type="button" class="bouton bouton--tertiaire" onClick={() => onAutoriser(resultat.aAutoriser!)}>
                  Autoriser aussi {listeLisible([resultat.aAutoriser])}
                </button>
              </>
            )}
            {resultat.retirees && resultat.retirees.conventions.length > 0 && (
              <details class="synchro__retirees">
                <summary>
                  {resultat.retirees.nombre} convention{resultat.retirees.nombre > 1 ? 's' : ''} retirée{resultat.retirees.nombre > 1 ? 's' : ''} (absente
                  {resultat.retirees.nombre > 1 ? 's' : ''} du registre source)
                </summary>
                <ul>
                  {resultat.retirees.conventions.map((c) => (
                    <li key={c.id}>{c.nom === c.id ? c.id : `${c.nom} (${c.id})`}</li>
                  ))}
                  {resultat.retirees.nombre > resultat.retirees.conventions.length && (
                    <li>… et {resultat.retirees.nombre - resultat.retirees.conventions.length} autres</li>
                  )}
                </ul>
              </details>
            )}
          </>
        )}
      </dd>
    </div>
  );
}
