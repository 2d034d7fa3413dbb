// The status alerts that explain the niveau (DSFR fr-alert pattern: the type said in words).
import type { Alerte } from '../../../shared/model';

export function ListeAlertes({ alertes }: { alertes: Alerte[] }) {
  if (alertes.length === 0) return null;
  return (
    <div class="alertes">
      {alertes.map((a) => (
        <div key={a.code} class={`alerte alerte--${a.niveau}`}>
          <p>
            <span class="alerte__type">{a.niveau === 'alerte' ? 'Alerte' : 'Attention'} :</span> {a.message}
          </p>
        </div>
      ))}
    </div>
  );
}
