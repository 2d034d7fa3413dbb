// « Vérifier l'échéancier » (the whole sheet) and « Vérifier la sélection »: read, check every table,
// mark the faulty cells (./marquer.ts), return the report.
import type { Rapport } from '../contrat';
import { aujourdhui, lireFeuilleActive } from './adaptateur';
import { marquer } from './marquer';
import { analyserGrille } from './rapport';

export function verifierEcheancier(source: 'feuille' | 'selection' = 'feuille'): Rapport {
  const lecture = lireFeuilleActive(source);
  const analyse = analyserGrille({
    valeurs: lecture.valeurs,
    affichees: lecture.affichees,
    origine: lecture.origine,
    aujourdhui: aujourdhui(),
  });
  const marques = marquer(lecture, analyse.constats);
  return {
    feuille: lecture.nom,
    plageLue: lecture.plage,
    source: lecture.source,
    tableaux: analyse.tableaux,
    ...(analyse.plan ? { plan: analyse.plan } : {}),
    comptes: analyse.comptes,
    constats: analyse.constats,
    ...marques,
  };
}
