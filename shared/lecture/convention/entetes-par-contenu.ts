// The AE and CP columns of an échéancier whose header names one of them or neither, told by what
// the columns hold: a scan's header cell comes back misread (« TA » for « AE », « GP » for « CP »)
// while the cells under it are plain amounts. Only a table with a year column and exactly two
// amount columns under short headers is read this way: the named one keeps its name and the other
// takes the one left; with neither named, two headers that keep a letter of « AE » and of « CP »
// are AE then CP, the order every échéancier uses. The review says so (document/revue.ts): the
// header is to be checked.
import { normaliserTexte } from '../../texte';

export type Nom = 'annee' | 'ae' | 'cp' | 'autre' | null;

/** How the échéancier reader reads a header cell and a data cell. */
export interface LecteurCellules {
  nom(cellule: string): Nom;
  estAnnee(cellule: string): boolean;
  estMontant(cellule: string): boolean;
}

export interface ColonnesDeduites {
  annee: number;
  ae: number;
  cp: number;
}

/** A header cell this short (letters only) may be a misread « AE » or « CP ». */
const ENTETE_COURT = /^[\p{L}.]{1,4}$/u;

/** At least two thirds of the rows' non-empty cells satisfy `test`, and there is at least one. */
function majorite(cellules: readonly string[], test: (c: string) => boolean): boolean {
  const pleines = cellules.filter((c) => c.trim() !== '');
  return pleines.length > 0 && pleines.filter(test).length * 3 >= pleines.length * 2;
}

/**
 * The columns of a header row whose AE or CP column is not named, from `rangees` (the cells of the
 * rows under it), read by `lecteur`. Null unless exactly one reading is left.
 */
export function colonnesParContenu(entete: readonly string[], rangees: readonly (readonly string[])[], lecteur: LecteurCellules): ColonnesDeduites | null {
  if (rangees.length < 1) return null;
  const largeur = Math.max(entete.length, ...rangees.map((r) => r.length));
  const colonne = (k: number) => rangees.map((r) => r[k] ?? '');
  const noms = Array.from({ length: largeur }, (_, k) => lecteur.nom(entete[k] ?? ''));
  const estAnnee = (k: number) => majorite(colonne(k), lecteur.estAnnee);
  const annee = noms.indexOf('annee') >= 0 ? noms.indexOf('annee') : Array.from({ length: largeur }, (_, k) => k).find(estAnnee);
  if (annee === undefined || !estAnnee(annee)) return null;
  const montants = Array.from({ length: largeur }, (_, k) => k).filter(
    (k) => k !== annee && majorite(colonne(k), lecteur.estMontant),
  );
  if (montants.length !== 2 || montants.some((k) => noms[k] === 'autre' || noms[k] === 'annee')) return null;
  const [premiere, seconde] = montants as [number, number];
  const [a, b] = [noms[premiere], noms[seconde]];
  if (a === 'ae' && b === 'cp') return null; // named: the ordinary reader's case
  // An unnamed header is short: a misread « AE » or « CP », not « Montant TTC ».
  const plie = (k: number) => normaliserTexte(entete[k] ?? '').replace(/\s+/g, '');
  const court = (k: number) => plie(k) === '' || ENTETE_COURT.test(plie(k));
  if (!court(premiere) && noms[premiere] === null) return null;
  if (!court(seconde) && noms[seconde] === null) return null;
  if (a === 'ae' || b === 'cp') return { annee, ae: premiere, cp: seconde };
  if (a === 'cp' || b === 'ae') return { annee, ae: seconde, cp: premiere };
  // Neither named: each header keeps a letter of the name it stands for (« TA », « GP »; not « HT », « TTC »).
  const garde = (k: number, lettres: RegExp) => plie(k) === '' || lettres.test(plie(k));
  return garde(premiere, /[ae]/) && garde(seconde, /[cp]/) ? { annee, ae: premiere, cp: seconde } : null;
}
