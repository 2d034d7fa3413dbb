// Jauge's data model. Every amount is an integer number of euro cents; every date an ISO
// `YYYY-MM-DD` string. Field names follow the domain's words (see ../shared/spec/seeds.expected.json).
//
// This file is the one place that decides what a valid value is: the JSON and CSV registry readers,
// the extension's database writes and every import go through these schemas, and the CSV reader
// words its cell errors with the same `raison…` functions, so a value is refused everywhere for the
// same reason (and a JSON backup can always be restored from its CSV export). To add a field to a
// convention, add it to `Convention` below.
import { z } from 'zod';
import { estDateIso, lireDate } from './dates';
import { ecrireEuros, raisonMontantTropGrand } from './montant';
import { citer } from './texte';

/** Years a convention may name (échéancier, avenants, dates): four digits, a sane range. */
export const ANNEE_MIN = 1900;
export const ANNEE_MAX = 2199;

/** Why `valeur` is not a year Jauge accepts, or null. `texte` is how the user wrote it (CSV cell). */
export function raisonAnnee(valeur: number | null, texte: string = String(valeur)): string | null {
  if (valeur !== null && Number.isInteger(valeur) && valeur >= ANNEE_MIN && valeur <= ANNEE_MAX && texte.length === 4) return null;
  return `${citer(texte, 20)} n'est pas une année : écrivez-la sur quatre chiffres, de ${ANNEE_MIN} à ${ANNEE_MAX} (« 2024 »).`;
}

/** Why `texte` is not a real calendar date `AAAA-MM-JJ` in the accepted years, or null. */
export function raisonDateIso(texte: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(texte)) return `date attendue au format AAAA-MM-JJ (${citer(texte, 40)} trouvé).`;
  const annee = Number(texte.slice(0, 4));
  if (annee >= ANNEE_MIN && annee <= ANNEE_MAX && estDateIso(texte)) return null;
  // The same words as a date read from a CSV cell or a text: 2024-02-30 does not exist.
  const lu = lireDate(texte);
  return lu.ok ? null : lu.erreur;
}

/** Why a number is not an exact amount in cents, or null. */
export function raisonCentimes(valeur: number): string | null {
  if (!Number.isInteger(valeur)) {
    return `un nombre entier attendu, ${String(valeur).slice(0, 30)} trouvé. Les montants sont des nombres entiers de centimes : 2 500 000 € s’écrit 250000000.`;
  }
  return Number.isSafeInteger(valeur) ? null : raisonMontantTropGrand(ecrireEuros(valeur));
}

/** Largest sum of cents Jauge adds exactly (2^53 − 1), in euros as the messages write it. */
const SOMME_MAX = ecrireEuros(Number.MAX_SAFE_INTEGER);

/** Why the sum of these amounts cannot be computed exactly (totals, rates), or null. */
export function raisonTotal(montants: readonly (number | null)[], libelle: string): string | null {
  let total = 0;
  // Amounts that are not integers already have their own reason: only the size of the sum matters here.
  for (const m of montants) if (m !== null && Number.isFinite(m)) total += Math.abs(m);
  return total <= Number.MAX_SAFE_INTEGER
    ? null
    : `total trop grand : la somme des ${libelle} dépasse ${SOMME_MAX} €, ce que Jauge sait compter au centime près.`;
}

function verifier<T>(raison: (v: T) => string | null) {
  return (valeur: T, ctx: z.core.$RefinementCtx<T>) => {
    const r = raison(valeur);
    if (r !== null) ctx.addIssue({ code: 'custom', message: r, input: valeur });
  };
}

/** Integer euro cents (never a float), exact: within ±(2^53 − 1). */
export const Centimes = z.number().superRefine(verifier(raisonCentimes));
/** A real calendar date `YYYY-MM-DD` (2024-02-30 is refused), years ANNEE_MIN…ANNEE_MAX. */
export const DateIso = z.string().superRefine(verifier(raisonDateIso));
/** A year of an échéancier or an execution. */
export const Annee = z.number().superRefine(verifier((v: number) => raisonAnnee(v)));

