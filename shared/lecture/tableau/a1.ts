// A1 notation for sheet positions: column letters, cell names and ranges (`B3:D7`).

/** 1-based column number → letters (1 → A, 26 → Z, 27 → AA). */
export function lettresColonne(colonne: number): string {
  let n = Math.floor(colonne);
  if (!(n >= 1)) return '?';
  let lettres = '';
  while (n > 0) {
    const reste = (n - 1) % 26;
    lettres = String.fromCharCode(65 + reste) + lettres;
    n = Math.floor((n - 1) / 26);
  }
  return lettres;
}

/** 1-based row and column → `C4`. */
export function nomCellule(ligne: number, colonne: number): string {
  return `${lettresColonne(colonne)}${ligne}`;
}

/** Top-left and bottom-right corners (1-based) → `B3:D7` (a single cell stays `B3`). */
export function nomPlage(ligne1: number, colonne1: number, ligne2: number, colonne2: number): string {
  const debut = nomCellule(ligne1, colonne1);
  const fin = nomCellule(ligne2, colonne2);
  return debut === fin ? debut : `${debut}:${fin}`;
}
