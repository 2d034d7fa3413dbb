// The shape of a rule, modelled on ESLint's: `meta` says what and why, `check` reports findings.
// What a rule looks at (ContexteRegle, the values read) is the model's (shared/modele/lu.ts), so that
// the readers build it without importing the rules.
import type { Constat, Gravite } from '../model';
import type { ContexteRegle } from '../modele/lu';

export interface MetaRegle {
  id: string;
  gravite: Gravite;
  titre: string;
  /** Why the rule exists: the article, decree or practice, and how sure that source is. */
  pourquoi: string;
}

export type Signalement = Omit<Constat, 'regle' | 'gravite' | 'conventionId'> & { gravite?: Gravite };

export interface Regle {
  meta: MetaRegle;
  /** Returns the findings; a rule never throws on odd data (verifier guards it anyway). */
  check(contexte: ContexteRegle): Signalement[];
}