/** `2026-08-20` or a full ISO date-time `2026-08-20T10:00:00Z`: when something was produced or changed. */
export const Horodatage = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'date attendue au format AAAA-MM-JJ (ou date-heure ISO)');

/** Why a value cannot travel as JSON (registry JSON, CSV cell, database), or null. */
function raisonValeurJson(valeur: unknown, profondeur = 0): string | null {
  if (valeur === undefined) return 'valeur lue absente : écrivez null quand rien n’a été lu.';
  if (profondeur > 20) return 'valeur lue trop imbriquée.';
  if (valeur === null || typeof valeur === 'string' || typeof valeur === 'boolean') return null;
  if (typeof valeur === 'number') return Number.isFinite(valeur) ? null : 'valeur lue : nombre non fini.';
  if (Array.isArray(valeur)) {
    for (const v of valeur) {
      const r = raisonValeurJson(v, profondeur + 1);
      if (r !== null) return r;
    }
    return null;
  }
  if (typeof valeur === 'object' && Object.getPrototypeOf(valeur) === Object.prototype) {
    for (const v of Object.values(valeur)) {
      const r = v === undefined ? null : raisonValeurJson(v, profondeur + 1);
      if (r !== null) return r;
    }
    return null;
  }
  return 'valeur lue : seules les valeurs JSON (texte, nombre, liste, objet, null) sont gardées.';
}

/**
 * A field a person changed by hand: the value first read (from the document, the file or the sync;
 * null when nothing was read) and when it was changed. A later sync compares against `valeurLue`.
 */
export const ModificationManuelle = z.object({
  valeurLue: z.unknown().superRefine(verifier((v: unknown) => raisonValeurJson(v))),
  le: Horodatage,
});
export type ModificationManuelle = z.infer<typeof ModificationManuelle>;

export const Gravite = z.enum(['erreur', 'avertissement', 'information']);
export type Gravite = z.infer<typeof Gravite>;

/**
 * Where a finding or a value sits: a text line (1-based), a sheet cell (A1 + 1-based row/column),
 * or a registry row (1-based data row) and field. Any subset may be present. `page` (1-based) is
 * the page of a PDF the line was read on; `ligne` then stays the line of the document's whole text.
 */
export const Position = z.object({
  page: z.number().int().positive().optional(),
  ligne: z.number().int().positive().optional(),
  colonne: z.number().int().positive().optional(),
  cellule: z.string().optional(),
  champ: z.string().optional(),
});
export type Position = z.infer<typeof Position>;

export const Constat = z.object({
  regle: z.string(),
  gravite: Gravite,
  message: z.string(),
  position: Position.nullable(),
  conventionId: z.string().optional(),
});
export type Constat = z.infer<typeof Constat>;

export const Partie = z.object({ nom: z.string().optional(), sigle: z.string().optional() });
export type Partie = z.infer<typeof Partie>;

export const LigneEcheancier = z.object({
  annee: Annee,
  ae: Centimes.nullable(),
  cp: Centimes.nullable(),
});
export type LigneEcheancier = z.infer<typeof LigneEcheancier>;

export const Chorus = z.object({
  axeMinisteriel1: z.string().optional(),
  axeMinisteriel2: z.string().optional(),
  domaineFonctionnel: z.string().optional(),
  centreFinancier: z.string().optional(),
  activites: z.array(z.string()).optional(),
  centreDeCout: z.string().optional(),
});
export type Chorus = z.infer<typeof Chorus>;

export const Plafond = z.object({
  ae: Centimes.optional(),
  cp: Centimes.optional(),
  dureeMois: z.number().int().positive().optional(),
});
export type Plafond = z.infer<typeof Plafond>;

/** Why `texte` is not a month `AAAA-MM` in the accepted years, or null. */
export function raisonMois(texte: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(texte);
  const annee = m ? Number(m[1]) : 0;
  const mois = m ? Number(m[2]) : 0;
  if (m && annee >= ANNEE_MIN && annee <= ANNEE_MAX && mois >= 1 && mois <= 12) return null;
  return `mois attendu au format AAAA-MM, de ${ANNEE_MIN} à ${ANNEE_MAX} (${citer(texte, 40)} trouvé).`;
}
/** A calendar month `YYYY-MM` (a plan's months). */
export const MoisIso = z.string().superRefine(verifier(raisonMois));

