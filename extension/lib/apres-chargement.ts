// Starts the content script's work once the page has loaded. Chrome injects a document_idle script
// right before the page's load event when the page loads quickly, and whatever runs there delays
// `load`: so we wait for the event, then for an idle moment (or a short timeout), outside of it.
// Plain timers and listeners, no WXT context: this runs in the content script's stub, before `load`,
// where every millisecond counts (see entrypoints/betagouv-amorce.ts).

/** Longest wait for an idle moment once the page has loaded. */
export const ATTENTE_INACTIVITE_MS = 200;
/** Longest wait for `load` itself: a slow image must not keep the badges away. */
export const ATTENTE_CHARGEMENT_MAX_MS = 1500;

/**
 * Runs `travail` once, after `load` and an idle moment (or after ATTENTE_CHARGEMENT_MAX_MS if `load`
 * never comes), unless `estValide` then says the script was orphaned (extension updated or removed).
 */
export function apresChargement(travail: () => void, doc: Document = document, estValide: () => boolean = () => true): void {
  let fait = false;
  const lancer = () => {
    if (fait) return;
    fait = true;
    if (estValide()) travail();
  };
  const auCalme = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(lancer, { timeout: ATTENTE_INACTIVITE_MS });
    else setTimeout(lancer, 0);
  };
  if (doc.readyState === 'complete') return auCalme();
  const auPlusTard = setTimeout(auCalme, ATTENTE_CHARGEMENT_MAX_MS);
  // The load event's listeners count in the page's load time: only schedule from there.
  const fenetre = doc.defaultView ?? window;
  fenetre.addEventListener(
    'load',
    () => {
      clearTimeout(auPlusTard);
      auCalme();
    },
    { once: true },
  );
}
