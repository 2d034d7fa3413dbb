// The page's local search (lib/recherche-locale), asked of the background once per mounted view;
// null until it has arrived, or if it cannot (the caller then searches by messages).
import { useEffect, useState } from 'preact/hooks';
import { chargerRechercheLocale, type RechercheLocale } from '../../lib/recherche-locale';

export function useRechercheLocale(): RechercheLocale | null {
  const [locale, setLocale] = useState<RechercheLocale | null>(null);
  useEffect(() => {
    let monte = true;
    void chargerRechercheLocale().then((r) => {
      if (monte && r.ok) setLocale(r.valeur);
    });
    return () => {
      monte = false;
    };
  }, []);
  return locale;
}
