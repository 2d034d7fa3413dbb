// What a column of the registry CSV is (the table itself is ./colonnes.ts): its name, how its cell is read
// into the convention being built (a French reason when it cannot be), and how it is written back.
import type { Convention, Execution } from '../../model';
import { Echec, texteDeCellule, type Lu } from './cellules';

/** The convention a CSV's lines are read into, and its execution's date. */
export interface Brouillon {
  convention: Convention;
  dateArrete?: string;
}

/** Reads a cell into the draft; returns null, or the French reason the cell could not be read. */
export type Lecteur = (texte: string, b: Brouillon) => string | null;
/** A convention's cell (the same on each of its lines). */
export type Ecrivain = (c: Convention, e: Execution | undefined) => string;

/**
 * One column. A convention column has both a reader and a writer; a line column (`annee`, `ae`…) has
 * neither: the line reader and the writer handle it, once per line.
 */
export interface DefinitionColonne<N extends string = string> {
  nom: N;
  lire?: Lecteur;
  ecrire?: Ecrivain;
}

/** A text column: the cell as typed, the formula guard removed. */
export function texte(poser: (b: Brouillon, v: string) => void): Lecteur {
  return (t, b) => {
    poser(b, texteDeCellule(t));
    return null;
  };
}

/** A column read by `lire`, then set by `poser`. */
export function avec<T>(lire: (t: string) => Lu<T>, poser: (b: Brouillon, v: T) => void): Lecteur {
  return (t, b) => {
    const lu = lire(t);
    if (lu instanceof Echec) return lu.erreur;
    poser(b, lu);
    return null;
  };
}
