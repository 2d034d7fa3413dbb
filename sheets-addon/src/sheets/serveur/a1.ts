// Reading A1 notations that Sheets hands back (`B4`, `B4:D7`, whole columns `A:C`, whole rows `3:5`);
// writing them is shared's job (shared/lecture/tableau/a1.ts).

export interface Zone {
  /** 1-based first row and column. */
  ligne: number;
  colonne: number;
  /** True when the notation covers more than one cell. */
  plusieurs: boolean;
}

/** Column letters → 1-based number (A → 1, AA → 27); null for anything else. */
export function numeroColonne(lettres: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(lettres)) return null;
  let n = 0;
  for (const c of lettres) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

const CELLULE = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/;

/** `D4` (or `$D$4`) → row and column; null when it is not one cell. */
export function lireCelluleA1(a1: string): { ligne: number; colonne: number } | null {
  const m = CELLULE.exec(a1.trim().toUpperCase());
  if (!m) return null;
  return { ligne: Number(m[2]), colonne: numeroColonne(m[1]!)! };
}

/** Top-left corner of an A1 range as Range.getA1Notation() gives it; null when unreadable. */
export function lireZoneA1(a1: string): Zone | null {
  const texte = a1.trim().toUpperCase();
  const [debut, fin, reste] = texte.split(':');
  if (reste !== undefined || !debut) return null;
  const coin = lireBorne(debut);
  if (!coin) return null;
  if (fin === undefined) {
    if (coin.ligne === null || coin.colonne === null) return null;
    return { ligne: coin.ligne, colonne: coin.colonne, plusieurs: false };
  }
  const autre = lireBorne(fin);
  if (!autre) return null;
  const ligne = coin.ligne ?? 1;
  const colonne = coin.colonne ?? 1;
  const plusieurs = !(coin.ligne !== null && coin.colonne !== null && coin.ligne === autre.ligne && coin.colonne === autre.colonne);
  return { ligne, colonne, plusieurs };
}

/** One end of a range: a cell, a bare column (`C`) or a bare row (`5`). */
function lireBorne(s: string): { ligne: number | null; colonne: number | null } | null {
  const m = /^\$?([A-Z]{1,3})?\$?(\d{1,7})?$/.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return {
    colonne: m[1] === undefined ? null : numeroColonne(m[1]),
    ligne: m[2] === undefined ? null : Number(m[2]),
  };
}
