/**
 * @fileoverview The end date falls before the signature date: the convention would have no period
 * of effect (usually a wrong year).
 */
import { estDateIso, formaterDate } from '../dates';
import { localiser } from './outils/echeancier';
import type { Regle } from './regle';

/** The same day and month in the first year that puts the end after the signature. */
function finPlausible(dateSignature: string, dateFin: string): string | null {
  for (let annee = Number(dateSignature.slice(0, 4)); annee <= Number(dateSignature.slice(0, 4)) + 1; annee++) {
    const candidate = `${annee}${dateFin.slice(4)}`;
    if (estDateIso(candidate) && candidate > dateSignature) return candidate;
  }
  return null;
}

const messages = {
  avant: (dateFin: string, dateSignature: string, suggestion: string | null) =>
    `Date de fin (${formaterDate(dateFin)}) antérieure à la date de signature (${formaterDate(dateSignature)}) : la convention n'aurait ` +
    `aucune période d'effet. Corrigez ${suggestion ? `la date de fin (${formaterDate(suggestion)} ?)` : 'la date de fin'} ou la date de signature.`,
};

const dateFinAvantSignature: Regle = {
  meta: {
    id: 'date-fin-avant-signature',
    gravite: 'erreur',
    titre: 'Date de fin avant la signature',
    pourquoi:
      "La convention prend effet à sa signature et court jusqu'à sa date de fin (décret 2004-1085 art. 1, « durée limitée » [sûr]) : " +
      'une fin antérieure à la signature est une faute de saisie, le plus souvent sur l\'année.',
  },
  check(contexte) {
    const { dateSignature, dateFin } = contexte.convention;
    if (!dateSignature || !dateFin || !estDateIso(dateSignature) || !estDateIso(dateFin) || dateFin >= dateSignature) return [];
    return [
      {
        message: messages.avant(dateFin, dateSignature, finPlausible(dateSignature, dateFin)),
        position: localiser(contexte, 'dateFin') ?? localiser(contexte, 'dateSignature'),
      },
    ];
  },
};

export default dateFinAvantSignature;
