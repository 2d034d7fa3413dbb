// What an open page shows follows the data: asked once on mount, then again after each import, sync
// or reset made elsewhere (lib/changements). Only the latest answer is kept (two quick changes must
// not end on the older data), and none after the view is gone. Both functions are taken at mount.
import { useEffect } from 'preact/hooks';
import { suivreChangementsDonnees } from '../lib/changements';

export function useSuiviDonnees<T>(demander: () => Promise<T>, recevoir: (reponse: T) => void): void {
  useEffect(() => {
    let derniere = 0;
    let monte = true;
    const charger = () => {
      const numero = ++derniere;
      void demander().then((reponse) => {
        if (monte && numero === derniere) recevoir(reponse);
      });
    };
    charger();
    const arreter = suivreChangementsDonnees(charger);
    return () => {
      monte = false;
      arreter();
    };
  }, []);
}
