// Which way up a scanned page is: 0, 90, 180 or 270 degrees from upright, without any OCR model.
// - Lines across or down the sheet: the ink's profile is far sharper along the text lines than
//   across them (inclinaison.ts), so the sharper of rows and columns tells.
// - Up or down: in Latin print, much more ink sits above the x-height band (capitals, ascenders
//   b d f h k l t, accents) than below the baseline (g j p q y). Each text line votes; the page
//   follows the majority. A page turned a quarter is looked at through its columns, which is the
//   page mirrored, not turned: the vote's sign is read accordingly.
import { inclinaison, profil, transposer, type PointsEncre } from './inclinaison';

export type QuartDeTour = 0 | 90 | 180 | 270;

export interface Orientation {
  /** How far the page is turned from upright, clockwise: turn it back by as much. */
  rotation: QuartDeTour;
  /** Lines that voted for the chosen side and against it (the margin is the confidence). */
  pour: number;
  contre: number;
  /** Sharpness of the profile along the chosen lines against across them (1: no telling). */
  rapport: number;
  /** Enough lines, clear enough, to turn the page on this evidence alone. */
  sure: boolean;
  /** Slope of the lines once the page is turned back (degrees, positive going down to the right). */
  angle: number;
}

/** Lines shorter than this (pixels) are rules or specks: they do not vote. */
const HAUTEUR_LIGNE_MIN = 5;
/** A line whose ink above (or below) the x-height band outweighs the other side by this ratio votes. */
const RAPPORT_VOTE = 1.25;

/** The text lines of a row profile: runs of rows holding ink, one-row gaps bridged. */
function lignesDuProfil(p: Int32Array): [number, number][] {
  let somme = 0;
  let pleines = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) (somme += p[i]!), pleines++;
  const seuil = pleines ? Math.max(1, 0.05 * (somme / pleines)) : 1;
  const lignes: [number, number][] = [];
  let debut = -1;
  for (let i = 0; i <= p.length; i++) {
    const pleine = i < p.length && (p[i]! >= seuil || (i + 1 < p.length && p[i - 1]! >= seuil && p[i + 1]! >= seuil));
    if (pleine && debut < 0) debut = i;
    else if (!pleine && debut >= 0) {
      lignes.push([debut, i - 1]);
      debut = -1;
    }
  }
  return lignes;
}

/** Votes of the text lines along `angle`: ink above the x-height band (pour) or below it (contre). */
export function votesAscendantes(points: PointsEncre, angle: number): { pour: number; contre: number } {
  const { profil: p } = profil(points, angle);
  const lignes = lignesDuProfil(p).filter(([a, b]) => b - a + 1 >= HAUTEUR_LIGNE_MIN);
  if (!lignes.length) return { pour: 0, contre: 0 };
  const hauteurs = lignes.map(([a, b]) => b - a + 1).sort((x, y) => x - y);
  const mediane = hauteurs[Math.floor(hauteurs.length / 2)]!;
  let pour = 0;
  let contre = 0;
  for (const [a, b] of lignes) {
    // Only lines of about the body text's height: a rule glued to a line, a stamp, a title skew the band.
    if (b - a + 1 > 2 * mediane || b - a + 1 < 0.5 * mediane) continue;
    let pic = 0;
    for (let i = a; i <= b; i++) pic = Math.max(pic, p[i]!);
    let haut = a;
    while (p[haut]! < 0.5 * pic) haut++;
    let bas = b;
    while (p[bas]! < 0.5 * pic) bas--;
    let dessus = 0;
    let dessous = 0;
    for (let i = a; i < haut; i++) dessus += p[i]!;
    for (let i = bas + 1; i <= b; i++) dessous += p[i]!;
    if (dessus > RAPPORT_VOTE * dessous) pour++;
    else if (dessous > RAPPORT_VOTE * dessus) contre++;
  }
  return { pour, contre };
}

/** Rows against columns: below this the page's lines could run either way (a few short columns of words). */
const RAPPORT_SUR = 1.1;
/** Up against down: this many lines at least, and half again as many for as against. */
const VOTES_SURS = 4;
const MAJORITE_SURE = 1.5;

function conclure(rotation: QuartDeTour, pour: number, contre: number, rapport: number, angle: number): Orientation {
  return { rotation, pour, contre, rapport, sure: rapport >= RAPPORT_SUR && pour >= VOTES_SURS && pour >= MAJORITE_SURE * contre, angle };
}

/** The page's orientation from its ink. A page without text lines is taken as upright, not surely. */
export function orientation(points: PointsEncre, max = 3): Orientation {
  const horizontal = inclinaison(points, max, true);
  const colonnes = transposer(points);
  const vertical = inclinaison(colonnes, max, true);
  if (horizontal.nettete >= vertical.nettete) {
    const rapport = vertical.nettete ? horizontal.nettete / vertical.nettete : 1;
    const angle = inclinaison(points, max).angle;
    const { pour, contre } = votesAscendantes(points, angle);
    // Half a turn keeps a line's slope.
    return contre > pour ? conclure(180, contre, pour, rapport, angle) : conclure(0, pour, contre, rapport, angle);
  }
  const rapport = horizontal.nettete ? vertical.nettete / horizontal.nettete : 1;
  // Columns of a page turned 90° clockwise are the upright page mirrored top to bottom (turned
  // 270°: mirrored left to right); a mirror reverses a line's slope.
  const angle = inclinaison(colonnes, max).angle;
  const { pour, contre } = votesAscendantes(colonnes, angle);
  return contre > pour ? conclure(90, contre, pour, rapport, -angle) : conclure(270, pour, contre, rapport, -angle);
}
