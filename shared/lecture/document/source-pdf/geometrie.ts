// Affine matrices as PDF writes them ([a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f) and
// axis-aligned boxes in device space, for the operator-list walk.

export type Matrice = [number, number, number, number, number, number];

export interface Boite {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** `m2` applied first, then `m1` (PDF's `cm` concatenation: the new CTM is m2 × m1). */
export function composer(m1: Matrice, m2: Matrice): Matrice {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function appliquer(m: Matrice, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function boiteDe(points: readonly (readonly [number, number])[]): Boite {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return { x0, y0, x1, y1 };
}

/** The common part of two boxes (null: no box, i.e. no clip yet, is the whole plane); null when they do not meet. */
export function intersection(a: Boite | null, b: Boite): Boite | null {
  if (!a) return b;
  const r = { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
  return r.x0 <= r.x1 && r.y0 <= r.y1 ? r : null;
}

/** Whether `dedans` lies inside `dehors`, give or take `marge`. */
export function contient(dehors: Boite, dedans: Boite, marge = 0): boolean {
  return dedans.x0 >= dehors.x0 - marge && dedans.y0 >= dehors.y0 - marge && dedans.x1 <= dehors.x1 + marge && dedans.y1 <= dehors.y1 + marge;
}

/** A clip that shows nothing (a clip path outside the current clip). */
export const RIEN: Boite = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };

/** A clip restricted by a new clip path's box: the two clips' common part, or nothing. */
export function restreindre(clip: Boite | null, boite: Boite): Boite {
  return intersection(clip, boite) ?? RIEN;
}
