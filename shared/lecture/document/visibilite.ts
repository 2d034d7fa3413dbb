// What a person can see in a word processor's page: text whose colour stands out from what lies under
// it (run shading or highlight, paragraph shading, cell fill, the page), and the findings a reader
// gives when it left hidden text out or read the accepted version of tracked changes.
import type { Constat } from '../../model';
import { compter } from '../../texte';

export type Rvb = readonly [number, number, number];

/** `FFFFFF`, `#ffffff` → [255, 255, 255]; `auto`, a theme name or nonsense → null. */
export function lireCouleur(valeur: string | undefined | null): Rvb | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(valeur?.trim() ?? '');
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const BLANC: Rvb = [255, 255, 255];

/** Word's highlight colours (`w:highlight w:val`), ECMA-376 §17.18.40. */
export const SURLIGNAGES: Readonly<Record<string, Rvb>> = {
  black: [0, 0, 0],
  blue: [0, 0, 255],
  cyan: [0, 255, 255],
  green: [0, 255, 0],
  magenta: [255, 0, 255],
  red: [255, 0, 0],
  yellow: [255, 255, 0],
  white: [255, 255, 255],
  darkBlue: [0, 0, 139],
  darkCyan: [0, 139, 139],
  darkGreen: [0, 100, 0],
  darkMagenta: [128, 0, 128],
  darkRed: [139, 0, 0],
  darkYellow: [128, 128, 0],
  darkGray: [169, 169, 169],
  lightGray: [211, 211, 211],
};

function luminance([r, g, b]: Rvb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Below this contrast ratio (WCAG's formula: 1 for the same colour, 21 for black on white) nobody
 * reads the text: `FFFFFF` or `F5F5F5` on white (1,0 and 1,1) are hidden, light grey `D9D9D9` (1,4)
 * is faint but read.
 */
export const CONTRASTE_MIN = 1.2;

export function contraste(a: Rvb, b: Rvb): number {
  const [claire, sombre] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (claire + 0.05) / (sombre + 0.05);
}

/** True when text of colour `texte` cannot be seen on `fond`; an automatic colour (null) or an unknown background (null) is visible. */
export function invisibleSur(texte: Rvb | null, fond: Rvb | null): boolean {
  return texte !== null && fond !== null && contraste(texte, fond) < CONTRASTE_MIN;
}

/** Passages a reader left out because a person does not see them. */
export interface Masques {
  /** Hidden by the format (Word's « Masqué », Writer's hidden paragraphs, sections, `display:none`). */
  caches: number;
  /** Coloured as what lies under them. */
  couleur: number;
}

export const REGLE_TEXTE_MASQUE = 'document-texte-masque';
export const REGLE_MODIFICATIONS = 'document-modifications-suivies';

const LISTE = new Intl.ListFormat('fr-FR', { type: 'conjunction' });

/** The finding of text left out as invisible, or null when there was none. */
export function constatTexteMasque(masques: Masques, logiciel: 'Word' | 'LibreOffice'): Constat | null {
  const total = masques.caches + masques.couleur;
  if (total === 0) return null;
  const sortes = [
    ...(masques.caches > 0 ? [`${compter(masques.caches, 'passage masqué', 'passages masqués')}`] : []),
    ...(masques.couleur > 0 ? [`${compter(masques.couleur, 'passage de la couleur de son fond', 'passages de la couleur de leur fond')}`] : []),
  ];
  return {
    regle: REGLE_TEXTE_MASQUE,
    gravite: 'avertissement',
    message: `Le document contient du texte que ${logiciel} n'affiche pas (${LISTE.format(sortes)}) : Jauge ne l'a pas lu.`,
    position: null,
  };
}

/** `lignes 12, 30 et 31` (1-based lines of the text). */
export const nommerLignes = (lignes: readonly number[]): string => `${lignes.length > 1 ? 'lignes' : 'ligne'} ${LISTE.format(lignes.map(String))}`;

/** The layer's finding for tracked changes: the accepted version was read; which lines they touch. */
export function constatModifications(nombre: number, lignes: readonly number[]): Constat {
  const ou = lignes.length > 0 ? `, ${nommerLignes(lignes.slice(0, 20))}${lignes.length > 20 ? '…' : ''} du texte` : '';
  return {
    regle: REGLE_MODIFICATIONS,
    gravite: 'avertissement',
    message: `Le document contient des modifications suivies : Jauge a lu la version acceptée (${compter(nombre, 'modification')}${ou}).`,
    position: lignes.length > 0 ? { ligne: lignes[0]! } : null,
  };
}
