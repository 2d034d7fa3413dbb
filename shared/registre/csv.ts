/**
 * CSV registry: one line per convention and year, so that budget staff can open it in a spreadsheet,
 * filter it and type into it.
 *
 * Format (UTF-8 with BOM, `;` separator, CRLF; on reading `,` or tab also work, see lireCsv):
 * - Line 1 names the columns, in any order, any case, with or without accents. Required: `id`, `annee`,
 *   `ae`, `cp`. Optional convention columns: `type` (`delegation-de-gestion`, `partenariat-fast`,
 *   `avenant`, or in words), `titre`, `delegant` (acronym), `delegant_nom`, `delegataire`,
 *   `delegataire_nom`, `autres_parties`, `date_signature`, `date_fin`, `uo`, `programme`, `bop`,
 *   `axe_ministeriel_1`, `axe_ministeriel_2`, `domaine_fonctionnel`, `centre_financier`, `activites`,
 *   `centre_de_cout`, `plafond_ae`, `plafond_cp`, `plafond_duree_mois`, `montant_fast`, `preavis_mois`,
 *   `comites_semestriels` (`oui`/`non`), `annees_par_avenant` (years left to a future avenant, `2026 | 2027`),
 *   `startups`, `incubateur`, what an avenant changes: `avenant_numero` (`2`), `avenant_articles` (the
 *   articles it modifies, `3 | 5-1 | annexe 2`) and `avenant_date_convention` (date of the convention it
 *   amends), `date_arrete` (date of the execution
 *   figures), and the convention's budget plan (shared/plan/): `plan_paiement` (`mensuel` or
 *   `fin de période`), `plan_consommation` (`2025-04:10000 | 2025-05:15000`, month and euros) and
 *   `plan_bons_de_commande` (`Lancement:2025-03:125000:2025-04:2025-09 | …`: name, month issued,
 *   euros, first and last month covered), and `modifications_manuelles` (the fields a person changed by hand,
 *   as the JSON object of `Convention.modificationsManuelles`). Optional line columns: `ae_engagees`, `cp_payes`, `nature` (`echeancier` by default, or
 *   `execution` for execution figures of a year the échéancier does not have).
 * - Amounts are in euros, written the French way: `2500000`, `1900000,50`, and on reading anything
 *   lireMontant accepts (`2 500 000 €`, `1,5 M€`). An ambiguous `1.900` is refused, not guessed.
 *   The writer uses no thousands separator, so that Excel sees numbers.
 * - Dates are ISO (`2024-03-28`) when written; French dates (`28/03/2024`, `28 mars 2024`) are read.
 * - Lists (`startups`, `activites`, `autres_parties`) separate items with `|`; an `autres_parties`
 *   item is `SIGLE`, `SIGLE:Nom` or `:Nom`; `\` escapes `|`, `:` and `\` inside an item.
 * - Convention columns may be repeated on every line of the convention (the writer does) or left
 *   empty after the first; two different values for one convention are an error. A line with an
 *   empty `annee` and no amount only carries convention fields (a convention without échéancier).
 * - A text starting with `=`, `+`, `-` or `@` is written with a leading `'` so that a spreadsheet
 *   does not run it as a formula; the reader removes it.
 *
 * Round trip: `lireRegistreCsv(ecrireRegistreCsv(r))` gives `r` back for conventions and executions,
 * with these normalisations: cells are trimmed and empty texts, lists and objects are absent (an
 * `avenant` with no number, no article and no date is one);
 * `sources` (text line numbers) is not carried; execution lines come back after the échéancier's
 * order (attached to the first échéancier line of their year, the others after); an execution with
 * no line and no `date_arrete` is dropped. Startups and incubators are not in the CSV format: the
 * registry read has empty lists for them.
 */
import { z } from 'zod';
import { joursDansMois, lireDate } from '../dates';
import { parcourirCsv } from '../lecture/csv';
import { problemeFormule } from '../lecture/tableau/cellule';
import { ANNEE_MAX, ANNEE_MIN, raisonAnnee, type Convention, type PlanConvention, type Execution, type LigneEcheancier, type LigneExecution, type Partie, type TypeConvention } from '../model';
import { ecrireEuros, lireMontant } from '../montant';
import { lireModePaiement } from '../plan/lecture';
import { lireMoisCellule } from '../plan/mois-lecture';
import { citer, normaliserTexte } from '../texte';
import { ecrireCsvFrancais, protegerTexte } from './csv-francais';
import { raisonIssue } from './json';
import { couper, plafonnerErreurs, ERREURS_MAX, Registre, type ErreurRegistre, type ResultatRegistre } from './schema';

const FR = z.locales.fr();

// ---------------------------------------------------------------------------------------------
// Columns

export type Colonne =
  | 'id' | 'type' | 'titre' | 'delegant' | 'delegant_nom' | 'delegataire' | 'delegataire_nom' | 'autres_parties'
  | 'date_signature' | 'date_fin' | 'uo' | 'programme' | 'bop' | 'axe_ministeriel_1' | 'axe_ministeriel_2'
  | 'domaine_fonctionnel' | 'centre_financier' | 'activites' | 'centre_de_cout' | 'plafond_ae' | 'plafond_cp'
  | 'plafond_duree_mois' | 'montant_fast' | 'preavis_mois' | 'comites_semestriels' | 'annees_par_avenant' | 'startups' | 'incubateur'
  | 'avenant_numero' | 'avenant_articles' | 'avenant_date_convention'
  | 'plan_paiement' | 'plan_consommation' | 'plan_bons_de_commande' | 'modifications_manuelles'
  | 'annee' | 'ae' | 'cp' | 'ae_engagees' | 'cp_payes' | 'date_arrete' | 'nature';

