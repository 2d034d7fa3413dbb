// The text floor's small French helpers, shared by the readers, the search index and the messages:
// folding for comparisons, plural agreement, quoting a user's input (citer, couper).
// Pure functions: no DOM, no clock.

const ESPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4\u0060]/g;

/**
 * Folds a text for comparisons (headers, search, month names): lower-case, accents removed,
 * `œ`/`æ` spelled out, typographic apostrophes made straight, every kind of space collapsed
 * into one plain space, trimmed. `Crédits  de\u00a0Paiement` → `credits de paiement`.
 */
export function normaliserTexte(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(APOSTROPHES, "'")
    .replace(ESPACES, ' ')
    .trim();
}

/**
 * The French plural agreement of a counted noun: singular for |n| < 2 (`0 constat`, `1,5 million`),
 * plural from 2 on. `motPluriel` defaults to `mot + 's'`.
 */
export function pluriel(n: number, mot: string, motPluriel: string = `${mot}s`): string {
  return Math.abs(n) >= 2 ? motPluriel : mot;
}

const FORMAT_ENTIER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** A count with its agreed noun: `compter(3, 'constat')` → `3 constats`, `1 200 jours` (U+202F). */
export function compter(n: number, mot: string, motPluriel?: string): string {
  return `${FORMAT_ENTIER.format(n)}\u00a0${pluriel(n, mot, motPluriel)}`;
}

/** Capitalises the first letter (`échue` → `Échue`), for messages built from fragments. */
export function majusculeInitiale(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1);
}

/** Quotes a user's input in French guillemets for a message, cut to `max` characters. */
export function citer(s: string, max = 60): string {
  const court = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return `«\u00a0${court}\u00a0»`;
}

/**
 * A user's input quoted in a message, cut to a readable length: a 5 MB line must not end up whole in
 * an error stored and shown by the extension. Ends with « … » when cut, never with a double period.
 */
export function couper(texte: string, max = 60): string {
  return texte.length > max ? `${texte.slice(0, max - 1).trimEnd()}…` : texte;
}
