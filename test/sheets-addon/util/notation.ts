// Notation helpers of the in-memory spreadsheet (./tableur.ts): displayed texts, dates in a time zone,
// A1 names. Kept apart so the fake spreadsheet stays one readable file.
import type { Valeur } from './tableur';

export function afficher(v: Valeur | ''): string {
  if (v === '') return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'VRAI' : 'FAUX';
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return formaterDate(v as Date, 'Europe/Paris', 'dd/MM/yyyy');
  return String(v);
}

export function formaterDate(d: Date, fuseau: string, motif: string): string {
  const parties = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: fuseau, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  if (motif === 'yyyy-MM-dd') return `${parties.year}-${parties.month}-${parties.day}`;
  if (motif === 'dd/MM/yyyy') return `${parties.day}/${parties.month}/${parties.year}`;
  throw new Error(`Format de date non simulé : ${motif}`);
}

export function lettres(colonne: number): string {
  let s = '';
  for (let n = colonne; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function numeroColonne(l: string): number {
  let n = 0;
  for (const ch of l) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function a1(l: number, c: number, h: number, w: number): string {
  const debut = `${lettres(c)}${l}`;
  return h === 1 && w === 1 ? debut : `${debut}:${lettres(c + w - 1)}${l + h - 1}`;
}

/** `B4`, `B4:D7` → top-left and size. */
export function lirePlage(texte: string): { ligne: number; colonne: number; lignes: number; colonnes: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(texte.trim().toUpperCase());
  if (!m) throw new Error(`Plage A1 non simulée : ${texte}`);
  const ligne = Number(m[2]);
  const colonne = numeroColonne(m[1]!);
  const l2 = m[4] ? Number(m[4]) : ligne;
  const c2 = m[3] ? numeroColonne(m[3]) : colonne;
  return { ligne: Math.min(ligne, l2), colonne: Math.min(colonne, c2), lignes: Math.abs(l2 - ligne) + 1, colonnes: Math.abs(c2 - colonne) + 1 };
}
