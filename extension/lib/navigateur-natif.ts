// The browser's own promise-based extension API: Firefox's `browser`, Chrome's `chrome` (MV3
// returns promises, runtime.sendMessage included). wxt.config.ts resolves `wxt/browser` to this
// module in the beta.gouv.fr scripts' build only, so those pages do not load webextension-polyfill
// (9.7 KB) for the one call they make; the background and pages keep the polyfill.
import type { browser as Navigateur } from 'wxt/browser';

type Global = { browser?: { runtime?: { id?: string } }; chrome?: unknown };

/** Read when called: the content script's stub must not touch the extension API before `load`. */
export function navigateurNatif(): typeof Navigateur {
  const global = globalThis as Global;
  return (global.browser?.runtime?.id ? global.browser : global.chrome) as typeof Navigateur;
}

export const browser = /* @__PURE__ */ navigateurNatif();
