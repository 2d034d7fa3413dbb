// The verdict of a validation in words (the sidebar's headline and the menu's toast say the same).
import { compter } from '../../../shared/texte';
import type { Comptes } from './contrat';

/** `Aucune erreur`, `1 avertissement`, `3 erreurs` — errors first, then warnings. */
export function verdict(comptes: Comptes): string {
  if (comptes.erreur > 0) return compter(comptes.erreur, 'erreur');
  if (comptes.avertissement > 0) return compter(comptes.avertissement, 'avertissement');
  return 'Aucune erreur';
}

/** `2 erreurs, 1 avertissement, 0 information` — every gravité, for a one-line summary. */
export function detailComptes(comptes: Comptes): string {
  return [compter(comptes.erreur, 'erreur'), compter(comptes.avertissement, 'avertissement'), compter(comptes.information, 'information')].join(', ');
}
