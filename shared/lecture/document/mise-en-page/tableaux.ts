// Ruled tables as blocks: the words inside each grid (grille.ts) become its cells, the page's lines
// lose those words, and the table stands where it is drawn, among the other lines. Empty rows and
// columns go (spacing rows, a blank margin column); a grid that holds text in one column only is a
// frame around prose, not a table: its lines stay lines.
import { colonnesAlignees, rangeesDe, type Bloc, type Rangee } from './blocs';
import type { ElementPage } from './colonnes';
import type { MotPlace, Trait } from './contrat';
import { cloison, dansGrille, grilles, motsParCellule, type Grille } from './grille';
import { ligneDe, lignesPhysiques, texteLigne, type LignePhysique } from './lignes';
import { joindreLignes } from './texte';
import { minimum } from './bornes';

export type BlocTableau = Extract<Bloc, { type: 'tableau' }>;

/** Columns of a table: its widest row's cells. */
export const largeurTableau = (rangees: readonly Rangee[]): number => Math.max(0, ...rangees.map((r) => r.cellules.length));

/** Drops the rows and the columns with no text. */
export function elaguer(rangees: Rangee[]): Rangee[] {
  const pleines = rangees.filter((r) => r.cellules.some((c) => c.trim() !== ''));
  const largeur = Math.max(0, ...pleines.map((r) => r.cellules.length));
  const gardees = Array.from({ length: largeur }, (_, c) => c).filter((c) => pleines.some((r) => (r.cellules[c] ?? '').trim() !== ''));
  return pleines.map((r) => (r.cellules.length === 1 && largeur > 1 ? r : { ...r, cellules: gardees.map((c) => r.cellules[c] ?? '') }));
}

const plusBasse = (valeurs: (number | undefined)[]): number | undefined => {
  const v = valeurs.filter((x): x is number => x !== undefined);
  return v.length ? minimum(v) : undefined;
};

function tableauDeGrille(g: Grille, lignes: readonly LignePhysique[], mots: readonly MotPlace[], taille: number, page: number): Rangee[] {
  const ligneDuMot = new Map<MotPlace, LignePhysique>();
  for (const l of lignes) for (const s of l.segments) for (const m of s.mots) ligneDuMot.set(m, l);
  const premiereLigne = (liste: readonly MotPlace[]) =>
    liste.map((m) => ligneDuMot.get(m)).filter((l): l is LignePhysique => l !== undefined).sort((a, b) => a.y - b.y)[0];
  if (g.xs.length >= 2) {
    const cellules = motsParCellule(g, mots, taille);
    const rangees: Rangee[] = [];
    cellules.forEach((rangee, r) => {
      const tous = rangee.flat();
      const ligne = premiereLigne(tous);
      if (!ligne) return;
      const texte = (c: MotPlace[]) => (c.length ? lignesPhysiques(page, c).map(texteLigne).reduce(joindreLignes, '') : '');
      // A row that is one cell across the table (a heading inside it) is one piece of text, not cells.
      const uneCellule = g.xs.slice(1, -1).every((_, k) => !cloison(g, r, k + 1, taille));
      const textes = uneCellule ? [texte(tous)] : rangee.map(texte);
      const confiance = plusBasse(tous.map((m) => m.confiance));
      rangees.push({ cellules: textes, ligne, ...(confiance !== undefined ? { confiance } : {}) });
    });
    return rangees;
  }
  // Rows from the rules, columns from the alignment of the cells.
  const dedans = lignesPhysiques(page, mots).map((l) => ({ ...l, numero: premiereLigne(l.segments.flatMap((s) => s.mots))?.numero ?? l.numero }));
  const bande = (l: LignePhysique) => g.ys.findIndex((y, k) => k > 0 && l.y <= y);
  return rangeesDe(dedans, colonnesAlignees(dedans), (i) => bande(dedans[i]!) !== bande(dedans[i - 1]!));
}

/**
 * The page's ruled tables as elements, and its lines without the words those tables took.
 * `taille`: the page's usual text height.
 */
export function tableauxRegles(page: number, lignes: readonly LignePhysique[], traits: readonly Trait[], taille: number): { tableaux: ElementPage<BlocTableau>[]; lignes: LignePhysique[] } {
  let restantes = [...lignes];
  const tableaux: ElementPage<BlocTableau>[] = [];
  for (const g of grilles(traits, taille)) {
    const mots = restantes.flatMap((l) => l.segments.flatMap((s) => s.mots)).filter((m) => dansGrille(g, m));
    if (mots.length === 0) continue;
    const rangees = elaguer(tableauDeGrille(g, restantes, mots, taille, page));
    if (largeurTableau(rangees) < 2) continue;
    tableaux.push({ x0: g.x0, x1: g.x1, y0: g.y0, y1: g.y1, tableau: { type: 'tableau', rangees, regle: true } });
    const pris = new Set(mots);
    restantes = restantes.flatMap((l) => {
      const tous = l.segments.flatMap((s) => s.mots);
      const reste = tous.filter((m) => !pris.has(m));
      if (reste.length === tous.length) return [l];
      return reste.length ? [{ ...ligneDe(page, reste), numero: l.numero }] : [];
    });
  }
  return { tableaux, lignes: restantes };
}
