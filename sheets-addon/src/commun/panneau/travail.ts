// One task at a time in a sidebar (a check, clearing the marks): what is running, the status line
// announced to screen readers, and the error, in French, when the server refused.
import { useCallback, useRef, useState } from 'preact/hooks';

export type Travail = 'verification' | 'effacement';

/** The message of whatever a server call rejected with. */
export const messageDErreur = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useTravail() {
  const [travail, setTravail] = useState<Travail | null>(null);
  const [annonce, setAnnonce] = useState('');
  const [erreur, setErreur] = useState('');
  const enCours = useRef(false);

  /** Runs `tache` unless a task is running; its result becomes the status line, its failure the error. */
  const lancer = useCallback(async (quoi: Travail, tache: () => Promise<string>) => {
    if (enCours.current) return;
    enCours.current = true;
    setTravail(quoi);
    setErreur('');
    setAnnonce(quoi === 'verification' ? 'Vérification en cours…' : 'Effacement des marques en cours…');
    try {
      setAnnonce(await tache());
    } catch (e) {
      setAnnonce('');
      setErreur(messageDErreur(e));
    } finally {
      enCours.current = false;
      setTravail(null);
    }
  }, []);

  return { travail, occupe: travail !== null, annonce, erreur, setErreur, lancer };
}
