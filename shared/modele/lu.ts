// The values readers return and the rules read: a value as it was read (raw text, value, place), an
// échéancier row as read, an amount in figures and words, and the rules' whole context. The readers
// (lecture/, plan/lecture.ts) build them; the rules (regles/) only read them; neither imports the other.
import type { Convention, Execution, Position } from '../model';
import type { AnalysePlan } from './plan';

/** A value as it was read (text of a cell or of a convention's table), with where it was. */
export interface ValeurLue<T> {
  /** What the person typed / the text held, trimmed ('' when empty). */
  brut: string;
  /** The value understood, or null (empty, or unreadable: then `probleme` says why). */
  valeur: T | null;
  position: Position | null;
  /** French reason the value could not be read (ambiguous `1.900`, `#REF!`, words…). */
  probleme?: string;
}

/** One row of an échéancier as read, before any rule: every cell keeps its raw text and place. */
export interface LigneLue {
  annee: ValeurLue<number>;
  ae: ValeurLue<number>;
  cp: ValeurLue<number>;
  aeEngagees?: ValeurLue<number>;
  cpPayes?: ValeurLue<number>;
  /** Registry layout: the convention the row belongs to. */
  conventionId?: string;
  position: Position;
}

/** An amount written both in figures and in words in a text (`2 500 000 € (deux millions…)`). */
export interface MontantEnLettres {
  chiffres: ValeurLue<number>;
  lettres: string;
  position: Position | null;
}

/** Everything a rule may look at. Readers (text, table, registry) build it; rules only read it. */
export interface ContexteRegle {
  /** What is known of the convention (from a text, or from a sheet's key–value cells). */
  convention: Convention;
  /** The échéancier as read, with raw texts and positions. */
  echeancier: LigneLue[];
  /** A `Total` row when one was found. */
  total?: { ae: ValeurLue<number>; cp: ValeurLue<number>; position: Position };
  /**
   * An avenant whose text holds several échéanciers without saying which one it sets (none was
   * taken): where each one starts. Absent otherwise.
   */
  echeanciersAvenant?: Position[];
  /** No échéancier was read, but a table that looks like one is there: where, and its header's cells. */
  echeancierNonLu?: { position: Position; entete: string[] };
  /**
   * Parties the text names without saying which one delegates (no role in their blocks, nothing
   * elsewhere that tells): the reader left délégant and délégataire unread. Absent otherwise.
   */
  partiesSansRole?: { designation: string; position: Position }[];
  /** The lines of a convention text once normalised (index 0 = line 1), when the source is a text. */
  texte?: string[];
  /**
   * The line of the text as written that `texte`'s line `ligne` (1-based) comes from: normalisation
   * may split a line (vertical tab, U+2028) or join two (page break). Identity when absent.
   */
  ligneOrigine?(ligne: number): number;
  /** Amounts written in figures and in words. */
  montantsEnLettres?: MontantEnLettres[];
  execution?: Execution;
  /** A budget plan (monthly consumption and bons de commande) analysed: only the plan rules read it. */
  plan?: AnalysePlan;
  /** Today, ISO; never read from the clock inside shared/. */
  aujourdhui?: string;
  /** Where a convention field came from (`dateFin`, `chorus.centreFinancier`…), if known. */
  localiser(champ: string): Position | null;
}
