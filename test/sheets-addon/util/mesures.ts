// Measures one validation of a generated registry sheet in the vm: spreadsheet calls (all of them,
// and the cell reads and writes among them), properties calls, findings and wall time. Used by the
// call-count test (counts only: timings belong to the bench) and by bench/.
import { performance } from 'node:perf_hooks';
import { charger, nouveauTableur } from './charger';
import { registreGenere } from './fixtures';

/** Calls that move cell data (as opposed to getting a sheet or a range handle). */
const DONNEES = /^Range\.(getValues|getDisplayValues|getBackgrounds|getNotes|setBackgrounds|setNotes)$/;

export interface MesureValidation {
  lignes: number;
  /** Calls to SpreadsheetApp, Spreadsheet, Sheet and Range, in order. */
  appelsTableur: string[];
  /** Among them, reads and writes of cells (values, displayed values, backgrounds, notes). */
  appelsDonnees: number;
  appelsProprietes: number;
  constats: number;
  cellulesMarquees: number;
  /** Wall time of verifierEcheancier() alone (milliseconds). */
  dureeMs: number;
}

/**
 * Validates a `lignes`-row registry once (`passage: 1`) or twice in a row (`passage: 2`, measuring the
 * second, which first takes the previous marks off). Build the add-on first (assurerConstruction).
 */
export function mesurerValidation(lignes: number, passage: 1 | 2 = 1): MesureValidation {
  const tableur = nouveauTableur();
  tableur.active.remplir(registreGenere(lignes));
  const { module } = charger(tableur, { aujourdhui: '2025-06-15' });
  if (passage === 2) module.verifierEcheancier();
  tableur.oublierJournal();
  const debut = performance.now();
  const rapport = module.verifierEcheancier();
  const dureeMs = performance.now() - debut;
  const appelsTableur = tableur.appelsTableur();
  return {
    lignes,
    appelsTableur,
    appelsDonnees: appelsTableur.filter((a) => DONNEES.test(a)).length,
    appelsProprietes: tableur.journal.filter((a) => /^Propert/.test(a)).length,
    constats: rapport.constats.length,
    cellulesMarquees: rapport.cellulesMarquees,
    dureeMs,
  };
}
