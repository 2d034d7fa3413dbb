// Walks a page's PDF.js operator list with the graphics state, as PDF.js's own canvas renderer does,
// but paints nothing: it records where each glyph is drawn (device space: the viewport at scale 1,
// y going down), with the colour, alpha, render mode and clip it is drawn with, and every filled
// shape, ruling line and image in drawing order. visibilite.ts then decides what a person sees.
import { appliquer, boiteDe, composer, intersection, restreindre, type Boite, type Matrice } from './geometrie';

/** The operator codes of the PDF.js build the caller loaded (`pdfjs.OPS`). */
export type CodesOperateurs = Record<
  | 'save' | 'restore' | 'transform' | 'setGState' | 'setLineWidth' | 'constructPath' | 'clip' | 'eoClip' | 'beginText'
  | 'setCharSpacing' | 'setWordSpacing' | 'setHScale' | 'setLeading' | 'setFont' | 'setTextRenderingMode' | 'setTextRise'
  | 'moveText' | 'setLeadingMoveText' | 'setTextMatrix' | 'nextLine' | 'showText' | 'setFillRGBColor' | 'setStrokeRGBColor'
  | 'setFillColorN' | 'setStrokeColorN' | 'setFillTransparent' | 'setStrokeTransparent' | 'beginMarkedContent'
  | 'beginMarkedContentProps' | 'endMarkedContent' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd' | 'beginGroup' | 'endGroup'
  | 'beginAnnotation' | 'endAnnotation' | 'paintImageXObject' | 'paintInlineImageXObject' | 'paintImageXObjectRepeat'
  | 'paintImageMaskXObject' | 'paintSolidColorImageMask' | 'shadingFill'
  | 'stroke' | 'closeStroke' | 'fill' | 'eoFill' | 'fillStroke' | 'eoFillStroke' | 'closeFillStroke' | 'closeEOFillStroke',
  number
>;

/** What the walk needs of a font PDF.js loaded (`page.commonObjs.get(loadedName)`). */
export interface PolicePdfjs {
  fontMatrix?: number[];
  ascent?: number;
  descent?: number;
  isType3Font?: boolean;
  vertical?: boolean;
}

interface GlyphePdfjs {
  unicode: string;
  width: number;
  /** Byte 0x20 of a simple font (word spacing applies to it): in a subset font, any glyph. */
  isSpace: boolean;
  originalCharCode?: number;
}

/** One glyph as drawn: its baseline from origin `o` to end of advance `f`, `h` the em's up vector. */
export interface GlypheDessine {
  texte: string;
  code: number;
  police: string;
  espace: boolean;
  ox: number;
  oy: number;
  fx: number;
  fy: number;
  hx: number;
  hy: number;
  ascent: number;
  descent: number;
  /** Fill colour (0xRRGGBB), or stroke colour in stroke-only mode; null when painted with a pattern. */
  couleur: number | null;
  alpha: number;
  mode: number;
  /** Hidden optional content (a layer switched off). */
  cache: boolean;
  clip: Boite | null;
  ordre: number;
  /** Index of the `showText` that drew it: glyphs of one call follow each other. */
  appel: number;
}

/** A filled shape or an image: what may lie under a glyph (its background) or over it (covering it). */
export interface Forme {
  boite: Boite;
  /** A filled axis-aligned rectangle (or an image): it covers its whole box. */
  rectangle: boolean;
  couleur: number | null;
  /** Fully opaque fill (alpha 1, no pattern); an image's opacity is decided later from its pixels. */
  opaque: boolean;
  image?: string;
  ordre: number;
}

export interface TraitDessine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageParcourue {
  glyphes: GlypheDessine[];
  formes: Forme[];
  traits: TraitDessine[];
  /** Glyphs drawn far outside the page, counted rather than kept (a hostile run of a million), and the start of their text. */
  horsPage: { caracteres: number; texte: string };
  /** More glyphs than a page of a convention could hold were drawn: the rest were not kept. */
  tropDeGlyphes: boolean;
}

/** Glyphs kept for one page, at most: a dense page holds about 10 000. */
export const GLYPHES_MAX = 300_000;

