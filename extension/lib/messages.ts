// The one contract between the background (which owns the database) and everything else
// (content scripts, popup, options page). Requests are validated with zod in the background;
// every answer travels in an envelope `{ ok: true, valeur } | { ok: false, erreur }` so that a
// bad message or a failure is a French sentence, never an exception crossing the boundary.
// Types and schemas only (of lib/, it imports only the size limits): the sender (envoyer.ts) and the compact
// search transport (recherche-transport.ts) stand on it, never the other way round.
import { z } from 'zod';
import type {
  Constat,
  Convention,
  Execution,
  Incubateur,
  Niveau,
  Phase,
  Startup,
  Statut,
} from '../../shared/model';
import type { IndexRecherche } from '../../shared/registre/recherche';
import type { Portefeuille } from '../../shared/portefeuille';
import { LIBELLE_TAILLE_IMPORT, TAILLE_IMPORT } from './limites';

// ---------------------------------------------------------------------------------------------
// Settings

/** Overlay features a user can switch off (ids = file names in extension/features/). */
export const FONCTIONNALITES = [
  {
    id: 'badges-startup',
    titre: 'Badges sur les pages startup',
    description: 'Affiche le statut des conventions sous le titre de chaque page startup.',
  },
  {
    id: 'badges-incubateur',
    titre: 'Badges sur les pages incubateur',
    description: "Affiche les conventions d'un incubateur sous le titre de sa page.",
  },
  {
    id: 'badges-cartes',
    titre: 'Badges sur les cartes',
    description: 'Ajoute un petit badge à chaque carte startup de la liste et des pages incubateur.',
  },
  {
    id: 'badge-barre-outils',
    titre: "Compteur sur l'icône",
    description: "Affiche sur l'icône de l'extension le nombre de conventions de la page.",
  },
] as const;
export type IdFonctionnalite = (typeof FONCTIONNALITES)[number]['id'];

const MoisJour = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date de clôture attendue : un jour et un mois, par exemple le 12 décembre');

/** A registry URL: https only (plus http on localhost for a local test server). */
export const UrlRegistre = z
  .string()
  .trim()
  .max(2000, 'adresse trop longue')
  // Checked first, before saving: the browser does not send such credentials with fetch, so the
  // sync would fail forever, and the password would sit in the settings in clear.
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.username === '' && u.password === '';
    } catch {
      return true;
    }
  }, 'adresse refusée : elle contient un identifiant ou un mot de passe (« nom:motdepasse@ »), que Jauge n’enregistre pas et que le navigateur n’envoie pas. Publiez le registre à une adresse sans identifiants')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || (u.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(u.hostname));
    } catch {
      return false;
    }
  }, 'adresse invalide : elle doit commencer par https://');

export const Reglages = z.object({
  fonctionnalites: z.object({
    'badges-startup': z.boolean(),
    'badges-incubateur': z.boolean(),
    'badges-cartes': z.boolean(),
    'badge-barre-outils': z.boolean(),
  }),
  synchro: z.object({
    /** The user's registry (JSON or CSV, a Google Sheet, a data.gouv.fr resource, a Grist document); null = no registry sync. */
    url: UrlRegistre.nullable(),
    /** For a Grist document: the table to read (its key, if any, is in storage.local: lib/sources/cle-grist). */
    tableGrist: z
      .string()
      .trim()
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, 'table Grist invalide : une lettre d’abord, puis des lettres sans accent, des chiffres ou « _ »')
      .nullable(),
    /** Hours between two automatic syncs (alarms). */
    intervalleHeures: z.number().int().min(1, 'au moins 1 heure').max(168, 'au plus 168 heures (7 jours)'),
    /** Also refresh the beta.gouv.fr startups list from its public API. */
    startupsBetaGouv: z.boolean(),
  }),
  /** Year-end cut-off dates (MM-JJ) used by statut(): last orders, last payments. */
  clotures: z.object({ commandes: MoisJour, paiements: MoisJour }),
});
export type Reglages = z.infer<typeof Reglages>;

