// Months of a plan, as `YYYY-MM` strings: arithmetic, French names, and reading a month as people type
// it in a sheet (`avril 2025`, `avr. 2025`, `04/2025`, `2025-04`, a date, a sheet date).
import { joursDansMois, lireDate } from '../dates';
import { lireDateCellule, type CelluleLue, type Lecture } from '../lecture/tableau/cellule';
import { citer, normaliserTexte } from '../texte';

/** A calendar month, `YYYY-MM`. */
export type Mois = string;

const NOMS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** Month names and abbreviations, accents folded. */
const NOMS_LUS: ReadonlyMap<string, number> = new Map([
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

const EXEMPLE = 'Écrivez le mois comme « avril 2025 », « 04/2025 » ou « 2025-04 ».';

/** A month read from a cell; `jour` is the day when a full date was typed (an order issued on the 10 January). */
export interface MoisLu {
  mois: Mois;
  jour?: number;
}

function plausible(annee: number, numero: number): boolean {
  return annee >= 1900 && annee <= 2199 && numero >= 1 && numero <= 12;
}

/** Reads a month cell; a problem is a French sentence naming what was typed. */
export function lireMoisCellule(cellule: CelluleLue): Lecture<MoisLu> {
  const brut = cellule.brut;
  if (brut === '') return { valeur: null };
  const texte = normaliserTexte(brut).replace(/\s+/g, ' ').trim();
  // `avril 2025`, `avr. 2025`, `Avril-2025`
  const nomme = /^([a-z]+)\.?[\s-]*(\d{4})$/.exec(texte);
  if (nomme) {
    const numero = NOMS_LUS.get(nomme[1]!);
    if (numero !== undefined && plausible(Number(nomme[2]), numero)) return { valeur: { mois: mois(Number(nomme[2]), numero) } };
  }
  // `04/2025`, `4/2025`, `04-2025`, `04.2025`
  const mmaaaa = /^(\d{1,2})[/.-](\d{4})$/.exec(texte);
  if (mmaaaa && plausible(Number(mmaaaa[2]), Number(mmaaaa[1]))) return { valeur: { mois: mois(Number(mmaaaa[2]), Number(mmaaaa[1])) } };
  // `2025-04`, `2025/04`
  const aaaamm = /^(\d{4})[/.-](\d{1,2})$/.exec(texte);
  if (aaaamm && plausible(Number(aaaamm[1]), Number(aaaamm[2]))) return { valeur: { mois: mois(Number(aaaamm[1]), Number(aaaamm[2])) } };
  // A full date (text, sheet date, serial number): its month, and its day.
  const date = typeof cellule.valeur === 'string' ? lireDate(brut) : null;
  const lue = date?.ok ? { valeur: date.date } : lireDateCellule(cellule);
  if (lue.valeur) return { valeur: { mois: moisDeDate(lue.valeur), jour: Number(lue.valeur.slice(8, 10)) } };
  return { valeur: null, probleme: `Mois illisible : ${citer(brut)}. ${EXEMPLE}` };
}

/** `d'avril 2025`, `de mai 2025`: « de » before a month, elided before a vowel. */
export function deMois(m: Mois): string {
  const nom = formaterMois(m);
  return /^[aeiouyéèâ]/i.test(nom) ? `d'${nom}` : `de ${nom}`;
}
