// The dashboard's search and filters: the popup's search (startup, partner, UO, year), phase and
// niveau (check boxes, several at once), partner, programme and year (lists of what the data holds).
import type { Niveau, Phase } from '../../../shared/model';
import { TEXTE_NIVEAU, TEXTE_PHASE } from '../../../shared/portefeuille/colonnes';
import { EtiquetteRecherche } from '../recherche/EtiquetteRecherche';
import { NIVEAUX, PHASES, VUE_VIDE, type Vue } from './vue';

interface Props {
  vue: Vue;
  onVue: (vue: Vue) => void;
  valeurs: { partenaires: string[]; programmes: string[]; annees: number[] };
  /** `12 conventions pour « dgefp »`, or why the search failed. */
  etatRecherche: string;
}

function basculer<T>(liste: readonly T[], valeur: T, coche: boolean): T[] {
  return coche ? [...liste.filter((v) => v !== valeur), valeur] : liste.filter((v) => v !== valeur);
}

export function Filtres({ vue, onVue, valeurs, etatRecherche }: Props) {
  const changer = (partiel: Partial<Vue>) => onVue({ ...vue, ...partiel });
  return (
    <form class="filtres" role="search" aria-label="Rechercher et filtrer les conventions" onSubmit={(e) => e.preventDefault()}>
      <div class="filtres__recherche">
        <EtiquetteRecherche pour="tdb-recherche" idAide="tdb-aide-recherche" texte="Rechercher" />
        <input
          id="tdb-recherche"
          class="champ"
          type="search"
          autoComplete="off"
          spellcheck={false}
          aria-describedby="tdb-aide-recherche tdb-etat-recherche"
          value={vue.requete}
          onInput={(e) => changer({ requete: e.currentTarget.value })}
        />
        <p id="tdb-etat-recherche" class="mention" role="status">
          {etatRecherche}
        </p>
      </div>
      <Cases legende="Phase" nom="phase" valeurs={PHASES} libelles={TEXTE_PHASE} cochees={vue.phases} onChange={(phases: Phase[]) => changer({ phases })} />
      <Cases legende="Niveau" nom="niveau" valeurs={NIVEAUX} libelles={TEXTE_NIVEAU} cochees={vue.niveaux} onChange={(niveaux: Niveau[]) => changer({ niveaux })} />
      <Liste id="tdb-partenaire" etiquette="Partenaire" valeur={vue.partenaire} options={valeurs.partenaires} onChange={(partenaire) => changer({ partenaire })} />
      <Liste id="tdb-programme" etiquette="Programme" valeur={vue.programme} options={valeurs.programmes} onChange={(programme) => changer({ programme })} />
      <Liste
        id="tdb-annee"
        etiquette="Année"
        valeur={vue.annee === null ? '' : String(vue.annee)}
        options={valeurs.annees.map(String)}
        tous="Toutes"
        onChange={(annee) => changer({ annee: annee ? Number(annee) : null })}
      />
      <button type="button" class="bouton bouton--tertiaire filtres__effacer" onClick={() => onVue({ ...VUE_VIDE, tri: vue.tri, masquees: vue.masquees })}>
        Effacer les filtres
      </button>
    </form>
  );
}

function Cases<T extends string>({
  legende,
  nom,
  valeurs: permis,
  libelles,
  cochees,
  onChange,
}: {
  legende: string;
  nom: string;
  valeurs: readonly T[];
  libelles: Record<T, string>;
  cochees: readonly T[];
  onChange: (v: T[]) => void;
}) {
  return (
    <fieldset class="filtres__groupe">
      <legend class="etiquette">{legende}</legend>
      {permis.map((v) => (
        <label key={v} class="case">
          <input type="checkbox" name={nom} value={v} checked={cochees.includes(v)} onChange={(e) => onChange(basculer(cochees, v, e.currentTarget.checked))} />{' '}
          {libelles[v]}
        </label>
      ))}
    </fieldset>
  );
}

function Liste({ id, etiquette, valeur, options, onChange, tous = 'Tous' }: { id: string; etiquette: string; valeur: string; options: string[]; onChange: (v: string) => void; tous?: string }) {
  // A value from a bookmarked link that the data no longer holds stays selectable (and visible).
  const toutes = valeur && !options.includes(valeur) ? [valeur, ...options] : options;
  return (
    <div class="filtres__liste">
      <label for={id} class="etiquette">
        {etiquette}
      </label>
      <select id={id} class="champ" value={valeur} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{tous}</option>
        {toutes.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}
