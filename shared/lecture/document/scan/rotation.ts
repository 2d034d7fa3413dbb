// Turning a scanned page upright in one pass: a quarter turn back (for a page scanned sideways or
// upside down) and the small skew (a sheet fed askew), sampled bilinearly; what comes from outside
// the sheet is paper. The skewed page keeps its size: a 3° turn moves a corner by less than the
// margin of a printed page.
import type { ImageGrise } from './image';
import type { PointsEncre } from './inclinaison';
import type { QuartDeTour } from './orientation';

/** Where pixel (x, y) of the page turned back by `rotation` comes from in the scan (`largeur` × `hauteur`). */
function depuisScan(rotation: QuartDeTour, largeur: number, hauteur: number): (x: number, y: number) => [number, number] {
  switch (rotation) {
    case 0:
      return (x, y) => [x, y];
    case 90:
      // The scan is the page turned clockwise: the page's top edge runs down its right side.
      return (x, y) => [largeur - 1 - y, x];
    case 180:
      return (x, y) => [largeur - 1 - x, hauteur - 1 - y];
    case 270:
      return (x, y) => [y, hauteur - 1 - x];
  }
}

/** The ink points of a scan as they sit on the page turned back by `rotation` (for measuring its skew). */
export function tournerPoints(points: PointsEncre, rotation: QuartDeTour): PointsEncre {
  if (rotation === 0) return points;
  const { largeur, hauteur } = points;
  const n = points.xs.length;
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const sx = points.xs[k]!;
    const sy = points.ys[k]!;
    if (rotation === 90) (xs[k] = sy), (ys[k] = largeur - 1 - sx);
    else if (rotation === 180) (xs[k] = largeur - 1 - sx), (ys[k] = hauteur - 1 - sy);
    else (xs[k] = hauteur - 1 - sy), (ys[k] = sx);
  }
  const quart = rotation === 90 || rotation === 270;
  return { xs, ys, largeur: quart ? hauteur : largeur, hauteur: quart ? largeur : hauteur };
}

/**
 * The scan turned back by `rotation` (clockwise quarter turns it was scanned at), then straightened
 * by `angle` degrees (the slope of its lines once turned back, positive going down to the right).
 */
export function redresser(image: ImageGrise, rotation: QuartDeTour, angle: number): ImageGrise {
  const quart = rotation === 90 || rotation === 270;
  const largeur = quart ? image.hauteur : image.largeur;
  const hauteur = quart ? image.largeur : image.hauteur;
  const source = depuisScan(rotation, image.largeur, image.hauteur);
  const gris = new Uint8Array(largeur * hauteur);
  const sg = image.gris;
  const sl = image.largeur;
  if (Math.abs(angle) < 0.01) {
    for (let y = 0, i = 0; y < hauteur; y++) {
      for (let x = 0; x < largeur; x++, i++) {
        const [sx, sy] = source(x, y);
        gris[i] = sg[sy * sl + sx]!;
      }
    }
    return { largeur, hauteur, gris };
  }
  const c = Math.cos((angle * Math.PI) / 180);
  const s = Math.sin((angle * Math.PI) / 180);
  const cx = (largeur - 1) / 2;
  const cy = (hauteur - 1) / 2;
  // The upright page's (x, y) is (cx, cy) + R(angle)·(X − cx, Y − cy) on the page turned back; then
  // the quarter turn maps it to the scan. Both are affine: one step along X is a constant step in the scan.
  const [ox, oy] = source(0, 0);
  const [ax, ay] = source(1, 0);
  const [bx, by] = source(0, 1);
  const ux = ax - ox;
  const uy = ay - oy;
  const vx = bx - ox;
  const vy = by - oy;
  const sh = image.hauteur;
  for (let Y = 0, i = 0; Y < hauteur; Y++) {
    const qx0 = cx + c * (0 - cx) - s * (Y - cy);
    const qy0 = cy + s * (0 - cx) + c * (Y - cy);
    let px = ox + ux * qx0 + vx * qy0;
    let py = oy + uy * qx0 + vy * qy0;
    const dpx = ux * c + vx * s;
    const dpy = uy * c + vy * s;
    for (let X = 0; X < largeur; X++, i++, px += dpx, py += dpy) {
      const x0 = Math.floor(px);
      const y0 = Math.floor(py);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= sl || y0 + 1 >= sh) {
        gris[i] = 255;
        continue;
      }
      const fx = px - x0;
      const fy = py - y0;
      const j = y0 * sl + x0;
      const haut = sg[j]! + (sg[j + 1]! - sg[j]!) * fx;
      const bas = sg[j + sl]! + (sg[j + sl + 1]! - sg[j + sl]!) * fx;
      gris[i] = (haut + (bas - haut) * fy + 0.5) | 0;
    }
  }
  return { largeur, hauteur, gris };
}
