// What the Docs helpers write, decided without Apps Script: the amount in words to put after an
// amount, and the échéancier (sentence and table) of a budget plan pasted from a spreadsheet.
import { lireCsv } from '../../../../shared/lecture/csv';
import { montantEnLettres } from '../../../../shared/lettres';
import { lireMontant } from '../../../../shared/montant';
import { texteAvenant } from '../../../../shared/plan/avenant';
import { lirePlan } from '../../../../shared/plan/lecture';
import { analyserPlan } from '../../../../shared/plan/analyse';
import { citer } from '../../../../shared/texte';

/** An error whose French message is shown to the person as is. */
export class ErreurInsertion extends Error {}

/** An amount at the end of a text: figures, spaces and separators, an optional unit (`2 500 000 €`, `1,2 M€`). */
const MONTANT_EN_FIN = /(?:^|[^\d\p{L}])(-?\d[\d\s\u00a0\u202f.,]*(?:\s*(?:€|euros?|EUR|k€|M€|Md€))?)\s*$/u;

/**
 * The amount to spell: the selected text, or when nothing is selected the amount that ends just before
 * the cursor. `apres` is the text that follows it (a parenthesis there already holds words).
 */
export function lettresApres(texte: string, options: { selection: boolean; apres: string; orthographe1990: boolean }): string {
  const brut = options.selection ? texte.trim() : (MONTANT_EN_FIN.exec(texte)?.[1] ?? '').trim();
  if (brut === '') {
    throw new ErreurInsertion(
      options.selection
        ? 'Sélectionnez un montant en chiffres (par exemple « 2 500 000 € ») avant d\u2019insérer sa version en lettres.'
        : 'Aucun montant juste avant le curseur : sélectionnez le montant (par exemple « 2 500 000 € »).',
    );
  }
  const lu = lireMontant(brut);
  if (!lu.ok) throw new ErreurInsertion(`${citer(brut, 40)} : ${lu.erreur}`);
  if (/^\s*\(/.test(options.apres)) {
    throw new ErreurInsertion(`Le montant ${citer(brut, 40)} est déjà suivi d\u2019une parenthèse : rien n\u2019a été inséré.`);
  }
  return ` (${montantEnLettres(lu.centimes, { orthographe1990: options.orthographe1990 })})`;
}

export interface EcheancierAInserer {
  /** The sentence that introduces the table (the plan module writes it). */
  phrase: string;
  /** Header, one row per year, then Total: the cells of the table to insert. */
  lignes: string[][];
}

/**
 * The échéancier a plan asks for, from the plan as copied from a spreadsheet (tab-separated cells,
 * `Mois | Consommation` and `Bon de commande | Émis en | Montant | Du | Au`, a `Paiement` key).
 * A cell the plan reader cannot read is refused with its cell named (A1, in the pasted block).
 */
export function echeancierDuPlan(colle: string): EcheancierAInserer {
  if (typeof colle !== 'string' || colle.trim() === '') {
    throw new ErreurInsertion('Collez d\u2019abord le plan : les tableaux Mois | Consommation et Bon de commande | Émis en | Montant | Du | Au, copiés depuis le tableur.');
  }
  const csv = lireCsv(colle);
  if (!csv.ok) throw new ErreurInsertion(`Plan illisible : ${csv.erreur}`);
  const lu = lirePlan(csv.grille);
  if (!lu.ok) throw new ErreurInsertion(`Plan illisible : ${lu.erreur}`);
  const [probleme, ...autres] = lu.plan.problemes;
  if (probleme) {
    const ou = probleme.position?.cellule ? `cellule ${probleme.position.cellule} du plan collé : ` : '';
    const reste = autres.length > 0 ? ` (et ${autres.length} autre${autres.length > 1 ? 's' : ''} problème${autres.length > 1 ? 's' : ''})` : '';
    throw new ErreurInsertion(`${ou}${probleme.message}${reste}`);
  }
  const [phrase, ...rangees] = texteAvenant(analyserPlan(lu.plan.entree)).split('\n');
  if (rangees.length < 3) throw new ErreurInsertion('Le plan ne prévoit ni AE ni CP : aucun échéancier à insérer.');
  return { phrase: phrase!, lignes: rangees.map((r) => r.split('\t')) };
}
