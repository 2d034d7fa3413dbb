// What a plan sheet says twice, and what Jauge then does with it, in findings of their own: a column
// header given twice (`Consommation;Consommation`), a second table of the same kind, a month typed on
// two rows. Nothing is dropped or summed in silence.
import type { Gravite, Position } from '../model';
import { formaterMontant } from '../montant';
import { deMois, type Mois } from '../mois';

export interface ProblemePlan {
  message: string;
  position: Position | null;
  /** `erreur` when absent (a cell that cannot be read). */
  gravite?: Gravite;
  /** The finding's id; `plan-illisible` when absent. */
  regle?: string;
}

export const PLAN_COLONNE_EN_DOUBLE = 'plan-colonne-en-double';
export const PLAN_TABLEAU_IGNORE = 'plan-tableau-ignore';
export const PLAN_MOIS_EN_DOUBLE = 'plan-mois-en-double';

/** A column header met again in the same header row. */
export interface Doublon {
  libelle: string;
  lue: string;
  ignoree: string;
  position: Position;
}

export function problemeColonne(d: Doublon): ProblemePlan {
  return {
    message: `Deux colonnes « ${d.libelle} » dans l'en-tête (${d.lue} et ${d.ignoree}) : Jauge lit la première, ${d.lue}, et ignore ${d.ignoree}. Renommez ou supprimez celle qui n'est pas la bonne.`,
    position: d.position,
    gravite: 'avertissement',
    regle: PLAN_COLONNE_EN_DOUBLE,
  };
}

export function problemeTableau(quoi: string, lue: string, ignoree: string, memesMois: boolean, position: Position): ProblemePlan {
  const pourquoi = memesMois ? ', sur les mêmes mois,' : '';
  return {
    message: `Deux tableaux « ${quoi} » : Jauge lit le premier (${lue}) et ignore le second (${ignoree})${pourquoi} car un plan n'en a qu'un. Réunissez-les ou supprimez celui qui n'est pas le bon.`,
    position,
    gravite: 'avertissement',
    regle: PLAN_TABLEAU_IGNORE,
  };
}

/** One finding per month typed on several rows of the consumption table (the model adds them up). */
export function problemesMoisEnDouble(consommation: readonly { mois: Mois; montant: number; position?: Position | null }[]): ProblemePlan[] {
  const parMois = new Map<Mois, { montant: number; position?: Position | null }[]>();
  for (const c of consommation) parMois.set(c.mois, [...(parMois.get(c.mois) ?? []), c]);
  const problemes: ProblemePlan[] = [];
  for (const [mois, lignes] of parMois) {
    if (lignes.length < 2) continue;
    const cellules = lignes.map((l) => l.position?.cellule).filter((c): c is string => c !== undefined);
    const total = lignes.reduce((s, l) => s + l.montant, 0);
    problemes.push({
      message:
        `Le mois ${deMois(mois)} est donné ${lignes.length === 2 ? 'deux' : lignes.length} fois${cellules.length > 0 ? ` (${cellules.join(', ')})` : ''} : ` +
        `Jauge additionne ${lignes.map((l) => formaterMontant(l.montant)).join(' + ')} = ${formaterMontant(total)}. Gardez une seule ligne par mois si ce n'est pas voulu.`,
      position: lignes[1]!.position ?? null,
      gravite: 'avertissement',
      regle: PLAN_MOIS_EN_DOUBLE,
    });
  }
  return problemes;
}
