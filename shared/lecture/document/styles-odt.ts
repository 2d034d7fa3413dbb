// What OpenDocument styles say about a text's visibility: `text:display="none"`, the font colour and
// the backgrounds (text, paragraph, cell), for common styles (styles.xml), automatic ones
// (content.xml) and the family defaults, through `style:parent-style-name`.
import type { Evenement } from './xml';

export interface StyleOdt {
  parent?: string;
  cache?: boolean;
  /** `#rrggbb`, or `auto` (the window's colour). */
  couleur?: string;
  /** Text background: `#rrggbb` or `transparent`. */
  fondTexte?: string;
  /** Paragraph or cell background. */
  fond?: string;
  /** Bold, from content.xml's automatic styles only (as the seeds' layout was made). */
  gras?: boolean;
}

/** Styles by `famille:nom` (a paragraph and a text style may share a name); defaults by `famille:`. */
export type StylesOdt = Map<string, StyleOdt>;

/** Reads `style:style` and `style:default-style` elements of a part into `styles`; `grasLus` for content.xml. */
export function lecteurStylesOdt(styles: StylesOdt, grasLus: boolean): (e: Evenement) => void {
  let courant: StyleOdt | null = null;
  return (e) => {
    if (e.type === 'texte') return;
    if (e.type === 'ferme') {
      if (e.nom === 'style:style' || e.nom === 'style:default-style') courant = null;
      return;
    }
    const a = e.attributs;
    switch (e.nom) {
      case 'style:style':
      case 'style:default-style': {
        const nom = e.nom === 'style:style' ? a['style:name'] : '';
        if (nom === undefined) return;
        courant = { ...(a['style:parent-style-name'] ? { parent: a['style:parent-style-name'] } : {}) };
        styles.set(`${a['style:family'] ?? ''}:${nom}`, courant);
        return;
      }
      case 'style:text-properties':
        if (!courant) return;
        if (a['text:display'] !== undefined) courant.cache = a['text:display'] === 'none';
        if (a['style:use-window-font-color'] === 'true') courant.couleur = 'auto';
        else if (a['fo:color'] !== undefined) courant.couleur = a['fo:color'];
        if (a['fo:background-color'] !== undefined) courant.fondTexte = a['fo:background-color'];
        if (grasLus && /^(bold|[6-9]00)$/.test(a['fo:font-weight'] ?? '')) courant.gras = true;
        return;
      case 'style:paragraph-properties':
      case 'style:table-cell-properties':
      case 'style:section-properties':
        if (courant && a['fo:background-color'] !== undefined) courant.fond = a['fo:background-color'];
        return;
    }
  };
}

const CHAINE_MAX = 50;

/** A property of a style of `famille`, through its parents, then (`defaut`) the family's default style. */
export function proprieteOdt<K extends keyof StyleOdt>(styles: StylesOdt, famille: string, nom: string | undefined, cle: K, defaut = true): StyleOdt[K] | undefined {
  let courant = nom;
  for (let n = 0; courant !== undefined && n < CHAINE_MAX; n++) {
    const s = styles.get(`${famille}:${courant}`);
    if (!s) break;
    if (s[cle] !== undefined) return s[cle];
    courant = s.parent;
  }
  return defaut ? styles.get(`${famille}:`)?.[cle] : undefined;
}
