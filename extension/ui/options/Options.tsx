// The options page: data (import, export, sync, reset) and the per-feature switches.
import { useState } from 'preact/hooks';
import { Clotures } from './Clotures';
import { EcartsSource } from './EcartsSource';
import { Export } from './Export';
import { Fonctionnalites } from './Fonctionnalites';
import { Import } from './Import';
import { Inventaire } from './Inventaire';
import { ouvrirTableauDeBord } from '../../lib/pages';
import { Reinitialiser } from './Reinitialiser';
import { Synchro } from './Synchro';

export function Options() {
  // Bumped after anything that changes the database, so the inventory is read again.
  const [version, setVersion] = useState(0);
  const changer = () => setVersion((v) => v + 1);
  return (
    <>
      <header class="options__entete">
        <p class="options__marque options__colonne">
          <span class="popup__logo" aria-hidden="true" />
          Jauge
        </p>
      </header>
      <main class="options__colonne">
        <h1>Options de Jauge</h1>
        <Inventaire version={version} />
        <section aria-labelledby="titre-tableau-de-bord" class="carte">
          <h2 id="titre-tableau-de-bord">Tableau de bord</h2>
          <p>Toutes les conventions sur une page : tri, filtres, totaux par année et par partenaire, calendrier des dates clés, exports CSV, Excel et agenda.</p>
          <button type="button" class="bouton bouton--secondaire" onClick={() => void ouvrirTableauDeBord()}>
            Ouvrir le tableau de bord
          </button>
        </section>
        <Import onImporte={changer} />
        <Export />
        <Synchro onSynchronise={changer} />
        <EcartsSource version={version} onChange={changer} />
        <Fonctionnalites />
        <Clotures />
        <Reinitialiser onReinitialise={changer} />
      </main>
    </>
  );
}
