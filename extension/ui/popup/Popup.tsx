// The toolbar popup: the search view, or one convention's detail (route in the hash).
// The search stays mounted while a detail is shown, so going back keeps the query and results.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ouvrirOptions, ouvrirTableauDeBord } from '../../lib/pages';
import { BandeauExemple } from '../BandeauExemple';
import { EditionDifferee } from '../edition/EditionDifferee';
import { VueDetail } from './VueDetail';
import { Recherche } from '../recherche/Recherche';
import { lienDetail, lienModifier, lireRoute, type Route } from './route';

export function Popup() {
  const [route, setRoute] = useState<Route>(() => lireRoute(location.hash));
  const [annonce, setAnnonce] = useState<string | undefined>();
  const refChamp = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const suivre = () => setRoute(lireRoute(location.hash));
    window.addEventListener('hashchange', suivre);
    return () => window.removeEventListener('hashchange', suivre);
  }, []);

  // Back on the search view (on open, or from a detail): the cursor is in the search box.
  useEffect(() => {
    if (route.vue === 'recherche') refChamp.current?.focus();
  }, [route]);

  // Esc in a detail goes back to the search (in the search box, the combobox handles Esc).
  useEffect(() => {
    if (route.vue !== 'detail') return;
    const echap = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        retour();
      }
    };
    document.addEventListener('keydown', echap);
    return () => document.removeEventListener('keydown', echap);
  }, [route]);

  const ouvrir = (id: string) => {
    location.hash = lienDetail(id);
  };
  const retour = () => {
    location.hash = '#/';
  };

  return (
    <div class="popup">
      <header class="popup__entete">
        <p class="popup__marque">
          <span class="popup__logo" aria-hidden="true" />
          Jauge
        </p>
        <span class="popup__liens">
          <button type="button" class="bouton bouton--tertiaire bouton--petit" onClick={() => void ouvrirTableauDeBord().then(() => window.close())}>
            Tableau de bord
          </button>
          <button type="button" class="bouton bouton--tertiaire bouton--petit" onClick={() => void ouvrirOptions()}>
            Options et import
          </button>
        </span>
      </header>
      <main>
        <div hidden={route.vue !== 'recherche'}>
          <BandeauExemple compact />
          <Recherche onOuvrir={ouvrir} onFermer={() => window.close()} refChamp={refChamp} />
        </div>
        {route.vue === 'detail' && (
          <VueDetail conventionId={route.conventionId} onRetour={retour} onModifier={() => (setAnnonce(undefined), (location.hash = lienModifier(route.conventionId)))} annonce={annonce} />
        )}
        {route.vue === 'modifier' && (
          <EditionDifferee
            conventionId={route.conventionId}
            onFini={(enregistre) => {
              setAnnonce(enregistre ? 'Modifications enregistrées.' : undefined);
              location.hash = lienDetail(route.conventionId);
            }}
          />
        )}
      </main>
    </div>
  );
}
