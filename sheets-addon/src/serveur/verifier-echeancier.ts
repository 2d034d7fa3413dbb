// « Vérifier l'échéancier » : read the sheet (or the selection), check every table, mark the faulty
// cells, remember what the marked cells looked like before, return the report.
import type { Rapport } from '../contrat';
import { aujourdhui, ecrireBoite, feuilleNommee, lireBoite, lireFeuilleActive, lireProprietes, remplacerProprietes, type BoiteLue } from './adaptateur';
import {
  BUDGET_MARQUES,
  boiteEnglobante,
  decoderEtat,
  encoderEtat,
  estCleMarques,
  marquesDepuisConstats,
  planifier,
  type EtatMarques,
  type MarqueStockee,
  type Plan,
} from './marques';
import { analyserGrille } from './rapport';

export function verifierEcheancier(): Rapport {
  const lecture = lireFeuilleActive();
  const analyse = analyserGrille({
    valeurs: lecture.valeurs,
    affichees: lecture.affichees,
    origine: lecture.origine,
    aujourdhui: aujourdhui(),
  });

  const proprietes = lireProprietes();
  const ancien = decoderEtat(proprietes);
  let anciennes: readonly MarqueStockee[] = [];
  if (ancien?.feuille === lecture.nom) anciennes = ancien.marques;
  else if (ancien) restaurerSurSaFeuille(ancien);

  // One box holds the previous marks and the new ones: one read and one write of each kind.
  const nouvelles = marquesDepuisConstats(analyse.constats);
  const boite = boiteEnglobante([...anciennes, ...nouvelles]);
  let lue: BoiteLue | null = null;
  let plan: Plan | null = null;
  if (boite) {
    lue = lireBoite(lecture.feuille, boite);
    plan = planifier(boite, lue.fonds, lue.notes, anciennes, nouvelles, BUDGET_MARQUES);
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

  return {
    feuille: lecture.nom,
    plageLue: lecture.plage,
    source: lecture.source,
    tableaux: analyse.tableaux,
    ...(analyse.plan ? { plan: analyse.plan } : {}),
    comptes: analyse.comptes,
    constats: analyse.constats,
    cellulesMarquees: stockees.length,
    cellulesNonMarquees: plan?.nonMarquees ?? 0,
  };
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
