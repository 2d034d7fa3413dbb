// Reads where the background's own redirected requests lead, from webRequest's response headers:
// `fetch(…, { redirect: 'manual' })` hides the Location (opaque redirect) in Chrome's service worker
// and Firefox's background page, but onHeadersReceived shows it, for hosts the user granted only.
// Listening lasts one sync; only the extension's own requests (no tab) are read.
import { browser } from 'wxt/browser';
import type { ObservateurRedirections } from './chaine';

type Details = { url: string; tabId: number; statusCode: number; responseHeaders?: { name: string; value?: string }[] };

/** The event may arrive after the opaque response: wait this long for it. */
const ATTENTE_MS = 5_000;

const sansAncre = (url: string) => url.split('#')[0]!;

export interface Observation extends ObservateurRedirections {
  arreter(): void;
}

export function observerRedirections(): Observation {
  const vues = new Map<string, string>();
  const attentes = new Map<string, (destination: string) => void>();
  const api = (browser as unknown as { webRequest?: typeof browser.webRequest }).webRequest;
  const ecouteur = (d: Details) => {
    if (d.tabId !== -1 || d.statusCode < 300 || d.statusCode >= 400) return;
    const location = d.responseHeaders?.find((h) => h.name.toLowerCase() === 'location')?.value;
    if (!location) return;
    const cle = sansAncre(d.url);
    vues.set(cle, location);
    attentes.get(cle)?.(location);
  };
  try {
    api?.onHeadersReceived.addListener(ecouteur as never, { urls: ['<all_urls>'], types: ['xmlhttprequest'] }, ['responseHeaders']);
  } catch {
    // No webRequest (a test's fake browser): redirects then cannot be followed, and the sync says so.
  }
  return {
    destination(url) {
      const cle = sansAncre(url);
      const deja = vues.get(cle);
      if (deja) return Promise.resolve(deja);
      if (!api) return Promise.resolve(null);
      return new Promise((resoudre) => {
        const minuterie = setTimeout(() => {
          attentes.delete(cle);
          resoudre(null);
        }, ATTENTE_MS);
        attentes.set(cle, (destination) => {
          clearTimeout(minuterie);
          attentes.delete(cle);
          resoudre(destination);
        });
      });
    },
    arreter() {
      try {
        api?.onHeadersReceived.removeListener(ecouteur as never);
      } catch {
        // nothing was listening
      }
      vues.clear();
    },
  };
}
