// The startups and incubator a convention funds, which put its badge on their beta.gouv.fr pages:
// those linked (each can be unlinked), those the document names (« Lier », with the reason), and a
// search among every startup and incubator Jauge holds for the rest.
import { useMemo, useState } from 'preact/hooks';
import { normaliserSlug } from '../../../shared/registre/liens';
import { chercherDansReferentiel, type SuggestionLien } from '../../../shared/registre/suggestions';
import type { ReferentielBetaGouv } from '../../lib/messages';
import { MarqueModification, Messages } from './ChampModifiable';
import type { Message } from './controles';

interface Props {
  prefixe: string;
  startups: string[];
  incubateur: string;
  onLiens: (startups: string[], incubateur: string) => void;
  referentiel: ReferentielBetaGouv | null;
  suggestions: readonly SuggestionLien[];
  messages?: readonly Message[];
  /** The links first read, in words, when they were changed by hand. */
  lu?: string | null;
}

export function LiensBetaGouv({ prefixe, startups, incubateur, onLiens, referentiel, suggestions, messages = [], lu }: Props) {
  const [requete, setRequete] = useState('');
  const noms = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of referentiel?.startups ?? []) m.set(`startup:${normaliserSlug(s.slug)}`, s.nom);
    for (const i of referentiel?.incubateurs ?? []) m.set(`incubateur:${normaliserSlug(i.id)}`, i.nom);
    return m;
  }, [referentiel]);
  const nom = (sorte: SuggestionLien['sorte'], id: string) => noms.get(`${sorte}:${normaliserSlug(id)}`) ?? id;
  const lie = (sorte: SuggestionLien['sorte'], id: string) =>
    sorte === 'startup' ? startups.some((s) => normaliserSlug(s) === normaliserSlug(id)) : normaliserSlug(incubateur) === normaliserSlug(id);
  const lier = (sorte: SuggestionLien['sorte'], id: string) => {
    if (sorte === 'startup') onLiens(lie(sorte, id) ? startups : [...startups, id], incubateur);
    else onLiens(startups, id);
  };
  const trouves = useMemo(() => (referentiel ? chercherDansReferentiel(requete, referentiel, 12) : []), [requete, referentiel]);
  const proposees = suggestions.filter((s) => !lie(s.sorte, s.id));
  const idRecherche = `${prefixe}-liens-recherche`;

  return (
    <fieldset class="edition__liens" id={`${prefixe}-liens`}>
      <legend>Startups et incubateur sur beta.gouv.fr</legend>
      {lu != null && <MarqueModification id={`${prefixe}-liens-marque`} lu={lu} />}
      {messages.length > 0 && <Messages id={`${prefixe}-liens-messages`} messages={messages} />}
      {startups.length === 0 && !incubateur ? (
        <p class="mention">Aucun lien : le badge de cette convention n'apparaîtra sur aucune page de beta.gouv.fr.</p>
      ) : (
        <ul class="edition__lies" aria-label="Liens de la convention">
          {startups.map((slug) => (
            <li key={`s-${slug}`}>
              <span>
                {nom('startup', slug)} <span class="mention">(startup)</span>
              </span>{' '}
              <button type="button" class="bouton bouton--tertiaire bouton--petit" onClick={() => onLiens(startups.filter((s) => s !== slug), incubateur)}>
                Retirer<span class="sr-only"> le lien avec {nom('startup', slug)}</span>
              </button>
            </li>
          ))}
          {incubateur && (
            <li key="incubateur">
              <span>
                {nom('incubateur', incubateur)} <span class="mention">(incubateur : ses startups aussi)</span>
              </span>{' '}
              <button type="button" class="bouton bouton--tertiaire bouton--petit" onClick={() => onLiens(startups, '')}>
                Retirer<span class="sr-only"> le lien avec {nom('incubateur', incubateur)}</span>
              </button>
            </li>
          )}
        </ul>
      )}
      {proposees.length > 0 && (
        <>
          <p class="edition__sous-titre">Proposés d'après le document</p>
          <ul class="edition__suggestions" aria-label="Liens proposés">
            {proposees.map((s) => (
              <li key={`${s.sorte}-${s.id}`} data-suggestion={s.id}>
                <button type="button" class="bouton bouton--secondaire bouton--petit" onClick={() => lier(s.sorte, s.id)}>
                  Lier<span class="sr-only"> {s.sorte === 'startup' ? 'la startup' : "l'incubateur"}</span> {s.nom}
                </button>{' '}
                <span class="mention">
                  {s.sorte === 'startup' ? 'startup' : 'incubateur'} {s.raison}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <label for={idRecherche} class="etiquette">
        Chercher une startup ou un incubateur
        <span class="aide" id={`${idRecherche}-aide`}>
          {referentiel
            ? `Parmi les ${referentiel.startups.length.toLocaleString('fr-FR')} startups et ${referentiel.incubateurs.length.toLocaleString('fr-FR')} incubateurs que Jauge connaît (nom ou slug).`
            : 'Chargement de la liste des startups…'}
        </span>
      </label>
      <input
        id={idRecherche}
        class="champ"
        type="search"
        autoComplete="off"
        spellcheck={false}
        aria-describedby={`${idRecherche}-aide`}
        value={requete}
        disabled={!referentiel}
        onInput={(e) => setRequete(e.currentTarget.value)}
      />
      {requete.trim() !== '' && (
        <>
          <p class="mention" role="status">
            {trouves.length === 0 ? `Aucune startup ni aucun incubateur pour « ${requete.trim()} ».` : `${trouves.length} résultat${trouves.length > 1 ? 's' : ''} pour « ${requete.trim()} »`}
          </p>
          {trouves.length > 0 && (
            <ul class="edition__trouves" aria-label="Startups et incubateurs trouvés">
              {trouves.map((t) => (
                <li key={`${t.sorte}-${t.id}`}>
                  <button type="button" class="bouton bouton--tertiaire bouton--petit" disabled={lie(t.sorte, t.id)} onClick={() => lier(t.sorte, t.id)}>
                    {lie(t.sorte, t.id) ? 'Déjà lié' : 'Lier'}
                    <span class="sr-only"> {t.sorte === 'startup' ? 'la startup' : "l'incubateur"}</span> {t.nom}
                  </button>{' '}
                  <span class="mention">({t.sorte === 'startup' ? 'startup' : 'incubateur'})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
