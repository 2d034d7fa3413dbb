// The échéancier in the edit form: one row per year, every cell editable (year, AE, CP), rows added
// and removed. Each cell shows what the checks say of it; the whole table shows its excerpts (review)
// or, once changed, « modifié à la main » with the échéancier first read.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { ChampModifiable, MarqueModification, Messages } from './ChampModifiable';
import type { Controles } from './controles';
import { AIDE_MONTANT, nouvelleLigne, type SaisieLigne } from './saisie';

interface Props {
  prefixe: string;
  lignes: SaisieLigne[];
  onLignes: (lignes: SaisieLigne[]) => void;
  controles: Controles;
  /** The échéancier first read, in words, when it was changed by hand. */
  lu?: string | null;
  /** Where a cell was read (review), by row and column; not shown once the échéancier is changed. */
  source?: (rang: number, colonne: 'ae' | 'cp') => ComponentChildren;
  aucunLu?: boolean;
  /** Why none was read when a table that looks like one was seen (« Un tableau Année / AE / CP page 2… »). */
  nonLu?: string;
  /** Year of a first row when there is none (the signature's, else the current one). */
  anneeParDefaut: number;
}

export function EcheancierModifiable({ prefixe, lignes, onLignes, controles, lu, source, aucunLu = false, nonLu, anneeParDefaut }: Props) {
  const refAjout = useRef<HTMLButtonElement>(null);
  const changer = (i: number, partiel: Partial<SaisieLigne>) => onLignes(lignes.map((l, k) => (k === i ? { ...l, ...partiel } : l)));
  const ajouter = () => {
    const derniere = Number(lignes[lignes.length - 1]?.annee);
    const ligne = nouvelleLigne(String(Number.isInteger(derniere) && derniere > 0 ? derniere + 1 : anneeParDefaut));
    const rang = lignes.length;
    onLignes([...lignes, ligne]);
    // The new row's year is where the person goes next.
    requestAnimationFrame(() => document.getElementById(`${prefixe}-echeancier-${rang}-annee`)?.focus());
  };
  const retirer = (i: number) => {
    onLignes(lignes.filter((_, k) => k !== i));
    refAjout.current?.focus();
  };
  const messagesTableau = controles.get('echeancier') ?? [];
  return (
    <fieldset class="edition__echeancier">
      <legend>Échéancier (montants en euros)</legend>
      {lu != null && <MarqueModification id={`${prefixe}-echeancier-marque`} lu={lu} />}
      {lu == null && aucunLu && lignes.length === 0 && (
        <p class="edition__source edition__source--manquant">
          <strong>À vérifier :</strong> {nonLu ?? "aucun échéancier n'a été lu dans ce document ; ajoutez ses années."}
        </p>
      )}
      {messagesTableau.length > 0 && <Messages id={`${prefixe}-echeancier-messages`} messages={messagesTableau} />}
      {lignes.length > 0 && (
        <table class="tableau edition__table">
          <thead>
            <tr>
              <th scope="col">Année</th>
              <th scope="col">
                <abbr title="Autorisations d'engagement">AE</abbr>
              </th>
              <th scope="col">
                <abbr title="Crédits de paiement">CP</abbr>
              </th>
              <th scope="col">
                <span class="sr-only">Retirer</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lignes.map((l, i) => {
              const nom = l.annee.trim() || `ligne ${i + 1}`;
              return (
                <tr key={l.cle}>
                  <td>
                    <ChampModifiable
                      id={`${prefixe}-echeancier-${i}-annee`}
                      libelle={`Année de la ligne ${i + 1}`}
                      etiquetteCachee
                      valeur={l.annee}
                      onValeur={(annee) => changer(i, { annee })}
                      messages={controles.get(`echeancier.${i}.annee`)}
                      messagesAilleurs
                    />
                  </td>
                  {(['ae', 'cp'] as const).map((colonne) => (
                    <td key={colonne}>
                      <ChampModifiable
                        id={`${prefixe}-echeancier-${i}-${colonne}`}
                        libelle={`${colonne.toUpperCase()} ${nom}`}
                        etiquetteCachee
                        aide={AIDE_MONTANT}
                        valeur={l[colonne]}
                        onValeur={(v) => changer(i, { [colonne]: v })}
                        messages={controles.get(`echeancier.${i}.${colonne}`)}
                        messagesAilleurs
                        source={lu == null ? source?.(i, colonne) : undefined}
                      />
                    </td>
                  ))}
                  <td>
                    <button type="button" class="bouton bouton--tertiaire bouton--petit" onClick={() => retirer(i)}>
                      Retirer<span class="sr-only"> l'année {nom}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {lignes.flatMap((l, i) =>
        (['annee', 'ae', 'cp'] as const).map((colonne) => {
          const messages = controles.get(`echeancier.${i}.${colonne}`) ?? [];
          if (messages.length === 0) return null;
          const nom = l.annee.trim() || `ligne ${i + 1}`;
          return (
            <div key={`${l.cle}-${colonne}`} class="edition__messages-cellule">
              <p>{colonne === 'annee' ? `Année de la ligne ${i + 1}` : `${colonne.toUpperCase()} ${nom}`} :</p>
              <Messages id={`${prefixe}-echeancier-${i}-${colonne}-messages`} messages={messages} />
            </div>
          );
        }),
      )}
      <button type="button" class="bouton bouton--secondaire bouton--petit" ref={refAjout} onClick={ajouter}>
        Ajouter une année
      </button>
    </fieldset>
  );
}
