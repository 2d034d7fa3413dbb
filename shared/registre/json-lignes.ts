// Where each value of a JSON text starts (1-based line), keyed by its path (`conventions.3.echeancier.0.ae`),
// so that a registry error can say « ligne 42 » to someone with the file open in an editor.
// Only used once JSON.parse has accepted the text, and only when there are errors to place.

/** Path segments joined with dots, as zod reports them (`['conventions', 3, 'id']` → `conventions.3.id`). */
export function cleChemin(chemin: readonly PropertyKey[]): string {
  return chemin.map(String).join('.');
}

/**
 * Line of every value in a valid JSON text. Iterative (an explicit stack), so deep nesting cannot
 * overflow the call stack; gives an empty map if the text is not what JSON.parse accepted.
 */
export function lignesJson(texte: string): Map<string, number> {
  const lignes = new Map<string, number>();
  try {
    let i = 0;
    let ligne = 1;
    // Each open container: its path, whether it is an array, and the next index / pending key.
    const pile: { chemin: string; tableau: boolean; index: number; cle: string | null }[] = [];
    const blancs = (): void => {
      while (i < texte.length) {
        const ch = texte.charCodeAt(i);
        if (ch === 10) ligne++;
        else if (ch !== 32 && ch !== 9 && ch !== 13) break;
        i++;
      }
    };
    const chaine = (): string => {
      // texte[i] === '"'
      let j = i + 1;
      let echappe = false;
      while (j < texte.length) {
        const ch = texte.charCodeAt(j);
        if (echappe) echappe = false;
        else if (ch === 92) echappe = true;
        else if (ch === 34) break;
        j++;
      }
      const brut = texte.slice(i, j + 1);
      i = j + 1;
      return JSON.parse(brut) as string;
    };
    const cheminCourant = (): string => {
      const haut = pile[pile.length - 1];
      if (!haut) return '';
      const segment = haut.tableau ? String(haut.index) : (haut.cle ?? '');
      return haut.chemin === '' ? segment : `${haut.chemin}.${segment}`;
    };
    /** A value starts at i: record it, then open its container or skip the scalar. */
    const valeur = (): void => {
      blancs();
      const chemin = cheminCourant();
      lignes.set(chemin, ligne);
      const ch = texte[i];
      if (ch === '{' || ch === '[') {
        pile.push({ chemin, tableau: ch === '[', index: 0, cle: null });
        i++;
        return;
      }
      if (ch === '"') {
        chaine();
        return;
      }
      while (i < texte.length && !/[,\]}\s]/.test(texte[i]!)) i++;
    };

    valeur();
    while (pile.length > 0) {
      blancs();
      const haut = pile[pile.length - 1]!;
      const ch = texte[i];
      if (ch === undefined) break;
      if (ch === ']' || ch === '}') {
        pile.pop();
        i++;
        // The container was a value of its parent: move the parent on.
        const parent = pile[pile.length - 1];
        if (parent?.tableau) parent.index++;
        continue;
      }
      if (ch === ',') {
        i++;
        continue;
      }
      if (haut.tableau) {
        const avant = pile.length;
        valeur();
        if (pile.length === avant) haut.index++;
      } else {
        haut.cle = chaine();
        blancs();
        i++; // ':'
        valeur();
      }
    }
  } catch {
    return new Map();
  }
  return lignes;
}
