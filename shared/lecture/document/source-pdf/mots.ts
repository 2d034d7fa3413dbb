// Visible glyphs → the layout engine's words. Text drawn turned inside an upright page (a landscape
// table on a portrait page, a page printed upside down) is read in its own orientation: each
// orientation group is turned into an upright frame, where it is laid out like any page. Text at
// another angle (a diagonal watermark) is not a convention's text: it is set aside and counted.
import type { MotPlace, PagePlacee, Trait } from '../mise-en-page/contrat';
import type { GlypheDessine, TraitDessine } from './parcours';

/** A quarter turn: 0 upright, 1 running down the page, 2 upside down, 3 running up the page. */
export type Quart = 0 | 1 | 2 | 3;

/** Within this many degrees of a quarter turn, text is read in that orientation. */
const TOLERANCE_ANGLE = 10;
/** A jump between two glyphs wider than this (in em) ends a word. */
const ECART_MOT = 0.15;

/** The glyph's quarter turn, or null when it is drawn at another angle. */
export function quartDe(g: GlypheDessine): Quart | null {
  // The baseline's direction: the advance when there is one, else the up vector turned a quarter.
  const [bx, by] = Math.hypot(g.fx - g.ox, g.fy - g.oy) > 1e-6 ? [g.fx - g.ox, g.fy - g.oy] : [-g.hy, g.hx];
  const angle = (Math.atan2(by, bx) * 180) / Math.PI;
  const q = Math.round(angle / 90);
  if (Math.abs(angle - q * 90) > TOLERANCE_ANGLE) return null;
  return (((q % 4) + 4) % 4) as Quart;
}

/** Device point → the upright frame of a quarter turn, for a page `l` × `h`. */
export function redresser(q: Quart, l: number, h: number, x: number, y: number): [number, number] {
  if (q === 1) return [y, l - x];
  if (q === 2) return [l - x, h - y];
  if (q === 3) return [h - y, x];
  return [x, y];
}

function traitRedresse(q: Quart, l: number, h: number, t: TraitDessine): Trait {
  const [ax, ay] = redresser(q, l, h, t.x0, t.y0);
  const [bx, by] = redresser(q, l, h, t.x1, t.y1);
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
}

/**
 * Glyphs of one orientation, in drawing order, as words in the upright frame. Each word says whether
 * a word space comes before it: a space glyph drawn just before it on its baseline, or a jump inside
 * one `showText` (TeX draws no space glyph). A jump between two runs with no space (a table's next
 * cell, a tab stop) is not a word space.
 */
function motsDe(glyphes: readonly GlypheDessine[], q: Quart, l: number, h: number): MotPlace[] {
  const mots: MotPlace[] = [];
  let courant: { texte: string; x0: number; x1: number; base: number; taille: number; asc: number; desc: number; apresEspace: boolean } | undefined;
  /** The last space glyph drawn, in the upright frame. */
  let espace: { x0: number; x1: number; base: number } | undefined;
  let precedent: { x: number; base: number; appel: number } | undefined;
  const clore = () => {
    if (!courant) return;
    const { texte, x0, x1, base, taille, asc, desc, apresEspace } = courant;
    mots.push({ texte, x0, x1, y0: base - asc * taille, y1: base - desc * taille, ligneDeBase: base, taille, apresEspace });
    courant = undefined;
  };
  for (const g of glyphes) {
    const [ox, oy] = redresser(q, l, h, g.ox, g.oy);
    const [fx] = redresser(q, l, h, g.fx, g.fy);
    const taille = Math.hypot(g.hx, g.hy);
    if (taille < 0.5) continue;
    const memeLigne = precedent !== undefined && Math.abs(oy - precedent.base) < 0.2 * taille;
    const suit = memeLigne && ox - precedent!.x < ECART_MOT * taille && ox - precedent!.x > -0.5 * taille;
    if (g.espace || g.texte === '') {
      clore();
      espace = { x0: Math.min(ox, fx), x1: Math.max(ox, fx), base: oy };
      precedent = { x: Math.max(ox, fx), base: oy, appel: g.appel };
      continue;
    }
    // A word space before this glyph: a jump inside one showText, or a space glyph just before it.
    const saut = !suit && memeLigne && precedent!.appel === g.appel && ox - precedent!.x >= ECART_MOT * taille && ox - precedent!.x < 1.5 * taille;
    const espaceAvant = espace !== undefined && Math.abs(espace.base - oy) < 0.2 * taille && espace.x1 <= Math.min(ox, fx) + 0.1 * taille && espace.x0 >= Math.min(ox, fx) - 3 * taille;
    if (!suit) clore();
    if (!courant) {
      courant = { texte: '', x0: Math.min(ox, fx), x1: Math.max(ox, fx), base: oy, taille, asc: g.ascent, desc: g.descent, apresEspace: saut || espaceAvant };
      espace = undefined;
    }
    courant.texte += g.texte;
    courant.x1 = Math.max(courant.x1, ox, fx);
    courant.taille = Math.max(courant.taille, taille);
    precedent = { x: Math.max(ox, fx), base: oy, appel: g.appel };
  }
  clore();
  return mots;
}

export interface PageOrientee extends PagePlacee {
  quart: Quart;
}

/**
 * The page's visible glyphs as one `PagePlacee` per orientation that holds text: upright first,
 * then the others by size. `l`, `h`: the page in device units. `biais`: glyphs at another angle.
 */
export function pagesPlacees(numero: number, glyphes: readonly GlypheDessine[], traits: readonly TraitDessine[], l: number, h: number): { pages: PageOrientee[]; biais: number } {
  const groupes = new Map<Quart, GlypheDessine[]>();
  let biais = 0;
  for (const g of glyphes) {
    const q = quartDe(g);
    if (q === null) {
      if (!g.espace) biais++;
      continue;
    }
    const liste = groupes.get(q);
    if (liste) liste.push(g);
    else groupes.set(q, [g]);
  }
  const pages: PageOrientee[] = [];
  for (const [q, liste] of groupes) {
    const mots = motsDe(liste, q, l, h);
    if (mots.length === 0) continue;
    const [largeur, hauteur] = q % 2 === 0 ? [l, h] : [h, l];
    pages.push({ numero, largeur, hauteur, mots, traits: traits.map((t) => traitRedresse(q, l, h, t)), quart: q });
  }
  const nonVides = (p: PageOrientee) => p.mots.reduce((n, m) => n + m.texte.length, 0);
  pages.sort((a, b) => (a.quart === 0 ? -1 : b.quart === 0 ? 1 : nonVides(b) - nonVides(a)));
  return { pages, biais };
}
