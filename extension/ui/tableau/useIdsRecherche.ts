// The popup's search for the dashboard: the same local index as the popup (lib/recherche-locale),
// every match's id answered in the page; until the index has arrived, the background answers
// (`rechercher-ids`), and an answer that arrives after a newer query was typed is dropped.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import { idsTrouves } from '../../lib/recherche-locale';
import { useRechercheLocale } from '../recherche/useRechercheLocale';

export interface EtatIds {
  /** null when there is no query (every row is shown). */
  ids: ReadonlySet<string> | null;
  erreur: string | null;
  /** The query `ids` answers (to tell a pending search). */
  requeteRepondue: string;
}

export function useIdsRecherche(requete: string): EtatIds {
  const locale = useRechercheLocale();
  const [etat, setEtat] = useState<EtatIds>({ ids: null, erreur: null, requeteRepondue: '' });
  const numero = useRef(0);
  // Sent in the keystroke's task, as the popup does (see useRecherche).
  useLayoutEffect(() => {
    const ceNumero = ++numero.current;
    if (locale) return;
    if (requete.trim() === '') {
      setEtat({ ids: null, erreur: null, requeteRepondue: requete });
      return;
    }
    void envoyer({ type: 'rechercher-ids', requete }).then((r) => {
      if (ceNumero !== numero.current) return;
      setEtat(r.ok ? { ids: new Set(r.valeur), erreur: null, requeteRepondue: requete } : { ids: new Set(), erreur: r.erreur, requeteRepondue: requete });
    });
  }, [requete, locale]);
  const ici = useMemo(
    () => (locale ? { ids: requete.trim() === '' ? null : new Set(idsTrouves(locale, requete)), erreur: null, requeteRepondue: requete } : null),
    [locale, requete],
  );
  return ici ?? etat;
}
