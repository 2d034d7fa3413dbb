// Joining pieces of text the layout cut: two words of a line, two lines of a paragraph or a cell.

/** Joins two pieces of one line or one cell: no space after a word-final hyphen or before closing marks. */
export function joindre(a: string, b: string, espace: boolean): string {
  if (a === '') return b;
  if (b === '') return a;
  if (!espace || /\s$/.test(a) || /^\s/.test(b)) return a + b;
  return `${a} ${b}`;
}

/**
 * Joins two lines of one paragraph or one cell: after a hyphen glued to a word (`0214-CEN2-` /
 * `LGAC`, `sous-` / `traitant`) without a space, otherwise with one (`1` / `500 000 €`).
 * A soft hyphen (U+00AD) ending a line marks a hyphenated word: it goes.
 */
export function joindreLignes(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  if (/\u00ad$/.test(a)) return a.slice(0, -1) + b;
  if (/\S[-\u2010\u2011]$/.test(a)) return a + b;
  return joindre(a, b, true);
}

/**
 * Words of the document, to undo a word processor's hyphenation: `conven-` / `tion` becomes
 * `convention` when the document writes « convention » elsewhere and never « conven-tion ».
 */
export function motsDuTexte(textes: Iterable<string>): Set<string> {
  const mots = new Set<string>();
  for (const t of textes) for (const m of t.toLowerCase().split(/[\s,.;:!?()«»"']+/)) if (m) mots.add(m);
  return mots;
}

/** `joindreLignes`, undoing a hyphenation the document's own words show. */
export function joindreAvecMots(mots: ReadonlySet<string>): (a: string, b: string) => string {
  return (a, b) => {
    const coupe = /(\p{L}+)-$/u.exec(a);
    const suite = /^(\p{Ll}+)/u.exec(b);
    if (coupe && suite) {
      const entier = (coupe[1]! + suite[1]!).toLowerCase();
      const compose = `${coupe[1]!}-${suite[1]!}`.toLowerCase();
      if (mots.has(entier) && !mots.has(compose)) return a.slice(0, -1) + b;
    }
    return joindreLignes(a, b);
  };
}
