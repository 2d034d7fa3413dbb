// Dates: read French dates as conventions write them into ISO `YYYY-MM-DD`, write them back in French,
// and do calendar arithmetic on whole days. Pure integer arithmetic on the proleptic Gregorian calendar:
// no time zones, no Date parsing, and never the clock (today is always a parameter).
import { citer, normaliserTexte } from './texte';
import { normaliserCellule } from './texte/normalisation';

export type ResultatDate = { ok: true; date: string } | { ok: false; erreur: string };

const MOIS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;
/** CLDR's French abbreviations (the ones Intl prints): janv., févr., mars, avr., mai, juin, juil., août… */
const MOIS_COURTS = [
  'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.',
] as const;

/** Month names and abbreviations as typed, accents folded (see normaliserTexte), → 1…12. */
const NOMS_MOIS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['janv', 1], ['jan', 1],
  ['fevrier', 2], ['fevr', 2], ['fev', 2], ['fevrie', 2],
  ['mars', 3], ['mar', 3],
  ['avril', 4], ['avr', 4], ['avri', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7], ['juil', 7], ['juill', 7], ['jul', 7],
  ['aout', 8], ['aou', 8],
  ['septembre', 9], ['sept', 9], ['sep', 9],
  ['octobre', 10], ['oct', 10],
  ['novembre', 11], ['nov', 11],
  ['decembre', 12], ['dec', 12], ['decem', 12],
]);

const JOURS_SEMAINE = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const EXEMPLE = 'Écrivez par exemple « 28 mars 2024 », « 28/03/2024 » ou « 2024-03-28 ».';

export function estBissextile(annee: number): boolean {
  return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
}

export function joursDansMois(annee: number, mois: number): number {
  if (mois === 2) return estBissextile(annee) ? 29 : 28;
  return [4, 6, 9, 11].includes(mois) ? 30 : 31;
}

function deuxChiffres(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(annee: number, mois: number, jour: number): string {
  return `${String(annee).padStart(4, '0')}-${deuxChiffres(mois)}-${deuxChiffres(jour)}`;
}

/** Checks the parts and builds the ISO date, or says in French why the date does not exist. */
function construire(annee: number, mois: number, jour: number, brut: string): ResultatDate {
  if (annee < 1900 || annee > 2199) {
    return { ok: false, erreur: `Date improbable : ${citer(brut)} — l'année ${annee} est hors de la période attendue (1900 à 2199).` };
  }
  if (mois < 1 || mois > 12) {
    return { ok: false, erreur: `Date impossible : ${citer(brut)} — il n'y a pas de mois ${mois} (les mois vont de 1 à 12).` };
  }
  const max = joursDansMois(annee, mois);
  if (jour < 1 || jour > max) {
    return {
      ok: false,
      erreur:
        `Date impossible : ${citer(brut)} — ${MOIS[mois - 1]} ${annee} compte ${max} jours` +
        (jour < 1 ? ' et commence le 1er.' : `, le ${jour} n'existe pas.`),
    };
  }
  return { ok: true, date: iso(annee, mois, jour) };
}

/**
 * Reads a French date: `28 MARS 2024`, `26 JAN. 2021`, `5 avr. 2024`, `1er juillet 2025`,
 * `le 28 mars 2024`, `lundi 28 mars 2024`, `31/8/2023`, `30.06.2022`, ISO `2024-03-28`; accents optional
 * (`decembre`, `fevrier`, `aout`). A date that does not exist (31/02/2024) or a two-digit year is
 * reported in French. Never throws.
 */
export function lireDate(texte: string): ResultatDate {
  try {
    if (typeof texte !== 'string') return { ok: false, erreur: 'Date vide.' };
    const brut = normaliserCellule(texte).trim();
    if (brut === '') return { ok: false, erreur: 'Date vide.' };
    const t = normaliserTexte(brut)
      .replace(/\u1d49\u02b3/g, 'er') // 1ᵉʳ
      .replace(new RegExp(`^(?:le\\s+)?(?:${JOURS_SEMAINE}\\s*,?\\s+)?`), '')
      .replace(/[.,;]$/, '')
      .trim();

    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (m) return construire(Number(m[1]), Number(m[2]), Number(m[3]), brut);

    m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d+)$/.exec(t);
    if (m) {
      if (m[4]!.length !== 4) {
        return { ok: false, erreur: `Date illisible : ${citer(brut)} — écrivez l'année sur quatre chiffres (« 31/08/2023 »).` };
      }
      return construire(Number(m[4]), Number(m[3]), Number(m[1]), brut);
    }

    m = /^(\d{1,2})\s*(?:er|e|eme)?\s*([a-z]+)\.?\s*(\d+)$/.exec(t);
    if (m) {
      const mois = NOMS_MOIS.get(m[2]!);
      if (mois === undefined) {
        return { ok: false, erreur: `Date illisible : ${citer(brut)} — « ${m[2]} » n'est pas un nom de mois. ${EXEMPLE}` };
      }
      if (m[3]!.length !== 4) {
        return { ok: false, erreur: `Date illisible : ${citer(brut)} — écrivez l'année sur quatre chiffres. ${EXEMPLE}` };
      }
      return construire(Number(m[3]), mois, Number(m[1]), brut);
    }
    m = /^premier\s+([a-z]+)\.?\s*(\d{4})$/.exec(t);
    if (m) {
      const mois = NOMS_MOIS.get(m[1]!);
      if (mois !== undefined) return construire(Number(m[2]), mois, 1, brut);
    }
    return { ok: false, erreur: `Date illisible : ${citer(brut)}. ${EXEMPLE}` };
  } catch {
    return { ok: false, erreur: `Date illisible : ${citer(String(texte))}. ${EXEMPLE}` };
  }
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function estDateIso(s: string): boolean {
  return decouper(s) !== null;
}

function decouper(s: string): [number, number, number] | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const mo = Number(m[2]);
  const j = Number(m[3]);
  if (mo < 1 || mo > 12 || j < 1 || j > joursDansMois(a, mo)) return null;
  return [a, mo, j];
}

