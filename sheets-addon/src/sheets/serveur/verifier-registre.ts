// « Vérifier le registre »: the active sheet read as a registry (its CSV layout), every convention
// checked by the rules of `jauge check`, the faulty cells marked as for échéanciers.
import { compterGravites } from '../../commun/contrat';
import type { Rapport } from '../contrat';
import { aujourdhui, lireFeuilleActive } from './adaptateur';
import { marquer } from './marquer';
import { analyserRegistre } from './registre';

export function verifierRegistre(): Rapport {
  const lecture = lireFeuilleActive('feuille');
  const analyse = analyserRegistre({ valeurs: lecture.valeurs, origine: lecture.origine, aujourdhui: aujourdhui() });
  const constats = analyse.trouve ? analyse.constats : [];
  // A sheet that is not a registry is read but not marked; earlier marks are still put back.
  const marques = marquer(lecture, constats);
  return {
    feuille: lecture.nom,
    plageLue: lecture.plage,
    source: lecture.source,
    registre: analyse.trouve ? { plage: analyse.plage, conventions: analyse.conventions } : null,
    tableaux: analyse.trouve ? [{ plage: analyse.plage, disposition: 'registre', constats }] : [],
    comptes: compterGravites(constats),
    constats,
    ...marques,
  };
}
