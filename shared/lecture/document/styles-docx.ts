// What Word's styles (word/styles.xml) say about a text's visibility: hidden (`w:vanish`,
// `w:specVanish`, `w:webHidden`), its colour and its shading, for the document defaults and each
// paragraph, character and table style through its `w:basedOn` chain. Old properties kept by a
// tracked formatting change (`w:rPrChange`…) are not the style's.
import type { Evenement } from './xml';

/** A run's visibility properties as one level (defaults, a style, the run) sets them; absent: inherited. */
export interface ProprietesRun {
  vanish?: boolean;
  specVanish?: boolean;
  webHidden?: boolean;
  /** `auto` or `RRGGBB`. */
  couleur?: string;
  /** Run shading: `RRGGBB`, or `none` (explicitly no shading). */
  fond?: string;
}

export interface StyleDocx {
  type: string;
  parent?: string;
  run: ProprietesRun;
  /** Paragraph shading (`w:pPr/w:shd`). */
  fondParagraphe?: string;
  /** A table style that fills cells (whole table or conditional rows): the background of its text is not known here. */
  remplitCellules: boolean;
}

export interface StylesDocx {
  defauts: ProprietesRun;
  styles: Map<string, StyleDocx>;
  paragrapheParDefaut?: string;
  tableauParDefaut?: string;
}

export const stylesVides = (): StylesDocx => ({ defauts: {}, styles: new Map() });

/** `w:val` of a toggle property (`<w:vanish/>` is on, `w:val="0|false|off"` off). */
export const active = (attributs: Record<string, string>): boolean => !['0', 'false', 'off'].includes(attributs['w:val'] ?? 'true');

/** The colour a `w:shd` paints: the pattern colour when solid, the fill otherwise; `none` for no shading. */
export function fondOmbrage(attributs: Record<string, string>): string {
  const motif = attributs['w:val'] ?? 'clear';
  if (motif === 'nil') return 'none';
  const remplissage = motif === 'solid' ? attributs['w:color'] : attributs['w:fill'];
  return !remplissage || remplissage === 'auto' ? (motif === 'solid' ? '000000' : 'none') : remplissage;
}

/** Reads one visibility property into `p`; true when `nom` was one. */
export function lirePropriete(nom: string, attributs: Record<string, string>, p: ProprietesRun): boolean {
  switch (nom) {
    case 'w:vanish':
      p.vanish = active(attributs);
      return true;
    case 'w:specVanish':
      p.specVanish = active(attributs);
      return true;
    case 'w:webHidden':
      p.webHidden = active(attributs);
      return true;
    case 'w:color':
      p.couleur = attributs['w:val'] ?? 'auto';
      return true;
    case 'w:shd':
      p.fond = fondOmbrage(attributs);
      return true;
  }
  return false;
}

/** Elements whose content is the properties before a tracked formatting change. */
export const ANCIENNES_PROPRIETES = new Set(['w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange', 'w:tblGridChange', 'w:numberingChange']);

/** An event handler that builds the styles of word/styles.xml. */
export function lecteurStyles(): { traiter(e: Evenement): void; styles: StylesDocx } {
  const styles = stylesVides();
  let style: StyleDocx | null = null;
  let dansDefautsRun = false;
  let dansPPr = 0;
  let dansRPr = 0;
  let dansTblStylePr = 0;
  let ancien = 0;
  return {
    styles,
    traiter(e) {
      if (e.type === 'texte') return;
      if (e.type === 'ferme') {
        if (ANCIENNES_PROPRIETES.has(e.nom)) ancien = Math.max(0, ancien - 1);
        else if (e.nom === 'w:style') style = null;
        else if (e.nom === 'w:rPrDefault') dansDefautsRun = false;
        else if (e.nom === 'w:pPr') dansPPr = Math.max(0, dansPPr - 1);
        else if (e.nom === 'w:rPr') dansRPr = Math.max(0, dansRPr - 1);
        else if (e.nom === 'w:tblStylePr') dansTblStylePr = Math.max(0, dansTblStylePr - 1);
        return;
      }
      const { nom, attributs: a } = e;
      // Counters go up at every start tag: xml.ts gives an empty element its end tag too.
      if (ANCIENNES_PROPRIETES.has(nom)) {
        ancien++;
        return;
      }
      if (ancien > 0) return;
      switch (nom) {
        case 'w:style': {
          const id = a['w:styleId'];
          if (!id) return;
          style = { type: a['w:type'] ?? 'paragraph', run: {}, remplitCellules: false };
          styles.styles.set(id, style);
          if (active({ 'w:val': a['w:default'] ?? '0' })) {
            if (style.type === 'paragraph') styles.paragrapheParDefaut = id;
            else if (style.type === 'table') styles.tableauParDefaut = id;
          }
          return;
        }
        case 'w:basedOn':
          if (style && a['w:val']) style.parent = a['w:val'];
          return;
        case 'w:rPrDefault':
          dansDefautsRun = true;
          return;
        case 'w:pPr':
          dansPPr++;
          return;
        case 'w:rPr':
          dansRPr++;
          return;
        case 'w:tblStylePr':
          dansTblStylePr++;
          return;
      }
      if (nom === 'w:shd' && style?.type === 'table') {
        if (fondOmbrage(a) !== 'none') style.remplitCellules = true;
        return;
      }
      if (dansTblStylePr > 0) return;
      if (dansRPr > 0) {
        if (dansDefautsRun) lirePropriete(nom, a, styles.defauts);
        else if (style) lirePropriete(nom, a, style.run);
      } else if (dansPPr > 0 && style && nom === 'w:shd') style.fondParagraphe = fondOmbrage(a);
    },
  };
}

const CHAINE_MAX = 50;

/** The run properties a style gives, its `basedOn` ancestors filling what it leaves unset (cycles stopped). */
export function proprietesDuStyle(styles: StylesDocx, id: string | undefined, cache: Map<string, ProprietesRun>): ProprietesRun {
  if (!id) return {};
  const connu = cache.get(id);
  if (connu) return connu;
  const resultat: ProprietesRun = {};
  let courant: string | undefined = id;
  for (let n = 0; courant && n < CHAINE_MAX; n++) {
    const s = styles.styles.get(courant);
    if (!s) break;
    for (const [cle, valeur] of Object.entries(s.run) as [keyof ProprietesRun, never][]) if (resultat[cle] === undefined) resultat[cle] = valeur;
    courant = s.parent;
  }
  cache.set(id, resultat);
  return resultat;
}

/** The paragraph shading a paragraph style gives, through its ancestors. */
export function fondDuStyle(styles: StylesDocx, id: string | undefined): string | undefined {
  let courant = id;
  for (let n = 0; courant && n < CHAINE_MAX; n++) {
    const s = styles.styles.get(courant);
    if (!s) return undefined;
    if (s.fondParagraphe !== undefined) return s.fondParagraphe;
    courant = s.parent;
  }
  return undefined;
}

/** True when a table style, or one of its ancestors, fills cells. */
export function styleRemplit(styles: StylesDocx, id: string | undefined): boolean {
  let courant = id;
  for (let n = 0; courant && n < CHAINE_MAX; n++) {
    const s = styles.styles.get(courant);
    if (!s) return false;
    if (s.remplitCellules) return true;
    courant = s.parent;
  }
  return false;
}
