// One PDF page, as a person sees it: its operator list walked with the graphics state
// (parcours.ts), the glyphs no one can see set aside (visibilite.ts), a lying ToUnicode map
// caught where the font names its glyphs (police.ts), and the rest as the layout engine's words,
// one frame per orientation (mots.ts). Only the operator list is asked of PDF.js: positions,
// colours and clips all come from it, so no text item has to be matched with a drawing.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { Matrice } from './geometrie';
import { pagesPlacees, type PageOrientee } from './mots';
import { objetDeLaPage } from './objets';
import { parcourir, type CodesOperateurs, type GlypheDessine, type PolicePdfjs } from './parcours';
import { corrigerPolices, type PoliceMenteuse, type PoliceNommee } from './police';
import { trierVisibles, type RaisonInvisible } from './visibilite';

export interface ConstantesPdf {
  OPS: CodesOperateurs;
  ImageKind: { GRAYSCALE_1BPP: number; RGB_24BPP: number; RGBA_32BPP: number };
  /** `AnnotationMode.ENABLE`: form fields' and annotations' appearances are drawn like the page. */
  AnnotationMode: { ENABLE: number };
}

export interface PageLue {
  numero: number;
  /** One page per orientation that holds text (upright first). */
  pages: PageOrientee[];
  /** Visible characters (spaces aside). */
  caracteres: number;
  /** Hidden characters, by reason, and a sample of their text. */
  caches: { raison: RaisonInvisible; caracteres: number; extrait: string }[];
  /** The text of the hidden glyphs (an OCR layer, text under the page's picture), to compare with what the OCR reads. */
  texteInvisible: string;
  /** Characters drawn at an angle that is not a quarter turn (a watermark). */
  biais: number;
  /** An image covers most of the page (a scan, or a page picture under a text layer). */
  imagePleinePage: boolean;
  polices: PoliceMenteuse[];
}

interface ImagePdfjs {
  kind?: number;
  data?: ArrayLike<number>;
}

/** An image hides what is under it when it has no transparent pixel (sampled: a few thousand pixels at most). */
function imageOpaque(image: ImagePdfjs | undefined, constantes: ConstantesPdf): boolean {
  if (!image?.data) return false;
  if (image.kind !== constantes.ImageKind.RGBA_32BPP) return true;
  const n = image.data.length >> 2;
  const pas = Math.max(1, Math.floor(n / 4096));
  for (let i = 0; i < n; i += pas) if (image.data[i * 4 + 3]! < 250) return false;
  return true;
}

/** Hidden glyphs as text: a space where they stand apart (a gap of a third of an em). */
function texteDe(glyphes: readonly GlypheDessine[]): string {
  let texte = '';
  let avant: GlypheDessine | undefined;
  for (const g of glyphes) {
    const ecart = avant ? Math.hypot(g.ox - avant.fx, g.oy - avant.fy) : 0;
    if (avant && ecart > 0.3 * Math.hypot(g.hx, g.hy) && !texte.endsWith(' ')) texte += ' ';
    texte += g.texte;
    avant = g;
  }
  return texte.replace(/\s+/g, ' ').trim();
}

const coupe = (texte: string): string => {
  const t = texte.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
};

/** A page that draws more glyphs than any convention's page: the document is refused, named. */
export class PageTropChargee extends Error {
  constructor(readonly page: number) {
    super(`page ${page}`);
  }
}

export async function lirePage(
  page: PDFPageProxy,
  numero: number,
  constantes: ConstantesPdf,
  contenuVisible: (proprietes: unknown) => boolean,
): Promise<PageLue> {
  const vue = page.getViewport({ scale: 1 });
  const liste = await page.getOperatorList({ annotationMode: constantes.AnnotationMode.ENABLE });
  const polices = new Map<string, (PolicePdfjs & PoliceNommee) | undefined>();
  const police = (nom: string): (PolicePdfjs & PoliceNommee) | undefined => {
    if (!polices.has(nom)) {
      let p: (PolicePdfjs & PoliceNommee) | undefined;
      try {
        p = page.commonObjs.has(nom) ? (page.commonObjs.get(nom) as PolicePdfjs & PoliceNommee) : undefined;
      } catch {
        p = undefined;
      }
      polices.set(nom, p);
    }
    return polices.get(nom);
  };
  const [largeur, hauteur] = [vue.width, vue.height];
  const parcourue = parcourir(liste, { ops: constantes.OPS, vue: Array.from(vue.transform) as Matrice, police, contenuVisible, page: { x0: 0, y0: 0, x1: largeur, y1: hauteur } });
  if (parcourue.tropDeGlyphes) throw new PageTropChargee(numero);

  // Only images drawn after some text can cover it: their pixels are looked at, the others not.
  const premierTexte = parcourue.glyphes.reduce((min, g) => Math.min(min, g.ordre), Infinity);
  const opacites = new Map<string, boolean>();
  for (const f of parcourue.formes) {
    if (f.image && f.ordre > premierTexte && !opacites.has(f.image)) opacites.set(f.image, imageOpaque(await objetDeLaPage<ImagePdfjs>(page, f.image), constantes));
  }
  const { visibles, caches } = trierVisibles(parcourue, largeur, hauteur, (id) => opacites.get(id) ?? false);
  if (parcourue.horsPage.caracteres > 0 && !caches.has('hors-page')) caches.set('hors-page', []);
  const corrigees = corrigerPolices(visibles, police);
  const { pages, biais } = pagesPlacees(numero, corrigees.glyphes, parcourue.traits, largeur, hauteur);
  const surface = largeur * hauteur;
  const imagePleinePage = parcourue.formes.some((f) => f.image !== undefined && (f.boite.x1 - f.boite.x0) * (f.boite.y1 - f.boite.y0) >= 0.6 * surface);
  return {
    numero,
    pages,
    caracteres: corrigees.glyphes.filter((g) => !g.espace).length,
    caches: [...caches].map(([raison, glyphes]) => {
      // Glyphs far outside the page were only counted by the walk: they join those just outside it.
      const loin = raison === 'hors-page' ? parcourue.horsPage : { caracteres: 0, texte: '' };
      return { raison, caracteres: glyphes.filter((g) => !g.espace).length + loin.caracteres, extrait: coupe(`${texteDe(glyphes)} ${loin.texte}`) };
    }),
    texteInvisible: texteDe([...caches.values()].flat().sort((a, b) => a.ordre - b.ordre)).slice(0, 100_000),
    biais,
    imagePleinePage,
    polices: corrigees.menteuses,
  };
}
