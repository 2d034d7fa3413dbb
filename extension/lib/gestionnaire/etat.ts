// What every handler shares: the database, the clock, fetch, and the caches that make look-ups
// cheap: the registry and its search index (until the data change), and each convention's status,
// findings and summary (until the data, the closing dates of the settings or the day change).
// Each cache is a generation object replaced whole on invalidation, so work still in flight for an
// older generation can never write stale results into the current one.
import type { Constat, Convention, Execution, Startup, Statut } from '../../../shared/model';
import type { Registre } from '../../../shared/registre/format';
import { registreParDefaut } from '../../../shared/registre/defaut';
import { contexteDepuisConvention } from '../../../shared/modele/contexte';
import { indexerRegistre, type IndexRecherche } from '../../../shared/registre/recherche';
import { construirePortefeuille, type Portefeuille } from '../../../shared/portefeuille';
import { statut } from '../../../shared/statut';
import { verifier } from '../../../shared/verifier';
import { verifierPlanDeConvention } from '../../../shared/plan/verifier';
import type { BaseJauge } from '../db';
import { jourParis, type Horloge } from '../horloge';
import { REGLAGES_PAR_DEFAUT, Reglages, type ResumeConvention } from '../messages';
import { comparerResumes, resumerConvention } from '../resume';
import { startupsParCle } from '../../../shared/registre/liens';
import { chargerRegistre, enregistrerRegistre } from '../stockage';
import type { Observation } from '../sources/observateur';

export interface Dependances {
  db: BaseJauge;
  maintenant: Horloge;
  fetch: typeof fetch;
  /** The embedded registry used to seed (tests may pass a smaller one). */
  registreInitial?: Registre;
  /** Warm the caches in the background after every data change (default true). */
  prechauffer?: boolean;
  /** Tells the open pages that the data changed (lib/changements); nothing by default. */
  annoncerChangement?: () => void;
  /** Whether the user granted a URL's host: each redirect's target is checked before it is fetched. */
  autorise?: (url: URL) => Promise<boolean>;
  /** Reads where the background's own redirects lead (webRequest, lib/sources/observateur); none in tests. */
  observerRedirections?: () => Observation;
  /** The Grist API key, from storage.local (lib/sources/cle-grist). */
  cleGrist?: () => Promise<string | null>;
}

export interface Calcul {
  convention: Convention;
  execution?: Execution;
  statut: Statut;
  constats: Constat[];
  resume: ResumeConvention;
}

/** Conventions computed between two yields to the event loop while warming (a few ms of work, cold). */
export const TRANCHE_PRECHAUFFAGE = 100;

/** Merges stored settings over the defaults, section by section (older rows may lack keys). */
export function completerReglages(stockes: unknown): Reglages {
  const s = (typeof stockes === 'object' && stockes !== null ? stockes : {}) as Partial<Reglages>;
  const fusion = {
    fonctionnalites: { ...REGLAGES_PAR_DEFAUT.fonctionnalites, ...s.fonctionnalites },
    synchro: { ...REGLAGES_PAR_DEFAUT.synchro, ...s.synchro },
    clotures: { ...REGLAGES_PAR_DEFAUT.clotures, ...s.clotures },
  };
  const lu = Reglages.safeParse(fusion);
  if (lu.success) return lu.data;
  // A URL saved before a rule refused it (one with `user:password@`) must not reset every setting.
  const sansUrl = Reglages.safeParse({ ...fusion, synchro: { ...fusion.synchro, url: null } });
  return sansUrl.success ? sansUrl.data : REGLAGES_PAR_DEFAUT;
}

/** The data of one generation: the registry as stored, and what is derived from it alone. */
interface Donnees {
  registre: Promise<Registre>;
  index?: IndexRecherche;
  tables?: {
    conventions: Map<string, Convention>;
    executions: Map<string, Execution>;
    startups: Map<string, Startup>;
  };
}

/** Statuses of one generation of data, for one day and one set of closing dates. */
interface Calculs {
  donnees: Donnees;
  registre: Registre;
  cle: string;
  clotures: Reglages['clotures'];
  aujourdhui: string;
  memo: Map<string, Calcul>;
  /** Every summary, worst first (the popup's unfiltered list), once computed. */
  tries?: Promise<ResumeConvention[]>;
  /** The same, once the promise has settled (read without waiting, never computed for it). */
  triesPrets?: ResumeConvention[];
  /** The dashboard's rows and calendar, once computed. */
  portefeuille?: Promise<Portefeuille>;
}

