// The popup's (and dashboard's) search state. On mount it asks the background once for the search
// index (lib/recherche-locale); from then on each keystroke is answered in the page, during the very
// render that shows it. Until the index has arrived (or if it cannot), each keystroke asks the
// background; an answer that arrives after a newer query was typed is dropped, so the list never
// shows stale results.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import type { ResumeRecherche } from '../../lib/messages';
import { useRechercheLocale } from './useRechercheLocale';

/**
 * Results shown per query: a popup shows about ten at once, and rendering fifty cost more than the
 * search itself (bench/PROFIL-recherche.md); the status line says how many more match.
 */
export const LIMITE_RESULTATS = 20;

export interface EtatRecherche {
  /** null while the first answer is awaited. */
  resultats: ResumeRecherche[] | null;
  /** How many conventions match, when known (local search); the list shows at most `limite`. */
  total: number | null;
  erreur: string | null;
  /** The query the current results answer. */
  requeteRepondue: string | null;
  /** True once keystrokes are answered in the page. */
  locale: boolean;
}

export function useRecherche(requete: string, limite = LIMITE_RESULTATS): EtatRecherche {
  const locale = useRechercheLocale();
  const [distant, setDistant] = useState<EtatRecherche>({ resultats: null, total: null, erreur: null, requeteRepondue: null, locale: false });
  const numero = useRef(0);

  // A layout effect sends the request in the same task as the keystroke; a plain effect would wait
  // for the next frame (10–14 ms measured).
  useLayoutEffect(() => {
    if (locale) return;
    const ceNumero = ++numero.current;
    void envoyer({ type: 'rechercher', requete, limite }).then((r) => {
      if (ceNumero !== numero.current) return;
      setDistant(
        r.ok
          ? { resultats: r.valeur, total: null, erreur: null, requeteRepondue: requete, locale: false }
          : { resultats: [], total: null, erreur: r.erreur, requeteRepondue: requete, locale: false },
      );
    });
  }, [requete, limite, locale]);

  const ici = useMemo(() => (locale ? locale.chercher(requete, limite) : null), [locale, requete, limite]);
  if (!ici) return distant;
  return { resultats: ici.resultats, total: ici.total, erreur: null, requeteRepondue: requete, locale: true };
}
