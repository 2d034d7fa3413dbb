// The popup's search for the dashboard: the background's index answers every match's id
// (`rechercher-ids`); an answer that arrives after a newer query was typed is dropped.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';

export interface EtatIds {
  /** null when there is no query (every row is shown). */
  ids: ReadonlySet<string> | null;
  erreur: string | null;
  /** The query `ids` answers (to tell a pending search). */
  requeteRepondue: string;
}

export function useIdsRecherche(requete: string): EtatIds {
  const [etat, setEtat] = useState<EtatIds>({ ids: null, erreur: null, requeteRepondue: '' });
  const numero = useRef(0);
  // Sent in the keystroke's task, as the popup does (see useRecherche).
  useLayoutEffect(() => {
    const ceNumero = ++numero.current;
    if (requete.trim() === '') {
      setEtat({ ids: null, erreur: null, requeteRepondue: requete });
      return;
    }
    void envoyer({ type: 'rechercher-ids', requete }).then((r) => {
      if (ceNumero !== numero.current) return;
      setEtat(r.ok ? { ids: new Set(r.valeur), erreur: null, requeteRepondue: requete } : { ids: new Set(), erreur: r.erreur, requeteRepondue: requete });
    });
  }, [requete]);
  return etat;
}
