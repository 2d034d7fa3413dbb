// The cells of a narrow borderless table, when two of them touch: in a scan, a cell whose text fills
// its column stands a word space from the next cell (« 350 000 € (trois 325 000 € (trois… »), and
// nothing tells the gap between them from a space. The other rows say where each column starts:
// a segment that runs over such a start is cut at the word that begins there. A PDF says it by
// its drawn spaces (`apresEspace`); OCR words carry no such thing.
import { segmenter, type LignePhysique } from './lignes';

/** Segment starts seen on at least two lines of the run, within half an em: where its columns begin. */
export function debutsDeColonnes(lignes: readonly LignePhysique[]): number[] {
  const taille = Math.min(...lignes.map((l) => l.taille));
  const debuts = lignes.flatMap((l, k) => l.segments.map((s) => ({ x: s.x0, k }))).sort((a, b) => a.x - b.x);
  const groupes: { x: number; k: number }[][] = [];
  for (const d of debuts) {
    const dernier = groupes[groupes.length - 1];
    if (dernier && d.x - dernier[0]!.x <= 0.5 * taille) dernier.push(d);
    else groupes.push([d]);
  }
  return groupes.filter((g) => new Set(g.map((d) => d.k)).size >= 2).map((g) => Math.min(...g.map((d) => d.x)));
}

/** The line with every segment that runs over a column start cut at the word beginning there. */
export function couperAuxColonnes(ligne: LignePhysique, debuts: readonly number[]): LignePhysique {
  const marge = 0.5 * ligne.taille;
  let coupee = false;
  const segments = ligne.segments.flatMap((s) => {
    // Word indexes (after the first) whose left edge sits at a column start inside this segment.
    const coupures = s.mots.map((m, i) => (i > 0 && debuts.some((d) => d > s.x0 + marge && Math.abs(m.x0 - d) <= marge) ? i : -1)).filter((i) => i > 0);
    if (!coupures.length) return [s];
    coupee = true;
    const bornes = [0, ...coupures, s.mots.length];
    return bornes.slice(1).flatMap((fin, k) => segmenter(s.mots.slice(bornes[k]!, fin), ligne.taille));
  });
  return coupee ? { ...ligne, segments } : ligne;
}
