// Key dates of a convention (signature, end, notice, year-end cut-offs, committees), in date
// order, in two lists (to come, past) relative to the background's today.
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
  const aVenir = dates.filter((d) => d.date >= aujourdhui);
  const passees = dates.filter((d) => d.date < aujourdhui);
  return (
    <>
      {aVenir.length > 0 && <ListeDates titre="À venir" dates={aVenir} aujourdhui={aujourdhui} />}
      {passees.length > 0 && <ListeDates titre="Passées" dates={passees} aujourdhui={aujourdhui} />}
    </>
  );
}

function ListeDates({ titre, dates, aujourdhui }: { titre: string; dates: DateCle[]; aujourdhui: string }) {
  return (
    <>
      <h3 class="dates-cles__titre">{titre}</h3>
      <ul class={`dates-cles${titre === 'Passées' ? ' dates-cles--passees' : ''}`}>
        {dates.map((d) => (
          <li key={`${d.code}-${d.date}`}>
            <time dateTime={d.date}>{formaterDate(d.date)}</time> — {d.libelle}
            {d.date === aujourdhui && <strong> (aujourd'hui)</strong>}
          </li>
        ))}
      </ul>
    </>
  );
}
