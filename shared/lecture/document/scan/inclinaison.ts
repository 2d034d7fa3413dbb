// The skew of a page's text lines, by projection profile: the ink's row profile is sharpest (lines
// and gaps crisply apart) at the angle the lines run at. Tried over ±3° by 0.25°, then refined by
// 0.05°. Works on the ink's coordinates, subsampled, so a 300 dpi page costs a few tens of ms.
import type { ImageBinaire } from './image';

/** Ink pixels as coordinates (at most `max`, taken evenly), for profiles at many angles. */
export interface PointsEncre {
  xs: Int32Array;
  ys: Int32Array;
  largeur: number;
  hauteur: number;
}

/** Enough points for a sharp profile; more only costs time. */
const POINTS_MAX = 60_000;

export function pointsEncre(image: ImageBinaire, max = POINTS_MAX): PointsEncre {
  let total = 0;
  for (let i = 0; i < image.encre.length; i++) total += image.encre[i]!;
  const pas = Math.max(1, Math.ceil(total / max));
  const n = Math.ceil(total / pas);
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  let k = 0;
  let vus = 0;
  for (let y = 0, i = 0; y < image.hauteur; y++) {
    for (let x = 0; x < image.largeur; x++, i++) {
      if (!image.encre[i]) continue;
      if (vus++ % pas === 0 && k < n) {
        xs[k] = x;
        ys[k] = y;
        k++;
      }
    }
  }
  return { xs: xs.subarray(0, k), ys: ys.subarray(0, k), largeur: image.largeur, hauteur: image.hauteur };
}

/** The points with x and y exchanged: columns become rows (a page turned a quarter). */
export function transposer(points: PointsEncre): PointsEncre {
  return { xs: points.ys, ys: points.xs, largeur: points.hauteur, hauteur: points.largeur };
}

/**
 * The row profile of the ink along lines of slope `angle` (degrees; positive: lines going down to
 * the right, y pointing down): `profil[r]` counts the ink at y − x·tan(angle) = r − marge.
 */
export function profil(points: PointsEncre, angle: number): { profil: Int32Array; marge: number } {
  const t = Math.tan((angle * Math.PI) / 180);
  const marge = Math.ceil(Math.abs(t) * points.largeur) + 1;
  const lignes = new Int32Array(points.hauteur + 2 * marge);
  for (let k = 0; k < points.xs.length; k++) lignes[Math.round(points.ys[k]! - points.xs[k]! * t) + marge]!++;
  return { profil: lignes, marge };
}

/**
 * How sharp a profile is: the sum of its squared counts against that of the same ink spread evenly
 * over the profile's extent (1 for an even spread; higher when lines and gaps are apart). Being
 * relative, rows and columns of a page of any shape compare.
 */
export function nettete(points: PointsEncre, angle: number): number {
  const { profil: p } = profil(points, angle);
  let s = 0;
  let premier = -1;
  let dernier = -1;
  for (let i = 0; i < p.length; i++) {
    if (!p[i]) continue;
    s += p[i]! * p[i]!;
    if (premier < 0) premier = i;
    dernier = i;
  }
  const n = points.xs.length;
  return n ? (s * (dernier - premier + 1)) / (n * n) : 0;
}

export interface Inclinaison {
  /** Degrees, positive when the lines go down to the right; the page is straightened by turning it by −angle. */
  angle: number;
  /** The profile's sharpness at that angle. */
  nettete: number;
}

/** Coarse search step and fine step (degrees): 0.05° is a pixel's drift over a 1 200 px line. */
const PAS_GROSSIER = 0.25;
const PAS_FIN = 0.05;

/** The angle (within ±`max` degrees) at which the page's lines run; `grossier` stops at the coarse step. */
export function inclinaison(points: PointsEncre, max = 3, grossier = false): Inclinaison {
  let meilleur = { angle: 0, nettete: nettete(points, 0) };
  const essayer = (angle: number): void => {
    const n = nettete(points, angle);
    if (n > meilleur.nettete) meilleur = { angle, nettete: n };
  };
  for (let a = -max; a <= max + 1e-9; a += PAS_GROSSIER) essayer(Math.round(a * 100) / 100);
  if (grossier) return meilleur;
  const centre = meilleur.angle;
  for (let a = centre - PAS_GROSSIER; a <= centre + PAS_GROSSIER + 1e-9; a += PAS_FIN) essayer(Math.round(a * 100) / 100);
  return meilleur;
}
