// Whether investment committees meet every six months (beta.gouv's rhythm): a line about a
// committee that says « tous les six mois », « tous les 6 mois », « deux fois par an »,
// « semestriel(s) » or « chaque semestre ». A committee given another rhythm only (« annuel »,
// « une fois par an », « tous les trois mois ») is read as false; no committee → not stated.
import type { DocumentConvention, Trouve } from './document';

const COMITE = /\bcomites?\b/;
const SEMESTRIEL = /tous les (?:six|6) mois|tous les semestres|deux fois par an|\bsemestriel|chaque semestre|\bbiannuel|\bbisannuel/;
const AUTRE_RYTHME = /\bannuel|une fois par an|tous les ans|chaque annee|tous les (?:trois|3|quatre|4|douze|12) mois|\btrimestriel|chaque trimestre|\bmensuel/;

export function lireComitesSemestriels(doc: DocumentConvention): Trouve<boolean> | null {
  let autre: Trouve<boolean> | null = null;
  for (let i = 0; i < doc.pliees.length; i++) {
    const l = doc.pliees[i]!;
    if (!COMITE.test(l)) continue;
    if (SEMESTRIEL.test(l)) return { valeur: true, ligne: i + 1 };
    if (!autre && AUTRE_RYTHME.test(l)) autre = { valeur: false, ligne: i + 1 };
  }
  return autre;
}
