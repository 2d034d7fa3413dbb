// The page's local search (lib/recherche-locale), asked of the background once per mounted view and
// again after each data change (ui/useSuiviDonnees); null until it has arrived, or if it cannot (the
// caller then searches by messages).
import { useState } from 'preact/hooks';
import { chargerRechercheLocale, type RechercheLocale } from '../../lib/recherche-locale';
import { useSuiviDonnees } from '../useSuiviDonnees';

export function useRechercheLocale(): RechercheLocale | null {
  const [locale, setLocale] = useState<RechercheLocale | null>(null);
  useSuiviDonnees(chargerRechercheLocale, (r) => {
    if (r.ok) setLocale(r.valeur);
  });
  return locale;
}
