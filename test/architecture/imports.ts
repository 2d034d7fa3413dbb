// Reads the import specifiers of a TypeScript source without TypeScript: a small lexer blanks
// comments (keeping strings, template literals and regular expressions intact), then three
// patterns find static imports and re-exports (`import … from '…'`, `import '…'`,
// `export … from '…'`) and dynamic or type-level imports (`import('…')`). Type-only imports count:
// a type is knowledge too, and the floors are about who knows what.

const AVANT_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const MOTS_AVANT_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

/** The source with its comments replaced by spaces (line breaks kept), strings and regexes untouched. */
export function sansCommentaires(source: string): string {
  let sortie = '';
  let i = 0;
  // Template literal nesting: each entry counts the braces opened inside one `${…}`.
  const gabarits: number[] = [];
  let dernier = ''; // last significant character outside comments, to tell a regex from a division
  let dernierMot = '';
  const n = source.length;
  const copierChaine = (fin: string): void => {
    const debut = i;
    i++;
    while (i < n && source[i] !== fin) {
      if (source[i] === '\\') i++;
      else if (source[i] === '\n') break; // unterminated: stop at the line's end
      i++;
    }
    i++;
    sortie += source.slice(debut, i);
  };
  const copierGabarit = () => {
    // From just after a backtick or a closing `}` of `${…}`, up to the closing backtick or `${`.
    const debut = i;
    while (i < n) {
      if (source[i] === '\\') { i += 2; continue; }
      if (source[i] === '`') { i++; sortie += source.slice(debut, i); return; }
      if (source[i] === '$' && source[i + 1] === '{') { i += 2; sortie += source.slice(debut, i); gabarits.push(0); return; }
      i++;
    }
    sortie += source.slice(debut, i);
  };
  while (i < n) {
    const c = source[i]!;
    const suivant = source[i + 1];
    if (c === '/' && suivant === '/') {
      while (i < n && source[i] !== '\n') { sortie += ' '; i++; }
      continue;
    }
    if (c === '/' && suivant === '*') {
      const fin = source.indexOf('*/', i + 2);
      const bout = fin < 0 ? n : fin + 2;
      sortie += source.slice(i, bout).replace(/[^\n]/g, ' ');
      i = bout;
      continue;
    }
    if (c === "'" || c === '"') { copierChaine(c); dernier = c; dernierMot = ''; continue; }
    if (c === '`') { sortie += c; i++; copierGabarit(); dernier = '`'; dernierMot = ''; continue; }
    if (c === '{' && gabarits.length) gabarits[gabarits.length - 1]!++;
    if (c === '}' && gabarits.length) {
      if (gabarits[gabarits.length - 1] === 0) {
        gabarits.pop();
        sortie += c; i++;
        copierGabarit();
        dernier = '`'; dernierMot = '';
        continue;
      }
      gabarits[gabarits.length - 1]!--;
    }
    if (c === '/' && (dernier === '' || AVANT_REGEX.has(dernier) || MOTS_AVANT_REGEX.has(dernierMot))) {
      // A regular expression literal: copy it whole (a class `[…]` may hold a slash or a quote).
      const debut = i;
      i++;
      let classe = false;
      while (i < n && source[i] !== '\n') {
        const r = source[i]!;
        if (r === '\\') { i += 2; continue; }
        if (r === '[') classe = true;
        else if (r === ']') classe = false;
        else if (r === '/' && !classe) break;
        i++;
      }
      i++;
      while (i < n && /[a-z]/i.test(source[i]!)) i++;
      sortie += source.slice(debut, i);
      // After a regex literal comes an operator or a punctuation, never another regex.
      dernier = ')';
      dernierMot = '';
      continue;
    }
    sortie += c;
    i++;
    if (/\s/.test(c)) continue;
    if (/[\w$]/.test(c)) {
      dernierMot = /[\w$]/.test(dernier) ? dernierMot + c : c;
      dernier = c;
    } else {
      dernier = c;
      dernierMot = '';
    }
  }
  return sortie;
}

const STATIQUES = /(?:^|[;}\n])\s*(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]*?\s+from\s+)?(['"])([^'"\n]+)\1/g;
const DYNAMIQUES = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/** Every module specifier a source imports or re-exports, in order, duplicates removed. */
export function specificateurs(source: string): string[] {
  const code = sansCommentaires(source);
  const trouves = new Set<string>();
  for (const motif of [STATIQUES, DYNAMIQUES]) {
    for (const m of code.matchAll(motif)) trouves.add(m[2]!);
  }
  return [...trouves];
}
