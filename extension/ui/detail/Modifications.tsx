// Where a convention came from (the embedded registry, a file, a registry address) and what a person
// changed in it by hand, field by field, with the value first read and the day of the change.
import { formaterDate } from '../../../shared/dates';
import { libelleChamp } from '../../../shared/champs';
import type { Convention } from '../../../shared/model';
import type { DetailConvention } from '../../lib/messages';
import { valeurEnMots } from '../edition/controles';

function texteSource(source: NonNullable<DetailConvention['source']>): string {
  if (source.origine === 'defaut') return "Convention d'exemple, fournie avec Jauge.";
  if (source.origine === 'synchro') return `Synchronisée depuis ${source.url ?? source.nom ?? 'le registre partagé'}.`;
  return source.nom ? `Importée depuis « ${source.nom} ».` : 'Importée.';
}

export function Modifications({ convention, source }: { convention: Convention; source?: DetailConvention['source'] }) {
  const marques = Object.entries(convention.modificationsManuelles ?? {});
  if (!source && marques.length === 0) return null;
  return (
    <section aria-labelledby="detail-modifications">
      <h2 id="detail-modifications">Source et modifications</h2>
      {source && <p>{texteSource(source)}</p>}
      {marques.length > 0 && (
        <ul class="modifications">
          {marques.map(([chemin, m]) => (
            <li key={chemin}>
              <strong>{libelleChamp(chemin, convention.echeancier).replace(/^./, (x) => x.toUpperCase())}</strong> modifié à la main
              {/^\d{4}-\d{2}-\d{2}/.test(m.le) ? ` le ${formaterDate(m.le.slice(0, 10))}` : ''} — lu : {valeurEnMots(chemin, m.valeurLue)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
