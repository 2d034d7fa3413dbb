// What every handler shares: the database, the clock, fetch, and a cache of the registry and of
// each convention's computed status (rebuilt when the data, the settings or the day change).
import type { Constat, Convention, Execution, Startup, Statut } from '../../../shared/model';
import type { Registre } from '../../../shared/registre/format';
import { registreParDefaut } from '../../../shared/registre/defaut';
import { contexteDepuisConvention } from '../../../shared/registre/contexte';
import { indexerRegistre } from '../../../shared/registre/recherche';
import { statut } from '../../../shared/statut';
import { verifier } from '../../../shared/verifier';
import type { BaseJauge } from '../db';
import { jourParis, type Horloge } from '../horloge';
import { REGLAGES_PAR_DEFAUT, Reglages, type ResumeConvention } from '../messages';
import { resumerConvention } from '../resume';
import { chargerRegistre, enregistrerRegistre } from '../stockage';

export interface Dependances {
  db: BaseJauge;
  maintenant: Horloge;
  fetch: typeof fetch;
  /** The embedded registry used to seed (tests may pass a smaller one). */
  registreInitial?: Registre;
}

export interface Calcul {
  convention: Convention;
  execution?: Execution;
  statut: Statut;
  constats: Constat[];
  resume: ResumeConvention;
}

/** Merges stored settings over the defaults, section by section (older rows may lack keys). */
export function completerReglages(stockes: unknown): Reglages {
  const s = (typeof stockes === 'object' && stockes !== null ? stockes : {}) as Partial<Reglages>;
  const fusion = {
    fonctionnalites: { ...REGLAGES_PAR_DEFAUT.fonctionnalites, ...s.fonctionnalites },
    synchro: { ...REGLAGES_PAR_DEFAUT.synchro, ...s.synchro },
    clotures: { ...REGLAGES_PAR_DEFAUT.clotures, ...s.clotures },
  };
  const lu = Reglages.safeParse(fusion);
  return lu.success ? lu.data : REGLAGES_PAR_DEFAUT;
}

export class Etat {
  private registreCache?: Promise<Registre>;
  private indexCache?: ReturnType<typeof indexerRegistre>;
  private reglagesCache?: Promise<Reglages>;
  private memo = new Map<string, Calcul>();
  private tablesCache?: { executions: Map<string, Execution>; startups: Map<string, Startup> };
  private jour?: string;
  private semis?: Promise<void>;

  constructor(readonly deps: Dependances) {}

  get db(): BaseJauge {
    return this.deps.db;
  }

  /** Today in Paris; a new day drops the computed statuses. */
  aujourdhui(): string {
    const jour = jourParis(this.deps.maintenant());
    if (jour !== this.jour) {
      this.jour = jour;
      this.memo.clear();
    }
    return jour;
  }

  /** ISO date-time of now, for sync records. */
  horodatage(): string {
    return this.deps.maintenant().toISOString();
  }

  /** After any write to the data tables. */
  invalider(): void {
    this.registreCache = undefined;
    this.indexCache = undefined;
    this.tablesCache = undefined;
    this.memo.clear();
  }

  invaliderReglages(): void {
    this.reglagesCache = undefined;
    this.memo.clear();
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
    await enregistrerRegistre(this.db, registre, { remplacer: true });
    await this.db.synchro.put({ cle: 'seme', le: this.horodatage(), source: 'defaut' });
    this.invalider();
    return registre.conventions.length;
  }

  registre(): Promise<Registre> {
    this.registreCache ??= chargerRegistre(this.db);
    return this.registreCache;
  }

  async index() {
    const registre = await this.registre();
    this.indexCache ??= indexerRegistre(registre);
    return this.indexCache;
  }

  reglages(): Promise<Reglages> {
    this.reglagesCache ??= this.db.reglages.get('reglages').then((l) => completerReglages(l?.valeur));
    return this.reglagesCache;
  }

  /** Status, findings and summary of one convention (memoised for the day). */
  async calcul(id: string): Promise<Calcul | undefined> {
    const aujourdhui = this.aujourdhui();
    const deja = this.memo.get(id);
    if (deja) return deja;
    const registre = await this.registre();
    const convention = registre.conventions.find((c) => c.id === id);
    if (!convention) return undefined;
    return this.calculer(convention, registre, aujourdhui, await this.reglages());
  }

  async calculs(conventions: readonly Convention[]): Promise<Calcul[]> {
    const aujourdhui = this.aujourdhui();
    const registre = await this.registre();
    const reglages = await this.reglages();
    return conventions.map((c) => this.memo.get(c.id) ?? this.calculer(c, registre, aujourdhui, reglages));
  }

  private calculer(convention: Convention, registre: Registre, aujourdhui: string, reglages: Reglages): Calcul {
    this.tablesCache ??= {
      executions: new Map(registre.executions.map((e) => [e.conventionId, e])),
      startups: new Map(registre.startups.map((st) => [st.slug, st])),
    };
    const { startups } = this.tablesCache;
    const execution = this.tablesCache.executions.get(convention.id);
    const constats = verifier(contexteDepuisConvention(convention, execution, aujourdhui));
    const s = statut(convention, execution, aujourdhui, { constats, clotures: reglages.clotures });
    const calcul: Calcul = {
      convention,
      ...(execution && { execution }),
      statut: s,
      constats,
      resume: resumerConvention(convention, s, { execution, nombreConstats: constats.length, startups }),
    };
    this.memo.set(convention.id, calcul);
    return calcul;
  }
}
