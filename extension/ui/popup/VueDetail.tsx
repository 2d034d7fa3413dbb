// Loads one convention's detail from the background and shows it, with a way back to the search.
import { useEffect, useRef, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import type { DetailConvention } from '../../lib/messages';
import { Detail } from '../detail/Detail';

type Etat =
  | { charge: false }
  | { charge: true; detail: DetailConvention }
  | { charge: true; detail: null; erreur: string };

export function VueDetail({
  conventionId,
  onRetour,
  onModifier,
  annonce,
  libelleRetour = 'Retour à la recherche',
}: {
  conventionId: string;
  onRetour: () => void;
  /** Opens the edit form of this convention. */
  onModifier?: () => void;
  /** Said once the view is shown (« Modifications enregistrées. »). */
  annonce?: string;
  /** The dashboard goes back to its table. */
  libelleRetour?: string;
}) {
  const [etat, setEtat] = useState<Etat>({ charge: false });
  const refTitre = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let actuel = true;
    setEtat({ charge: false });
    void envoyer({ type: 'detail', conventionId }).then((r) => {
      if (!actuel) return;
      if (!r.ok) setEtat({ charge: true, detail: null, erreur: r.erreur });
      else if (!r.valeur) setEtat({ charge: true, detail: null, erreur: `Aucune convention « ${conventionId} » n'est enregistrée.` });
      else setEtat({ charge: true, detail: r.valeur });
    });
    return () => {
      actuel = false;
    };
  }, [conventionId]);

  useEffect(() => {
    if (etat.charge) refTitre.current?.focus();
  }, [etat]);

  return (
    <div class="vue-detail">
      <button type="button" class="bouton bouton--tertiaire retour" onClick={onRetour}>
        <span aria-hidden="true">←</span> {libelleRetour}
      </button>
      {!etat.charge && (
        <p role="status" class="mention">
          Chargement de la convention…
        </p>
      )}
      {annonce && etat.charge && (
        <div class="alerte alerte--succes" role="status">
          <p>{annonce}</p>
        </div>
      )}
      {etat.charge && etat.detail && <Detail detail={etat.detail} refTitre={refTitre} onModifier={onModifier} />}
      {etat.charge && !etat.detail && (
        <div class="alerte alerte--erreur" role="alert">
          <h1 tabIndex={-1} ref={refTitre} class="alerte__type">
            Convention introuvable
          </h1>
          <p>{etat.erreur}</p>
        </div>
      )}
    </div>
  );
}
