// One input of the hostile-files campaign: how it is made, the `jauge` command that reads it, and
// what must come out (the refusal, or the visible reading).

export interface Attendu {
  /** The CLI's exit code: 0 clean, 1 error findings, 2 refused. */
  code: 0 | 1 | 2;
  /** Patterns the output (stdout then stderr) must hold. */
  sortie?: RegExp[];
  /** Patterns it must never hold (hidden amounts and dates). */
  jamais?: RegExp[];
}

export interface CasHostile {
  /** File (or folder) name, unique: the refusal must name it. */
  nom: string;
  /** What the input is, in French (printed in the campaign's table). */
  quoi: string;
  /** `parse` (documents and text), `plan` (a plan CSV) or `registre` (a folder). */
  commande: 'parse' | 'plan' | 'registre';
  /** The file's bytes; a folder case writes its entries itself with `fabriquer`. */
  octets?: () => Uint8Array;
  fabriquer?: (chemin: string) => void;
  attendu: Attendu;
  /** Large input: only under JAUGE_PROFOND=1 (`npm run test:profond`), and in the bench. */
  profond?: boolean;
}

/** The arguments of `jauge` for a case whose input is at `chemin` (a folder's registry goes beside it). */
export function argumentsDuCas(cas: CasHostile, chemin: string): string[] {
  if (cas.commande === 'registre') return ['registre', 'construire', chemin, '-o', `${chemin}.registre.json`];
  return [cas.commande, chemin];
}