/** One bon de commande of a plan: issued (AE engaged) in `emisEn`, covering the work from `du` to `au`. */
export const BonDeCommandePlan = z
  .object({
    nom: z.string().min(1),
    emisEn: MoisIso,
    montant: Centimes.refine((v) => v >= 0, 'montant positif ou nul attendu.'),
    du: MoisIso,
    au: MoisIso,
  })
  .refine((b) => b.du <= b.au, { message: 'la période du bon finit avant de commencer (« au » avant « du »).', path: ['au'] });

/**
 * A convention's budget plan as the team lives it (shared/plan/): monthly consumption (work done) and
 * bons de commande, and how services faits are certified (every month, or at the end of each order).
 */
export const PlanConvention = z.object({
  paiement: z.enum(['mensuel', 'fin-de-periode']),
  consommation: z.array(z.object({ mois: MoisIso, montant: Centimes })),
  bonsDeCommande: z.array(BonDeCommandePlan),
});
export type PlanConvention = z.infer<typeof PlanConvention>;

/**
 * What an avenant changes in the convention it amends, as its text says it. Every part is optional
 * but `articlesModifies`, which is empty when the text names no article (an avenant published cut).
 */
export const Avenant = z.object({
  /** Its number (« Avenant n° 3 », « AUTRE N° 4 à la délégation ») → 3, 4; absent when unnumbered. */
  numero: z.number().int().positive().optional(),
  /**
   * The parts of the convention it changes, as the text names them, in text order and once each:
   * an article's number (« 3 », « 5-1 », « 2.1 »; « 1er » → « 1 »), « annexe 2 » (« annexe » when
   * unnumbered), « préambule ». Articles it only cites (the one that allows avenants) are not here.
   */
  articlesModifies: z.array(z.string().min(1)),
  /** The signature date of the convention it amends (« à la convention du 4 mai 2018 »). */
  dateConventionInitiale: DateIso.optional(),
});
export type Avenant = z.infer<typeof Avenant>;

export const TypeConvention = z.enum(['delegation-de-gestion', 'partenariat-fast', 'avenant']);
export type TypeConvention = z.infer<typeof TypeConvention>;

export const Convention = z.object({
  /** Stable id: registry id, or `<sigle délégant>-<date de signature>` in lower case for a text. */
  id: z.string().min(1),
  type: TypeConvention,
  titre: z.string().optional(),
  delegant: Partie,
  delegataire: Partie,
  autresParties: z.array(Partie).optional(),
  dateSignature: DateIso.optional(),
  dateFin: DateIso.optional(),
  uo: z.string().optional(),
  programme: z.string().optional(),
  bop: z.string().optional(),
  chorus: Chorus.optional(),
  plafond: Plafond.optional(),
  montantFast: Centimes.optional(),
  echeancier: z.array(LigneEcheancier),
  startups: z.array(z.string()).optional(),
  incubateur: z.string().optional(),
  preavisMois: z.number().int().nonnegative().optional(),
  comitesSemestriels: z.boolean().optional(),
  /**
   * Years whose amounts the convention leaves to a future avenant (« le montant … au titre de l'année
   * 2025 sera établi par avenant »), in increasing order. Kept on the convention (not only in its
   * text) so that the rules and the status still see it for a registry convention.
   */
  anneesParAvenant: z.array(Annee).optional(),
  /** For an avenant: its number, the articles it changes and the convention it amends, when read. */
  avenant: Avenant.optional(),
  /** The budget plan behind the échéancier (monthly consumption and bons de commande), when known. */
  plan: PlanConvention.optional(),
  /** Text line (1-based) each value was read from, keyed by field path (`dateFin`, `chorus.centreFinancier`, `echeancier.0.ae`…). */
  sources: z.record(z.string(), z.number().int().positive()).optional(),
  /**
   * Fields a person changed by hand, keyed by field path as in `sources` ('dateFin', 'programme',
   * 'chorus.centreFinancier', 'echeancier', 'startups', 'incubateur', 'montantFast'…): the value first
   * read (from the document, the file or the sync; null when nothing was read) and the ISO date of the change.
   */
  modificationsManuelles: z.record(z.string(), ModificationManuelle).optional(),
}).superRefine((c, ctx) => {
  // Every amount is exact, but the status adds them up: their sums must be exact too.
  for (const [cle, libelle] of [['ae', 'AE de l’échéancier'], ['cp', 'CP de l’échéancier']] as const) {
    const r = raisonTotal(c.echeancier.map((l) => l[cle]), libelle);
    if (r !== null) ctx.addIssue({ code: 'custom', message: r, path: ['echeancier'], input: c.echeancier });
  }
});
export type Convention = z.infer<typeof Convention>;

