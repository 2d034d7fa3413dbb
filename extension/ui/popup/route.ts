// The popup's views, in the URL hash so that a link (`popup.html#/convention/<id>`, used by the badge
// panel's « Voir le détail ») can open a convention directly, and `…/modifier` its edit form. The
// dashboard shows the same views in the same hash.
export type Route = { vue: 'recherche' } | { vue: 'detail'; conventionId: string } | { vue: 'modifier'; conventionId: string };

const PREFIXE = '#/convention/';
const MODIFIER = '/modifier';

export function lireRoute(hash: string): Route {
  if (hash.startsWith(PREFIXE)) {
    let brut = hash.slice(PREFIXE.length);
    const modifier = brut.endsWith(MODIFIER);
    if (modifier) brut = brut.slice(0, -MODIFIER.length);
    let id: string;
    try {
      id = decodeURIComponent(brut);
    } catch {
      id = brut; // a malformed escape: take it as typed, the background will say it is unknown
    }
    if (id.trim()) return { vue: modifier ? 'modifier' : 'detail', conventionId: id };
  }
  return { vue: 'recherche' };
}

export function lienDetail(conventionId: string): string {
  return PREFIXE + encodeURIComponent(conventionId);
}

export function lienModifier(conventionId: string): string {
  return lienDetail(conventionId) + MODIFIER;
}
