// The content script of beta.gouv.fr startup, list and incubator pages (declared in wxt.config.ts):
// a stub. Chrome injects a document_idle script right before the page's load event when the page
// loads quickly, so its parsing and running count in the page's load time (the former 26 KB script:
// 7 to 10 ms of CPU there, traced). The stub only registers its `load` listener: after `load` and an
// idle moment it imports the overlay features (betagouv-fonctionnalites.ts), which start WXT's
// context, ask for the settings and place the badges. It touches neither the page nor the extension
// API before then. An unlisted script rather than a WXT content script: WXT's wrapper would build a
// ContentScriptContext (API bindings, a postMessage to the page) at injection, about 4 ms of CPU.
import { apresChargement } from '../lib/apres-chargement';
import { FICHIER_FONCTIONNALITES } from '../lib/fonctionnalites-differees';
import { navigateurNatif } from '../lib/navigateur-natif';

export default defineUnlistedScript(() => {
  apresChargement(
    () => void import(/* @vite-ignore */ navigateurNatif().runtime.getURL(FICHIER_FONCTIONNALITES)).catch(() => undefined),
    document,
    // Orphaned by an update or a removal of the extension: its API is gone, nothing to load.
    () => navigateurNatif()?.runtime?.id != null,
  );
});