type Planificateur = { postTask?: (tache: () => void, options: { priority: 'background' }) => Promise<void> };

/**
 * Yields to the event loop between two slices of warm-up. In Chrome's service worker, slices
 * chained with setTimeout kept incoming messages waiting (a popup keystroke queued ~100 ms behind
 * the warm-up); a background-priority task lets every message go first. setTimeout elsewhere.
 */
function pause(): Promise<void> {
  const planificateur = (globalThis as { scheduler?: Planificateur }).scheduler;
  if (typeof planificateur?.postTask === 'function') return planificateur.postTask(() => undefined, { priority: 'background' });
  return new Promise<void>((fin) => setTimeout(fin, 0));
}

export class Etat {
  private donnees?: Donnees;
  private calculsCourants?: Calculs;
  private reglagesCache?: Promise<Reglages>;
  private prechauffage?: { calculs: Calculs; fini: Promise<void> };
  private semis?: Promise<void>;
  /** How many statuses were computed since start: what the caches save (their tests read it). */
  nombreCalculs = 0;

  constructor(readonly deps: Dependances) {}

  get db(): BaseJauge {
    return this.deps.db;
  }

  /** Today in Paris (the day decides every status: a new day means new statuses). */
  aujourdhui(): string {
    return jourParis(this.deps.maintenant());
  }

  /** ISO date-time of now, for sync records. */
  horodatage(): string {
    return this.deps.maintenant().toISOString();
  }

  /** After any write to the data tables: registry, index and statuses are dropped, then rewarmed. */
  invalider(): void {
    this.donnees = undefined;
    this.calculsCourants = undefined;
    this.prechauffage = undefined;
    try {
      this.deps.annoncerChangement?.();
    } catch {
      // Open pages then show the data of their opening: never a reason to fail an import.
    }
    if (this.deps.prechauffer !== false) {
      // After the current message is answered: its answer must not wait for the warm-up.
      setTimeout(() => void this.prechauffer().catch(() => undefined), 0);
    }
  }

  /** After the settings were written: statuses follow only when the closing dates changed (see calculs). */
  invaliderReglages(): void {
    this.reglagesCache = undefined;
  }

  /** Seeds from the embedded registry once, if the database was never seeded. */
  assurerSemis(): Promise<void> {
    this.semis ??= (async () => {
      const seme = await this.db.synchro.get('seme');
      if (seme) return;
      await this.semer();
    })().catch((e) => {
      this.semis = undefined;
      throw e;
    });
    return this.semis;
  }

  /** Replaces every data row by the embedded registry. */
  async semer(): Promise<number> {
    const registre = this.deps.registreInitial ?? registreParDefaut;
    await enregistrerRegistre(this.db, registre, { remplacer: true, origine: 'defaut' });
    await this.db.synchro.put({ cle: 'seme', le: this.horodatage(), source: 'defaut' });
    this.invalider();
    return registre.conventions.length;
  }

  private donneesCourantes(): Donnees {
    this.donnees ??= { registre: chargerRegistre(this.db) };
    return this.donnees;
  }

  registre(): Promise<Registre> {
    const donnees = this.donneesCourantes();
    return donnees.registre.catch((e) => {
      // A failed read is not cached: the next request tries again.
      if (this.donnees === donnees) this.donnees = undefined;
      throw e;
    });
  }

  /** The search index, built once per registry and kept in memory. */
  async index(): Promise<IndexRecherche> {
    const donnees = this.donneesCourantes();
    const registre = await this.registre();
    donnees.index ??= indexerRegistre(registre);
    return donnees.index;
  }

  reglages(): Promise<Reglages> {
    this.reglagesCache ??= this.db.reglages.get('reglages').then((l) => completerReglages(l?.valeur));
    return this.reglagesCache;
  }

  /** The statuses of the current data, day and closing dates (a new generation when one changed). */
  private async generation(): Promise<Calculs> {
    const donnees = this.donneesCourantes();
    const registre = await this.registre();
    const { clotures } = await this.reglages();
    const aujourdhui = this.aujourdhui();
    const cle = `${aujourdhui}|${clotures.commandes}|${clotures.paiements}`;
    const courants = this.calculsCourants;
    if (courants && courants.donnees === donnees && courants.cle === cle) return courants;
    const nouveaux: Calculs = { donnees, registre, cle, clotures, aujourdhui, memo: new Map() };
    // Data invalidated while we awaited: answer from what we read, but do not install it.
    if (this.donnees === donnees) this.calculsCourants = nouveaux;
    return nouveaux;
  }

