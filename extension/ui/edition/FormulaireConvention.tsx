// The edit form of one convention, the same at review (after reading a document) and on a saved
// convention: every field (parties, dates, type, imputation and Chorus codes, ceilings, FAST amount,
// échéancier rows, links to beta.gouv.fr), each with what is known of its value: where it was read,
// or « modifié à la main » with the value first read, and what the checks say of it.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Convention } from '../../../shared/model';
import type { SuggestionLien } from '../../../shared/registre/suggestions';
import type { ReferentielBetaGouv } from '../../lib/messages';
import { libelleType } from '../libelles';
import { ChampModifiable, Messages } from './ChampModifiable';
import { valeurEnMots, type Controles } from './controles';
import { EcheancierModifiable } from './EcheancierModifiable';
import { LiensBetaGouv } from './LiensBetaGouv';
import { AIDE_DATE, AIDE_MONTANT, GROUPES, lignesEgales, saisieInitiale, type Saisie } from './saisie';
import './edition.css';

const TYPES = ['delegation-de-gestion', 'partenariat-fast', 'avenant'] as const;

interface Props {
  prefixe: string;
  /** As read (review) or as saved: what a change is measured against. */
  convention: Convention;
  saisie: Saisie;
  onSaisie: (s: Saisie) => void;
  controles: Controles;
  referentiel: ReferentielBetaGouv | null;
  suggestions: readonly SuggestionLien[];
  /** Review: where a field was read (its excerpt), from its model path and the value as read. */
  source?: (chemin: string, valeurLue: string) => ComponentChildren;
  /** Review: a field not found, or read from a doubtful line. */
  enDoute?: (chemin: string) => boolean;
  /** Review: no échéancier was read but a table that looks like one was seen: the finding that says where. */
  echeancierNonLu?: string;
}

export function FormulaireConvention({ prefixe, convention, saisie, onSaisie, controles, referentiel, suggestions, source, enDoute, echeancierNonLu }: Props) {
  const initiale = useMemo(() => saisieInitiale(convention), [convention]);
  const marques = convention.modificationsManuelles ?? {};
  /** The value first read, in words, when the field differs from it (edited now or before); else null. */
  const lu = (chemin: string, change: boolean, affichee: string): string | null => {
    const marque = marques[chemin];
    if (marque) return valeurEnMots(chemin, marque.valeurLue);
    return change ? affichee || 'rien n’avait été lu' : null;
  };
  const changer = (partiel: Partial<Saisie>) => onSaisie({ ...saisie, ...partiel });
  const anneeParDefaut = Number((convention.dateSignature ?? '').slice(0, 4)) || new Date().getFullYear();
  const echeancierChange = !lignesEgales(saisie.echeancier, initiale.echeancier);
  const liensChanges = saisie.incubateur !== initiale.incubateur || saisie.startups.join('|') !== initiale.startups.join('|');
  const typeChange = saisie.type !== initiale.type;
  const liensLus = (startups: unknown, incubateur: unknown): string =>
    [Array.isArray(startups) ? startups.join(', ') : '', typeof incubateur === 'string' ? incubateur : ''].filter(Boolean).join(', ') || 'aucun lien';
  const luLiens =
    marques.startups || marques.incubateur
      ? liensLus(marques.startups ? marques.startups.valeurLue : convention.startups, marques.incubateur ? marques.incubateur.valeurLue : convention.incubateur)
      : liensChanges
        ? liensLus(initiale.startups, initiale.incubateur)
        : null;
  const idType = `${prefixe}-type`;
  const messagesType = controles.get('type') ?? [];

  return (
    <div class="edition">
      <LiensBetaGouv
        prefixe={prefixe}
        startups={saisie.startups}
        incubateur={saisie.incubateur}
        onLiens={(startups, incubateur) => changer({ startups, incubateur })}
        referentiel={referentiel}
        suggestions={suggestions}
        messages={controles.get('liens')}
        lu={luLiens}
      />
      <div class="edition__champ">
        <label for={idType} class="etiquette">
          Type de convention
        </label>
        <select
          id={idType}
          class="champ"
          value={saisie.type}
          aria-describedby={[typeChange || marques.type ? `${idType}-marque` : '', messagesType.length ? `${idType}-messages` : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => changer({ type: e.currentTarget.value as Saisie['type'] })}
        >
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {libelleType(t)}
            </option>
          ))}
        </select>
        {(typeChange || marques.type) && (
          <p id={`${idType}-marque`} class="edition__marque">
            <strong>Modifié à la main</strong> — lu : {libelleType((marques.type?.valeurLue as Saisie['type'] | undefined) ?? initiale.type)}
          </p>
        )}
        {messagesType.length > 0 && <Messages id={`${idType}-messages`} messages={messagesType} />}
      </div>
      {GROUPES.map((groupe) => (
        <fieldset key={groupe.titre} class="edition__groupe">
          <legend>{groupe.titre}</legend>
          <div class="edition__champs">
            {groupe.champs.map((d) => (
              <ChampModifiable
                key={d.cle}
                id={`${prefixe}-${d.cle}`}
                libelle={d.libelle}
                aide={d.aide ?? (d.sorte === 'date' ? AIDE_DATE : d.sorte === 'montant' ? AIDE_MONTANT : undefined)}
                valeur={saisie[d.cle]}
                onValeur={(v) => changer({ [d.cle]: v })}
                messages={controles.get(d.cle)}
                lu={lu(d.chemin, saisie[d.cle] !== initiale[d.cle], initiale[d.cle])}
                source={source?.(d.chemin, initiale[d.cle])}
                aVerifier={enDoute?.(d.chemin) ?? false}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <EcheancierModifiable
        prefixe={prefixe}
        lignes={saisie.echeancier}
        onLignes={(echeancier) => changer({ echeancier })}
        controles={controles}
        lu={lu('echeancier', echeancierChange, '') === null ? null : marques.echeancier ? valeurEnMots('echeancier', marques.echeancier.valeurLue) : valeurEnMots('echeancier', convention.echeancier)}
        source={source ? (rang, colonne) => source(`echeancier.${rang}.${colonne}`, initiale.echeancier[rang]?.[colonne] ?? '') : undefined}
        aucunLu={source !== undefined && convention.echeancier.length === 0}
        {...(echeancierNonLu ? { nonLu: echeancierNonLu } : {})}
        anneeParDefaut={anneeParDefaut}
      />
    </div>
  );
}