function exiger(s: string): [number, number, number] {
  const p = decouper(s);
  if (!p) throw new RangeError(`Date ISO attendue (AAAA-MM-JJ) : ${citer(String(s))}.`);
  return p;
}

/** Days since 1970-01-01 for a Gregorian date (Howard Hinnant's days_from_civil, integers only). */
function jourAbsolu(a: number, m: number, j: number): number {
  const y = m <= 2 ? a - 1 : a;
  const ere = Math.floor(y / 400);
  const ane = y - ere * 400;
  const jda = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + j - 1;
  const jde = ane * 365 + Math.floor(ane / 4) - Math.floor(ane / 100) + jda;
  return ere * 146097 + jde - 719468;
}

/** Inverse of jourAbsolu (civil_from_days). */
function depuisJourAbsolu(z0: number): string {
  const z = z0 + 719468;
  const ere = Math.floor(z / 146097);
  const jde = z - ere * 146097;
  const ane = Math.floor((jde - Math.floor(jde / 1460) + Math.floor(jde / 36524) - Math.floor(jde / 146096)) / 365);
  const jda = jde - (365 * ane + Math.floor(ane / 4) - Math.floor(ane / 100));
  const mp = Math.floor((5 * jda + 2) / 153);
  const j = jda - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const a = ane + ere * 400 + (m <= 2 ? 1 : 0);
  return iso(a, m, j);
}

/** `31 décembre 2025`, `1er janvier 2022`. An input that is not an ISO date is returned unchanged. */
export function formaterDate(isoDate: string): string {
  const p = decouper(isoDate);
  if (!p) return String(isoDate);
  const [a, m, j] = p;
  return `${j === 1 ? '1er' : j} ${MOIS[m - 1]} ${a}`;
}

/** `31 déc. 2025`, `1er janv. 2022` (CLDR abbreviations). An input that is not an ISO date is returned unchanged. */
export function formaterDateCourte(isoDate: string): string {
  const p = decouper(isoDate);
  if (!p) return String(isoDate);
  const [a, m, j] = p;
  return `${j === 1 ? '1er' : j} ${MOIS_COURTS[m - 1]} ${a}`;
}

/** The date n days later (n < 0: earlier). Throws RangeError on a non-ISO date (validate with estDateIso). */
export function ajouterJours(isoDate: string, n: number): string {
  const [a, m, j] = exiger(isoDate);
  if (!Number.isInteger(n)) throw new RangeError(`Nombre de jours entier attendu : ${n}.`);
  return depuisJourAbsolu(jourAbsolu(a, m, j) + n);
}

/**
 * The same day n months later, clamped to the month's end: 2024-01-31 + 1 → 2024-02-29.
 * Throws RangeError on a non-ISO date.
 */
export function ajouterMois(isoDate: string, n: number): string {
  const [a, m, j] = exiger(isoDate);
  if (!Number.isInteger(n)) throw new RangeError(`Nombre de mois entier attendu : ${n}.`);
  const total = a * 12 + (m - 1) + n;
  const annee = Math.floor(total / 12);
  const mois = total - annee * 12 + 1;
  return iso(annee, mois, Math.min(j, joursDansMois(annee, mois)));
}

/** `a - de` in days (positive when `a` is later). Throws RangeError on a non-ISO date. */
export function joursEntre(de: string, a: string): number {
  const [a1, m1, j1] = exiger(de);
  const [a2, m2, j2] = exiger(a);
  return jourAbsolu(a2, m2, j2) - jourAbsolu(a1, m1, j1);
}