/** What `reglages-ecrire` accepts: any subset, merged section by section into the current settings. */
export const ReglagesPartiels = z.object({
  fonctionnalites: Reglages.shape.fonctionnalites.partial().optional(),
  synchro: Reglages.shape.synchro.partial().optional(),
  clotures: Reglages.shape.clotures.partial().optional(),
});
export type ReglagesPartiels = z.infer<typeof ReglagesPartiels>;

export const REGLAGES_PAR_DEFAUT: Reglages = {
  fonctionnalites: {
    'badges-startup': true,
    'badges-incubateur': true,
    'badges-cartes': true,
    'badge-barre-outils': true,
  },
  synchro: { url: null, tableGrist: null, intervalleHeures: 24, startupsBetaGouv: true },
  clotures: { commandes: '12-12', paiements: '11-30' },
};

/**
 * Host-permission pattern for a registry URL's origin (`https://exemple.fr/*`), to pass to
 * `browser.permissions.request({ origins: [motif] })` from a user gesture in the options page.
 */
export function motifOrigine(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Requests

const Slug = z.string().trim().min(1, 'identifiant vide').max(300, 'identifiant trop long');
const Id = z.string().trim().min(1, 'identifiant vide').max(300, 'identifiant trop long');

export const Requete = z.discriminatedUnion('type', [
  /** Conventions of one startup (direct links + through its incubator). */
  z.object({ type: z.literal('conventions-startup'), slug: Slug }),
  /** Conventions that fund an incubator (and its startups). */
  z.object({ type: z.literal('conventions-incubateur'), id: Id }),
  /** Batched look-up for list cards. */
  z.object({ type: z.literal('conventions-startups'), slugs: z.array(Slug).max(5000, 'au plus 5 000 startups par demande') }),
  /** Ranked search; an empty query lists every convention, worst status first. */
  z.object({
    type: z.literal('rechercher'),
    requete: z.string().max(500, 'recherche trop longue'),
    limite: z.number().int().min(1).max(10_000).optional(),
  }),
  /** The search index and every convention's search summary, for a page that searches locally. */
  z.object({ type: z.literal('index-recherche') }),
  /** The same search, every match's id only, best first (the dashboard filters its rows with them). */
  z.object({ type: z.literal('rechercher-ids'), requete: z.string().max(500, 'recherche trop longue') }),
  z.object({ type: z.literal('detail'), conventionId: Id }),
  z.object({
    type: z.literal('importer'),
    contenu: z.string().max(TAILLE_IMPORT, `fichier trop gros (${LIBELLE_TAILLE_IMPORT} au plus)`),
    nomFichier: z.string().max(500).optional(),
    /** Guessed from the file name / content when absent. */
    format: z.enum(['json', 'csv', 'texte']).optional(),
    /** A convention text is only read and returned for review unless `confirmer` is true. */
    confirmer: z.boolean().optional(),
  }),
  /**
   * Conventions read from documents and reviewed (possibly corrected) by the user, saved all or
   * none. Each is validated against the model in the background (not here: the content scripts
   * import this file and must stay small).
   */
  z.object({
    type: z.literal('enregistrer-conventions'),
    conventions: z
      .array(z.object({ nomFichier: z.string().max(500), convention: z.unknown(), /** As read, before the person's corrections. */ lue: z.unknown().optional() }))
      .min(1)
      .max(200, 'au plus 200 conventions par lot'),
    /** The findings on the corrected fields were shown and accepted. */
    confirmer: z.boolean().optional(),
  }),
  /** The beta.gouv.fr startups and incubators held (registry snapshot and API list): the link picker's choices. */
  z.object({ type: z.literal('referentiel-betagouv') }),
  /** A convention as edited, checked with the schema and the rules; nothing is saved. */
  z.object({ type: z.literal('verifier-convention'), convention: z.unknown(), reference: z.unknown().optional() }),
  /** A person's edit of a saved convention (same id): checked as an import, its changed fields marked. */
  z.object({ type: z.literal('modifier-convention'), convention: z.unknown(), confirmer: z.boolean().optional() }),
  z.object({ type: z.literal('exporter'), format: z.enum(['json', 'csv']) }),
  /** Sync now (registry URL from settings + beta.gouv.fr startups list). */
  z.object({ type: z.literal('synchroniser') }),
  z.object({ type: z.literal('etat-synchro') }),
  /** Wipe everything and reseed from the embedded default registry (settings are kept). */
  z.object({ type: z.literal('reinitialiser') }),
  z.object({ type: z.literal('reglages-lire') }),
  z.object({ type: z.literal('reglages-ecrire'), reglages: ReglagesPartiels }),
  /** Counts of what the database holds (options page). */
  z.object({ type: z.literal('inventaire') }),
  /** The dashboard's data: one row per convention and every key date ahead. */
  z.object({ type: z.literal('portefeuille') }),
  /** Edited fields whose synced source gives another value (options page). */
  z.object({ type: z.literal('ecarts-source') }),
  /** The person's choice for one such field: keep their value, or take the source's. */
  z.object({ type: z.literal('resoudre-ecart'), conventionId: Id, champ: z.string().min(1).max(200), choix: z.enum(['mienne', 'source']) }),
  /** From a badge panel: open the popup's detail view of a convention. */
  z.object({ type: z.literal('ouvrir-detail'), conventionId: Id }),
]);
export type Requete = z.infer<typeof Requete>;
export type TypeRequete = Requete['type'];
export type RequeteDe<T extends TypeRequete> = Extract<Requete, { type: T }>;

// ---------------------------------------------------------------------------------------------
// Responses

/** What a badge, a card or a search result needs about one convention. */
export interface ResumeConvention {
  id: string;
  /** `Convention DGEFP`, `Partenariat FAST MENJS`, `Avenant …`. */
  libelle: string;
  type: Convention['type'];
  titre?: string;
  /** Acronym when known, else the name, else `?`. */
  delegant: string;
  delegataire: string;
  dateSignature?: string;
  dateFin?: string;
  phase: Phase;
  niveau: Niveau;
  joursRestants: number | null;
  /** Status in French words, for the badge (`échue le 31 déc. 2025`, `J-37`, `AE 2,5 M€ · 72 % engagés`). */
  texteBadge: string;
  /** Niveau in words (`à jour`, `attention`, `alerte`): colour never carries meaning alone. */
  texteNiveau: string;
  /** Slugs of the startups funded (as written in the registry). */
  startups: string[];
  /** Their names when known, same order. */
  nomsStartups: string[];
  incubateur?: string;
  /** For the panel: totals and consumption, alerts, next key date (texts already in French). */
  totaux: { ae: number; cp: number };
  /** `AE 50 000 € · CP 50 000 €` (+ ` · 72 % engagés` when execution is known). */
  texteTotaux: string;
  /** `26 janv. 2021 – 31 déc. 2021` (or what is known of it). */
  periode: string;
  tauxEngagement?: number | null;
  tauxPaiement?: number | null;
  alertes: { niveau: 'attention' | 'alerte'; message: string }[];
  /** The next key date from today (`31 déc. 2025 : fin de la convention`). */
  prochaineDate?: { date: string; libelle: string; texte: string };
  nombreConstats: number;
}

/** What a search result shows of a convention (popup, dashboard). */
export type ResumeRecherche = Pick<
  ResumeConvention,
  'id' | 'libelle' | 'titre' | 'startups' | 'nomsStartups' | 'incubateur' | 'phase' | 'niveau' | 'texteNiveau' | 'texteBadge'
>;

/** Everything a page needs to search without a message per keystroke (see lib/recherche-locale). */
export interface DonneesRecherche {
  /** Built by shared/registre/recherche in the background, plain data. */
  index: IndexRecherche;
  /** Every convention, worst first (the unfiltered list). */
  resumes: ResumeRecherche[];
}

export interface DetailConvention {
  convention: Convention;
  execution?: Execution;
  statut: Statut;
  constats: Constat[];
  startups: Startup[];
  incubateur?: Incubateur;
  resume: ResumeConvention;
  /** The background's today (ISO), the only clock in the extension. */
  aujourdhui: string;
  /** Where it came from: the embedded registry, an import (its file), a sync (its address). */
  source?: { origine: 'defaut' | 'import' | 'synchro'; nom?: string; url?: string };
}

export interface ErreurImport {
  ligne?: number;
  champ?: string;
  message: string;
}

/** A convention text read but not saved yet. */
export interface ApercuConvention {
  convention: Convention;
  constats: Constat[];
  statut: Statut;
  resume: ResumeConvention;
}

/** A value the schema refuses, at its field path (`dateFin`, `echeancier.1.ae`). */
export interface ErreurChamp {
  champ: string;
  message: string;
}

/** What the schema and the rules say of a convention as edited (findings located by field path). */
export interface VerificationConvention {
  erreurs: ErreurChamp[];
  constats: Constat[];
  /** The fields that differ from the reference (what the person changed). */
  modifies: string[];
}

/** Refused: a value the schema refuses, a rule error on a changed field, or findings on changed fields not accepted yet. */
export interface RefusEdition extends VerificationConvention {
  ok: false;
  /** True when only accepting the findings shown is missing (`confirmer`). */
  aConfirmer: boolean;
}

export interface ReferentielBetaGouv {
  startups: Pick<Startup, 'slug' | 'nom' | 'incubateur' | 'anciensSlugs'>[];
  incubateurs: Incubateur[];
}

export type ReponseImport =
  | { ok: true; enregistre: false; apercu: ApercuConvention }
  | { ok: true; enregistre: true; nombre: number; apercu?: ApercuConvention }
  | { ok: false; erreurs: ErreurImport[] };

export interface ResultatSynchro {
  ok: boolean;
  /** ISO date-time of the attempt. */
  le: string;
  /** French summary (`12 conventions importées`, `Réponse HTTP 404`, `Ligne 3, champ dateFin : …`). */
  message: string;
  nombre?: number;
  /** Conventions a registry sync removed because the source no longer has them (at most 50 named). */
  retirees?: { nombre: number; conventions: { id: string; nom: string }[] };
  /** What a registry sync did, counted (the message says it in words). */
  bilan?: BilanSynchro;
  /** The addresses the download went through, redirects included (the first is the saved one's). */
  chaine?: string[];
  /** A redirect went to a host the user did not grant: its permission pattern, to offer to grant it. */
  aAutoriser?: string;
}

export interface BilanSynchro {
  /** In the source and already known (values refreshed). */
  aJour: number;
  /** In the source, new to the database. */
  ajoutees: number;
  /** Brought by an earlier sync, no longer in the source: removed. */
  retirees: number;
  /** Edited by hand here and different in the source (or gone from it): the person's values kept. */
  gardees: number;
}

/** A field a person edited whose source now gives another value: they choose which to keep. */
export interface EcartChamp {
  /** Field path, as in `modificationsManuelles`. */
  champ: string;
  /** The person's value (kept for now) and the source's, as stored. */
  mienne: unknown;
  source: unknown;
  /** When the sync saw the source's value (ISO). */
  le: string;
}

export interface EcartsConvention {
  id: string;
  nom: string;
  champs: EcartChamp[];
}

export interface EtatSynchro {
  url: string | null;
  /** The Grist table read at `url`, when it is a Grist document. */
  tableGrist?: string | null;
  intervalleHeures: number;
  /** Last attempt to fetch the user's registry, and the last success's time. */
  registre?: ResultatSynchro;
  derniereReussiteRegistre?: string;
  /** Last attempt to refresh the beta.gouv.fr startups list, and the last success's time. */
  startups?: ResultatSynchro;
  derniereReussiteStartups?: string;
  enCours: boolean;
}

export type ReponseReglages = { ok: true; reglages: Reglages } | { ok: false; erreurs: ErreurImport[] };

export interface Inventaire {
  conventions: number;
  /** Every convention is one of the examples shipped with Jauge: the person has imported none of their own. */
  exemple: boolean;
  executions: number;
  startups: number;
  incubateurs: number;
  versionSchema: number;
}

/** Position in `chaines`; -1 for an absent optional text. */
type Ref = number;

/** The `index-recherche` answer in columns (packed and unpacked by recherche-transport.ts). */
export interface DonneesRechercheCompactes {
  /** Every distinct text of the columns below, once. */
  chaines: string[];
  /** The index's conventions, registry order: id, end date, and years as `[n, y1 … yn]` one after the other. */
  conventions: { id: Ref[]; dateFin: Ref[]; annees: number[] };
  mots: string[];
  /** Each word's `[convention, poids, …]` as `écart × 16 + poids`, the écart from the previous convention of the word (ascending). */
  occurrences: number[][];
  /** The summaries, worst first; startups as `[n, s1 … sn]` one after the other. */
  resumes: {
    id: Ref[];
    libelle: Ref[];
    titre: Ref[];
    startups: Ref[];
    nomsStartups: Ref[];
    incubateur: Ref[];
    phase: Ref[];
    niveau: Ref[];
    texteNiveau: Ref[];
    texteBadge: Ref[];
  };
}

export interface Reponses {
  'conventions-startup': { startup: Startup | null; conventions: ResumeConvention[] };
  'conventions-incubateur': { incubateur: Incubateur | null; conventions: ResumeConvention[] };
  'conventions-startups': Record<string, ResumeConvention[]>;
  rechercher: ResumeConvention[];
  /** In columns (lib/recherche-transport): one message, half the size. */
  'index-recherche': DonneesRechercheCompactes;
  'rechercher-ids': string[];
  detail: DetailConvention | null;
  importer: ReponseImport;
  'enregistrer-conventions':
    | { ok: true; nombre: number }
    | { ok: false; erreurs: ErreurImport[]; /** Per convention of the batch, when the checks refused it. */ verifications?: (RefusEdition | null)[] };
  'referentiel-betagouv': ReferentielBetaGouv;
  'verifier-convention': VerificationConvention;
  'modifier-convention': { ok: true; convention: Convention } | RefusEdition;
  exporter: { nomFichier: string; contenu: string; type: string };
  synchroniser: EtatSynchro;
  'etat-synchro': EtatSynchro;
  reinitialiser: { nombre: number };
  'reglages-lire': Reglages;
  'reglages-ecrire': ReponseReglages;
  inventaire: Inventaire;
  'ouvrir-detail': { ouvert: boolean };
  'ecarts-source': EcartsConvention[];
  'resoudre-ecart': { ok: true } | { ok: false; erreur: string };
  /** With the background's clock: when it was computed (ICS DTSTAMP). */
  portefeuille: Portefeuille & { horodatage: string };
}

/** Every answer from the background. */
export type Resultat<T> = { ok: true; valeur: T } | { ok: false; erreur: string };

// ---------------------------------------------------------------------------------------------
// Validation (the client, envoyer, is in envoyer.ts: content scripts use it without bundling zod)

/** zod's French messages for the errors our schemas do not word themselves. */
export const ZOD_FR = { error: z.locales.fr().localeError };

/** Validates an unknown message; the error names the field in French. */
export function lireRequete(message: unknown): { ok: true; requete: Requete } | { ok: false; erreur: string } {
  if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') {
    return { ok: false, erreur: 'Message invalide : champ « type » manquant.' };
  }
  const r = Requete.safeParse(message, ZOD_FR);
  if (r.success) return { ok: true, requete: r.data };
  return { ok: false, erreur: `Message invalide (${(message as { type: string }).type.slice(0, 50)}) : ${decrireErreurZod(r.error)}.` };
}

/** One French line for a zod error: `champ « slug » : identifiant vide`. */
export function decrireErreurZod(erreur: z.ZodError): string {
  const premiere = erreur.issues[0];
  if (!premiere) return 'contenu illisible';
  if (premiere.code === 'invalid_union' && premiere.path.join('.') === 'type') return 'type de message inconnu';
  const chemin = premiere.path.map(String).join('.');
  return chemin ? `champ « ${chemin} » : ${premiere.message}` : premiere.message;
}
