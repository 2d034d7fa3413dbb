// The next 90 days of key dates of the conventions shown, in date order, with their `J-n`; the
// convention's name opens its detail. 5 000 conventions have thousands of dates in 90 days: the
// first PAR_PAGE are rendered, « Afficher les suivantes » adds as many again, printing shows all.
import { useEffect, useState } from 'preact/hooks';
import { formaterDate } from '../../../shared/dates';
import { compteARebours, type EvenementCalendrier } from '../../../shared/portefeuille/calendrier';
import { pluriel } from '../libelles';

/** Dates rendered at first, and added by each « Afficher les suivantes ». */
export const PAR_PAGE = 100;

interface Props {
  evenements: readonly EvenementCalendrier[];
  onOuvrir: (id: string) => void;
  /** Every date (the print view). */
  toutes?: boolean;
}

export function Calendrier({ evenements, onOuvrir, toutes = false }: Props) {
  const [nombre, setNombre] = useState(PAR_PAGE);
  // Other filters, other dates: start again from the first ones.
  useEffect(() => setNombre(PAR_PAGE), [evenements]);
  if (evenements.length === 0) return <p class="mention">Aucune date clé dans les 90 prochains jours pour les conventions affichées.</p>;
  const affichees = toutes ? evenements : evenements.slice(0, nombre);
  const reste = evenements.length - affichees.length;
  return (
    <>
      <p class="mention" id="tdb-calendrier-compte">
        {pluriel(evenements.length, 'date clé', 'dates clés')} dans les 90 prochains jours
        {reste > 0 ? ` ; les ${affichees.length.toLocaleString('fr-FR')} premières affichées` : ''}
      </p>
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
            {affichees.map((e) => (
              <tr key={`${e.conventionId}|${e.cle}`} data-code={e.code}>
                <th scope="row">
                  <time dateTime={e.date}>{formaterDate(e.date)}</time>
                </th>
                <td>
                  <strong>{compteARebours(e.jours)}</strong>
                </td>
                <td>{e.libelle}</td>
                <td>
                  {e.conventionId ? (
                    <button type="button" class="lien-bouton" onClick={() => onOuvrir(e.conventionId)}>
                      {e.convention}
                    </button>
                  ) : (
                    <span title={e.texte}>{e.convention} concernées</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reste > 0 && (
        <button type="button" class="bouton bouton--secondaire calendrier__suite" onClick={() => setNombre((n) => n + PAR_PAGE)}>
          Afficher les {Math.min(PAR_PAGE, reste).toLocaleString('fr-FR')} suivantes (sur {reste.toLocaleString('fr-FR')} restantes)
        </button>
      )}
    </>
  );
}
