// Jauge's marks on a sheet: a background by gravité and a note with the French messages. Pure: it
// plans, in memory, the backgrounds and notes of one rectangle (the "box") so that the adapter writes
// them in one setBackgrounds and one setNotes call, and it remembers what each marked cell looked like
// before, so that clearing puts exactly that back.
import { COULEURS, estNotreCouleur, LIBELLES, RANG } from '../../commun/gravites';
import { BUDGET_MEMOIRE, TAILLE_MORCEAU, depuisMorceaux, enMorceaux, estCleDe, tailleStockee } from '../../commun/memoire';
import type { ConstatRapport, Gravite } from '../contrat';
import { lireCelluleA1 } from './a1';

export { COULEURS, TAILLE_MORCEAU };

/** Every note Jauge writes starts with this; a note that does not is the person's. */
export const PREFIXE_NOTE = 'Jauge — ';
const SEPARATEUR_ORIGINE = '\n\nNote d\u2019origine :\n';
/** Sheets reports "no fill" as white; writing null back keeps alternating colours and themes. */
const BLANC = '#ffffff';


/** What one cell looked like before Jauge marked it. */
export interface MarqueStockee {
  ligne: number;
  colonne: number;
  /** Previous background, null for none. */
  fond: string | null;
  /** Previous note, '' for none. */
  note: string;
}

export interface EtatMarques {
  feuille: string;
  marques: MarqueStockee[];
}

/** A cell to mark, with every finding on it. */
export interface Marque {
  ligne: number;
  colonne: number;
  gravite: Gravite;
  constats: ConstatRapport[];
}

export interface Boite {
  ligne: number;
  colonne: number;
  lignes: number;
  colonnes: number;
}

/** Findings grouped by cell (findings without a cell are not marked), most serious first. */
export function marquesDepuisConstats(constats: readonly ConstatRapport[]): Marque[] {
  const parCellule = new Map<string, Marque>();
  for (const constat of constats) {
    const position = constat.cellule ? lireCelluleA1(constat.cellule) : null;
    if (!position) continue;
    const cle = `${position.ligne}:${position.colonne}`;
    const marque = parCellule.get(cle);
    if (!marque) {
      parCellule.set(cle, { ...position, gravite: constat.gravite, constats: [constat] });
    } else {
      marque.constats.push(constat);
      if (RANG[constat.gravite] < RANG[marque.gravite]) marque.gravite = constat.gravite;
    }
  }
  return [...parCellule.values()].sort((a, b) => RANG[a.gravite] - RANG[b.gravite] || a.ligne - b.ligne || a.colonne - b.colonne);
}

/** Smallest rectangle holding every position; null when there is none. */
export function boiteEnglobante(positions: readonly { ligne: number; colonne: number }[]): Boite | null {
  if (positions.length === 0) return null;
  let l1 = Infinity, c1 = Infinity, l2 = -Infinity, c2 = -Infinity;
  for (const p of positions) {
    l1 = Math.min(l1, p.ligne); c1 = Math.min(c1, p.colonne);
    l2 = Math.max(l2, p.ligne); c2 = Math.max(c2, p.colonne);
  }
  return { ligne: l1, colonne: c1, lignes: l2 - l1 + 1, colonnes: c2 - c1 + 1 };
}

/** The note Jauge writes on a cell: one block per finding, then the person's own note if any. */
export function texteNote(marque: Marque, noteOrigine: string): string {
  const blocs = [...marque.constats]
    .sort((a, b) => RANG[a.gravite] - RANG[b.gravite])
    .map((c) => `${PREFIXE_NOTE}${LIBELLES[c.gravite]} : ${c.message}\n(règle ${c.regle})`);
  const texte = blocs.join('\n\n');
  return noteOrigine ? `${texte}${SEPARATEUR_ORIGINE}${noteOrigine}` : texte;
}

export interface Plan {
  fonds: (string | null)[][];
  notes: string[][];
  /** What to remember for the next clearing. */
  stockees: MarqueStockee[];
  /** Previously marked cells put back. */
  restaurees: number;
  /** Findings' cells left unmarked because the storage budget is spent. */
  nonMarquees: number;
}

/**
 * Plans the box's backgrounds and notes: first puts back the previous marks' cells (only where Jauge's
 * mark is still there — a colour or note the person changed since is theirs), then marks the new cells
 * (none when `nouvelles` is empty: clearing). `budget` caps the size of what must be remembered.
 */
