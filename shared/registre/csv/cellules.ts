// The registry CSV's cells (format: ./colonnes.ts): each reader gives a value or a French reason, the
// writer's own forms (`2500000`, `2024-03-28`, `2024`) read without a regex or an object, anything else
// through the French readers of amounts and dates.
import { joursDansMois, lireDate } from '../../dates';
import { problemeFormule } from '../../lecture/tableau/cellule';
import { ANNEE_MAX, ANNEE_MIN, raisonAnnee, type TypeConvention } from '../../model';
import { lireMontant } from '../../montant';
import { couper, normaliserTexte } from '../../texte';

/** Why a cell could not be read. Readers return the value itself on success: nothing allocated per cell. */
export class Echec {
  constructor(readonly erreur: string) {}
}
export type Lu<T> = T | Echec;

/**
 * The writer's own form (`-?\d+` with an optional `,d` or `,dd`), read without a regex or an object:
 * this runs four times per line. Anything else returns null and goes to lireMontant.
 */
export function eurosSimples(t: string): number | null {
  const n = t.length;
  if (n === 0 || n > 18) return null;
  let i = t.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const debut = i;
  let euros = 0;
  while (i < n) {
    const ch = t.charCodeAt(i);
    if (ch < 48 || ch > 57) break;
    euros = euros * 10 + (ch - 48);
    i++;
  }
  if (i === debut) return null;
  let cents = 0;
  if (i < n) {
    if (t.charCodeAt(i) !== 44 /* , */ || n - i - 1 < 1 || n - i - 1 > 2) return null;
    for (let k = i + 1; k < n; k++) {
      const ch = t.charCodeAt(k);
      if (ch < 48 || ch > 57) return null;
      cents = cents * 10 + (ch - 48);
    }
    if (n - i - 1 === 1) cents *= 10;
  }
  const total = euros * 100 + cents;
  if (!Number.isSafeInteger(total)) return null;
  return debut === 1 && total !== 0 ? -total : total;
}

/** Euros in French → cents. The writer's own form is read directly; anything else goes to lireMontant. */
export function lireEuros(texte: string): Lu<number> {
  const rapide = eurosSimples(texte);
  if (rapide !== null) return rapide;
  const lu = lireMontant(texte);
  return lu.ok ? lu.centimes : new Echec(problemeFormule(texte, 'Montant', true) ?? lu.erreur);
}

/** `2024-03-28` checked digit by digit (no regex match array): the writer's own form, twice per convention. */
function estIsoRapide(t: string): boolean {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return false;
  let annee = 0;
  let mois = 0;
  let jour = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const ch = t.charCodeAt(i) - 48;
    if (ch < 0 || ch > 9) return false;
    if (i < 4) annee = annee * 10 + ch;
    else if (i < 7) mois = mois * 10 + ch;
    else jour = jour * 10 + ch;
  }
  return annee >= ANNEE_MIN && annee <= ANNEE_MAX && mois >= 1 && mois <= 12 && jour >= 1 && jour <= joursDansMois(annee, mois);
}

export function lireDateCsv(texte: string): Lu<string> {
  // The writer's own ISO form needs no French parsing.
  if (estIsoRapide(texte)) return texte;
  const lu = lireDate(texte);
  return lu.ok ? lu.date : new Echec(problemeFormule(texte, 'Date', true) ?? lu.erreur);
}

/** Four digits in ANNEE_MIN…ANNEE_MAX → the year, else null (no regex, no object: once per line). */
export function lireAnnee(texte: string): number | null {
  if (texte.length !== 4) return null;
  let annee = 0;
  for (let i = 0; i < 4; i++) {
    const ch = texte.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    annee = annee * 10 + (ch - 48);
  }
  return annee >= ANNEE_MIN && annee <= ANNEE_MAX ? annee : null;
}

/** The schema's reason for a year cell that lireAnnee refused (the same words as a JSON registry's). */
export function raisonAnneeCellule(texte: string): string {
  const n = /^-?\d+$/.test(texte) ? Number(texte) : null;
  return raisonAnnee(n, texte) ?? raisonAnnee(null, texte)!;
}

/** `2026 | 2027` → [2026, 2027]: four-digit years, in increasing order as the model keeps them. */
export function lireAnnees(texte: string): Lu<number[]> {
  const annees: number[] = [];
  for (const brut of texte.split('|')) {
    const item = brut.trim();
    if (item === '') continue;
    const annee = lireAnnee(item);
    if (annee === null) return new Echec(raisonAnneeCellule(item));
    annees.push(annee);
  }
  return [...new Set(annees)].sort((a, b) => a - b);
}

export function lireEntier(texte: string, positif: boolean): Lu<number> {
  if (/^\d+$/.test(texte) && Number.isSafeInteger(Number(texte)) && (!positif || Number(texte) > 0)) return Number(texte);
  return new Echec(`nombre entier${positif ? ' positif' : ''} attendu (nombre de mois, par exemple « 3 »), « ${couper(texte)} » trouvé.`);
}


export function lireBooleen(texte: string): Lu<boolean> {
  const t = normaliserTexte(texte);
  if (['oui', 'vrai', 'true', '1', 'o', 'x'].includes(t)) return true;
  if (['non', 'faux', 'false', '0', 'n'].includes(t)) return false;
  return new Echec(`« oui » ou « non » attendu, « ${couper(texte)} » trouvé.`);
}

export function lireType(texte: string): Lu<TypeConvention> {
  if (texte === 'delegation-de-gestion' || texte === 'partenariat-fast' || texte === 'avenant') return texte;
  const t = normaliserTexte(texte).replace(/[\s_]+/g, '-');
  if (t === 'delegation-de-gestion' || t === 'delegation' || t === 'ddg') return 'delegation-de-gestion';
  if (t === 'partenariat-fast' || t === 'fast' || t === 'partenariat') return 'partenariat-fast';
  if (t === 'avenant') return 'avenant';
  return new Echec(`type « ${couper(texte)} » inconnu : écrivez « delegation-de-gestion », « partenariat-fast » ou « avenant ».`);
}

/** `'=x` was written for `=x` (see the format, ./colonnes.ts): remove the guard. */
export function texteDeCellule(texte: string): string {
  if (texte.charCodeAt(0) !== 39 /* ' */) return texte;
  return /^'+[=+\-@\t\r]/.test(texte) ? texte.slice(1) : texte;
}
