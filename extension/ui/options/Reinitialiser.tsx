// Reset to the embedded default registry, after an explicit confirmation in the page (no
// browser dialog). Settings are kept; every imported or synced convention is removed.
import { useRef, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import { pluriel } from '../libelles';

type Etat = { etape: 'repos' } | { etape: 'confirmation' } | { etape: 'en-cours' } | { etape: 'fait'; nombre: number } | { etape: 'echec'; erreur: string };

export function Reinitialiser({ onReinitialise }: { onReinitialise?: () => void }) {
  const [etat, setEtat] = useState<Etat>({ etape: 'repos' });
  const refConfirmer = useRef<HTMLButtonElement>(null);
  const refOuvrir = useRef<HTMLButtonElement>(null);

  const demander = () => {
    setEtat({ etape: 'confirmation' });
    setTimeout(() => refConfirmer.current?.focus(), 0);
  };
  const annuler = () => {
    setEtat({ etape: 'repos' });
    setTimeout(() => refOuvrir.current?.focus(), 0);
  };
  const confirmer = async () => {
    setEtat({ etape: 'en-cours' });
    const r = await envoyer({ type: 'reinitialiser' });
    if (!r.ok) return setEtat({ etape: 'echec', erreur: r.erreur });
    setEtat({ etape: 'fait', nombre: r.valeur.nombre });
    onReinitialise?.();
  };

  return (
    <section aria-labelledby="titre-reinitialiser" class="carte">
      <h2 id="titre-reinitialiser">Réinitialiser</h2>
      <p>Revenir au registre intégré à l'extension (les conventions de démonstration). Vos réglages sont conservés.</p>
      {etat.etape !== 'confirmation' && (
        <button type="button" ref={refOuvrir} class="bouton bouton--secondaire" disabled={etat.etape === 'en-cours'} onClick={demander}>
          Réinitialiser les données…
        </button>
      )}
      {etat.etape === 'confirmation' && (
        <div class="alerte alerte--attention confirmation" role="group" aria-labelledby="confirmation-texte">
          <p id="confirmation-texte">
            <span class="alerte__type">Attention :</span> toutes les conventions importées ou synchronisées seront
            effacées et remplacées par le registre intégré. Pensez à exporter vos données avant.
          </p>
          <div class="groupe-boutons">
            <button type="button" ref={refConfirmer} class="bouton bouton--danger" onClick={() => void confirmer()}>
              Effacer et réinitialiser
            </button>
            <button type="button" class="bouton bouton--secondaire" onClick={annuler}>
              Annuler
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {etat.etape === 'en-cours' && <p class="mention">Réinitialisation…</p>}
        {etat.etape === 'fait' && (
          <div class="alerte alerte--succes">
            <p>
              <span class="alerte__type">Données réinitialisées :</span> {pluriel(etat.nombre, 'convention')} du registre intégré.
            </p>
          </div>
        )}
      </div>
      {etat.etape === 'echec' && (
        <div class="alerte alerte--erreur" role="alert">
          <p>
            <span class="alerte__type">Réinitialisation impossible :</span> {etat.erreur} Rien n'a été modifié.
          </p>
        </div>
      )}
    </section>
  );
}
