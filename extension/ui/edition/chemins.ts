// Where a message about a model path goes in the form: a text field, an échéancier cell, the links.
import { CHAMPS } from './champs';

/** The form field (`dateFin`, `centreFinancier`, `echeancier.0.ae`) of a model path from the schema or a rule. */
export function champDuChemin(chemin: string): string {
  const ligne = /^echeancier\.(\d+)(?:\.(annee|ae|cp))?/.exec(chemin);
  if (ligne) return ligne[2] ? `echeancier.${ligne[1]}.${ligne[2]}` : 'echeancier';
  const champ = CHAMPS.find((d) => chemin === d.chemin || chemin.startsWith(`${d.chemin}.`));
  if (champ) return champ.cle;
  if (chemin.startsWith('delegant')) return 'delegantSigle';
  if (chemin.startsWith('delegataire')) return 'delegataireSigle';
  if (chemin.startsWith('startups') || chemin.startsWith('incubateur')) return 'liens';
  return chemin.split('.')[0] ?? chemin;
}
