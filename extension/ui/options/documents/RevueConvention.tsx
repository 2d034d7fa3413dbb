// Review of one convention read from a document: every field with the excerpt it was read from
// (« lu page 3 : « … » »), editable; a field the reader could not find, or read from a line the
// OCR doubted or a finding points at, is marked « à vérifier » in words (not only in colour).
import type { Constat, Convention } from '../../../../shared/model';
import { champsDouteux, REGLE_ECHEANCIER_NON_LU, sourceDuChamp } from '../../../../shared/lecture/document/revue';
import type { DocumentLu } from '../../../../shared/lecture/document/types';
import { libelleGravite } from '../../libelles';
import { CHAMPS_SIMPLES, saisieInitiale, type Saisie } from './saisie';
import './revue.css';

interface Props {
  /** Unique among the batch: prefixes the ids of the inputs. */
  prefixe: string;
  nomFichier: string;
  convention: Convention;
  document: Pick<DocumentLu, 'lignes' | 'format'>;
  constats: Constat[];
  saisie: Saisie;
  onSaisie: (s: Saisie) => void;
}

const EXTRAIT_MAX = 90;
/**
 * The part of the line that shows the value: a window around its first trace (the value itself,
 * or for a date its year, for an amount its leading digits), else the start of the line.
 */
function extrait(texte: string, valeur: string): string {
  const t = texte.replace(/\t/g, ' | ').trim();
  if (t.length <= EXTRAIT_MAX) return t;
  const traces = [valeur, /^\d{4}-\d{2}-\d{2}$/.test(valeur) ? valeur.slice(0, 4) : '', valeur.replace(/\D+/g, ' ').trim().split(' ')[0] ?? ''];
  const a = Math.max(0, ...traces.filter((x) => x.length >= 2).map((x) => t.indexOf(x)).filter((i) => i >= 0).slice(0, 1).map((i) => i - EXTRAIT_MAX / 2));
  const debut = Math.min(a, t.length - EXTRAIT_MAX);
  return `${debut > 0 ? '…' : ''}${t.slice(debut, debut + EXTRAIT_MAX).trim()}${debut + EXTRAIT_MAX < t.length ? '…' : ''}`;
}

function Provenance({ id, convention, document, champ, douteux, valeur }: { id: string; convention: Convention; document: Props['document']; champ: string; douteux: boolean; valeur: string }) {
  const source = sourceDuChamp(convention, document, champ);
  if (!source) {
    return (
      <p id={id} class="revue__source revue__source--manquant">
        <strong>À vérifier :</strong> non trouvé dans le document, saisissez-le.
      </p>
    );
  }
  const confiance = source.confiance !== undefined ? ` (texte reconnu à ${Math.round(source.confiance)} %)` : '';
  return (
    <p id={id} class={`revue__source${douteux ? ' revue__source--douteux' : ''}`}>
      {douteux && <strong>À vérifier : </strong>}
      lu page {source.page} : « {extrait(source.texte, valeur)} »{confiance}
    </p>
  );
}

export function RevueConvention({ prefixe, nomFichier, convention, document, constats, saisie, onSaisie }: Props) {
  const douteux = champsDouteux(constats);
  const nonLu = constats.find((c) => c.regle === REGLE_ECHEANCIER_NON_LU);
  // A finding placed on the line a field was read from puts that field in doubt too.
  const lignesEnCause = new Set(constats.filter((c) => c.gravite !== 'information' && c.position?.ligne).map((c) => c.position!.ligne!));
  const enDoute = (champ: string): boolean => {
    const ligne = convention.sources?.[champ];
    return douteux.has(champ.split('.')[0]!) || (ligne !== undefined && lignesEnCause.has(ligne));
  };
  const titre = `${prefixe}-titre`;
  // Excerpts are centred on the value as read, not as being corrected.
  const lue = saisieInitiale(convention);
  return (
    <section class="revue" aria-labelledby={titre}>
      <h4 id={titre}>
        {nomFichier}
        {document.format === 'pdf-scanne' ? ' (PDF scanné, texte reconnu par OCR)' : ''}
      </h4>
      <div class="revue__champs">
        {CHAMPS_SIMPLES.map(({ cle, source, libelle }) => {
          const id = `${prefixe}-${cle}`;
          const doute = enDoute(source) || !convention.sources?.[source];
          return (
            <div key={cle} class={`revue__champ${doute ? ' revue__champ--a-verifier' : ''}`}>
              <label for={id}>{libelle}</label>
              <input
                id={id}
                type="text"
                {...(cle.startsWith('date') ? { placeholder: 'AAAA-MM-JJ ou 28 mars 2024' } : {})}
                value={saisie[cle]}
                aria-describedby={`${id}-source`}
                onInput={(e) => onSaisie({ ...saisie, [cle]: e.currentTarget.value })}
              />
              <Provenance id={`${id}-source`} convention={convention} document={document} champ={source} douteux={enDoute(source)} valeur={lue[cle]} />
            </div>
          );
        })}
      </div>
      <table class="revue__echeancier">
        <caption>Échéancier (montants en euros)</caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col">AE</th>
            <th scope="col">CP</th>
          </tr>
        </thead>
        <tbody>
          {saisie.echeancier.map((ligne, i) => (
            <tr key={ligne.annee}>
              <th scope="row">{ligne.annee}</th>
              {(['ae', 'cp'] as const).map((colonne) => {
                const id = `${prefixe}-${colonne}-${ligne.annee}`;
                const champ = `echeancier.${i}.${colonne}`;
                return (
                  <td key={colonne} class={enDoute(champ) ? 'revue__champ--a-verifier' : ''}>
                    <label for={id} class="sr-only">
                      {colonne.toUpperCase()} {ligne.annee}
                    </label>
                    <input
                      id={id}
                      type="text"
                      inputMode="decimal"
                      value={ligne[colonne]}
                      aria-describedby={`${id}-source`}
                      onInput={(e) => {
                        const echeancier = saisie.echeancier.map((l, k) => (k === i ? { ...l, [colonne]: e.currentTarget.value } : l));
                        onSaisie({ ...saisie, echeancier });
                      }}
                    />
                    <Provenance id={`${id}-source`} convention={convention} document={document} champ={champ} douteux={enDoute(champ)} valeur={lue.echeancier[i]?.[colonne] ?? ''} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {saisie.echeancier.length === 0 && (
        <p class="revue__source revue__source--manquant">
          <strong>À vérifier :</strong> {nonLu ? nonLu.message : "aucun échéancier n'a été lu dans ce document."}
        </p>
      )}
      {constats.length > 0 && (
        <details>
          <summary>Constats ({constats.length})</summary>
          <ul>
            {constats.map((c, i) => (
              <li key={i}>
                {libelleGravite(c.gravite)} : {c.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
