// A Google Sheet as a registry source. Two addresses work without signing in:
// - « Fichier › Partager › Publier sur le Web » gives `/spreadsheets/d/e/2PACX-…/pub?gid=0&single=true&output=csv`;
// - the sheet's CSV export `/spreadsheets/d/ID/export?format=csv&gid=N`, when the sheet is shared
//   with « Tous les utilisateurs qui ont le lien ».
// Both answer from docs.google.com with a redirect to a *.googleusercontent.com host whose name
// changes, hence the two host permissions. The address of the sheet open in Sheets (`/edit#gid=N`)
// is turned into its export address, with the advice to publish it when it is not public.

export const MOTIFS_GOOGLE = ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'];

export const CONSEIL_PUBLIER_SHEETS =
  'Dans Google Sheets : Fichier › Partager › Publier sur le Web, choisissez la feuille du registre et « Valeurs séparées par des virgules (.csv) », cliquez sur « Publier » et collez ici l’adresse donnée (elle finit par output=csv).';

export type LectureSheets =
  | { genre: 'publiee'; url: string }
  | { genre: 'export'; url: string; depuisEdition: boolean }
  | { genre: 'erreur'; erreur: string };

/** The `gid` (sheet tab) of a Sheets URL: in its query, else in its hash (`#gid=123`). */
function gid(u: URL): string | null {
  const g = u.searchParams.get('gid') ?? new URLSearchParams(u.hash.replace(/^#/, '')).get('gid');
  return g && /^\d{1,12}$/.test(g) ? g : null;
}

/** Null when the URL is not a Google Sheet; else the CSV address to fetch, or why there is none. */
export function lireAdresseSheets(u: URL): LectureSheets | null {
  if (u.hostname !== 'docs.google.com') return null;
  const publiee = /^\/spreadsheets\/d\/e\/([\w-]+)\/(pub|pubhtml)$/.exec(u.pathname);
  if (publiee) {
    const url = new URL(`https://docs.google.com/spreadsheets/d/e/${publiee[1]}/pub`);
    const g = gid(u);
    if (g) url.searchParams.set('gid', g);
    if (g || u.searchParams.get('single') === 'true') url.searchParams.set('single', 'true');
    url.searchParams.set('output', 'csv');
    return { genre: 'publiee', url: url.href };
  }
  const feuille = /^\/spreadsheets\/d\/([\w-]{20,})(?:\/(edit|view|export|htmlview|copy|preview)?)?\/?$/.exec(u.pathname);
  if (feuille) {
    const url = new URL(`https://docs.google.com/spreadsheets/d/${feuille[1]}/export`);
    url.searchParams.set('format', 'csv');
    url.searchParams.set('gid', gid(u) ?? '0');
    return { genre: 'export', url: url.href, depuisEdition: feuille[2] !== 'export' };
  }
  if (u.pathname.startsWith('/spreadsheets/')) {
    return { genre: 'erreur', erreur: `Cette adresse de Google Sheets n’est pas celle d’une feuille. ${CONSEIL_PUBLIER_SHEETS}` };
  }
  return null;
}
