// The dashboard (tableau-de-bord.html), for whoever holds many conventions: the table (search,
// filters and sort kept in the URL), totals by year and partner, the next 90 days of key dates,
// exports of what is shown, a print view. A convention's detail is the popup's own view, in the
// hash (`#/convention/<id>`), so that the browser's Back returns to the table.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formaterDate } from '../../../shared/dates';
import { evenementsDe, type Portefeuille } from '../../../shared/portefeuille';
import { prochainsJours } from '../../../shared/portefeuille/calendrier';
import { filtrer, trier, valeursFiltres } from '../../../shared/portefeuille/filtres';
import { totauxFast, totauxParAnnee, totauxParPartenaire } from '../../../shared/portefeuille/totaux';
import { envoyer } from '../../lib/envoyer';
import { ouvrirOptions } from '../../lib/pages';
import { compteRecherche, pluriel } from '../libelles';
import { useSuiviDonnees } from '../useSuiviDonnees';
import { VueDetail } from '../popup/VueDetail';
import { lienDetail, lienModifier, lireRoute, type Route } from '../popup/route';
import { EditionDifferee } from '../edition/EditionDifferee';
import { BandeauExemple } from '../BandeauExemple';
import { Calendrier } from './Calendrier';
import { ChoixColonnes } from './ChoixColonnes';
import { Exports } from './Exports';
import { Filtres } from './Filtres';
import { TableConventions } from './TableConventions';
import { Totaux } from './Totaux';
import { useIdsRecherche } from './useIdsRecherche';
import { ecrireVue, filtresDe, lireVue, type Vue } from './vue';

type Donnees = { etape: 'chargement' } | { etape: 'pret'; portefeuille: Portefeuille & { horodatage: string } } | { etape: 'echec'; erreur: string };

