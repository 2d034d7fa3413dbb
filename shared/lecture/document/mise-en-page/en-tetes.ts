// Running headers, footers and page numbers: lines at the top or bottom of the pages that repeat
// from page to page (digits aside), or that are only a page number. They are not the convention's text.
import type { LignePhysique } from './lignes';

/** Share of the page height, from the top or the bottom, where headers and footers sit. */
const BANDE = 0.12;
/** Lines examined at each end of a page. */
const LIGNES_EXAMINEES = 3;

const NUMERO_DE_PAGE = /^\s*(?:page\s*)?[-–]?\s*\d{1,3}\s*[-–]?\s*(?:(?:\/|sur|de)\s*\d{1,3})?\s*$/i;

const ANNEE = /^(?:19|20|21)\d\d$/;

/**
 * The line's text with its numbers blanked, so « Page 2 / 7 » and « Page 3 / 7 » are the same line;
 * a year stays (a table's « 2024 » at the foot of a page is not a page number).
 */
const motif = (l: LignePhysique) =>
  l.segments
    .map((s) => s.texte)
    .join(' ')
    .replace(/\d+/g, (n) => (ANNEE.test(n) ? n : '#'))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface PageLignes {
  numero: number;
  hauteur: number;
  lignes: LignePhysique[];
}

/** Removes running headers and footers; returns the pages without them and how many lines went. */
export function retirerEnTetes(pages: readonly PageLignes[]): { pages: PageLignes[]; retirees: number } {
  // Each edge line with its band: a header repeats at the top, a footer at the bottom (a table's
  // header row at the foot of one page and the head of the next is neither).
  const bords = (p: PageLignes) => {
    const haut = p.lignes.slice(0, LIGNES_EXAMINEES).filter((l) => l.y <= p.hauteur * BANDE);
    const bas = p.lignes.slice(-LIGNES_EXAMINEES).filter((l) => l.y >= p.hauteur * (1 - BANDE));
    return [...haut.map((l) => ({ l, cle: `haut ${motif(l)}` })), ...bas.filter((l) => !haut.includes(l)).map((l) => ({ l, cle: `bas ${motif(l)}` }))];
  };
  // How many pages carry each edge line's pattern, in its band.
  const frequence = new Map<string, number>();
  for (const p of pages) for (const cle of new Set(bords(p).map((b) => b.cle))) frequence.set(cle, (frequence.get(cle) ?? 0) + 1);
  const seuil = Math.max(2, Math.ceil(pages.length / 2));
  let retirees = 0;
  const resultat = pages.map((p) => {
    const aRetirer = new Set(
      bords(p)
        .filter(({ l, cle }) => NUMERO_DE_PAGE.test(motif(l).replace(/#/g, '1')) || (pages.length >= 2 && (frequence.get(cle) ?? 0) >= seuil))
        .map(({ l }) => l),
    );
    retirees += aRetirer.size;
    return { ...p, lignes: p.lignes.filter((l) => !aRetirer.has(l)) };
  });
  return { pages: resultat, retirees };
}
