// The portfolio of a registry (the dashboard's data, the CLI's calendar and CSV): one row per
// convention and every key date ahead, from statuses computed elsewhere (background, CLI).
import type { Incubateur, Startup } from '../model';
import { startupsParCle } from '../registre/liens';
import { calendrier, regrouperClotures, type EvenementCalendrier, type OptionsCalendrier } from './calendrier';
import { lignePortefeuille, type EntreePortefeuille, type LignePortefeuille } from './ligne';

export interface Portefeuille {
  aujourdhui: string;
  lignes: LignePortefeuille[];
  /** Every key date from today on, by date. */
  evenements: EvenementCalendrier[];
}

export function construirePortefeuille(
  entrees: readonly EntreePortefeuille[],
  referentiel: { startups: readonly Startup[]; incubateurs: readonly Incubateur[] },
  aujourdhui: string,
  options: OptionsCalendrier = {},
): Portefeuille {
  const parCle = startupsParCle(referentiel.startups);
  const incubateurs = new Map(referentiel.incubateurs.map((i) => [i.id, i.nom]));
  const paires = entrees.map((entree) => ({ entree, ligne: lignePortefeuille(entree, parCle, incubateurs) }));
  return { aujourdhui, lignes: paires.map((p) => p.ligne), evenements: calendrier(paires, aujourdhui, options) };
}

/** The events of the conventions among `lignes` (the calendar of what is shown), a year-end cut-off once per date. */
export function evenementsDe(evenements: readonly EvenementCalendrier[], lignes: readonly LignePortefeuille[]): EvenementCalendrier[] {
  const ids = new Set(lignes.map((l) => l.id));
  return regrouperClotures(evenements.filter((e) => ids.has(e.conventionId)));
}