interface Etat {
  ctm: Matrice;
  couleurFond: number | null;
  couleurTrait: number | null;
  alphaFond: number;
  /** Normal blending: a shape drawn over text hides it (a highlighter's multiply does not). */
  normal: boolean;
  epaisseur: number;
  clip: Boite | null;
  police: string;
  policeObj: PolicePdfjs | undefined;
  taille: number;
  direction: number;
  tc: number;
  tw: number;
  tz: number;
  tl: number;
  ts: number;
  mode: number;
  tm: Matrice;
  x: number;
  y: number;
  lx: number;
  ly: number;
}

const IDENTITE: Matrice = [1, 0, 0, 1, 0, 0];
/** Thicker than this (device units, points at scale 1), a filled rectangle is a shape, not a rule. */
const EPAISSEUR_TRAIT = 2.5;
/** Shorter than this, a thin shape is a tick, a dash or an underline's piece, not a ruling line. */
const LONGUEUR_TRAIT = 6;

const couleurHex = (arg: unknown): number | null => (typeof arg === 'string' && /^#[0-9a-f]{6}$/i.test(arg) ? parseInt(arg.slice(1), 16) : null);

/** Sub-paths of a PDF.js path buffer (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath), as point lists. */
function sousChemins(tampon: ArrayLike<number>): { points: [number, number][]; courbe: boolean }[] {
  const chemins: { points: [number, number][]; courbe: boolean }[] = [];
  let courant: { points: [number, number][]; courbe: boolean } | undefined;
  for (let k = 0; k < tampon.length; ) {
    const op = tampon[k++];
    if (op === 0) {
      courant = { points: [[tampon[k]!, tampon[k + 1]!]], courbe: false };
      chemins.push(courant);
      k += 2;
    } else if (op === 1) {
      courant?.points.push([tampon[k]!, tampon[k + 1]!]);
      k += 2;
    } else if (op === 2 || op === 3) {
      const n = op === 2 ? 6 : 4;
      if (courant) {
        courant.courbe = true;
        courant.points.push([tampon[k + n - 2]!, tampon[k + n - 1]!]);
      }
      k += n;
    } else if (op === 4) {
      if (courant && courant.points.length) courant.points.push([...courant.points[0]!]);
    } else break;
  }
  return chemins;
}

/** The box of a sub-path when it is an axis-aligned rectangle in device space, else null. */
function rectangleDe(points: [number, number][]): Boite | null {
  const uniques = points.filter((p, i) => i === 0 || Math.abs(p[0] - points[i - 1]![0]) > 0.01 || Math.abs(p[1] - points[i - 1]![1]) > 0.01);
  if (uniques.length > 1 && Math.abs(uniques[0]![0] - uniques[uniques.length - 1]![0]) < 0.01 && Math.abs(uniques[0]![1] - uniques[uniques.length - 1]![1]) < 0.01) uniques.pop();
  if (uniques.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const [a, b] = [uniques[i]!, uniques[(i + 1) % 4]!];
    if (Math.abs(a[0] - b[0]) > 0.01 && Math.abs(a[1] - b[1]) > 0.01) return null;
  }
  return boiteDe(uniques);
}

/** A thin box as a ruling line along its length (horizontal or vertical), or null. */
function traitDe(b: Boite): TraitDessine | null {
  const [l, h] = [b.x1 - b.x0, b.y1 - b.y0];
  if (h <= EPAISSEUR_TRAIT && l >= LONGUEUR_TRAIT && l > 3 * h) return { x0: b.x0, y0: (b.y0 + b.y1) / 2, x1: b.x1, y1: (b.y0 + b.y1) / 2 };
  if (l <= EPAISSEUR_TRAIT && h >= LONGUEUR_TRAIT && h > 3 * l) return { x0: (b.x0 + b.x1) / 2, y0: b.y0, x1: (b.x0 + b.x1) / 2, y1: b.y1 };
  return null;
}

export interface OptionsParcours {
  ops: CodesOperateurs;
  /** The viewport's transform at scale 1 (`page.getViewport({ scale: 1 }).transform`). */
  vue: Matrice;
  police(nom: string): PolicePdfjs | undefined;
  /** Whether an optional-content group is shown (`optionalContentConfig.isVisible`). */
  contenuVisible(proprietes: unknown): boolean;
  /** The page in device units: glyphs far outside it are only counted. */
  page: Boite;
}

export function parcourir(liste: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }, options: OptionsParcours): PageParcourue {
  const { ops, vue } = options;
  const glyphes: GlypheDessine[] = [];
  const formes: Forme[] = [];
  const traits: TraitDessine[] = [];
  const horsPage = { caracteres: 0, texte: '' };
  let tropDeGlyphes = false;
  const loin = (x: number, y: number, marge: number) => x < options.page.x0 - marge || x > options.page.x1 + marge || y < options.page.y0 - marge || y > options.page.y1 + marge;
  let e: Etat = {
    ctm: vue, couleurFond: 0, couleurTrait: 0, alphaFond: 1, normal: true, epaisseur: 1, clip: null, police: '', policeObj: undefined, taille: 0, direction: 1,
    tc: 0, tw: 0, tz: 1, tl: 0, ts: 0, mode: 0, tm: IDENTITE, x: 0, y: 0, lx: 0, ly: 0,
  };
  const pile: Etat[] = [];
  const marques: boolean[] = [];
  let clipEnAttente = false;
  let ordre = 0;
  let appel = 0;
  const cache = () => marques.includes(false);
  const boiteImage = () => boiteDe([appliquer(e.ctm, 0, 0), appliquer(e.ctm, 1, 0), appliquer(e.ctm, 0, 1), appliquer(e.ctm, 1, 1)]);

  const peindre = (code: number, tampon: ArrayLike<number> | null) => {
    const remplit = code === ops.fill || code === ops.eoFill || code === ops.fillStroke || code === ops.eoFillStroke || code === ops.closeFillStroke || code === ops.closeEOFillStroke;
    const trace = code === ops.stroke || code === ops.closeStroke || code === ops.fillStroke || code === ops.eoFillStroke || code === ops.closeFillStroke || code === ops.closeEOFillStroke;
    const chemins = tampon ? sousChemins(tampon).map((c) => ({ ...c, points: c.points.map(([x, y]) => appliquer(e.ctm, x, y)) })) : [];
    if (clipEnAttente) {
      const tous = chemins.flatMap((c) => c.points);
      if (tous.length) e.clip = restreindre(e.clip, boiteDe(tous));
      clipEnAttente = false;
    }
    if (cache() || chemins.length === 0) return;
    const o = ordre++;
    if (remplit) {
      for (const c of chemins) {
        if (c.points.length < 3) continue;
        const rect = c.courbe ? null : rectangleDe(c.points);
        const boite = intersection(e.clip, rect ?? boiteDe(c.points));
        if (!boite) continue;
        formes.push({ boite, rectangle: rect !== null, couleur: e.couleurFond, opaque: e.alphaFond >= 0.99 && e.normal && e.couleurFond !== null, ordre: o });
        const t = rect && e.alphaFond > 0.1 ? traitDe(boite) : null;
        if (t) traits.push(t);
      }
    }
    if (trace && e.couleurTrait !== null) {
      // A stroke's width in device units (the CTM's scale).
      const largeur = e.epaisseur * Math.sqrt(Math.abs(e.ctm[0] * e.ctm[3] - e.ctm[1] * e.ctm[2])) || 1;
      if (largeur > EPAISSEUR_TRAIT) return;
      for (const c of chemins) {
        if (c.courbe) continue;
        for (let i = 1; i < c.points.length; i++) {
          const [a, b] = [c.points[i - 1]!, c.points[i]!];
          const t = traitDe({ x0: Math.min(a[0], b[0]) - largeur / 2, y0: Math.min(a[1], b[1]) - largeur / 2, x1: Math.max(a[0], b[0]) + largeur / 2, y1: Math.max(a[1], b[1]) + largeur / 2 });
          if (t && (!e.clip || intersection(e.clip, { x0: t.x0, y0: t.y0 - 0.5, x1: t.x1, y1: t.y1 + 0.5 }))) traits.push(t);
        }
      }
    }
  };

  const montrer = (suite: (GlyphePdfjs | number)[]) => {
    const police = e.policeObj;
    if (e.taille === 0 || !police) return;
    const fm = police.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
    const echelle = e.taille * (fm[0] ?? 0.001);
    const hscale = e.tz * e.direction;
    // Text space → device: CTM × Tm; the line's own offset (x, y + rise) is added per glyph.
    const m = composer(e.ctm, e.tm);
    // The em's height in text space: the font size, scaled as the font matrix scales y against x (Type 3 fonts).
    const rapport = fm[0] ? Math.min(5, Math.max(0.2, Math.abs((fm[3] ?? fm[0]) / fm[0]))) : 1;
    const haut: [number, number] = [m[2] * e.taille * rapport, m[3] * e.taille * rapport];
    const [ascent, descent] = [police.ascent && police.ascent > 0.2 && police.ascent < 1.5 ? police.ascent : 0.8, police.descent && police.descent < 0 && police.descent > -1 ? police.descent : -0.2];
    const o = ordre++;
    const numero = appel++;
    const estCache = cache();
    let x = 0;
    for (const g of suite) {
      if (typeof g === 'number') {
        x -= (g * e.taille) / 1000;
        continue;
      }
      const espacement = (g.isSpace ? e.tw : 0) + e.tc;
      const avance = g.width * echelle;
      const [ox, oy] = appliquer(m, e.x + x * hscale, e.y + e.ts);
      const [fx, fy] = appliquer(m, e.x + (x + avance) * hscale, e.y + e.ts);
      x += avance + espacement * e.direction;
      const marge = 2 * Math.hypot(haut[0], haut[1]) + 10;
      if (loin(ox, oy, marge) && loin(fx, fy, marge)) {
        if (g.unicode.trim() !== '') horsPage.caracteres++;
        if (horsPage.texte.length < 200) horsPage.texte += g.unicode;
        continue;
      }
      if (glyphes.length >= GLYPHES_MAX) {
        tropDeGlyphes = true;
        continue;
      }
      glyphes.push({
        texte: g.unicode, code: g.originalCharCode ?? -1, police: e.police, espace: g.unicode.trim() === '', ox, oy, fx, fy, hx: haut[0], hy: haut[1],
        ascent, descent, couleur: (e.mode & 3) === 1 ? e.couleurTrait : e.couleurFond, alpha: e.alphaFond, mode: e.mode, cache: estCache, clip: e.clip, ordre: o, appel: numero,
      });
    }
    e.x += x * hscale;
  };

  const { fnArray, argsArray } = liste;
  for (let i = 0; i < fnArray.length; i++) {
    const code = fnArray[i]!;
    const args = (argsArray[i] ?? []) as unknown[];
    switch (code) {
      case ops.save:
        pile.push({ ...e });
        break;
      case ops.restore:
        e = pile.pop() ?? e;
        break;
      case ops.transform:
        e.ctm = composer(e.ctm, args as unknown as Matrice);
        break;
      case ops.setLineWidth:
        e.epaisseur = Number(args[0]) || 0;
        break;
      case ops.setGState:
        for (const [cle, valeur] of (args[0] ?? []) as [string, unknown][]) {
          if (cle === 'ca' && typeof valeur === 'number') e.alphaFond = valeur;
          else if (cle === 'BM') e.normal = valeur === 'source-over' || valeur === 'normal';
          else if (cle === 'LW' && typeof valeur === 'number') e.epaisseur = valeur;
          else if (cle === 'Font' && Array.isArray(valeur)) {
            e.police = String(valeur[0]);
            e.policeObj = options.police(e.police);
            e.taille = Math.abs(Number(valeur[1]) || 0);
          }
        }
        break;
      case ops.clip:
      case ops.eoClip:
        clipEnAttente = true;
        break;
      case ops.constructPath: {
        const [fin, [tampon]] = args as [number, [ArrayLike<number> | null]];
        peindre(fin, tampon);
        break;
      }
      case ops.setFillRGBColor:
        e.couleurFond = couleurHex(args[0]);
        break;
      case ops.setStrokeRGBColor:
        e.couleurTrait = couleurHex(args[0]);
        break;
      case ops.setFillColorN:
      case ops.setFillTransparent:
        // A pattern or shading fill: its colour is not known here.
        e.couleurFond = null;
        break;
      case ops.setStrokeColorN:
      case ops.setStrokeTransparent:
        e.couleurTrait = null;
        break;
      case ops.beginText:
        e.tm = IDENTITE;
        e.x = e.y = e.lx = e.ly = 0;
        break;
      case ops.setCharSpacing:
        e.tc = Number(args[0]) || 0;
        break;
      case ops.setWordSpacing:
        e.tw = Number(args[0]) || 0;
        break;
      case ops.setHScale:
        e.tz = (Number(args[0]) || 100) / 100;
        break;
      case ops.setLeading:
        e.tl = -(Number(args[0]) || 0);
        break;
      case ops.setFont: {
        const taille = Number(args[1]) || 0;
        e.police = String(args[0]);
        e.policeObj = options.police(e.police);
        e.taille = Math.abs(taille);
        e.direction = taille < 0 ? -1 : 1;
        break;
      }
      case ops.setTextRenderingMode:
        e.mode = Number(args[0]) || 0;
        break;
      case ops.setTextRise:
        e.ts = Number(args[0]) || 0;
        break;
      case ops.setLeadingMoveText:
        e.tl = Number(args[1]) || 0;
        e.x = e.lx += Number(args[0]) || 0;
        e.y = e.ly += Number(args[1]) || 0;
        break;
      case ops.moveText:
        e.x = e.lx += Number(args[0]) || 0;
        e.y = e.ly += Number(args[1]) || 0;
        break;
      case ops.setTextMatrix:
        e.tm = Array.from(args[0] as ArrayLike<number>) as Matrice;
        e.x = e.y = e.lx = e.ly = 0;
        break;
      case ops.nextLine:
        e.x = e.lx;
        e.y = e.ly += e.tl;
        break;
      case ops.showText:
        montrer((args[0] ?? []) as (GlyphePdfjs | number)[]);
        break;
      case ops.beginMarkedContent:
        marques.push(true);
        break;
      case ops.beginMarkedContentProps:
        marques.push(args[0] === 'OC' ? options.contenuVisible(args[1]) : true);
        break;
      case ops.endMarkedContent:
        marques.pop();
        break;
      case ops.paintFormXObjectBegin: {
        pile.push({ ...e });
        const [matrice, bbox] = args as [Matrice | null, number[] | null];
        if (matrice) e.ctm = composer(e.ctm, Array.from(matrice) as Matrice);
        if (bbox) e.clip = restreindre(e.clip, boiteDe([appliquer(e.ctm, bbox[0]!, bbox[1]!), appliquer(e.ctm, bbox[2]!, bbox[3]!), appliquer(e.ctm, bbox[0]!, bbox[3]!), appliquer(e.ctm, bbox[2]!, bbox[1]!)]));
        break;
      }
      case ops.beginGroup:
        pile.push({ ...e });
        break;
      case ops.paintFormXObjectEnd:
      case ops.endGroup:
      case ops.endAnnotation:
        e = pile.pop() ?? e;
        break;
      case ops.beginAnnotation: {
        pile.push({ ...e });
        const [, rect, transformation, matrice] = args as [unknown, number[] | null, Matrice, Matrice];
        e = { ...e, ctm: vue, clip: null, couleurFond: 0, couleurTrait: 0, alphaFond: 1, normal: true, mode: 0, tm: IDENTITE };
        if (rect) e.clip = boiteDe([appliquer(vue, rect[0]!, rect[1]!), appliquer(vue, rect[2]!, rect[3]!)]);
        e.ctm = composer(composer(e.ctm, Array.from(transformation) as Matrice), Array.from(matrice) as Matrice);
        break;
      }
      case ops.paintImageXObject:
      case ops.paintInlineImageXObject:
      case ops.paintImageXObjectRepeat: {
        if (cache()) break;
        const boite = intersection(e.clip, boiteImage());
        // An image's opacity is decided from its pixels (visibilite.ts); a blended or translucent one never covers.
        const image = typeof args[0] === 'string' && e.normal && e.alphaFond >= 0.99 ? args[0] : '';
        if (boite) formes.push({ boite, rectangle: true, couleur: null, opaque: false, image, ordre: ordre++ });
        break;
      }
      case ops.paintImageMaskXObject:
      case ops.paintSolidColorImageMask:
      case ops.shadingFill: {
        // A stencil painted in the fill colour, or a gradient: something under the text, never a cover.
        if (cache()) break;
        const boite = intersection(e.clip, code === ops.shadingFill ? (e.clip ?? boiteImage()) : boiteImage());
        if (boite) formes.push({ boite, rectangle: false, couleur: code === ops.shadingFill ? null : e.couleurFond, opaque: false, ordre: ordre++ });
        break;
      }
    }
  }
  return { glyphes, formes, traits, horsPage, tropDeGlyphes };
}
