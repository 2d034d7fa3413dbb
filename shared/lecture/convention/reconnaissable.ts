// A text from which nothing identifying was read is not a convention: a party, and a date, an
// échéancier or a FAST amount. The extension's import and `jauge registre construire` both ask.
import type { Convention } from '../../model';

export function estReconnaissable(c: Convention): boolean {
  const partie = Boolean(c.delegant.sigle || c.delegant.nom || c.delegataire.sigle || c.delegataire.nom);
  return partie && Boolean(c.dateSignature || c.dateFin || c.echeancier.length > 0 || c.montantFast !== undefined);
}
