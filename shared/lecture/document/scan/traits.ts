// The ruling lines of a scanned table: long horizontal and vertical runs of ink in the binarised,
// straightened page. A run may have small breaks (toner, JPEG); runs on neighbouring rows (or
// columns) make one line as thick as they are. Letters are far shorter than a rule, and a stamp's
// ring is curved: neither gives a run that long.
import type { ImageBinaire } from './image';

/** A ruling line in page pixels, as the layout engine takes it. */
export interface TraitPixels {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OptionsTraits {
  /** Shortest rule, in pixels, across (horizontal) and down (vertical). */
  longueurHorizontale: number;
  longueurVerticale: number;
  /** Widest break bridged inside a rule. */
  trou: number;
  /** Thickest rule: a thicker run is a black area, not a line. */
  epaisseurMax: number;
}

/** Rules at `dpi`: a horizontal one spans at least 0.6 in, a vertical one 0.25 in (a row two lines tall). */
export function optionsTraits(dpi: number): OptionsTraits {
  return {
    longueurHorizontale: Math.round(0.6 * dpi),
    longueurVerticale: Math.round(0.25 * dpi),
    trou: Math.max(2, Math.round(dpi / 75)),
    epaisseurMax: Math.max(4, Math.round(dpi / 25)),
  };
}

interface Course {
  debut: number;
  fin: number;
}

/** A rule is solid: a run of letters bridged over their gaps is not. */
const PLEIN_MIN = 0.85;

/** Runs of ink at least `longueur` long along one line of pixels, breaks up to `trou` bridged. */
function courses(encre: Uint8Array, origine: number, pas: number, taille: number, longueur: number, trou: number): Course[] {
  const sortie: Course[] = [];
  let debut = -1;
  let fin = -1;
  let pleins = 0;
  const clore = (): void => {
    if (debut >= 0 && fin - debut + 1 >= longueur && pleins >= PLEIN_MIN * (fin - debut + 1)) sortie.push({ debut, fin });
  };
  for (let k = 0, i = origine; k < taille; k++, i += pas) {
    if (!encre[i]) continue;
    if (debut >= 0 && k - fin - 1 <= trou) {
      fin = k;
      pleins++;
    } else {
      clore();
      debut = fin = k;
      pleins = 1;
    }
  }
  clore();
  return sortie;
}

/**
 * The vertical runs of every column, found in one pass over the rows (reading a tall page column by
 * column walks memory a row apart at every pixel): each column keeps its open run as the rows go.
 */
function coursesVerticales(image: ImageBinaire, longueur: number, trou: number): Course[][] {
  const { largeur, hauteur, encre } = image;
  const debut = new Int32Array(largeur).fill(-1);
  const fin = new Int32Array(largeur).fill(-1);
  const pleins = new Int32Array(largeur);
  const sortie: Course[][] = Array.from({ length: largeur }, () => []);
  const clore = (x: number): void => {
    const d = debut[x]!;
    const f = fin[x]!;
    if (d >= 0 && f - d + 1 >= longueur && pleins[x]! >= PLEIN_MIN * (f - d + 1)) sortie[x]!.push({ debut: d, fin: f });
  };
  for (let y = 0, i = 0; y < hauteur; y++) {
    for (let x = 0; x < largeur; x++, i++) {
      if (!encre[i]) continue;
      if (debut[x]! >= 0 && y - fin[x]! - 1 <= trou) {
        fin[x] = y;
        pleins[x]!++;
      } else {
        clore(x);
        debut[x] = fin[x] = y;
        pleins[x] = 1;
      }
    }
  }
  for (let x = 0; x < largeur; x++) clore(x);
  return sortie;
}

/** Runs of successive lines overlapping by half become one rule, as long as their union and as thick as the lines. */
function regrouper(parLigne: Course[][], epaisseurMax: number): { debut: number; fin: number; de: number; a: number }[] {
  const ouverts: { debut: number; fin: number; de: number; a: number }[] = [];
  const finis: typeof ouverts = [];
  parLigne.forEach((liste, ligne) => {
    for (const c of liste) {
      const suite = ouverts.find((o) => o.a === ligne - 1 && Math.min(o.fin, c.fin) - Math.max(o.debut, c.debut) >= 0.5 * Math.min(o.fin - o.debut, c.fin - c.debut));
      if (suite) {
        suite.debut = Math.min(suite.debut, c.debut);
        suite.fin = Math.max(suite.fin, c.fin);
        suite.a = ligne;
      } else ouverts.push({ debut: c.debut, fin: c.fin, de: ligne, a: ligne });
    }
    for (let i = ouverts.length - 1; i >= 0; i--) if (ouverts[i]!.a < ligne) finis.push(...ouverts.splice(i, 1));
  });
  finis.push(...ouverts);
  return finis.filter((t) => t.a - t.de + 1 <= epaisseurMax);
}

/** Horizontal and vertical ruling lines of a binarised, straightened page. */
export function traits(image: ImageBinaire, options: OptionsTraits): TraitPixels[] {
  const { largeur, hauteur, encre } = image;
  const lignes: Course[][] = [];
  for (let y = 0; y < hauteur; y++) lignes.push(courses(encre, y * largeur, 1, largeur, options.longueurHorizontale, options.trou));
  const colonnes = coursesVerticales(image, options.longueurVerticale, options.trou);
  const horizontaux = regrouper(lignes, options.epaisseurMax).map((t) => ({ x0: t.debut, x1: t.fin + 1, y0: t.de, y1: t.a + 1 }));
  const verticaux = regrouper(colonnes, options.epaisseurMax).map((t) => ({ x0: t.de, x1: t.a + 1, y0: t.debut, y1: t.fin + 1 }));
  return [...horizontaux, ...verticaux].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}
