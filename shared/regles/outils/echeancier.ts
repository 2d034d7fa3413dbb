// Helpers the échéancier rules share: rows as read (or rebuilt from the convention), their amounts,
// positions and French labels. Rules only read the context; nothing here mutates it.
import type { Position } from '../../model';
import type { ContexteRegle, LigneLue, ValeurLue } from '../../modele/lu';

/** Amount fields of a row, with the words used in messages (`AE de 2024`, `CP payés en 2024`). */
export const CHAMPS_MONTANT = [
  { champ: 'ae', libelle: 'AE', feminin: true, pluriel: true },
  { champ: 'cp', libelle: 'CP', feminin: false, pluriel: true },
  { champ: 'aeEngagees', libelle: 'AE engagées', feminin: true, pluriel: true },
  { champ: 'cpPayes', libelle: 'CP payés', feminin: false, pluriel: true },
] as const;
export type ChampMontant = (typeof CHAMPS_MONTANT)[number]['champ'];

/**
 * Where a convention field came from. Asks the context first, then the convention's `sources`
 * (text line numbers). A context copied with `{ ...contexte }` from a class instance may have lost
 * its method, so this never assumes `localiser` is callable.
 */
export function localiser(contexte: ContexteRegle, champ: string): Position | null {
  if (typeof contexte.localiser === 'function') {
    const position = contexte.localiser(champ);
    if (position) return position;
  }
  const ligne = contexte.convention.sources?.[champ];
  return typeof ligne === 'number' && ligne > 0 ? { ligne } : null;
}

/** The position of `contexte.texte`'s line `ligne` (1-based) in the text as written. */
export function positionDuTexte(contexte: ContexteRegle, ligne: number): Position {
  const origine = typeof contexte.ligneOrigine === 'function' ? contexte.ligneOrigine(ligne) : ligne;
  return { ligne: Number.isInteger(origine) && origine > 0 ? origine : ligne };
}

function valeurConnue(valeur: number | null, position: Position | null): ValeurLue<number> {
  return { brut: valeur === null ? '' : String(valeur), valeur, position };
}

/**
 * The rows of the échéancier. Readers give them with raw texts and cells; a context built from a
 * bare `Convention` (registry) may not, so rows are then rebuilt from `convention.echeancier`
 * with the text lines or field names of `sources`.
 */
export function lignesEcheancier(contexte: ContexteRegle): LigneLue[] {
  if (contexte.echeancier.length > 0) return contexte.echeancier;
  return contexte.convention.echeancier.map((l, i) => {
    const ou = (champ: string): Position =>
      localiser(contexte, `echeancier.${i}.${champ}`) ?? localiser(contexte, `echeancier.${i}`) ?? { champ: `echeancier.${i}.${champ}` };
    return {
      annee: valeurConnue(l.annee, ou('annee')),
      ae: valeurConnue(l.ae, ou('ae')),
      cp: valeurConnue(l.cp, ou('cp')),
      position: localiser(contexte, `echeancier.${i}`) ?? ou('annee'),
    };
  });
}

/** The position of a value, or of its row when the cell itself is not known. */
export function positionDe(valeur: ValeurLue<unknown> | undefined, ligne: LigneLue): Position {
  return valeur?.position ?? ligne.position;
}

/** A value someone wrote that could not be read (as opposed to an empty cell). */
export function estIllisible(valeur: ValeurLue<unknown> | undefined): boolean {
  // The readers' contract: an unreadable value carries a `probleme`; a dash or « néant » is an empty cell.
  return valeur !== undefined && valeur.valeur === null && valeur.probleme !== undefined;
}

/**
 * True when every amount and year can be used for sums. Rules that add amounts up stay silent
 * otherwise: `montant-illisible` / `annee-illisible` already point at the cell, and a sum with a
 * hole in it would only produce a second, misleading finding.
 */
export function echeancierLisible(contexte: ContexteRegle): boolean {
  const lignes = lignesEcheancier(contexte);
  return lignes.every((l) => l.annee.valeur !== null && !estIllisible(l.ae) && !estIllisible(l.cp));
}

/** Amount in cents, an empty cell counting as 0. */
export function centimes(valeur: ValeurLue<number> | undefined): number {
  return valeur?.valeur ?? 0;
}

/** Rows with a year, in chronological order (stable for equal years). */
export function lignesChronologiques(contexte: ContexteRegle): Array<LigneLue & { annee: ValeurLue<number> & { valeur: number } }> {
  return lignesEcheancier(contexte)
    .filter((l): l is LigneLue & { annee: ValeurLue<number> & { valeur: number } } => l.annee.valeur !== null)
    .map((l, i) => ({ l, i }))
    .sort((a, b) => a.l.annee.valeur - b.l.annee.valeur || a.i - b.i)
    .map(({ l }) => l);
}

/**
 * Rows whose running totals are known: chronological, cut before the first year with an unreadable
 * AE or CP (later totals are unknown, earlier ones are not). Empty when a row with amounts has no
 * readable year, since it could belong to any year.
 */
export function lignesCumulables(contexte: ContexteRegle): ReturnType<typeof lignesChronologiques> {
  const sansAnnee = lignesEcheancier(contexte).some(
    (l) => l.annee.valeur === null && [l.ae, l.cp].some((v) => v.valeur !== null || estIllisible(v)),
  );
  if (sansAnnee) return [];
  const lignes = lignesChronologiques(contexte);
  const coupure = lignes.findIndex((l) => estIllisible(l.ae) || estIllisible(l.cp));
  return coupure === -1 ? lignes : lignes.slice(0, coupure);
}

/** A short French pointer to a position, for "déjà ligne 90" / "déjà en A3". */
export function decrirePosition(position: Position | null | undefined): string {
  if (!position) return '';
  if (position.cellule) return `en ${position.cellule}`;
  if (position.ligne !== undefined) return `ligne ${position.ligne}`;
  if (position.champ) return `champ ${position.champ}`;
  return '';
}

/** `de 2024` for a row with a year, else where the row is (`de la ligne 6`). */
export function deLAnnee(ligne: LigneLue): string {
  if (ligne.annee.valeur !== null) return `de ${ligne.annee.valeur}`;
  if (ligne.position.ligne !== undefined) return `de la ligne ${ligne.position.ligne}`;
  return "d'une ligne sans année";
}

/** A reader's reason already tells what to do when it holds an instruction. */
export function ditQuoiFaire(raison: string): boolean {
  return /[ÉE]crivez|Complétez|Corrigez|Remplacez|Laissez|Retirez|Supprimez|Indiquez/i.test(raison);
}
