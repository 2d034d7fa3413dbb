// Starts the content script's work once the page has loaded. Chrome injects a document_idle script
// right before the page's load event when the page loads quickly, and whatever runs there delays
// `load`: so we wait for the event, then for an idle moment (or a short timeout), outside of it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Longest wait for an idle moment once the page has loaded. */
export const ATTENTE_INACTIVITE_MS = 200;
/** Longest wait for `load` itself: a slow image must not keep the badges away. */
export const ATTENTE_CHARGEMENT_MAX_MS = 1500;

export function apresChargement(ctx: ContentScriptContext, travail: () => void, doc: Document = document): void {
  let fait = false;
  const lancer = () => {
    if (fait || !ctx.isValid) return;
    fait = true;
    travail();
  };
  const auCalme = () => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(lancer, { timeout: ATTENTE_INACTIVITE_MS });
    else ctx.setTimeout(lancer, 0);
  };
  if (doc.readyState === 'complete') return auCalme();
  const auPlusTard = ctx.setTimeout(auCalme, ATTENTE_CHARGEMENT_MAX_MS);
  // The load event's listeners count in the page's load time: only schedule from there.
  const fenetre = doc.defaultView ?? window;
  ctx.addEventListener(
    fenetre,
    'load',
    () => {
      clearTimeout(auPlusTard);
      auCalme();
    },
    { once: true },
  );
}
