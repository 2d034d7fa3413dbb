// Months of a plan, as `YYYY-MM` strings: arithmetic and French names, beside the dates they count in.
// Reading a month from a cell is in plan/mois-lecture.ts, so that drawing the curves (the Sheets sidebar)
// does not pull in the cell reader and zod.
import { joursDansMois } from './dates';

/** A calendar month, `YYYY-MM`. */
export type Mois = string;

const NOMS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** Month names and abbreviations, accents folded. */
export const NOMS_LUS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['janv', 1], ['jan', 1],
  ['fevrier', 2], ['fevr', 2], ['fev', 2],
  ['mars', 3], ['mar', 3],
  ['avril', 4], ['avr', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7], ['juil', 7],
  ['aout', 8],
  ['septembre', 9], ['sept', 9], ['sep', 9],
  ['octobre', 10], ['oct', 10],
  ['novembre', 11], ['nov', 11],
  ['decembre', 12], ['dec', 12],
]);

export function mois(annee: number, numero: number): Mois {
  return `${String(annee).padStart(4, '0')}-${String(numero).padStart(2, '0')}`;
}

export function anneeDe(m: Mois): number {
  return Number(m.slice(0, 4));
}

export function numeroDe(m: Mois): number {
  return Number(m.slice(5, 7));
}

/** The month `n` months after `m` (n < 0: before). */
export function ajouterMoisA(m: Mois, n: number): Mois {
  const total = anneeDe(m) * 12 + numeroDe(m) - 1 + n;
  const annee = Math.floor(total / 12);
  return mois(annee, total - annee * 12 + 1);
}

/** Months from `de` to `a` (both included), in order; empty when `a` is before `de`. */
export function moisEntre(de: Mois, a: Mois): Mois[] {
  const liste: Mois[] = [];
  for (let m = de; m <= a; m = ajouterMoisA(m, 1)) liste.push(m);
  return liste;
}

/** `avril 2025`. */
export function formaterMois(m: Mois): string {
  return `${NOMS[numeroDe(m) - 1]} ${anneeDe(m)}`;
}

/** The month of an ISO date. */
export function moisDeDate(iso: string): Mois {
  return iso.slice(0, 7);
}

/** Last day of a month, ISO. */
export function dernierJour(m: Mois): string {
  return `${m}-${String(joursDansMois(anneeDe(m), numeroDe(m))).padStart(2, '0')}`;
}

/** `d'avril 2025`, `de mai 2025`: « de » before a month, elided before a vowel. */
export function deMois(m: Mois): string {
  const nom = formaterMois(m);
  return /^[aeiouyéèâ]/i.test(nom) ? `d'${nom}` : `de ${nom}`;
}
