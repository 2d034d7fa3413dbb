// Which glyphs a person sees. A glyph drawn in render mode 3 or 7, fully transparent, in a layer
// switched off, outside the page or its clip, in the colour of what lies under it (white on white,
// or the colour of a filled shape), or covered by an opaque rectangle or image drawn after it, is
// not on the page as a reader sees it: it is not read. Errs toward reading: a shape whose colour is
// not known (an image, a pattern) under a glyph makes it visible; only rectangles and opaque images
// cover one.
import { contient, type Boite } from './geometrie';
import type { Forme, GlypheDessine, PageParcourue } from './parcours';
import { maximum, minimum } from '../mise-en-page/bornes';

export type RaisonInvisible = 'calque-masque' | 'mode-invisible' | 'transparent' | 'hors-page' | 'hors-clip' | 'couleur-du-fond' | 'recouvert';

/** How a count of hidden characters is said (« 12 caractères … »), by reason. */
export const RAISONS_INVISIBLES: Record<RaisonInvisible, (n: number) => string> = {
  'calque-masque': () => 'dans un calque masqué',
  'mode-invisible': () => 'en mode de rendu invisible',
  transparent: (n) => (n > 1 ? 'transparents' : 'transparent'),
  'hors-page': () => 'hors de la page',
  'hors-clip': () => 'hors de la zone découpée',
  'couleur-du-fond': () => 'de la couleur du fond',
  recouvert: (n) => `${n > 1 ? 'recouverts' : 'recouvert'} par une forme ou une image`,
};

/** Page white: what lies under a glyph when nothing is drawn there. */
const BLANC = 0xffffff;
/** Colours closer than this on every channel (0–255) cannot be told apart on a page. */
const ECART_COULEUR = 24;
/** Alpha under which a glyph is not seen. */
const ALPHA_MIN = 0.05;

export function memeCouleur(a: number, b: number): boolean {
  for (const decalage of [16, 8, 0]) if (Math.abs(((a >> decalage) & 0xff) - ((b >> decalage) & 0xff)) > ECART_COULEUR) return false;
  return true;
}

/** The glyph's box in device space (its em from descent to ascent, along its advance). */
export function boiteGlyphe(g: GlypheDessine): Boite {
  const xs = [g.ox + g.hx * g.descent, g.ox + g.hx * g.ascent, g.fx + g.hx * g.descent, g.fx + g.hx * g.ascent];
  const ys = [g.oy + g.hy * g.descent, g.oy + g.hy * g.ascent, g.fy + g.hy * g.descent, g.fy + g.hy * g.ascent];
  return { x0: minimum(xs), y0: minimum(ys), x1: maximum(xs), y1: maximum(ys) };
}

const centre = (b: Boite): [number, number] => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
const dedans = (b: Boite, [x, y]: [number, number]) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
const rencontre = (a: Boite, b: Boite) => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;

/** The middle of the glyph's box: a cover must hide that much of it. */
function coeur(b: Boite): Boite {
  const [mx, my] = [(b.x1 - b.x0) * 0.2, (b.y1 - b.y0) * 0.2];
  return { x0: b.x0 + mx, y0: b.y0 + my, x1: b.x1 - mx, y1: b.y1 - my };
}

export interface Visibilite {
  visibles: GlypheDessine[];
  /** Hidden glyphs (spaces aside), by reason. */
  caches: Map<RaisonInvisible, GlypheDessine[]>;
}

/**
 * Sorts the page's glyphs into seen and hidden. `imageOpaque(id)`: whether an image covers what
 * is under it (decided by the caller from its pixels); `largeur`, `hauteur`: the page in device units.
 */
export function trierVisibles(page: PageParcourue, largeur: number, hauteur: number, imageOpaque: (id: string) => boolean): Visibilite {
  const visibles: GlypheDessine[] = [];
  const caches = new Map<RaisonInvisible, GlypheDessine[]>();
  const pageBoite: Boite = { x0: 0, y0: 0, x1: largeur, y1: hauteur };
  const couvre = (f: Forme) => f.rectangle && (f.image !== undefined ? imageOpaque(f.image) : f.opaque);
  // Glyphs of one showText share most shapes: the shapes near the call are found once.
  const parAppel = new Map<number, GlypheDessine[]>();
  for (const g of page.glyphes) {
    const liste = parAppel.get(g.appel);
    if (liste) liste.push(g);
    else parAppel.set(g.appel, [g]);
  }
  for (const glyphes of parAppel.values()) {
    const boites = glyphes.map(boiteGlyphe);
    const zone = { x0: minimum(boites.map((b) => b.x0)), y0: minimum(boites.map((b) => b.y0)), x1: maximum(boites.map((b) => b.x1)), y1: maximum(boites.map((b) => b.y1)) };
    const proches = page.formes.filter((f) => rencontre(f.boite, zone));
    glyphes.forEach((g, i) => {
      const raison = raisonInvisible(g, boites[i]!, proches, pageBoite, couvre);
      if (raison === null) visibles.push(g);
      else {
        const liste = caches.get(raison);
        if (liste) liste.push(g);
        else caches.set(raison, [g]);
      }
    });
  }
  return { visibles, caches };
}

function raisonInvisible(g: GlypheDessine, boite: Boite, formes: readonly Forme[], page: Boite, couvre: (f: Forme) => boolean): RaisonInvisible | null {
  if (g.cache) return 'calque-masque';
  if ((g.mode & 3) === 3) return 'mode-invisible';
  if (g.alpha < ALPHA_MIN) return 'transparent';
  const c = centre(boite);
  if (!dedans(page, c)) return 'hors-page';
  if (g.clip && !dedans(g.clip, c)) return 'hors-clip';
  // What lies right under the glyph: the last opaque shape or image drawn before it there.
  let dessous: Forme | undefined;
  for (const f of formes) if (f.ordre < g.ordre && (f.opaque || f.image !== undefined) && dedans(f.boite, c) && (!dessous || f.ordre > dessous.ordre)) dessous = f;
  const fond = dessous ? dessous.couleur : BLANC;
  if (g.couleur !== null && fond !== null && memeCouleur(g.couleur, fond)) return 'couleur-du-fond';
  const milieu = coeur(boite);
  for (const f of formes) if (f.ordre > g.ordre && couvre(f) && contient(f.boite, milieu)) return 'recouvert';
  return null;
}
