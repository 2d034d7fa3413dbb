// `jauge words AMOUNT [--1990] [--json]`: an amount in words, or words back to an amount.
import { lireMontantEnLettres, montantEnLettres } from '../lettres';
import { formaterMontant, lireMontant } from '../montant';
import { echec, json, succes, type SortieCli } from './sortie';

/** Figures are written in words; words (no digit at all) are read back into figures. */
export function commandeWords(entree: string | undefined, orthographe1990: boolean, enJson: boolean): SortieCli {
  if (entree === undefined || entree.trim() === '') return echec('indiquez un montant, par exemple « jauge words "2 500 000 €" ».');
  if (/\d/.test(entree)) {
    const montant = lireMontant(entree);
    if (!montant.ok) return echec(montant.erreur);
    const lettres = montantEnLettres(montant.centimes, { orthographe1990 });
    return enJson ? json({ centimes: montant.centimes, chiffres: formaterMontant(montant.centimes), lettres }) : succes(`${lettres}\n`);
  }
  const lu = lireMontantEnLettres(entree);
  if (!lu.ok) return echec(lu.erreur);
  const chiffres = formaterMontant(lu.centimes);
  if (enJson) return json({ centimes: lu.centimes, chiffres, lettres: entree.trim(), avertissements: lu.avertissements });
  return succes(`${chiffres}\n${lu.avertissements.map((a) => `⚠ ${a}\n`).join('')}`);
}
