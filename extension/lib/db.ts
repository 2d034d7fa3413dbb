// The extension's database, owned by the background alone. The schema is a list of versions so
// that a test can open the database at any past version, fill it, and upgrade it to the latest.
import Dexie, { type Table, type Transaction } from 'dexie';
import { PlanConvention, type Convention, type Execution, type Incubateur, type Startup } from '../../shared/model';
import type { Reglages, ResultatSynchro } from './messages';
import type { EcartsSource } from './sources/fusion';

export const NOM_BASE = 'jauge';

/**
 * Where a convention came from: the embedded default registry, a file or text the user imported, or
 * the registry URL they sync. Only `synchro` rows mirror their source (a convention removed from the
 * remote registry leaves the database); the others stay until the user resets.
 */
export type OrigineConvention = 'defaut' | 'import' | 'synchro';
/** The file a convention was imported from, or the registry URL it was synced from. */
export interface ProvenanceConvention {
  nom?: string;
  url?: string;
}
/**
 * A convention as stored: the registry's fields (including `modificationsManuelles`, the fields a
 * person edited, which the registry formats carry), plus where it came from, which they do not.
 */
export type ConventionStockee = Convention & {
  origine?: OrigineConvention;
  provenance?: ProvenanceConvention;
  /** Edited fields whose synced source now gives another value, waiting for the person's choice (lib/sources/fusion). */
  ecartsSource?: EcartsSource;
};

/** A startup row: where it came from decides what a beta.gouv.fr refresh may overwrite. */
export type StartupStockee = Startup & { source?: 'registre' | 'api' };

export interface LigneReglages {
  cle: 'reglages';
  valeur: Reglages;
}

/** Sync state and housekeeping flags, one row per key. */
export type LigneSynchro =
  | { cle: 'registre' | 'startups'; dernier: ResultatSynchro; derniereReussite?: string }
  | { cle: 'seme'; le: string; source: 'defaut' }
  | { cle: 'registre-genere-le'; valeur: string };

type Tables = {
  conventions: Table<ConventionStockee, string>;
  executions: Table<Execution, string>;
  startups: Table<StartupStockee, string>;
  incubateurs: Table<Incubateur, string>;
  reglages: Table<LigneReglages, string>;
  synchro: Table<LigneSynchro, string>;
};

interface VersionSchema {
  version: number;
  tables: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Trims, drops blanks and duplicates: a multi-entry index must not hold junk keys. */
function nettoyerListe(valeurs: unknown): string[] {
  if (!Array.isArray(valeurs)) return [];
  const vus = new Set<string>();
  for (const v of valeurs) {
    if (typeof v !== 'string') continue;
    const t = v.trim();
    if (t) vus.add(t);
  }
  return [...vus];
}

export const VERSIONS: VersionSchema[] = [
  {
    version: 1,
    tables: {
      conventions: 'id',
      executions: 'conventionId',
      startups: 'slug',
      incubateurs: 'id',
      reglages: 'cle',
      synchro: 'cle',
    },
  },
  {
    // v2: look-ups by startup and by incubator through indexes; rows cleaned so the
    // multi-entry index is exact, and startups marked as coming from the registry (v1 had no API refresh).
    version: 2,
    tables: {
      conventions: 'id, *startups, incubateur',
      startups: 'slug, incubateur',
    },
    async upgrade(tx) {
      await tx
        .table('conventions')
        .toCollection()
        .modify((c: Record<string, unknown>) => {
          if (c.startups !== undefined) c.startups = nettoyerListe(c.startups);
          if (typeof c.incubateur === 'string' && c.incubateur.trim()) c.incubateur = c.incubateur.trim();
          else delete c.incubateur;
        });
      await tx
        .table('startups')
        .toCollection()
        .modify((s: Record<string, unknown>) => {
          if (s.source === undefined) s.source = 'registre';
        });
    },
  },
  {
    // v3: each convention records its origin, so that a sync can mirror its source without touching
    // what the user imported by hand. v2 did not record it: its rows count as imported (kept), since a
    // convention the user typed in must never be lost; the next sync marks those the source still has.
    version: 3,
    tables: {
      conventions: 'id, *startups, incubateur, origine',
    },
    async upgrade(tx) {
      await tx
        .table('conventions')
        .toCollection()
        .modify((c: Record<string, unknown>) => {
          if (c.origine === undefined) c.origine = 'import';
        });
    },
  },
  {
    // v4: a convention may carry its budget plan (Convention.plan). Conventions with a plan are found
    // by an index on its payment mode (rows without a plan are not in it). A `plan` already on a row
    // that the schema refuses (written by hand or by another tool) is removed rather than left to break
    // the detail view and the badge: the convention itself is kept.
    version: 4,
    tables: {
      conventions: 'id, *startups, incubateur, origine, plan.paiement',
    },
    async upgrade(tx) {
      await tx
        .table('conventions')
        .toCollection()
        .modify((c: Record<string, unknown>) => {
          if (c.plan !== undefined && !PlanConvention.safeParse(c.plan).success) delete c.plan;
        });
    },
  },
];

export const VERSION_SCHEMA = VERSIONS[VERSIONS.length - 1]!.version;

export interface OptionsBase {
  nom?: string;
  /** An IndexedDB factory (tests pass a fresh fake one). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Open at a past version (upgrade tests only). */
  jusquA?: number;
}

export class BaseJauge extends Dexie {
  conventions!: Tables['conventions'];
  executions!: Tables['executions'];
  startups!: Tables['startups'];
  incubateurs!: Tables['incubateurs'];
  reglages!: Tables['reglages'];
  synchro!: Tables['synchro'];

  constructor(options: OptionsBase = {}) {
    super(options.nom ?? NOM_BASE, {
      ...(options.indexedDB && { indexedDB: options.indexedDB }),
      ...(options.IDBKeyRange && { IDBKeyRange: options.IDBKeyRange }),
    });
    for (const v of VERSIONS) {
      if (options.jusquA !== undefined && v.version > options.jusquA) break;
      const version = this.version(v.version).stores(v.tables);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }

  /** The four data tables, for one all-or-nothing transaction. */
  get tablesDonnees() {
    return [this.conventions, this.executions, this.startups, this.incubateurs];
  }
}
