// Reading a month as people type it in a sheet (`avril 2025`, `avr. 2025`, `04/2025`, `2025-04`, a date,
// a sheet date).
import { lireDate } from '../dates';
import { lireDateCellule, type CelluleLue, type Lecture } from '../lecture/tableau/cellule';
import { citer, normaliserTexte } from '../texte';
import { mois, moisDeDate, NOMS_LUS, type Mois } from '../mois';

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