/** Writing order. */
export const COLONNES: readonly Colonne[] = [
  'id', 'type', 'titre', 'delegant', 'delegant_nom', 'delegataire', 'delegataire_nom', 'autres_parties',
  'date_signature', 'date_fin', 'uo', 'programme', 'bop', 'axe_ministeriel_1', 'axe_ministeriel_2',
  'domaine_fonctionnel', 'centre_financier', 'activites', 'centre_de_cout', 'plafond_ae', 'plafond_cp',
  'plafond_duree_mois', 'montant_fast', 'preavis_mois', 'comites_semestriels', 'annees_par_avenant', 'startups', 'incubateur',
  'avenant_numero', 'avenant_articles', 'avenant_date_convention',
  'plan_paiement', 'plan_consommation', 'plan_bons_de_commande', 'modifications_manuelles',
  'annee', 'ae', 'cp', 'ae_engagees', 'cp_payes', 'date_arrete', 'nature',
];
const OBLIGATOIRES: readonly Colonne[] = ['id', 'annee', 'ae', 'cp'];
const DE_LIGNE: ReadonlySet<Colonne> = new Set<Colonne>(['annee', 'ae', 'cp', 'ae_engagees', 'cp_payes', 'nature']);

/** Other names people give the columns (after folding: lower case, no accents, `_` for spaces). */
const ALIAS: Readonly<Record<string, Colonne>> = {
  identifiant: 'id',
  convention: 'id',
  exercice: 'annee',
  delegant_sigle: 'delegant',
  delegataire_sigle: 'delegataire',
  date_de_signature: 'date_signature',
  date_de_fin: 'date_fin',
  unite_operationnelle: 'uo',
  mode_de_paiement: 'plan_paiement',
  consommation: 'plan_consommation',
  consommation_mensuelle: 'plan_consommation',
  bons_de_commande: 'plan_bons_de_commande',
  ae_consommees: 'ae_engagees',
  cp_consommes: 'cp_payes',
  cp_mandates: 'cp_payes',
};

/** The known column an unknown header is a typo of (at most two letters off), if one. */
function colonneProche(entete: string): string | null {
  const t = normaliserTexte(entete).replace(/[\s-]+/g, '_');
  let meilleure: { nom: string; d: number } | null = null;
  for (const nom of [...COLONNES, ...Object.keys(ALIAS)]) {
    // Two letters off at most: a longer or shorter name is never that close (and a 5 MB header from a
    // hostile synced registry is not compared letter by letter).
    if (Math.abs(t.length - nom.length) > 2) continue;
    const d = distance(t, nom);
    if (d <= 2 && (!meilleure || d < meilleure.d)) meilleure = { nom: ALIAS[nom] ?? nom, d };
  }
  return meilleure?.nom ?? null;
}

