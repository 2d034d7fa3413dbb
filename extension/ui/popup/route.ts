// The popup's two views, in the URL hash so that a link (`popup.html#/convention/<id>`, used by
// the badge panel's « Voir le détail ») can open a convention directly.
export type Route = { vue: 'recherche' } | { vue: 'detail'; conventionId: string };

const PREFIXE = '#/convention/';

export function lireRoute(hash: string): Route {
  if (hash.startsWith(PREFIXE)) {
    const brut = hash.slice(PREFIXE.length);
    let id: string;
    try {
      id = decodeURIComponent(brut);
    } catch {
      id = brut; // a malformed escape: take it as typed, the background will say it is unknown
    }
    if (id.trim()) return { vue: 'detail', conventionId: id };
  }
  return { vue: 'recherche' };
}

export function lienDetail(conventionId: string): string {
  return PREFIXE + encodeURIComponent(conventionId);
}
