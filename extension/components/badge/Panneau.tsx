// The small panel under a badge: parties, term, AE/CP totals, alerts, next key date, and a way
// to the full detail in the popup. Rendered as text only.
import type { ResumeConvention } from '../../lib/messages';
import { compterConstats, statutEnMots } from './textes';

export interface ProprietesPanneau {
  resume: ResumeConvention;
  id: string;
  onDetail: () => void;
}

export function Panneau({ resume: r, id, onDetail }: ProprietesPanneau) {
  return (
    <div class="jauge-panneau" id={id} role="region" aria-label={`Résumé : ${r.libelle}`}>
      <p class="jauge-panneau__titre">{r.titre ?? r.libelle}</p>
      <dl class="jauge-panneau__liste">
        <dt>Parties</dt>
        <dd>{`${r.delegant} → ${r.delegataire}`}</dd>
        <dt>Durée</dt>
        <dd>{r.periode}</dd>
        <dt>Montants</dt>
        <dd>{r.texteTotaux}</dd>
        <dt>Statut</dt>
        <dd>{`${statutEnMots(r)} · ${compterConstats(r.nombreConstats)}`}</dd>
        {r.prochaineDate && (
          <>
            <dt>Prochaine date clé</dt>
            <dd>{r.prochaineDate.texte}</dd>
          </>
        )}
      </dl>
      {r.alertes.length > 0 && (
        <ul class="jauge-panneau__alertes">
          {r.alertes.map((a, i) => (
            <li key={i} class={`jauge-alerte jauge-alerte--${a.niveau}`}>
              <strong>{a.niveau === 'alerte' ? 'Alerte' : 'Attention'} : </strong>
              {a.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="jauge-bouton" onClick={onDetail}>
        Voir le détail
      </button>
    </div>
  );
}
