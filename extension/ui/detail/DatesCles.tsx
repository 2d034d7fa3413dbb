// Key dates of a convention (signature, end, notice, year-end cut-offs, committees), in date
// order, each said past or to come relative to the background's today.
import { formaterDate } from '../../../shared/dates';
import type { DateCle } from '../../../shared/model';

interface Props {
  datesCles: DateCle[];
  prochainComite: string | null;
  aujourdhui: string;
}

export function DatesCles({ datesCles, prochainComite, aujourdhui }: Props) {
  const dates = [...datesCles];
  if (prochainComite && !dates.some((d) => d.date === prochainComite)) {
    dates.push({ code: 'prochain-comite', date: prochainComite, libelle: "Prochain comité d'investissement" });
  }
  // ISO dates sort as strings.
  dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (dates.length === 0) return <p class="mention">Aucune date clé connue.</p>;
  return (
    <ul class="dates-cles">
      {dates.map((d) => {
        const passee = d.date < aujourdhui;
        return (
          <li key={`${d.code}-${d.date}`} class={passee ? 'dates-cles__passee' : undefined}>
            <time dateTime={d.date}>{formaterDate(d.date)}</time> — {d.libelle}
            {passee ? <span class="mention"> (passée)</span> : d.date === aujourdhui ? <strong> (aujourd'hui)</strong> : null}
          </li>
        );
      })}
    </ul>
  );
}
