// The page's local search (lib/recherche-locale), asked of the background once per mounted view and
// again after each data change (lib/changements); null until it has arrived, or if it cannot (the
// caller then searches by messages).
import { useEffect, useState } from 'preact/hooks';
import { suivreChangementsDonnees } from '../../lib/changements';
import { chargerRechercheLocale, type RechercheLocale } from '../../lib/recherche-locale';

export function useRechercheLocale(): RechercheLocale | null {
  const [locale, setLocale] = useState<RechercheLocale | null>(null);
  useEffect(() => {
    let monte = true;
    let demande = 0;
    const charger = () => {
      const ceNumero = ++demande;
      void chargerRechercheLocale().then((r) => {
        // Only the latest request counts: two quick changes must not end on the older index.
        if (monte && ceNumero === demande && r.ok) setLocale(r.valeur);
      });
    };
    charger();
    const arreter = suivreChangementsDonnees(charger);
    return () => {
      monte = false;
      arreter();
    };
  }, []);
  return locale;
}
