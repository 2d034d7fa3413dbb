// The next 90 days of key dates of the conventions shown, in date order, with their `J-n`; the
// convention's name opens its detail.
import { formaterDate } from '../../../shared/dates';
import { compteARebours, type EvenementCalendrier } from '../../../shared/portefeuille/calendrier';

interface Props {
  evenements: readonly EvenementCalendrier[];
  onOuvrir: (id: string) => void;
}

export function Calendrier({ evenements, onOuvrir }: Props) {
  if (evenements.length === 0) return <p class="mention">Aucune date clé dans les 90 prochains jours pour les conventions affichées.</p>;
  return (
    <div class="tableau-defilant calendrier" tabIndex={0} role="region" aria-labelledby="titre-calendrier-table">
      <table class="tableau">
        <caption id="titre-calendrier-table" class="sr-only">
          Dates clés des 90 prochains jours
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Échéance</th>
            <th scope="col">Date clé</th>
            <th scope="col">Convention</th>
          </tr>
        </thead>
        <tbody>
          {evenements.map((e) => (
            <tr key={`${e.conventionId}|${e.cle}`} data-code={e.code}>
              <th scope="row">
                <time dateTime={e.date}>{formaterDate(e.date)}</time>
              </th>
              <td>
                <strong>{e.jours === 0 ? "aujourd'hui" : compteARebours(e.jours)}</strong>
              </td>
              <td>{e.libelle}</td>
              <td>
                <button type="button" class="lien-bouton" onClick={() => onOuvrir(e.conventionId)}>
                  {e.convention}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
