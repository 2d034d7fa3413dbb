// A Grist document as a registry source (grist.numerique.gouv.fr, docs.getgrist.com, a team site
// <équipe>.getgrist.com, or any Grist): the document's URL as the browser shows it plus a table
// name; Jauge reads the table as CSV through Grist's REST API,
// `/api/docs/{docId}/download/csv?tableId={table}&header=label`, with the API key of a private
// document sent as `Authorization: Bearer …`. `header=label`: the column labels as typed (Grist
// renames a column `id`, reserved for its row ids, but keeps its label).

/** Grist's table ids: a letter or `_` first, then letters, digits and `_` (Grist capitalises the first letter). */
const TABLE = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
/** A document id or its short urlId, as they appear in a document's URL. */
const DOCUMENT = /^[A-Za-z0-9][A-Za-z0-9_-]{5,}$/;
/** First path segments of a Grist site that are not documents. */
const PAS_UN_DOCUMENT = new Set(['api', 'o', 'doc', 'ws', 'p', 'account', 'welcome', 'login', 'signin', 'logout', 'admin', 'billing', 'apiconsole']);

export const CONSEIL_GRIST =
  'Collez l’adresse du document Grist telle que le navigateur l’affiche (https://grist.numerique.gouv.fr/o/<équipe>/<document>/… ou https://docs.getgrist.com/<document>/…) et le nom de la table du registre (par exemple Registre).';

/** Hosts Jauge recognises as Grist on sight (the options page then asks for the table). */
export function estHoteGrist(hote: string): boolean {
  return hote === 'getgrist.com' || hote.endsWith('.getgrist.com') || /^grist\./.test(hote);
}

export type LectureGrist = { ok: true; url: string; document: string } | { ok: false; erreur: string };

export function nomTableValide(table: string): boolean {
  return TABLE.test(table);
}

/** The CSV export of `table` in the Grist document at `u`, or why it cannot be built. */
export function adresseApiGrist(u: URL, table: string): LectureGrist {
  if (!nomTableValide(table)) {
    return { ok: false, erreur: `Table Grist « ${table.slice(0, 100)} » invalide : son identifiant commence par une lettre et ne contient que des lettres sans accent, des chiffres et « _ » (par exemple Registre).` };
  }
  const segments = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  // /o/<org>/… when the team is in the path (grist.numerique.gouv.fr); the API lives under the same prefix.
  const prefixe = segments[0] === 'o' && segments[1] ? `/o/${encodeURIComponent(segments[1])}` : '';
  let reste = prefixe ? segments.slice(2) : segments;
  if (reste[0] === 'api' && reste[1] === 'docs') reste = reste.slice(2);
  else if (reste[0] === 'doc') reste = reste.slice(1);
  const document = reste[0];
  if (!document || PAS_UN_DOCUMENT.has(document) || !DOCUMENT.test(document)) {
    return { ok: false, erreur: `Cette adresse Grist ne désigne pas un document. ${CONSEIL_GRIST}` };
  }
  const url = new URL(`${u.origin}${prefixe}/api/docs/${encodeURIComponent(document)}/download/csv`);
  url.searchParams.set('tableId', table);
  url.searchParams.set('header', 'label');
  return { ok: true, url: url.href, document };
}
