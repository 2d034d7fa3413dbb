// What the Docs server returns to its sidebar and what the sidebar may call: the one contract both sides
// type-check against (the sidebar never imports server code, which needs Apps Script's globals).
import type { Convention, Position } from '../../../shared/model';
import type { Comptes, Gravite } from '../commun/contrat';

export type { Comptes, Gravite };

/** Where a finding is in the document: the paragraph to select (index in Body.getParagraphs()) and how it starts. */
export interface Cible {
  paragraphe: number;
  /** The first characters of that paragraph when it was read: the paragraph is found again by them. */
  extrait: string;
  /** True when the paragraph is in a table cell (the finding is about a row of a table). */
  tableau: boolean;
}

/** One finding: the CLI's shape (`jauge check --json`), plus where to find it in the document. */
export interface ConstatDocs {
  regle: string;
  gravite: Gravite;
  message: string;
  /** `{ ligne }`: the line of the document's text (a paragraph, or a table row), as the CLI numbers it. */
  position: Position | null;
  conventionId?: string;
  /** The paragraph to select, null when the finding has no line (a missing date, a missing table). */
  cible: Cible | null;
}

export interface RapportDocs {
  /** Every finding, in the CLI's order. */
  constats: ConstatDocs[];
  comptes: Comptes;
  /** What was read, as `jauge parse --json` gives it. */
  convention: Convention;
  /** Lines of text read (paragraphs and table rows) and tables among them. */
  lignes: number;
  tableaux: number;
  /** Ranges given a background by this check, and findings left unmarked (memory full, or no line). */
  plagesMarquees: number;
  plagesNonMarquees: number;
  /** Why marks could not be put at all (the document's text did not read as expected), else ''. */
  marquesImpossibles: string;
}

export interface ResultatEffacementDocs {
  /** Marked ranges whose earlier backgrounds were put back. */
  plagesRestaurees: number;
  /** Marked ranges whose text has changed so much since that they were not found again. */
  plagesPerdues: number;
}

export interface ResultatInsertion {
  /** What was written, in words (« deux millions cinq cent mille euros »). */
  insere: string;
}

/** Server functions the Docs sidebar calls through `google.script.run` (see docs/serveur/index.ts). */
export interface ApiServeurDocs {
  verifierConvention(): RapportDocs;
  effacerMarques(): ResultatEffacementDocs;
  selectionnerConstat(cible: Cible): void;
  insererMontantEnLettres(orthographe1990: boolean): ResultatInsertion;
  insererEcheancierDuPlan(plan: string): ResultatInsertion;
}
