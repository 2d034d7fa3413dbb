// Measures one validation of a generated registry sheet in the vm: spreadsheet calls (all of them,
// and the cell reads and writes among them), properties calls, findings and wall time. Used by the
// call-count test (counts only: timings belong to the bench) and by bench/.
import { performance } from 'node:perf_hooks';
import { charger, nouveauTableur } from './charger';
import { registreCsvGenere, registreGenere } from './fixtures';

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
  /** Wall time of the check alone (milliseconds). */
  dureeMs: number;
}

/**
 * Validates a `lignes`-row registry once (`passage: 1`) or twice in a row (`passage: 2`, measuring the
 * second, which first takes the previous marks off). Build the add-on first (assurerConstruction).
 */
export function mesurerValidation(lignes: number, passage: 1 | 2 = 1, quoi: 'feuille' | 'selection' | 'registre' = 'feuille'): MesureValidation {
  const tableur = nouveauTableur();
  const grille = quoi === 'registre' ? registreCsvGenere(lignes) : registreGenere(lignes);
  tableur.active.remplir(grille);
  if (quoi === 'selection') tableur.selectionner(`A1:${String.fromCharCode(64 + grille[0]!.length)}${grille.length}`);
  const { module } = charger(tableur, { aujourdhui: '2025-06-15' });
  const verifier = () => (quoi === 'selection' ? module.verifierSelection() : quoi === 'registre' ? module.verifierRegistre() : module.verifierEcheancier());
  if (passage === 2) verifier();
  tableur.oublierJournal();
  const debut = performance.now();
  const rapport = verifier();
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
