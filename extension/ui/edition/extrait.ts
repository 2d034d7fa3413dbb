// The part of a document line shown beside a field at review (« lu page 3 : « … » »): around the
// value's first trace, as a person reads it (no markdown marks, cells separated by « | »).
const EXTRAIT_MAX = 90;

/** `le **5 AVR. 2024**` → `le 5 AVR. 2024`; `[beta.gouv.fr](https://beta.gouv.fr)` → `beta.gouv.fr`. */
export function sansMarkdown(texte: string): string {
  return texte
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|\s)[*_]([^*_\s][^*_]*?)[*_](?=\s|$|[.,;:])/g, '$1$2')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '');
}

/**
 * A window around the value's first trace (the value itself, or for a date its year, for an amount
 * its leading digits), else the line's start.
 */
export function extrait(ligne: string, valeur: string): string {
  const t = sansMarkdown(ligne).replace(/\t/g, ' | ').trim();
  if (t.length <= EXTRAIT_MAX) return t;
  const annee = /\b(\d{4})\b/.exec(valeur)?.[1] ?? '';
  const traces = [valeur, annee, valeur.replace(/\D+/g, ' ').trim().split(' ')[0] ?? ''].filter((x) => x.length >= 2);
  const position = traces.map((x) => t.indexOf(x)).find((i) => i >= 0);
  const debut = Math.min(Math.max(0, (position ?? 0) - EXTRAIT_MAX / 2), t.length - EXTRAIT_MAX);
  return `${debut > 0 ? '…' : ''}${t.slice(debut, debut + EXTRAIT_MAX).trim()}${debut + EXTRAIT_MAX < t.length ? '…' : ''}`;
}
