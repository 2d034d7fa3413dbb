// The edit form, loaded when « Modifier » is chosen: it reads dates and amounts as people type them
// (shared/dates, shared/montant and its words), which the popup's search and detail do not need.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ProprietesEdition } from './EditionConvention';

export function EditionDifferee(props: ProprietesEdition) {
  const [Edition, setEdition] = useState<ComponentType<ProprietesEdition> | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  useEffect(() => {
    import('./EditionConvention').then(
      (m) => setEdition(() => m.EditionConvention),
      (e: unknown) => setErreur(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  if (erreur) {
    return (
      <div class="alerte alerte--erreur" role="alert">
        <p>Le formulaire n'a pas pu s'ouvrir : {erreur}</p>
      </div>
    );
  }
  if (!Edition) {
    return (
      <p role="status" class="mention">
        Ouverture du formulaire…
      </p>
    );
  }
  return <Edition {...props} />;
}
