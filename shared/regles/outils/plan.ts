// Helpers of the plan rules: where an order's cells are, how an order is named in a message.
import type { Position } from '../../model';
import type { BonDeCommande } from '../../modele/plan';
import { citer } from '../../texte';

/** The cell of one of an order's fields, else its row, else null. */
export function positionBon(bon: BonDeCommande | undefined, champ: 'nom' | 'emisEn' | 'montant' | 'du' | 'au'): Position | null {
  return bon?.positions?.[champ] ?? bon?.position ?? null;
}

/** `Bon de commande « BC 3 »`. */
export function nommerBon(nom: string): string {
  return `Bon de commande ${citer(nom, 40)}`;
}

/** Source shared by the plan rules. */
export const SOURCE_BLOG =
  'beta.gouv.fr, « Suivi budgétaire d\u2019une Startup d\u2019État » (juin 2025) ; domain-research, « Planning a startup\u2019s budget by the month »';
