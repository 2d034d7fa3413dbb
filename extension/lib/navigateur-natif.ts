// The browser's own promise-based extension API: Firefox's `browser`, Chrome's `chrome` (MV3
// returns promises, runtime.sendMessage included). wxt.config.ts resolves `wxt/browser` to this
// module in the content script build only, so beta.gouv.fr pages do not load webextension-polyfill
// (9.7 KB) for the one call the content script makes; the background and pages keep the polyfill.
import type { browser as Navigateur } from 'wxt/browser';

type Global = { browser?: { runtime?: { id?: string } }; chrome?: unknown };
const global = globalThis as Global;

export const browser = (global.browser?.runtime?.id ? global.browser : global.chrome) as typeof Navigateur;
