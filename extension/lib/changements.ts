// Pages that stay open (the dashboard, a popup) follow the data: after every import, sync or reset
// the background writes a new generation number into storage.local, and each page listening to
// storage.onChanged asks again for what it shows. storage.local, not a runtime message: a page gets
// it even if it opened after the message, and pages never have to answer the background.
import { browser } from 'wxt/browser';

export const CLE_GENERATION = 'generationDonnees';

/** Background side: the data changed (called by Etat.invalider). Never throws. */
export function annoncerChangementDonnees(maintenant: () => number = Date.now): void {
  void browser.storage.local.set({ [CLE_GENERATION]: maintenant() }).catch(() => undefined);
}

/** Page side: calls `rappel` after each data change; returns how to stop listening. */
export function suivreChangementsDonnees(rappel: () => void): () => void {
  const ecouteur = (changements: Record<string, unknown>, zone: string) => {
    if (zone === 'local' && CLE_GENERATION in changements) rappel();
  };
  browser.storage.onChanged.addListener(ecouteur);
  return () => browser.storage.onChanged.removeListener(ecouteur);
}