/** Execution figures for one year of one convention (from Chorus, typed by staff). */
export const LigneExecution = z.object({
  annee: Annee,
  aeEngagees: Centimes.nullable(),
  cpPayes: Centimes.nullable(),
});
export type LigneExecution = z.infer<typeof LigneExecution>;

export const Execution = z.object({
  conventionId: z.string(),
  /** Date the figures were taken (ISO), when known. */
  dateArrete: DateIso.optional(),
  lignes: z.array(LigneExecution),
}).superRefine((e, ctx) => {
  for (const [cle, libelle] of [['aeEngagees', 'AE engagées'], ['cpPayes', 'CP payés']] as const) {
    const r = raisonTotal(e.lignes.map((l) => l[cle]), libelle);
    if (r !== null) ctx.addIssue({ code: 'custom', message: r, path: ['lignes'], input: e.lignes });
  }
});
export type Execution = z.infer<typeof Execution>;

export const Phase = z.enum(['a-venir', 'en-cours', 'echue']);
export type Phase = z.infer<typeof Phase>;
export const Niveau = z.enum(['ok', 'attention', 'alerte']);
export type Niveau = z.infer<typeof Niveau>;

export const Alerte = z.object({
  code: z.string(),
  niveau: z.enum(['attention', 'alerte']),
  message: z.string(),
});
export type Alerte = z.infer<typeof Alerte>;

export const DateCle = z.object({
  code: z.string(),
  date: DateIso,
  libelle: z.string(),
});
export type DateCle = z.infer<typeof DateCle>;

export const Statut = z.object({
  conventionId: z.string(),
  aujourdhui: DateIso,
  phase: Phase,
  niveau: Niveau,
  /** Days from aujourdhui to dateFin (negative once past); null when the end date is unknown. */
  joursRestants: z.number().int().nullable(),
  totaux: z.object({ ae: Centimes, cp: Centimes }),
  execution: z
    .object({
      aeEngagees: Centimes,
      cpPayes: Centimes,
      /** Percentages 0–100+ (one decimal), null when the total is 0. */
      tauxEngagement: z.number().nullable(),
      tauxPaiement: z.number().nullable(),
      aeRestantes: Centimes,
      cpRestants: Centimes,
    })
    .optional(),
  alertes: z.array(Alerte),
  datesCles: z.array(DateCle),
  prochainComite: DateIso.nullable(),
});
export type Statut = z.infer<typeof Statut>;

/** A beta.gouv.fr startup, as snapshotted in the registry. */
export const Startup = z.object({
  slug: z.string(),
  nom: z.string(),
  incubateur: z.string().optional(),
  sponsors: z.array(z.string()).optional(),
  phase: z.string().optional(),
  url: z.string().optional(),
  /**
   * Former slugs of the startup, from the `redirect_from` of its beta.gouv.fr front matter (renamed
   * pages keep a meta-refresh page at the old address), without `/startups/` and `.html`/`.md`:
   * `/startups/expositionIJ` → `expositionIJ`. A page or a convention may still use one.
   */
  anciensSlugs: z.array(z.string()).optional(),
});
export type Startup = z.infer<typeof Startup>;

export const Incubateur = z.object({ id: z.string(), nom: z.string() });
export type Incubateur = z.infer<typeof Incubateur>;
