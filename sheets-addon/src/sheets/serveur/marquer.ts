// Marks a check's findings on the sheet that was read: remember what the marked cells looked like
// (document properties), put back the previous check's marks, colour and annotate the new cells — one
// read and one write of backgrounds and notes, over one box holding the old marks and the new ones.
import type { ConstatRapport } from '../contrat';
import { ecrireBoite, feuilleNommee, lireBoite, lireProprietes, remplacerProprietes, type BoiteLue, type Lecture } from './adaptateur';
import {
  BUDGET_MARQUES,
  boiteEnglobante,
  decoderEtat,
  encoderEtat,
  estCleMarques,
  marquesDepuisConstats,
  planifier,
  type Boite,
  type EtatMarques,
  type MarqueStockee,
  type Plan,
} from './marques';

export interface ResultatMarques {
  /** Cells coloured and annotated. */
  cellulesMarquees: number;
  /** Findings' cells left unmarked because the document's storage for marks is full. */
  cellulesNonMarquees: number;
}

export function marquer(lecture: Lecture, constats: readonly ConstatRapport[]): ResultatMarques {
  const proprietes = lireProprietes();
  const ancien = decoderEtat(proprietes);
  let anciennes: readonly MarqueStockee[] = [];
  if (ancien?.feuille === lecture.nom) anciennes = ancien.marques;
  else if (ancien) restaurerSurSaFeuille(ancien);

  // One box holds the previous marks and the new ones: one read and one write of each kind.
  const nouvelles = marquesDepuisConstats(constats);
  const boite = boiteEnglobante([...anciennes, ...nouvelles]);
  let lue: BoiteLue | null = null;
  let plan: Plan | null = null;
  if (boite) {
    // The selection read is already a handle on a box holding everything: no call for another range.
    const lueDejaEnMain = lecture.source === 'selection' && contient(zoneLue(lecture), boite);
    const cadre = lueDejaEnMain ? zoneLue(lecture) : boite;
    lue = lireBoite(lecture.feuille, cadre, lueDejaEnMain ? lecture.plageLue : undefined);
    plan = planifier(cadre, lue.fonds, lue.notes, anciennes, nouvelles, BUDGET_MARQUES);
  }
  // Remember before writing: if the write then fails, clearing finds no mark of ours and changes nothing,
  // whereas marks written but not remembered could never be cleared.
  const stockees = plan?.stockees ?? [];
  if (ancien || stockees.length > 0 || Object.keys(proprietes).some(estCleMarques)) {
    remplacerProprietes({
      ...sansMarques(proprietes),
      ...(stockees.length > 0 ? encoderEtat({ feuille: lecture.nom, marques: stockees }) : {}),
    });
  }
  // Nothing to put back and nothing to mark: the sheet's formats are left alone.
  if (lue && plan && (plan.restaurees > 0 || plan.stockees.length > 0)) ecrireBoite(lue, plan);
  return { cellulesMarquees: stockees.length, cellulesNonMarquees: plan?.nonMarquees ?? 0 };
}

function zoneLue(lecture: Lecture): Boite {
  return { ligne: lecture.origine.ligne, colonne: lecture.origine.colonne, lignes: lecture.lignes, colonnes: lecture.colonnes };
}

function contient(a: Boite, b: Boite): boolean {
  return b.ligne >= a.ligne && b.colonne >= a.colonne && b.ligne + b.lignes <= a.ligne + a.lignes && b.colonne + b.colonnes <= a.colonne + a.colonnes;
}

/** Puts back marks left on another sheet (the person validated another tab since). */
export function restaurerSurSaFeuille(etat: EtatMarques): number {
  const feuille = feuilleNommee(etat.feuille);
  const boite = boiteEnglobante(etat.marques);
  if (!feuille || !boite) return 0;
  const lue = lireBoite(feuille, boite);
  const plan = planifier(boite, lue.fonds, lue.notes, etat.marques, []);
  if (plan.restaurees > 0) ecrireBoite(lue, plan);
  return plan.restaurees;
}

/** The document's properties without Jauge's marks. */
export function sansMarques(proprietes: Readonly<Record<string, string>>): Record<string, string> {
  const autres: Record<string, string> = {};
  for (const [cle, valeur] of Object.entries(proprietes)) if (!estCleMarques(cle)) autres[cle] = valeur;
  return autres;
}
