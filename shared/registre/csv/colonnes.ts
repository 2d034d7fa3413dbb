/**
 * CSV registry: one line per convention and year, so that budget staff can open it in a spreadsheet,
 * filter it and type into it. This file declares its columns in one table (name, reader, writer); the
 * cells' readers are in ./cellules.ts and ./listes.ts, the columns by what they know in ./convention.ts,
 * ./avenant.ts and ./plan.ts, the round trip in ./lecture.ts (lireRegistreCsv) and ./ecriture.ts.
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
import { normaliserTexte } from '../../texte';
import { lireDateCsv } from './cellules';
import { avec, type DefinitionColonne, type Ecrivain, type Lecteur } from './colonne';
import { COLONNES_AVENANT } from './avenant';
import { COLONNES_CONVENTION, COLONNES_MODIFICATIONS } from './convention';
import { COLONNES_PLAN } from './plan';
import { protegerTexte } from '../csv-francais';

/** Every column, in writing order. Line columns (no reader, no writer) are read and written per line. */
const TABLE = [
  { nom: 'id', ecrire: (c) => protegerTexte(c.id) },
  ...COLONNES_CONVENTION,
  ...COLONNES_AVENANT,
  ...COLONNES_PLAN,
  ...COLONNES_MODIFICATIONS,
  { nom: 'annee' },
  { nom: 'ae' },
  { nom: 'cp' },
  { nom: 'ae_engagees' },
  { nom: 'cp_payes' },
  // The execution figures' date: one per convention, like its own columns.
  { nom: 'date_arrete', lire: avec(lireDateCsv, (b, v) => (b.dateArrete = v)), ecrire: (_c, e) => e?.dateArrete ?? '' },
  { nom: 'nature' },
] as const satisfies readonly DefinitionColonne[];

export type Colonne = (typeof TABLE)[number]['nom'];

/** Writing order. */
export const COLONNES: readonly Colonne[] = TABLE.map((c) => c.nom);
export const OBLIGATOIRES: readonly Colonne[] = ['id', 'annee', 'ae', 'cp'];
export const DE_LIGNE: ReadonlySet<Colonne> = new Set<Colonne>(['annee', 'ae', 'cp', 'ae_engagees', 'cp_payes', 'nature']);

const definitions: readonly DefinitionColonne<Colonne>[] = TABLE;
/** Each convention column's reader. */
export const LECTEURS: Partial<Record<Colonne, Lecteur>> = Object.fromEntries(definitions.flatMap((c) => (c.lire ? [[c.nom, c.lire]] : [])));
/** Each convention column's writer. */
export const ECRIVAINS: Partial<Record<Colonne, Ecrivain>> = Object.fromEntries(definitions.flatMap((c) => (c.ecrire ? [[c.nom, c.ecrire]] : [])));

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
export function colonneProche(entete: string): string | null {
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

/** The CSV column of a convention or execution field path (`dateFin` → `date_fin`), when there is one. */
export function colonneDuChemin(chemin: readonly PropertyKey[]): string | undefined {
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
