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
 * The scan turned back by `rotation` (clockwise quarter turns it was scanned at), straightened by
 * `angle` degrees (the slope of its lines once turned back, positive going down to the right), and
 * enlarged by `echelle` (≥ 1), in one resampling.
 */
export function redresser(image: ImageGrise, rotation: QuartDeTour, angle: number, echelle = 1): ImageGrise {
  const quart = rotation === 90 || rotation === 270;
  const largeurQ = quart ? image.hauteur : image.largeur;
  const hauteurQ = quart ? image.largeur : image.hauteur;
  const source = depuisScan(rotation, image.largeur, image.hauteur);
  const sg = image.gris;
  const sl = image.largeur;
  if (Math.abs(angle) < 0.01 && echelle === 1) {
    const gris = new Uint8Array(largeurQ * hauteurQ);
    for (let y = 0, i = 0; y < hauteurQ; y++) {
      for (let x = 0; x < largeurQ; x++, i++) {
        const [sx, sy] = source(x, y);
        gris[i] = sg[sy * sl + sx]!;
      }
    }
    return { largeur: largeurQ, hauteur: hauteurQ, gris };
  }
  const largeur = Math.round(largeurQ * echelle);
  const hauteur = Math.round(hauteurQ * echelle);
  const gris = new Uint8Array(largeur * hauteur);
  const c = Math.cos((angle * Math.PI) / 180);
  const s = Math.sin((angle * Math.PI) / 180);
  const cx = (largeurQ - 1) / 2;
  const cy = (hauteurQ - 1) / 2;
  // Output pixel (X, Y) is (X, Y) / echelle on the straightened page, which is (cx, cy) +
  // R(angle)·(· − (cx, cy)) on the page turned back; the quarter turn then maps it to the scan. All
  // affine: one step along X is a constant step in the scan.
  const [ox, oy] = source(0, 0);
  const [ax, ay] = source(1, 0);
  const [bx, by] = source(0, 1);
  const ux = ax - ox;
  const uy = ay - oy;
  const vx = bx - ox;
  const vy = by - oy;
  const sh = image.hauteur;
  const dqx = c / echelle;
  const dqy = s / echelle;
  const dpx = ux * dqx + vx * dqy;
  const dpy = uy * dqx + vy * dqy;
  for (let Y = 0, i = 0; Y < hauteur; Y++) {
    const x0e = (0.5 / echelle - 0.5) - cx;
    const y0e = ((Y + 0.5) / echelle - 0.5) - cy;
    const qx0 = cx + c * x0e - s * y0e;
    const qy0 = cy + s * x0e + c * y0e;
    let px = ox + ux * qx0 + vx * qy0;
    let py = oy + uy * qx0 + vy * qy0;
    for (let X = 0; X < largeur; X++, i++, px += dpx, py += dpy) {
      const x0 = Math.floor(px);
      const y0 = Math.floor(py);
      if (x0 < 1 || y0 < 1 || x0 + 2 >= sl || y0 + 2 >= sh) {
        gris[i] = 255;
        continue;
      }
      // Catmull-Rom weights, inline (sharper than bilinear: a turned or enlarged letter keeps its strokes).
      const fx = px - x0;
      const fx2 = fx * fx;
      const fx3 = fx2 * fx;
      const fy = py - y0;
      const fy2 = fy * fy;
      const fy3 = fy2 * fy;
      const a0 = -0.5 * fx3 + fx2 - 0.5 * fx;
      const a1 = 1.5 * fx3 - 2.5 * fx2 + 1;
      const a2 = -1.5 * fx3 + 2 * fx2 + 0.5 * fx;
      const a3 = 0.5 * fx3 - 0.5 * fx2;
      let j = (y0 - 1) * sl + x0 - 1;
      const r0 = sg[j]! * a0 + sg[j + 1]! * a1 + sg[j + 2]! * a2 + sg[j + 3]! * a3;
      j += sl;
      const r1 = sg[j]! * a0 + sg[j + 1]! * a1 + sg[j + 2]! * a2 + sg[j + 3]! * a3;
      j += sl;
      const r2 = sg[j]! * a0 + sg[j + 1]! * a1 + sg[j + 2]! * a2 + sg[j + 3]! * a3;
      j += sl;
      const r3 = sg[j]! * a0 + sg[j + 1]! * a1 + sg[j + 2]! * a2 + sg[j + 3]! * a3;
      const v = r0 * (-0.5 * fy3 + fy2 - 0.5 * fy) + r1 * (1.5 * fy3 - 2.5 * fy2 + 1) + r2 * (-1.5 * fy3 + 2 * fy2 + 0.5 * fy) + r3 * (0.5 * fy3 - 0.5 * fy2);
      gris[i] = v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
    }
  }
  return { largeur, hauteur, gris };
}
