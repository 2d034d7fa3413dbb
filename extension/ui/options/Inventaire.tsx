// What the database holds, refreshed after every import, sync or reset.
import { useEffect, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import type { Inventaire as Compte } from '../../lib/messages';
import { pluriel } from '../libelles';

export function Inventaire({ version }: { version: number }) {
  const [compte, setCompte] = useState<Compte | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  useEffect(() => {
    void envoyer({ type: 'inventaire' }).then((r) => {
      if (r.ok) {
        setCompte(r.valeur);
        setErreur(null);
      } else setErreur(r.erreur);
    });
  }, [version]);
  if (erreur) return <p class="texte-erreur">Contenu de la base inconnu : {erreur}</p>;
  if (!compte) return <p class="mention">Lecture de la base…</p>;
  return (
    <p class="inventaire" aria-live="polite">
      La base contient {pluriel(compte.conventions, 'convention')}, {pluriel(compte.executions, 'exécution')},{' '}
      {pluriel(compte.startups, 'startup')} et {pluriel(compte.incubateurs, 'incubateur')}.
      {compte.exemple && " Ce sont les conventions d'exemple fournies avec Jauge : importez les vôtres ci-dessous."}
    </p>
  );
}