export function planifier(
  boite: Boite,
  fondsLus: readonly (readonly string[])[],
  notesLues: readonly (readonly string[])[],
  anciennes: readonly MarqueStockee[],
  nouvelles: readonly Marque[],
  budget: number = Infinity,
): Plan {
  const fonds = fondsLus.map((ligne) => ligne.map((f) => (estSansFond(f) ? null : f)));
  const notes = notesLues.map((ligne) => ligne.map((n) => n ?? ''));
  const dedans = (l: number, c: number) => l >= 0 && c >= 0 && l < boite.lignes && c < boite.colonnes;

  let restaurees = 0;
  for (const ancienne of anciennes) {
    const l = ancienne.ligne - boite.ligne;
    const c = ancienne.colonne - boite.colonne;
    if (!dedans(l, c)) continue;
    let touchee = false;
    if (estNotreFond(fonds[l]![c])) { fonds[l]![c] = ancienne.fond; touchee = true; }
    if (estNotreNote(notes[l]![c]!)) { notes[l]![c] = ancienne.note; touchee = true; }
    if (touchee) restaurees++;
  }

  const stockees: MarqueStockee[] = [];
  let nonMarquees = 0;
  let taille = 0;
  for (const marque of nouvelles) {
    const l = marque.ligne - boite.ligne;
    const c = marque.colonne - boite.colonne;
    if (!dedans(l, c)) { nonMarquees++; continue; }
    // A Jauge mark left over (rows moved since it was written): what lies under it is the person's.
    const noteAvant = notes[l]![c]!;
    const laissee = estNotreNote(noteAvant);
    const avant: MarqueStockee = {
      ligne: marque.ligne,
      colonne: marque.colonne,
      fond: laissee && estNotreFond(fonds[l]![c]) ? null : (fonds[l]![c] ?? null),
      note: laissee ? noteOrigineDe(noteAvant) : noteAvant,
    };
    const cout = tailleEncodee(avant);
    if (taille + cout > budget) { nonMarquees++; continue; }
    taille += cout;
    stockees.push(avant);
    fonds[l]![c] = COULEURS[marque.gravite];
    notes[l]![c] = texteNote(marque, avant.note);
  }
  return { fonds, notes, stockees, restaurees, nonMarquees };
}

function estSansFond(f: string | null | undefined): boolean {
  return f === null || f === undefined || f === '' || f.toLowerCase() === BLANC;
}

function estNotreFond(f: string | null | undefined): boolean {
  return estNotreCouleur(f);
}

function estNotreNote(n: string): boolean {
  return n.startsWith(PREFIXE_NOTE);
}

function noteOrigineDe(note: string): string {
  const i = note.indexOf(SEPARATEUR_ORIGINE);
  return i < 0 ? '' : note.slice(i + SEPARATEUR_ORIGINE.length);
}

// ---- Remembering marks in document properties -------------------------------------------------

/** Property keys: `jauge.marques` holds the chunk count, `jauge.marques.0…n-1` the chunks (../../commun/memoire). */
export const CLE_MARQUES = 'jauge.marques';
/** The document's properties hold 500 KB in all; Jauge keeps its marks well under that. */
export const BUDGET_MARQUES = BUDGET_MEMOIRE;

type Entree = [number, number] | [number, number, string | null, string];

function entree(m: MarqueStockee): Entree {
  return m.fond === null && m.note === '' ? [m.ligne, m.colonne] : [m.ligne, m.colonne, m.fond, m.note];
}

function tailleEncodee(m: MarqueStockee): number {
  return tailleStockee(entree(m)) + 1;
}

/** The state as properties to write (chunked). */
export function encoderEtat(etat: EtatMarques): Record<string, string> {
  return enMorceaux(CLE_MARQUES, { v: 1, f: etat.feuille, m: etat.marques.map(entree) });
}

/** Is this property key one of the marks' keys? */
export function estCleMarques(cle: string): boolean {
  return estCleDe(CLE_MARQUES, cle);
}

/** The remembered state, or null when there is none or it is unreadable (never throws). */
export function decoderEtat(proprietes: Readonly<Record<string, string>>): EtatMarques | null {
  const brut = depuisMorceaux(CLE_MARQUES, proprietes);
  if (!brut || typeof brut !== 'object') return null;
  const { v, f, m } = brut as { v?: unknown; f?: unknown; m?: unknown };
  if (v !== 1 || typeof f !== 'string' || !Array.isArray(m)) return null;
  const marques: MarqueStockee[] = [];
  for (const e of m) {
    if (!Array.isArray(e) || !Number.isInteger(e[0]) || !Number.isInteger(e[1])) return null;
    const fond = e.length > 2 && typeof e[2] === 'string' ? e[2] : null;
    const note = e.length > 3 && typeof e[3] === 'string' ? e[3] : '';
    marques.push({ ligne: e[0], colonne: e[1], fond, note });
  }
  return { feuille: f, marques };
}
