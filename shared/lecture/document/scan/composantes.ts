// The ink that is text: connected components (8-neighbourhood, labelled run by run) the size of a
// letter or a word. A table's grid is one huge component, a stamp's ring another, a speck of toner
// a tiny one: none of them may decide which way the lines run or which way is up.
import type { ImageBinaire } from './image';
import type { PointsEncre } from './inclinaison';

export interface TaillesTexte {
  /** Longest side of a letter or a word, in pixels. */
  grandCoteMax: number;
  /** Shortest side of a letter or a word (a line of text is no taller than this). */
  petitCoteMax: number;
  /** Fewer ink pixels than this is a speck. */
  pixelsMin: number;
}

/** Text sizes at `dpi`: up to an inch long, a third of an inch high, three pixels at least. */
export function taillesTexte(dpi: number): TaillesTexte {
  return { grandCoteMax: dpi, petitCoteMax: Math.round(dpi / 3), pixelsMin: 3 };
}

function racine(parent: { [i: number]: number }, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

export interface PointsDuTexte extends PointsEncre {
  /** Median height of the text-sized components (a letter's height, in pixels); 0 without any. */
  hauteurLettre: number;
  /** How many text-sized components there are. */
  composantes: number;
}

/** The ink points of the components of text size, at most `max` of them, taken evenly. */
export function pointsDuTexte(image: ImageBinaire, tailles: TaillesTexte, max = 60_000): PointsDuTexte {
  const { largeur, hauteur, encre } = image;
  const ligneDe: number[] = [];
  const debuts: number[] = [];
  const fins: number[] = [];
  // Runs of the previous row, as indexes into the run arrays.
  let precedents: number[] = [];
  const parentListe: number[] = [];
  const unir = (a: number, b: number): void => {
    const ra = racine(parentListe, a);
    const rb = racine(parentListe, b);
    if (ra !== rb) parentListe[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let y = 0; y < hauteur; y++) {
    const courants: number[] = [];
    let x = 0;
    const base = y * largeur;
    while (x < largeur) {
      if (!encre[base + x]) {
        x++;
        continue;
      }
      const debut = x;
      while (x < largeur && encre[base + x]) x++;
      const k = debuts.length;
      debuts.push(debut);
      fins.push(x - 1);
      ligneDe.push(y);
      parentListe.push(k);
      courants.push(k);
    }
    // 8-neighbourhood: runs touch when they overlap once widened by one pixel.
    let j = 0;
    for (const k of courants) {
      while (j < precedents.length && fins[precedents[j]!]! < debuts[k]! - 1) j++;
      for (let m = j; m < precedents.length && debuts[precedents[m]!]! <= fins[k]! + 1; m++) unir(k, precedents[m]!);
    }
    precedents = courants;
  }
  const n = debuts.length;
  const parent = Int32Array.from(parentListe);
  const x0 = new Int32Array(n).fill(largeur);
  const x1 = new Int32Array(n).fill(-1);
  const y0 = new Int32Array(n).fill(hauteur);
  const y1 = new Int32Array(n).fill(-1);
  const pixels = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const r = racine(parent, k);
    x0[r] = Math.min(x0[r]!, debuts[k]!);
    x1[r] = Math.max(x1[r]!, fins[k]!);
    y0[r] = Math.min(y0[r]!, ligneDe[k]!);
    y1[r] = Math.max(y1[r]!, ligneDe[k]!);
    pixels[r]! += fins[k]! - debuts[k]! + 1;
  }
  const garde = new Uint8Array(n);
  const hauteurs: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    if (parent[k] !== k) continue;
    const w = x1[k]! - x0[k]! + 1;
    const h = y1[k]! - y0[k]! + 1;
    if (Math.max(w, h) <= tailles.grandCoteMax && Math.min(w, h) <= tailles.petitCoteMax && pixels[k]! >= tailles.pixelsMin) {
      garde[k] = 1;
      total += pixels[k]!;
      hauteurs.push(h);
    }
  }
  const pas = Math.max(1, Math.ceil(total / max));
  const xs = new Int32Array(Math.ceil(total / pas) + 1);
  const ys = new Int32Array(xs.length);
  let compte = 0;
  let vus = 0;
  for (let k = 0; k < n; k++) {
    if (!garde[racine(parent, k)]) continue;
    for (let x = debuts[k]!; x <= fins[k]!; x++) {
      if (vus++ % pas !== 0 || compte >= xs.length) continue;
      xs[compte] = x;
      ys[compte] = ligneDe[k]!;
      compte++;
    }
  }
  hauteurs.sort((a, b) => a - b);
  const hauteurLettre = hauteurs[Math.floor(hauteurs.length / 2)] ?? 0;
  return { xs: xs.subarray(0, compte), ys: ys.subarray(0, compte), largeur, hauteur, hauteurLettre, composantes: hauteurs.length };
}