  /** Status, findings and summary of one convention (memoised for the generation). */
  async calcul(id: string): Promise<Calcul | undefined> {
    const c = await this.generation();
    const deja = c.memo.get(id);
    if (deja) return deja;
    const convention = this.tables(c).conventions.get(id);
    return convention && this.calculer(c, convention);
  }

  /** Several conventions by id, in that order; unknown ids are left out. */
  async calculsParId(ids: readonly string[]): Promise<Calcul[]> {
    const c = await this.generation();
    const { conventions } = this.tables(c);
    return ids.flatMap((id) => {
      const calcul = c.memo.get(id) ?? (conventions.has(id) ? this.calculer(c, conventions.get(id)!) : undefined);
      return calcul ? [calcul] : [];
    });
  }

  async calculs(conventions: readonly Convention[]): Promise<Calcul[]> {
    const c = await this.generation();
    return conventions.map((conv) => c.memo.get(conv.id) ?? this.calculer(c, conv));
  }

  /** Every convention's summary, worst first; computed in slices so other messages are answered meanwhile. */
  async resumesTries(): Promise<ResumeConvention[]> {
    const c = await this.generation();
    c.tries ??= this.tousLesCalculs(c).then((calculs) => (c.triesPrets = calculs.map((x) => x.resume).sort(comparerResumes)));
    return c.tries;
  }

  /** The summaries worst first if they are already computed for today's data (a search's urgency order), else undefined. */
  async resumesTriesPrets(): Promise<ResumeConvention[] | undefined> {
    return (await this.generation()).triesPrets;
  }

  /** The dashboard's data: every convention's row and key dates, from the memoised statuses, in slices. */
  async portefeuille(): Promise<Portefeuille> {
    const c = await this.generation();
    c.portefeuille ??= this.tousLesCalculs(c).then((calculs) => construirePortefeuille(calculs, c.registre, c.aujourdhui, { clotures: c.clotures }));
    return c.portefeuille;
  }

  /**
   * Loads the registry, builds the search index and every summary ahead of the popup's first
   * keystroke (after install, import, sync or reset). One warm-up per generation.
   */
  async prechauffer(): Promise<void> {
    const c = await this.generation();
    if (this.prechauffage?.calculs === c) return this.prechauffage.fini;
    const fini = (async () => {
      await this.index();
      await pause();
      await this.resumesTries();
    })();
    this.prechauffage = { calculs: c, fini };
    return fini;
  }

  /** Every convention's calcul, in registry order, computed in slices so other messages are answered meanwhile. */
  private async tousLesCalculs(c: Calculs): Promise<Calcul[]> {
    const calculs: Calcul[] = [];
    const conventions = c.registre.conventions;
    for (let i = 0; i < conventions.length; i += TRANCHE_PRECHAUFFAGE) {
      if (i > 0) await pause();
      for (const conv of conventions.slice(i, i + TRANCHE_PRECHAUFFAGE)) calculs.push(c.memo.get(conv.id) ?? this.calculer(c, conv));
    }
    return calculs;
  }

  private tables(c: Calculs): NonNullable<Donnees['tables']> {
    c.donnees.tables ??= {
      conventions: new Map(c.registre.conventions.map((conv) => [conv.id, conv])),
      executions: new Map(c.registre.executions.map((e) => [e.conventionId, e])),
      startups: startupsParCle(c.registre.startups),
    };
    return c.donnees.tables;
  }

  private calculer(c: Calculs, convention: Convention): Calcul {
    this.nombreCalculs++;
    const { executions, startups } = this.tables(c);
    const execution = executions.get(convention.id);
    // The plan's findings count as the convention's: an order missing or too small makes it an alert.
    const plan = verifierPlanDeConvention(convention, c.aujourdhui, execution);
    const constats = [...verifier(contexteDepuisConvention(convention, execution, c.aujourdhui)), ...(plan?.constats ?? [])];
    const s = statut(convention, execution, c.aujourdhui, { constats, clotures: c.clotures });
    const calcul: Calcul = {
      convention,
      ...(execution && { execution }),
      statut: s,
      constats,
      resume: resumerConvention(convention, s, { execution, nombreConstats: constats.length, startups }),
    };
    c.memo.set(convention.id, calcul);
    return calcul;
  }
}
