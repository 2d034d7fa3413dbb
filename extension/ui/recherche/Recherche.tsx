// The popup's search: an ARIA 1.2 combobox (input + listbox) driven from the keyboard.
// ↓/↑ move through the results, Enter opens the active one (or the first), Esc clears the
// query, or closes the popup when it is already empty. Focus stays in the input throughout.
import type { Ref } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ResumeRecherche } from '../../lib/messages';
import { compteRecherche, pluriel } from '../libelles';
import { EtiquetteRecherche } from './EtiquetteRecherche';
import { ResultatRecherche } from './ResultatRecherche';
import { useRecherche } from './useRecherche';

interface Props {
  onOuvrir: (conventionId: string) => void;
  /** Esc on an empty query (the popup closes itself). */
  onFermer?: () => void;
  refChamp?: Ref<HTMLInputElement>;
}

const ID_LISTE = 'resultats';
const idResultat = (i: number) => `resultat-${i}`;

export function Recherche({ onOuvrir, onFermer, refChamp }: Props) {
  const [requete, setRequete] = useState('');
  const [actif, setActif] = useState(-1);
  // Enter typed before the answer to the last keystroke arrived: open its first result on arrival.
  const [entreeEnAttente, setEntreeEnAttente] = useState(false);
  const { resultats, total, erreur, requeteRepondue, locale } = useRecherche(requete);
  const liste = resultats ?? [];
  const aJour = requeteRepondue === requete;

  // New results: no option is active until the user moves with the arrows.
  useEffect(() => {
    setActif(-1);
    if (entreeEnAttente && aJour) {
      setEntreeEnAttente(false);
      ouvrir(liste[0]);
    }
  }, [resultats]);
  useEffect(() => {
    if (actif >= 0) document.getElementById(idResultat(actif))?.scrollIntoView?.({ block: 'nearest' });
  }, [actif]);

  const ouvrir = (r: ResumeRecherche | undefined) => {
    if (r) onOuvrir(r.id);
  };
  // The same function at every render (see ResultatRecherche), opening from the list of this render.
  const choisirCourant = useRef((position: number) => ouvrir(liste[position]));
  choisirCourant.current = (position: number) => ouvrir(liste[position]);
  const choisir = useCallback((position: number) => choisirCourant.current(position), []);

  const auClavier = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (liste.length) setActif((a) => Math.min(a + 1, liste.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (liste.length) setActif((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (actif >= 0) ouvrir(liste[actif]);
      else if (aJour) ouvrir(liste[0]);
      else setEntreeEnAttente(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (requete) {
        setRequete('');
        setActif(-1);
      } else onFermer?.();
    }
  };

  const ouvert = liste.length > 0;
  return (
    <div class="recherche" data-recherche={locale ? 'locale' : 'messages'}>
      <h1 class="sr-only">Jauge : rechercher une convention</h1>
      <EtiquetteRecherche pour="champ-recherche" idAide="aide-recherche" texte="Rechercher une convention" />
      <input
        id="champ-recherche"
        ref={refChamp}
        class="champ"
        type="text"
        role="combobox"
        enterKeyHint="search"
        autoComplete="off"
        spellcheck={false}
        placeholder="ex. classe, DGEFP, 0103, 2024"
        aria-describedby="aide-recherche clavier-recherche"
        aria-autocomplete="list"
        aria-expanded={ouvert}
        aria-controls={ID_LISTE}
        aria-activedescendant={actif >= 0 && ouvert ? idResultat(actif) : undefined}
        value={requete}
        onInput={(e) => {
          setRequete(e.currentTarget.value);
          setEntreeEnAttente(false);
        }}
        onKeyDown={auClavier}
      />
      <p class="recherche__clavier mention" id="clavier-recherche">
        <kbd>↓</kbd> <kbd>↑</kbd> parcourent les résultats, <kbd>Entrée</kbd> ouvre, <kbd>Échap</kbd> efface.
      </p>
      <p class="recherche__etat mention" role="status">
        {etatEnMots(resultats, total, erreur, requeteRepondue)}
      </p>
      <ul id={ID_LISTE} role="listbox" aria-label="Conventions trouvées" class="resultats" hidden={!ouvert}>
        {/* Keyed by position: each keystroke changes the matches, and patching 20 rows' text in place
            costs a fraction of unmounting and mounting them (bench/PROFIL-recherche.md). */}
        {liste.map((r, i) => (
          <ResultatRecherche
            key={i}
            id={idResultat(i)}
            resume={r}
            actif={i === actif}
            position={i}
            onChoisir={choisir}
            onSurvol={setActif}
          />
        ))}
      </ul>
    </div>
  );
}

function etatEnMots(resultats: ResumeRecherche[] | null, total: number | null, erreur: string | null, requete: string | null): string {
  if (erreur) return `Recherche impossible : ${erreur}`;
  if (resultats === null) return 'Chargement des conventions…';
  const q = requete?.trim() ?? '';
  if (resultats.length === 0) {
    return q ? `Aucune convention ne correspond à « ${q} ».` : 'Aucune convention enregistrée : importez un registre dans les options.';
  }
  const nombre = Math.max(total ?? 0, resultats.length);
  // The list is capped: say so (one count), so that a long list invites a more precise query.
  if (q) return compteRecherche(nombre, resultats.length, q);
  const premieres = nombre > resultats.length ? ` ; ${resultats.length} affichées` : '';
  return `${pluriel(nombre, 'convention')}, de la plus urgente à la moins urgente${premieres}`;
}