/** Levenshtein distance, for header typos (short strings). */
function distance(a: string, b: string): number {
  let precedente = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const courante = [i];
    for (let j = 1; j <= b.length; j++) courante[j] = Math.min(precedente[j]! + 1, courante[j - 1]! + 1, precedente[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    precedente = courante;
  }
  return precedente[b.length]!;
}

/** The column a header names (`Date de fin`, `date_fin`, `Identifiant`…), or null. */
export function nomColonne(entete: string): Colonne | null {
  const t = normaliserTexte(entete).replace(/[\s-]+/g, '_');
  if ((COLONNES as readonly string[]).includes(t)) return t as Colonne;
  return ALIAS[t] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Cell readers: each gives a value or a French reason.

/** Why a cell could not be read. Readers return the value itself on success: nothing allocated per cell. */
class Echec {
  constructor(readonly erreur: string) {}
}
type Lu<T> = T | Echec;

/**
 * The writer's own form (`-?\d+` with an optional `,d` or `,dd`), read without a regex or an object:
 * this runs four times per line. Anything else returns null and goes to lireMontant.
 */
function eurosSimples(t: string): number | null {
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
function lireEuros(texte: string): Lu<number> {
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

function lireDateCsv(texte: string): Lu<string> {
  // The writer's own ISO form needs no French parsing.
  if (estIsoRapide(texte)) return texte;
  const lu = lireDate(texte);
  return lu.ok ? lu.date : new Echec(problemeFormule(texte, 'Date', true) ?? lu.erreur);
}

/** Four digits in ANNEE_MIN…ANNEE_MAX → the year, else null (no regex, no object: once per line). */
function lireAnnee(texte: string): number | null {
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
function raisonAnneeCellule(texte: string): string {
  const n = /^-?\d+$/.test(texte) ? Number(texte) : null;
  return raisonAnnee(n, texte) ?? raisonAnnee(null, texte)!;
}

/** `2026 | 2027` → [2026, 2027]: four-digit years, in increasing order as the model keeps them. */
function lireAnnees(texte: string): Lu<number[]> {
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

function lireEntier(texte: string, positif: boolean): Lu<number> {
  if (/^\d+$/.test(texte) && Number.isSafeInteger(Number(texte)) && (!positif || Number(texte) > 0)) return Number(texte);
  return new Echec(`nombre entier${positif ? ' positif' : ''} attendu (nombre de mois, par exemple « 3 »), « ${couper(texte)} » trouvé.`);
}

function lireNumeroAvenant(texte: string): Lu<number> {
  const t = texte.replace(/^n\s*°\s*/i, '');
  if (/^\d{1,4}$/.test(t) && Number(t) > 0) return Number(t);
  return new Echec(`numéro d'avenant attendu, un entier positif (« 2 » pour l'avenant n° 2), ${citer(texte, 40)} trouvé.`);
}

function lireBooleen(texte: string): Lu<boolean> {
  const t = normaliserTexte(texte);
  if (['oui', 'vrai', 'true', '1', 'o', 'x'].includes(t)) return true;
  if (['non', 'faux', 'false', '0', 'n'].includes(t)) return false;
  return new Echec(`« oui » ou « non » attendu, « ${couper(texte)} » trouvé.`);
}

function lireType(texte: string): Lu<TypeConvention> {
  if (texte === 'delegation-de-gestion' || texte === 'partenariat-fast' || texte === 'avenant') return texte;
  const t = normaliserTexte(texte).replace(/[\s_]+/g, '-');
  if (t === 'delegation-de-gestion' || t === 'delegation' || t === 'ddg') return 'delegation-de-gestion';
  if (t === 'partenariat-fast' || t === 'fast' || t === 'partenariat') return 'partenariat-fast';
  if (t === 'avenant') return 'avenant';
  return new Echec(`type « ${couper(texte)} » inconnu : écrivez « delegation-de-gestion », « partenariat-fast » ou « avenant ».`);
}

/** `'=x` was written for `=x` (see the doc comment): remove the guard. */
function texteDeCellule(texte: string): string {
  if (texte.charCodeAt(0) !== 39 /* ' */) return texte;
  return /^'+[=+\-@\t\r]/.test(texte) ? texte.slice(1) : texte;
}

/** Index of the first unescaped `sep`, or -1. */
function indexNonEchappe(texte: string, sep: string): number {
  for (let i = 0; i < texte.length; i++) {
    if (texte[i] === '\\') i++;
    else if (texte[i] === sep) return i;
  }
  return -1;
}

function echapper(texte: string, speciaux: string): string {
  let s = '';
  for (const ch of texte) s += ch === '\\' || speciaux.includes(ch) ? `\\${ch}` : ch;
  return s;
}

/** `\x` → `x`. */
function desechapper(texte: string): string {
  if (!texte.includes('\\')) return texte;
  return texte.replace(/\\(.)/gs, '$1');
}

function lireListe(texte: string): string[] {
  // One item, the usual case (a trimmed cell): no splitting.
  if (texte.indexOf('|') < 0 && texte.indexOf('\\') < 0) {
    const seul = texte.trim();
    return seul === '' ? [] : [seul];
  }
  // Items are split before unescaping, so an escaped `|` stays inside its item.
  return decouperBrut(texte, '|').map((s) => desechapper(s.trim()).trim()).filter((s) => s !== '');
}

/** Splits on unescaped `sep` but keeps escapes (for a second level of splitting). */
function decouperBrut(texte: string, sep: string): string[] {
  if (!texte.includes(sep)) return [texte];
  const morceaux: string[] = [];
  let debut = 0;
  for (let i = 0; i < texte.length; i++) {
    if (texte[i] === '\\') i++;
    else if (texte[i] === sep) {
      morceaux.push(texte.slice(debut, i));
      debut = i + 1;
    }
  }
  morceaux.push(texte.slice(debut));
  return morceaux;
}

function lireParties(texte: string): Partie[] {
  const parties: Partie[] = [];
  for (const brut of decouperBrut(texte, '|')) {
    const item = brut.trim();
    if (item === '') continue;
    const deuxPoints = indexNonEchappe(item, ':');
    const sigle = desechapper(deuxPoints < 0 ? item : item.slice(0, deuxPoints)).trim();
    const nom = deuxPoints < 0 ? '' : desechapper(item.slice(deuxPoints + 1)).trim();
    const partie: Partie = {};
    if (nom !== '') partie.nom = nom;
    if (sigle !== '') partie.sigle = sigle;
    if (partie.nom === undefined && partie.sigle === undefined) continue;
    parties.push(partie);
  }
  return parties;
}

function ecrireParties(parties: readonly Partie[]): string {
  return parties
    .filter((p) => (p.sigle ?? '').trim() !== '' || (p.nom ?? '').trim() !== '')
    .map((p) => {
      const sigle = echapper((p.sigle ?? '').trim(), '|:');
      const nom = (p.nom ?? '').trim();
      return nom === '' ? sigle : `${sigle}:${echapper(nom, '|:')}`;
    })
    .join(' | ');
}

function ecrireListe(items: readonly string[]): string {
  return items
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => echapper(s, '|'))
    .join(' | ');
}

// ---------------------------------------------------------------------------------------------
// A convention's plan (shared/plan/) in three cells: `mensuel` ; `2025-04:10000 | 2025-05:15000` ;
// `Lancement:2025-03:125000:2025-04:2025-09 | …` (name, issued in, amount, from, to; `\` escapes).

function lireMoisCsv(texte: string, quoi: string): Lu<string> {
  const lu = lireMoisCellule({ valeur: texte, brut: texte.trim(), absente: false });
  if (lu.valeur) return lu.valeur.mois;
  return new Echec(`${quoi} : ${lu.probleme ?? 'mois manquant.'}`);
}

function lirePaiementCsv(texte: string): Lu<PlanConvention['paiement']> {
  return lireModePaiement(texte) ?? new Echec(`mode de paiement ${citer(texte, 40)} : écrivez « mensuel » ou « fin de période ».`);
}

function lireConsommationCsv(texte: string): Lu<PlanConvention['consommation']> {
  const lignes: PlanConvention['consommation'] = [];
  for (const brut of decouperBrut(texte, '|')) {
    const item = brut.trim();
    if (item === '') continue;
    const deuxPoints = indexNonEchappe(item, ':');
    if (deuxPoints < 0) return new Echec(`élément ${citer(item, 40)} : écrivez le mois et le montant, « 2025-04:10000 ».`);
    const mois = lireMoisCsv(item.slice(0, deuxPoints), `élément ${citer(item, 40)}`);
    if (mois instanceof Echec) return mois;
    const montant = lireEuros(item.slice(deuxPoints + 1).trim());
    if (montant instanceof Echec) return new Echec(`élément ${citer(item, 40)} : ${montant.erreur}`);
    lignes.push({ mois, montant });
  }
  return lignes;
}

function lireBonsCsv(texte: string): Lu<PlanConvention['bonsDeCommande']> {
  const bons: PlanConvention['bonsDeCommande'] = [];
  for (const brut of decouperBrut(texte, '|')) {
    const item = brut.trim();
    if (item === '') continue;
    const parties = decouperBrut(item, ':').map((p) => desechapper(p).trim());
    if (parties.length !== 5) {
      return new Echec(`bon ${citer(item, 40)} : écrivez cinq parties séparées par « : », nom, émis en, montant, du, au (« BC1:2025-03:125000:2025-04:2025-09 »).`);
    }
    const [nom, emis, montantTexte, debut, fin] = parties as [string, string, string, string, string];
    const quoi = `bon ${citer(nom, 40)}`;
    const emisEn = lireMoisCsv(emis, `${quoi}, émis en`);
    if (emisEn instanceof Echec) return emisEn;
    const montant = lireEuros(montantTexte);
    if (montant instanceof Echec) return new Echec(`${quoi}, montant : ${montant.erreur}`);
    const du = lireMoisCsv(debut, `${quoi}, du`);
    if (du instanceof Echec) return du;
    const au = lireMoisCsv(fin, `${quoi}, au`);
    if (au instanceof Echec) return au;
    bons.push({ nom, emisEn, montant, du, au });
  }
  return bons;
}

/** The JSON object of `modificationsManuelles`; its values are checked by the schema, on the whole registry. */
function lireModificationsCsv(texte: string): Lu<NonNullable<Convention['modificationsManuelles']>> {
  let lu: unknown;
  try {
    lu = JSON.parse(texte);
  } catch {
    return new Echec(`modifications manuelles illisibles : un objet JSON est attendu ({"dateFin":{"valeurLue":"2025-06-30","le":"2025-07-01"}}), ${citer(texte, 40)} trouvé.`);
  }
  if (lu === null || typeof lu !== 'object' || Array.isArray(lu)) {
    return new Echec(`modifications manuelles illisibles : un objet JSON est attendu, ${citer(texte, 40)} trouvé.`);
  }
  return lu as NonNullable<Convention['modificationsManuelles']>;
}

function ecrireConsommationCsv(plan: PlanConvention | undefined): string {
  return (plan?.consommation ?? []).map((l) => `${l.mois}:${ecrireEuros(l.montant)}`).join(' | ');
}

function ecrireBonsCsv(plan: PlanConvention | undefined): string {
  return (plan?.bonsDeCommande ?? [])
    .map((b) => [echapper(b.nom.trim(), '|:'), b.emisEn, ecrireEuros(b.montant), b.du, b.au].join(':'))
    .join(' | ');
}

// ---------------------------------------------------------------------------------------------
// Convention columns: how each is read into a convention, and written back.

interface Brouillon {
  convention: Convention;
  dateArrete?: string;
}

type Lecteur = (texte: string, b: Brouillon) => string | null;

function texte(poser: (b: Brouillon, v: string) => void): Lecteur {
  return (t, b) => {
    poser(b, texteDeCellule(t));
    return null;
  };
}
function avec<T>(lire: (t: string) => Lu<T>, poser: (b: Brouillon, v: T) => void): Lecteur {
  return (t, b) => {
    const lu = lire(t);
    if (lu instanceof Echec) return lu.erreur;
    poser(b, lu);
    return null;
  };
}
const chorus = (c: Convention) => (c.chorus ??= {});
const plan = (c: Convention) => (c.plan ??= { paiement: 'mensuel', consommation: [], bonsDeCommande: [] });
const plafond = (c: Convention) => (c.plafond ??= {});
const avenant = (c: Convention) => (c.avenant ??= { articlesModifies: [] });

const LECTEURS: Partial<Record<Colonne, Lecteur>> = {
  type: avec(lireType, (b, v) => (b.convention.type = v)),
  titre: texte((b, v) => (b.convention.titre = v)),
  delegant: texte((b, v) => (b.convention.delegant.sigle = v)),
  delegant_nom: texte((b, v) => (b.convention.delegant.nom = v)),
  delegataire: texte((b, v) => (b.convention.delegataire.sigle = v)),
  delegataire_nom: texte((b, v) => (b.convention.delegataire.nom = v)),
  autres_parties: avec((t) => lireParties(texteDeCellule(t)), (b, v) => v.length > 0 && (b.convention.autresParties = v)),
  date_signature: avec(lireDateCsv, (b, v) => (b.convention.dateSignature = v)),
  date_fin: avec(lireDateCsv, (b, v) => (b.convention.dateFin = v)),
  uo: texte((b, v) => (b.convention.uo = v)),
  programme: texte((b, v) => (b.convention.programme = v)),
  bop: texte((b, v) => (b.convention.bop = v)),
  axe_ministeriel_1: texte((b, v) => (chorus(b.convention).axeMinisteriel1 = v)),
  axe_ministeriel_2: texte((b, v) => (chorus(b.convention).axeMinisteriel2 = v)),
  domaine_fonctionnel: texte((b, v) => (chorus(b.convention).domaineFonctionnel = v)),
  centre_financier: texte((b, v) => (chorus(b.convention).centreFinancier = v)),
  activites: avec((t) => lireListe(texteDeCellule(t)), (b, v) => v.length > 0 && (chorus(b.convention).activites = v)),
  centre_de_cout: texte((b, v) => (chorus(b.convention).centreDeCout = v)),
  plafond_ae: avec(lireEuros, (b, v) => (plafond(b.convention).ae = v)),
  plafond_cp: avec(lireEuros, (b, v) => (plafond(b.convention).cp = v)),
  plafond_duree_mois: avec((t) => lireEntier(t, true), (b, v) => (plafond(b.convention).dureeMois = v)),
  montant_fast: avec(lireEuros, (b, v) => (b.convention.montantFast = v)),
  preavis_mois: avec((t) => lireEntier(t, false), (b, v) => (b.convention.preavisMois = v)),
  comites_semestriels: avec(lireBooleen, (b, v) => (b.convention.comitesSemestriels = v)),
  annees_par_avenant: avec(lireAnnees, (b, v) => v.length > 0 && (b.convention.anneesParAvenant = v)),
  startups: avec((t) => lireListe(texteDeCellule(t)), (b, v) => v.length > 0 && (b.convention.startups = v)),
  incubateur: texte((b, v) => (b.convention.incubateur = v)),
  avenant_numero: avec(lireNumeroAvenant, (b, v) => (avenant(b.convention).numero = v)),
  avenant_articles: avec((t) => lireListe(texteDeCellule(t)), (b, v) => v.length > 0 && (avenant(b.convention).articlesModifies = v)),
  avenant_date_convention: avec(lireDateCsv, (b, v) => (avenant(b.convention).dateConventionInitiale = v)),
  plan_paiement: avec(lirePaiementCsv, (b, v) => (plan(b.convention).paiement = v)),
  plan_consommation: avec((t) => lireConsommationCsv(texteDeCellule(t)), (b, v) => v.length > 0 && (plan(b.convention).consommation = v)),
  plan_bons_de_commande: avec((t) => lireBonsCsv(texteDeCellule(t)), (b, v) => v.length > 0 && (plan(b.convention).bonsDeCommande = v)),
  modifications_manuelles: avec((t) => lireModificationsCsv(texteDeCellule(t)), (b, v) => Object.keys(v).length > 0 && (b.convention.modificationsManuelles = v)),
  date_arrete: avec(lireDateCsv, (b, v) => (b.dateArrete = v)),
};

export { ecrireEuros };

const ECRIVAINS: Partial<Record<Colonne, (c: Convention, e: Execution | undefined) => string>> = {
  id: (c) => protegerTexte(c.id),
  type: (c) => c.type,
  titre: (c) => protegerTexte(c.titre),
  delegant: (c) => protegerTexte(c.delegant.sigle),
  delegant_nom: (c) => protegerTexte(c.delegant.nom),
  delegataire: (c) => protegerTexte(c.delegataire.sigle),
  delegataire_nom: (c) => protegerTexte(c.delegataire.nom),
  autres_parties: (c) => protegerTexte(ecrireParties(c.autresParties ?? [])),
  date_signature: (c) => c.dateSignature ?? '',
  date_fin: (c) => c.dateFin ?? '',
  uo: (c) => protegerTexte(c.uo),
  programme: (c) => protegerTexte(c.programme),
  bop: (c) => protegerTexte(c.bop),
  axe_ministeriel_1: (c) => protegerTexte(c.chorus?.axeMinisteriel1),
  axe_ministeriel_2: (c) => protegerTexte(c.chorus?.axeMinisteriel2),
  domaine_fonctionnel: (c) => protegerTexte(c.chorus?.domaineFonctionnel),
  centre_financier: (c) => protegerTexte(c.chorus?.centreFinancier),
  activites: (c) => protegerTexte(ecrireListe(c.chorus?.activites ?? [])),
  centre_de_cout: (c) => protegerTexte(c.chorus?.centreDeCout),
  plafond_ae: (c) => (c.plafond?.ae === undefined ? '' : ecrireEuros(c.plafond.ae)),
  plafond_cp: (c) => (c.plafond?.cp === undefined ? '' : ecrireEuros(c.plafond.cp)),
  plafond_duree_mois: (c) => (c.plafond?.dureeMois === undefined ? '' : String(c.plafond.dureeMois)),
  montant_fast: (c) => (c.montantFast === undefined ? '' : ecrireEuros(c.montantFast)),
  preavis_mois: (c) => (c.preavisMois === undefined ? '' : String(c.preavisMois)),
  comites_semestriels: (c) => (c.comitesSemestriels === undefined ? '' : c.comitesSemestriels ? 'oui' : 'non'),
  annees_par_avenant: (c) => (c.anneesParAvenant ?? []).join(' | '),
  startups: (c) => protegerTexte(ecrireListe(c.startups ?? [])),
  incubateur: (c) => protegerTexte(c.incubateur),
  avenant_numero: (c) => (c.avenant?.numero === undefined ? '' : String(c.avenant.numero)),
  avenant_articles: (c) => protegerTexte(ecrireListe(c.avenant?.articlesModifies ?? [])),
  avenant_date_convention: (c) => c.avenant?.dateConventionInitiale ?? '',
  plan_paiement: (c) => c.plan?.paiement ?? '',
  plan_consommation: (c) => ecrireConsommationCsv(c.plan),
  plan_bons_de_commande: (c) => protegerTexte(ecrireBonsCsv(c.plan)),
  modifications_manuelles: (c) => (c.modificationsManuelles && Object.keys(c.modificationsManuelles).length > 0 ? JSON.stringify(c.modificationsManuelles) : ''),
  date_arrete: (_c, e) => e?.dateArrete ?? '',
};

// ---------------------------------------------------------------------------------------------
// Reading

interface EnCours extends Brouillon {
  /**
   * The convention cells of its first line (trimmed, by convention column): later lines compare theirs
   * with them, nothing allocated per line. Columns first filled on a later line go to `ensuite`. Only
   * these texts are kept, not the line: a streamed line is garbage as soon as it has been read.
   */
  premiere: string[];
  rangPremiere: number;
  ensuite?: Map<number, { texte: string; rang: number }>;
  /** Execution lines, created with the first one. */
  lignes?: LigneExecution[];
  avecExecution: boolean;
}

interface ErreurBrute {
  rang: number;
  champ?: string;
  message: (ligneDe: (rang: number) => number) => string;
}
type Texte = string | ((ligneDe: (rang: number) => number) => string);

function minusculeInitiale(s: string): string {
  return s.length > 0 ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Printable ASCII, never trimmed: most cells start and end with one, and then need no trim(). */
function imprimable(ch: number): boolean {
  return ch > 32 && ch < 127;
}

/** A cell of a CSV line, trimmed ('' past the end of a short line). */
function champ(ligne: readonly string[], c: number): string {
  const v = ligne[c];
  if (v === undefined) return '';
  const n = v.length;
  if (n === 0 || (imprimable(v.charCodeAt(0)) && imprimable(v.charCodeAt(n - 1)))) return v;
  return v.trim();
}

/** A line of blank fields (only separators). */
function estBlanche(ligne: readonly string[]): boolean {
  for (let c = 0; c < ligne.length; c++) {
    const v = ligne[c]!;
    if (v.length > 0 && (imprimable(v.charCodeAt(0)) || v.trim() !== '')) return false;
  }
  return true;
}

/** An amount cell: null when empty, undefined (and an error reported) when unreadable. */
function montant(t: string, nom: string, rang: number, signaler: (rang: number, champ: string, texte: string) => void): number | null | undefined {
  if (t === '') return null;
  const rapide = eurosSimples(t);
  if (rapide !== null) return rapide;
  const lu = lireEuros(t);
  if (!(lu instanceof Echec)) return lu;
  signaler(rang, nom, minusculeInitiale(lu.erreur));
  return undefined;
}

/**
 * Reads a CSV registry (format above). All-or-nothing: any invalid cell gives `ok: false` with every
 * error (capped), each `Ligne N, champ « x » : …` in French. The CSV is streamed line by line into
 * the reader, so the file is never held as a grid of cells (which costs more to allocate and collect
 * than the reading itself); plain loops, no per-row schema objects. Never throws.
 */
export function lireRegistreCsv(texte: string): ResultatRegistre {
  try {
    // Without a quote, no field holds a line break: grid row r is file line r + 1.
    const lecteur = new LecteurRegistre(typeof texte === 'string' && texte.indexOf('"') >= 0);
    const csv = parcourirCsv(texte, (champs) => lecteur.ligne(champs));
    if (!csv.ok) return { ok: false, erreurs: [{ message: csv.erreur }] };
    return lecteur.fin();
  } catch {
    return { ok: false, erreurs: [{ message: 'Registre CSV illisible : erreur inattendue pendant la lecture.' }] };
  }
}

/**
 * The registry of a CSV already split into cells (line 1 = header). See lireRegistreCsv. A sheet's grid
 * gives `premiereLigne`, its header's row: each grid row is then one line, and errors name sheet rows.
 */
export function registreDepuisGrille(grille: readonly (readonly string[])[], premiereLigne?: number): ResultatRegistre {
  try {
    const lecteur = new LecteurRegistre(premiereLigne === undefined, premiereLigne === undefined ? 0 : premiereLigne - 1);
    for (const champs of grille) lecteur.ligne(champs);
    return lecteur.fin();
  } catch {
    return { ok: false, erreurs: [{ message: 'Registre CSV illisible : erreur inattendue pendant la lecture.' }] };
  }
}

/**
 * A registry read one CSV line at a time: the header first, then one line per convention and year.
 * Positions are kept as row ranks (0 = header) and turned into file lines only for the messages.
 */
class LecteurRegistre {
  private readonly erreurs: ErreurBrute[] = [];
  private total = 0;
  /** Rank of the next line (0 = header). */
  private rang = 0;
  /** File line of each rank, when fields may hold line breaks; else rank + 1. */
  private readonly lignesFichier: number[] | null;
  private ligneFichier = 1;
  private enteteValide = false;
  private largeur = 0;
  private cId = -1;
  private cAnnee = -1;
  private cAe = -1;
  private cCp = -1;
  private cAeEngagees = -1;
  private cCpPayes = -1;
  private cNature = -1;
  // Convention columns as three parallel arrays: this loop runs for every cell of a large file.
  private readonly indicesConvention: number[] = [];
  private readonly nomsConvention: Colonne[] = [];
  private readonly lecteursConvention: Lecteur[] = [];
  private readonly conventions = new Map<string, EnCours>();

  /** `decalage`: line of the header minus one, when rows are lines that do not start at line 1. */
  constructor(
    multiLignes: boolean,
    private readonly decalage = 0,
  ) {
    this.lignesFichier = multiLignes ? [] : null;
  }

  /** « Ligne N, champ « x » : texte » ; `mot` says « colonne » for the header. */
  private readonly signaler = (rang: number, champ: string | undefined, texte: Texte, mot = 'champ'): void => {
    this.total++;
    if (this.erreurs.length >= ERREURS_MAX) return;
    if (champ !== undefined) champ = couper(champ);
    const message = (ligneDe: (rang: number) => number): string =>
      `Ligne ${ligneDe(rang)}${champ === undefined ? '' : `, ${mot} « ${champ} »`} : ${typeof texte === 'string' ? texte : texte(ligneDe)}`;
    this.erreurs.push(champ === undefined ? { rang, message } : { rang, champ, message });
  };

  ligne(champs: readonly string[]): void {
    const rang = this.rang++;
    if (this.lignesFichier !== null) {
      this.lignesFichier.push(this.ligneFichier);
      this.ligneFichier++;
      for (const champ of champs) for (let i = champ.indexOf('\n'); i >= 0; i = champ.indexOf('\n', i + 1)) this.ligneFichier++;
    }
    if (rang === 0) this.entete(champs);
    else if (this.enteteValide) this.donnees(champs, rang);
  }

  private entete(entete: readonly string[]): void {
    const colonnes: (Colonne | null)[] = [];
    const index = new Map<Colonne, number>();
    let inconnues = 0;
    entete.forEach((brut, c) => {
      const nom = brut.trim() === '' ? null : nomColonne(brut);
      colonnes.push(nom);
      if (brut.trim() === '') return;
      if (nom === null) {
        const proche = colonneProche(brut);
        this.signaler(0, brut.trim(), `colonne inconnue${proche ? ` : vouliez-vous écrire « ${proche} » ?` : '.'}`, 'colonne');
        inconnues++;
      } else if (index.has(nom)) {
        this.signaler(0, brut.trim(), `la colonne « ${nom} » figure deux fois.`, 'colonne');
      } else index.set(nom, c);
    });
    // The list of known columns once, however many are unknown.
    if (inconnues > 0) this.signaler(0, undefined, `colonnes reconnues : ${COLONNES.join(', ')}.`);
    const manquantes = OBLIGATOIRES.filter((c) => !index.has(c));
    if (manquantes.length > 0) {
      const s = manquantes.length > 1 ? 's' : '';
      this.signaler(
        0,
        undefined,
        `colonne${s} obligatoire${s} absente${s} : ${manquantes.map((m) => `« ${m} »`).join(', ')}. L'en-tête doit nommer au moins id, annee, ae et cp.`,
      );
    }
    if (this.total > 0) return;
    this.enteteValide = true;
    this.largeur = entete.length;
    this.cId = index.get('id')!;
    this.cAnnee = index.get('annee')!;
    this.cAe = index.get('ae')!;
    this.cCp = index.get('cp')!;
    this.cAeEngagees = index.get('ae_engagees') ?? -1;
    this.cCpPayes = index.get('cp_payes') ?? -1;
    this.cNature = index.get('nature') ?? -1;
    colonnes.forEach((nom, c) => {
      if (nom === null || nom === 'id' || DE_LIGNE.has(nom) || index.get(nom) !== c) return;
      this.indicesConvention.push(c);
      this.nomsConvention.push(nom);
      this.lecteursConvention.push(LECTEURS[nom]!);
    });
  }

  private donnees(ligne: readonly string[], rang: number): void {
    const signaler = this.signaler;
    // Blank lines (or only separators) are skipped.
    if (estBlanche(ligne)) return;
    if (ligne.length > this.largeur) {
      const extra = ligne.slice(this.largeur).findIndex((v) => v.trim() !== '');
      if (extra >= 0) {
        signaler(rang, undefined, `${ligne.length} champs alors que l'en-tête en nomme ${this.largeur} (séparateur en trop, ou texte à mettre entre guillemets ?).`);
        return;
      }
    }
    const idBrut = champ(ligne, this.cId);
    if (idBrut === '') {
      signaler(rang, 'id', `identifiant de convention vide. Chaque ligne dit à quelle convention elle appartient.`);
      return;
    }
    const id = texteDeCellule(idBrut);
    let conv = this.conventions.get(id);
    const nouvelle = conv === undefined;
    if (conv === undefined) {
      conv = {
        convention: { id, type: 'delegation-de-gestion', delegant: {}, delegataire: {}, echeancier: [] },
        premiere: new Array<string>(this.indicesConvention.length),
        rangPremiere: rang,
        avecExecution: false,
      };
      this.conventions.set(id, conv);
    }
    this.champsConvention(ligne, rang, conv, nouvelle);

    const tNature = this.cNature < 0 ? '' : champ(ligne, this.cNature);
    const nature = tNature === '' || tNature === 'execution' || tNature === 'echeancier' ? tNature : normaliserTexte(tNature);
    if (nature !== '' && nature !== 'echeancier' && nature !== 'execution') {
      signaler(rang, 'nature', `« ${couper(tNature)} » inconnu ; écrivez « echeancier » (par défaut) ou « execution ».`);
      return;
    }
    const tAnnee = champ(ligne, this.cAnnee);
    const tAe = champ(ligne, this.cAe);
    const tCp = champ(ligne, this.cCp);
    const tAeEngagees = this.cAeEngagees < 0 ? '' : champ(ligne, this.cAeEngagees);
    const tCpPayes = this.cCpPayes < 0 ? '' : champ(ligne, this.cCpPayes);
    if (tAnnee === '') {
      if (tAe !== '' || tCp !== '' || tAeEngagees !== '' || tCpPayes !== '' || nature === 'execution') {
        signaler(rang, 'annee', `année vide alors que la ligne a des montants. Écrivez l'année (« 2024 »).`);
      }
      return;
    }
    const annee = lireAnnee(tAnnee);
    if (annee === null) {
      signaler(rang, 'annee', raisonAnneeCellule(tAnnee));
      return;
    }
    const ae = montant(tAe, 'ae', rang, signaler);
    const cp = montant(tCp, 'cp', rang, signaler);
    const aeEngagees = montant(tAeEngagees, 'ae_engagees', rang, signaler);
    const cpPayes = montant(tCpPayes, 'cp_payes', rang, signaler);
    if (ae === undefined || cp === undefined || aeEngagees === undefined || cpPayes === undefined) return;
    if (nature === 'execution') {
      if (ae !== null || cp !== null) {
        signaler(rang, ae !== null ? 'ae' : 'cp', `une ligne « execution » ne porte que les montants engagés et payés ; laissez ae et cp vides ou retirez « execution ».`);
        return;
      }
      (conv.lignes ??= []).push({ annee, aeEngagees, cpPayes });
      conv.avecExecution = true;
      return;
    }
    const l: LigneEcheancier = { annee, ae, cp };
    conv.convention.echeancier.push(l);
    if (aeEngagees !== null || cpPayes !== null) {
      (conv.lignes ??= []).push({ annee, aeEngagees, cpPayes });
      conv.avecExecution = true;
    }
  }

  /**
   * The convention cells of a line: read on the convention's first line; on the next ones, compared
   * with the first line's text (nothing read or allocated when equal), a different spelling of the
   * same value accepted, a different value reported.
   */
  private champsConvention(ligne: readonly string[], rang: number, conv: EnCours, nouvelle: boolean): void {
    const n = this.indicesConvention.length;
    for (let k = 0; k < n; k++) {
      const t = champ(ligne, this.indicesConvention[k]!);
      if (nouvelle) conv.premiere[k] = t;
      if (t === '') continue;
      let vu: string | undefined;
      let rangVu = conv.rangPremiere;
      if (!nouvelle) {
        vu = conv.premiere[k]!;
        if (vu === t) continue;
        if (vu === '') {
          const plusTard = conv.ensuite?.get(k);
          vu = plusTard?.texte;
          if (plusTard) rangVu = plusTard.rang;
        }
      }
      if (vu === t) continue;
      const nom = this.nomsConvention[k]!;
      if (vu === undefined) {
        const erreur = this.lecteursConvention[k]!(t, conv);
        if (erreur !== null) this.signaler(rang, nom, minusculeInitiale(erreur));
        if (!nouvelle) (conv.ensuite ??= new Map()).set(k, { texte: t, rang });
        if (nom === 'date_arrete') conv.avecExecution = true;
      } else if (!memeValeur(nom, vu, t)) {
        const texteVu = vu;
        const id = conv.convention.id;
        this.signaler(
          rang,
          nom,
          (ligneDe) =>
            `« ${couper(t)} » diffère de « ${couper(texteVu)} », donné pour la convention « ${couper(id)} » à la ligne ${ligneDe(rangVu)}. Une convention n'a qu'une valeur par champ.`,
        );
      }
    }
  }

  fin(): ResultatRegistre {
    if (this.total > 0) return this.echec();
    if (this.conventions.size === 0) {
      return { ok: false, erreurs: [{ message: "Le registre CSV n'a aucune ligne de convention sous l'en-tête." }] };
    }
    const registre: Registre = {
      version: 1,
      conventions: Array.from(this.conventions.values(), (conv) => conv.convention),
      executions: [],
      startups: [],
      incubateurs: [],
    };
    for (const conv of this.conventions.values()) {
      if (conv.avecExecution) {
        const e: Execution = { conventionId: conv.convention.id, lignes: conv.lignes ?? [] };
        if (conv.dateArrete !== undefined) e.dateArrete = conv.dateArrete;
        registre.executions.push(e);
      }
    }
    // The cells were read one by one; the one schema decides on the whole (totals, and any rule a cell
    // reader would miss), so a CSV registry is never accepted where its JSON would be refused.
    const verifie = Registre.safeParse(registre, { error: FR.localeError });
    if (!verifie.success) {
      for (const issue of verifie.error.issues) {
        const [liste, i] = issue.path;
        const id = liste === 'executions' ? registre.executions[i as number]?.conventionId : registre.conventions[i as number]?.id;
        const rang = (id !== undefined ? this.conventions.get(id)?.rangPremiere : undefined) ?? 1;
        this.signaler(rang, colonneDuChemin(issue.path.slice(2)), minusculeInitiale(raisonIssue(issue, registre)));
      }
      return this.echec();
    }
    return { ok: true, registre };
  }

  /** Turns ranks into file lines in the messages, and caps the list. */
  private echec(): ResultatRegistre {
    const lignes = this.lignesFichier;
    const fichier = (rang: number): number => lignes?.[rang] ?? rang + 1 + this.decalage;
    const finales: ErreurRegistre[] = this.erreurs.map((e) => {
      const ligne = fichier(e.rang);
      const message = e.message(fichier);
      return e.champ === undefined ? { ligne, message } : { ligne, champ: e.champ, message };
    });
    return { ok: false, erreurs: plafonnerErreurs(finales, this.total) };
  }
}

/** The CSV column of a convention or execution field path (`dateFin` → `date_fin`), when there is one. */
function colonneDuChemin(chemin: readonly PropertyKey[]): string | undefined {
  const cles = chemin.filter((k): k is string => typeof k === 'string');
  if (cles[0] === 'modificationsManuelles') return 'modifications_manuelles';
  if (cles[0] === 'echeancier' || cles[0] === 'lignes') {
    const champ = cles[1];
    if (champ === undefined) return undefined;
    return ({ aeEngagees: 'ae_engagees', cpPayes: 'cp_payes' } as Record<string, string>)[champ] ?? champ;
  }
  const nom = cles.join('_').replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`).replace(/^chorus_/, '');
  return (COLONNES as readonly string[]).includes(nom) ? nom : cles.join('.');
}

/** Two spellings of the same value (`28/03/2024` and `2024-03-28`, `2 500 000` and `2500000`). */
function memeValeur(nom: Colonne, a: string, b: string): boolean {
  const lecteur = LECTEURS[nom];
  if (!lecteur) return false;
  const brouillon = (): Brouillon => ({ convention: { id: '', type: 'delegation-de-gestion', delegant: {}, delegataire: {}, echeancier: [] } });
  const x = brouillon();
  const y = brouillon();
  if (lecteur(a, x) !== null || lecteur(b, y) !== null) return false;
  return JSON.stringify(x) === JSON.stringify(y);
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Writes a registry as CSV (format above): `;`, CRLF, a BOM for Excel, only the columns in use. */
export function ecrireRegistreCsv(r: Registre): string {
  const executions = new Map<string, Execution>();
  for (const e of r.executions) if (!executions.has(e.conventionId)) executions.set(e.conventionId, e);
  const lignes: Partial<Record<Colonne, string>>[] = [];
  for (const c of r.conventions) {
    const e = executions.get(c.id);
    const communes: Partial<Record<Colonne, string>> = {};
    for (const nom of COLONNES) {
      const ecrire = ECRIVAINS[nom];
      if (ecrire) communes[nom] = ecrire(c, e);
    }
    // Execution lines ride on the first échéancier line of their year; the others get their own line.
    const attachees = new Map<number, LigneExecution>();
    const seules: LigneExecution[] = [];
    for (const l of e?.lignes ?? []) {
      const k = l.aeEngagees === null && l.cpPayes === null ? -1 : c.echeancier.findIndex((x, i) => x.annee === l.annee && !attachees.has(i));
      if (k >= 0) attachees.set(k, l);
      else seules.push(l);
    }
    c.echeancier.forEach((l, i) => {
      const x = attachees.get(i);
      lignes.push({
        ...communes,
        annee: String(l.annee),
        ae: l.ae === null ? '' : ecrireEuros(l.ae),
        cp: l.cp === null ? '' : ecrireEuros(l.cp),
        ae_engagees: x?.aeEngagees == null ? '' : ecrireEuros(x.aeEngagees),
        cp_payes: x?.cpPayes == null ? '' : ecrireEuros(x.cpPayes),
      });
    });
    for (const x of seules) {
      lignes.push({
        ...communes,
        annee: String(x.annee),
        ae: '',
        cp: '',
        ae_engagees: x.aeEngagees === null ? '' : ecrireEuros(x.aeEngagees),
        cp_payes: x.cpPayes === null ? '' : ecrireEuros(x.cpPayes),
        nature: 'execution',
      });
    }
    if (c.echeancier.length === 0 && seules.length === 0) lignes.push({ ...communes, annee: '', ae: '', cp: '' });
  }
  const utilisees = COLONNES.filter((nom) => OBLIGATOIRES.includes(nom) || lignes.some((l) => (l[nom] ?? '') !== ''));
  const donnees = [utilisees as string[], ...lignes.map((l) => utilisees.map((nom) => l[nom] ?? ''))];
  return ecrireCsvFrancais(donnees);
}