export function TableauDeBord() {
  const [donnees, setDonnees] = useState<Donnees>({ etape: 'chargement' });
  const [vue, setVue] = useState<Vue>(() => lireVue(location.search));
  const [route, setRoute] = useState<Route>(() => lireRoute(location.hash));
  const [annonce, setAnnonce] = useState<string | undefined>();
  const [impression, setImpression] = useState(false);
  const recherche = useIdsRecherche(vue.requete);
  const refTitre = useRef<HTMLHeadingElement>(null);
  const dernierOuvert = useRef<string | null>(null);

  // Once, then after each import, sync or reset made elsewhere.
  useSuiviDonnees(
    () => envoyer({ type: 'portefeuille' }),
    (r) => setDonnees(r.ok ? { etape: 'pret', portefeuille: r.valeur } : { etape: 'echec', erreur: r.erreur }),
  );

  // The view in the query string (replaceState: typing is not a history entry per keystroke).
  useEffect(() => {
    const url = `${location.pathname}${ecrireVue(vue)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }, [vue]);

  useEffect(() => {
    const suivre = () => setRoute(lireRoute(location.hash));
    window.addEventListener('hashchange', suivre);
    return () => window.removeEventListener('hashchange', suivre);
  }, []);

  // Back from a detail: focus returns to the row's button it was opened from (or the heading).
  useEffect(() => {
    if (route.vue !== 'recherche' || !dernierOuvert.current) return;
    const id = dernierOuvert.current;
    dernierOuvert.current = null;
    const bouton = [...document.querySelectorAll<HTMLElement>('tr[data-convention] .lien-bouton')].find((b) => b.closest('tr')?.dataset.convention === id);
    (bouton ?? refTitre.current)?.focus();
  }, [route]);

  // Print: every row rendered (no virtualisation) while the browser prints, whoever started it.
  useEffect(() => {
    const avant = () => setImpression(true);
    const apres = () => setImpression(false);
    window.addEventListener('beforeprint', avant);
    window.addEventListener('afterprint', apres);
    return () => {
      window.removeEventListener('beforeprint', avant);
      window.removeEventListener('afterprint', apres);
    };
  }, []);
  // « Imprimer »: rendered in full first, then the print dialog.
  const imprimeParBouton = useRef(false);
  useEffect(() => {
    if (!impression || !imprimeParBouton.current) return;
    imprimeParBouton.current = false;
    window.print();
  }, [impression]);

  const p = donnees.etape === 'pret' ? donnees.portefeuille : null;
  const lignes = useMemo(() => (p ? trier(filtrer(p.lignes, filtresDe(vue, recherche.ids)), vue.tri) : []), [p, vue.phases, vue.niveaux, vue.partenaire, vue.programme, vue.annee, vue.tri, recherche.ids]);
  const valeurs = useMemo(() => valeursFiltres(p?.lignes ?? []), [p]);
  const evenements = useMemo(() => (p ? evenementsDe(p.evenements, lignes) : []), [p, lignes]);
  const anneeCourante = p ? Number(p.aujourdhui.slice(0, 4)) : 0;

  const ouvrir = (id: string) => {
    dernierOuvert.current = id;
    location.hash = lienDetail(id);
  };
  // A skip link moves the focus (not the hash: the hash holds the detail's route).
  const aller = (e: Event, id: string) => {
    e.preventDefault();
    const cible = document.getElementById(id);
    cible?.scrollIntoView({ block: 'start' });
    cible?.focus();
  };

  // Esc in a detail goes back to the table (as the popup's goes back to its search).
  useEffect(() => {
    if (route.vue !== 'detail') return;
    const echap = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        location.hash = '';
      }
    };
    document.addEventListener('keydown', echap);
    return () => document.removeEventListener('keydown', echap);
  }, [route]);

  // Heavy parts memoised as vnodes: a keystroke in the search does not re-render them until the rows change.
  const blocTotaux = useMemo(
    () => <Totaux parAnnee={totauxParAnnee(lignes)} parPartenaire={totauxParPartenaire(lignes)} fast={totauxFast(lignes)} anneeCourante={anneeCourante} />,
    [lignes, anneeCourante],
  );
  const blocCalendrier = useMemo(() => <Calendrier evenements={prochainsJours(evenements, 90)} onOuvrir={ouvrir} toutes={impression} />, [evenements, impression]);

  const etatRecherche = (() => {
    if (recherche.erreur) return `Recherche impossible : ${recherche.erreur}`;
    const q = vue.requete.trim();
    if (!q) return '';
    if (recherche.requeteRepondue !== vue.requete) return 'Recherche…';
    // The count is said once, above the table (compte below).
    return '';
  })();
  // One count: the search's matches and, of them, those the filters keep.
  const compte = (() => {
    if (!p) return '';
    const q = vue.requete.trim();
    if (q && recherche.ids && recherche.requeteRepondue === vue.requete) return compteRecherche(recherche.ids.size, lignes.length, q);
    return `${pluriel(lignes.length, 'convention affichée', 'conventions affichées')} sur ${pluriel(p.lignes.length, 'convention')}`;
  })();

  return (
    <>
      {route.vue === 'recherche' && p && (
        <nav class="evitement" aria-label="Accès rapide">
          <a href="#titre-totaux" onClick={(e) => aller(e, 'titre-totaux')}>
            Aller aux totaux
          </a>
          <a href="#titre-calendrier" onClick={(e) => aller(e, 'titre-calendrier')}>
            Aller au calendrier
          </a>
        </nav>
      )}
      <header class="options__entete">
        <div class="tdb__colonne tdb__barre">
          <p class="options__marque">
            <span class="popup__logo" aria-hidden="true" />
            Jauge
          </p>
          <button type="button" class="bouton bouton--tertiaire" onClick={() => void ouvrirOptions()}>
            Options et import
          </button>
        </div>
      </header>
      {route.vue === 'detail' && (
        <main class="tdb__colonne tdb__detail">
          <VueDetail
            conventionId={route.conventionId}
            onRetour={() => (location.hash = '')}
            onModifier={() => (setAnnonce(undefined), (location.hash = lienModifier(route.conventionId)))}
            annonce={annonce}
            libelleRetour="Retour au tableau de bord"
          />
        </main>
      )}
      {route.vue === 'modifier' && (
        <main class="tdb__colonne tdb__detail">
          <EditionDifferee
            conventionId={route.conventionId}
            onFini={(enregistre) => {
              setAnnonce(enregistre ? 'Modifications enregistrées.' : undefined);
              location.hash = lienDetail(route.conventionId);
            }}
          />
        </main>
      )}
      <main class="tdb__colonne" hidden={route.vue !== 'recherche'}>
        <h1 tabIndex={-1} ref={refTitre}>
          Tableau de bord des conventions
        </h1>
        <BandeauExemple />
        {donnees.etape === 'chargement' && (
          <p role="status" class="mention">
            Chargement des conventions…
          </p>
        )}
        {donnees.etape === 'echec' && (
          <div class="alerte alerte--erreur" role="alert">
            <p>
              <span class="alerte__type">Tableau de bord indisponible :</span> {donnees.erreur}
            </p>
          </div>
        )}
        {p && (
          <>
            <p class="mention tdb__situation">
              Situation au {formaterDate(p.aujourdhui)} · {pluriel(p.lignes.length, 'convention')} enregistrée{p.lignes.length > 1 ? 's' : ''}
            </p>
            <Filtres vue={vue} onVue={setVue} valeurs={valeurs} etatRecherche={etatRecherche} />
            <section aria-labelledby="titre-conventions" class="carte tdb__section">
              <div class="tdb__titre-section">
                <h2 id="titre-conventions">Conventions</h2>
                <p class="mention" role="status" id="tdb-compte">
                  {compte}
                </p>
                <ChoixColonnes masquees={vue.masquees} onMasquees={(masquees) => setVue({ ...vue, masquees })} />
              </div>
              <Exports
                lignes={lignes}
                evenements={evenements}
                aujourdhui={p.aujourdhui}
                horodatage={p.horodatage}
                onImprimer={() => {
                  imprimeParBouton.current = true;
                  setImpression(true);
                }}
              />
              <TableConventions lignes={lignes} tri={vue.tri} onTri={(tri) => setVue({ ...vue, tri })} onOuvrir={ouvrir} toutes={impression} masquees={vue.masquees} />
            </section>
            <section aria-labelledby="titre-totaux" class="carte tdb__section">
              <h2 id="titre-totaux" tabIndex={-1}>
                Totaux par année et par partenaire, et montants FAST
              </h2>
              {blocTotaux}
            </section>
            <section aria-labelledby="titre-calendrier" class="carte tdb__section">
              <h2 id="titre-calendrier" tabIndex={-1}>
                Dates clés des 90 prochains jours
              </h2>
              {blocCalendrier}
            </section>
          </>
        )}
      </main>
    </>
  );
}
