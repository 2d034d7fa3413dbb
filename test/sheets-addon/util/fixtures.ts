// Sheets as budget staff type them, for the add-on's tests and the bench. Amount cells are numbers
// with a euro format (value 2500000, shown « 2 500 000 € »), as Sheets stores them.
import type { CelluleInit } from './tableur';

const FORMAT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** An amount cell: the number in euros, displayed with a euro format. */
export function euros(n: number): CelluleInit {
  return { v: n, d: `${FORMAT.format(n)}\u00a0€` };
}

/** A clean échéancier with its key cells above it (A1:C8): no finding at all. */
export const PROPRE: CelluleInit[][] = [
  ['Date de signature', '28/03/2024'],
  ['Date de fin', '31/12/2025'],
  ['Plafond', euros(400_000)],
  [],
  ['Année', 'AE', 'CP'],
  [2024, euros(400_000), euros(300_000)],
  [2025, euros(0), euros(100_000)],
  ['Total', euros(400_000), euros(400_000)],
];

/** CP running ahead of AE in 2024 (C6). */
export const CP_EN_AVANCE: CelluleInit[][] = [
  ['Date de signature', '28/03/2024'],
  ['Date de fin', '31/12/2025'],
  [],
  ['Année', 'AE', 'CP'],
  [2024, euros(100_000), euros(120_000)],
  [2025, euros(50_000), euros(30_000)],
];

/** The plafond written in figures and in words that disagree (B3). */
export const LETTRES_DISCORDANTES: CelluleInit[][] = [
  ['Date de signature', '28/03/2024'],
  ['Date de fin', '31/12/2025'],
  ['Année', 'AE', 'CP'],
  [2024, '2 500 000 € (deux millions cinq cents euros)', euros(1_900_000)],
  [2025, euros(0), euros(600_000)],
];

/** A Total row whose CP are wrong (C7: 390 000 written, 400 000 added up). */
export const TOTAL_FAUX: CelluleInit[][] = [
  ['Date de signature', '28/03/2024'],
  ['Date de fin', '31/12/2025'],
  [],
  ['Année', 'AE', 'CP'],
  [2024, euros(400_000), euros(300_000)],
  [2025, euros(0), euros(100_000)],
  ['Total', euros(400_000), euros(390_000)],
];

/**
 * A table whose header is on row 7, columns B–D, with free notes around it: a title above, remarks
 * in F, a source line below. The key cells sit in row 2–3.
 */
export const LIGNE_7_AVEC_NOTES: CelluleInit[][] = [
  ['Suivi de la convention DGEFP → DINUM'],
  ['', 'Date de signature', '28/03/2024'],
  ['', 'Date de fin', '31/12/2025'],
  [],
  ['', 'Montants en euros courants', '', '', '', 'Remarques'],
  [],
  ['', 'Année', 'AE', 'CP', '', 'Relu par le CBCM le 2 avril'],
  ['', 2024, euros(100_000), euros(80_000), '', 'Engagement en avril'],
  ['', 2025, euros(0), euros(40_000), '', 'À confirmer en comité'],
  [],
  ['', 'Source : convention signée, article 4'],
];

/** The registry layout: one line per convention and year; dne-2023 pays more than it commits (G5). */
export const REGISTRE: CelluleInit[][] = [
  ['Identifiant', 'Délégant', 'Date de signature', 'Date de fin', 'Année', 'AE', 'CP'],
  ['dgefp-2024', 'DGEFP', '28/03/2024', '31/12/2025', 2024, euros(2_500_000), euros(1_900_000)],
  ['dgefp-2024', 'DGEFP', '', '', 2025, euros(0), euros(600_000)],
  ['dne-2023', 'DNE', '15/02/2023', '31/12/2024', 2023, euros(90_000), euros(60_000)],
  ['dne-2023', 'DNE', '', '', 2024, euros(10_000), euros(60_000)],
];

/** Formula errors left in cells: #REF! in B5 and #DIV/0! in C6. */
export const ERREURS_DE_FORMULE: CelluleInit[][] = [
  ['Date de signature', '28/03/2024'],
  ['Date de fin', '31/12/2025'],
  [],
  ['Année', 'AE', 'CP'],
  [2024, { v: '#REF!', formule: '=Feuil2!B4' }, euros(80_000)],
  [2025, euros(20_000), { v: '#DIV/0!', formule: '=B6/0' }],
];

/**
 * A registry of `lignes` data rows (two years per convention, all consistent) whose last convention
 * pays more than it commits: the same two findings at any size, so sizes compare fairly.
 */
export function registreGenere(lignes: number): CelluleInit[][] {
  const grille: CelluleInit[][] = [['Identifiant', 'Délégant', 'Date de signature', 'Date de fin', 'Année', 'AE', 'CP']];
  const conventions = Math.max(1, Math.floor(lignes / 2));
  for (let i = 0; i < conventions - 1; i++) {
    const id = `conv-${String(i).padStart(5, '0')}`;
    grille.push([id, 'DGEFP', '28/03/2024', '31/12/2025', 2024, euros(100_000), euros(60_000)]);
    grille.push([id, 'DGEFP', '', '', 2025, euros(0), euros(40_000)]);
  }
  grille.push(['conv-fautive', 'DNE', '01/02/2024', '31/12/2025', 2024, euros(50_000), euros(80_000)]);
  while (grille.length - 1 < lignes) grille.push(['conv-fautive', 'DNE', '', '', 2025, euros(0), euros(0)]);
  return grille;
}

/** The registry CSV layout (`jauge registre construire`'s columns) as a team keeps it in a sheet. */
export const REGISTRE_CSV: CelluleInit[][] = [
  ['id', 'type', 'delegant', 'delegataire', 'date_signature', 'date_fin', 'centre_financier', 'annee', 'ae', 'cp'],
  ['dgefp-2024', 'delegation-de-gestion', 'DGEFP', 'DINUM', '2024-03-28', '2025-12-31', '0103-CEFP-C004', 2024, euros(2_500_000), euros(1_900_000)],
  ['dgefp-2024', 'delegation-de-gestion', 'DGEFP', 'DINUM', '2024-03-28', '2025-12-31', '0103-CEFP-C004', 2025, '', euros(600_000)],
  ['dne-2023', 'delegation-de-gestion', 'DNE', 'DINUM', '15/02/2023', '31/12/2024', '0349-CDBU-CENS', { v: 2023, d: '2 023' }, euros(90_000), euros(60_000)],
  ['dne-2023', '', '', '', '', '', '', { v: 2024, d: '2 024' }, euros(10_000), euros(60_000)],
];

/**
 * A registry sheet of `lignes` data rows in the CSV layout (two years per convention, all consistent)
 * whose last convention pays more than it commits: the same findings at any size.
 */
export function registreCsvGenere(lignes: number): CelluleInit[][] {
  const grille: CelluleInit[][] = [['id', 'delegant', 'delegataire', 'date_signature', 'date_fin', 'annee', 'ae', 'cp']];
  const conventions = Math.max(1, Math.floor(lignes / 2));
  for (let i = 0; i < conventions - 1; i++) {
    const id = `conv-${String(i).padStart(5, '0')}`;
    grille.push([id, 'DGEFP', 'DINUM', '2024-03-28', '2025-12-31', 2024, euros(100_000), euros(60_000)]);
    grille.push([id, 'DGEFP', 'DINUM', '2024-03-28', '2025-12-31', 2025, euros(0), euros(40_000)]);
  }
  grille.push(['conv-fautive', 'DNE', 'DINUM', '2024-02-01', '2025-12-31', 2024, euros(50_000), euros(80_000)]);
  while (grille.length - 1 < lignes) grille.push(['conv-fautive', 'DNE', 'DINUM', '2024-02-01', '2025-12-31', 2025, euros(0), euros(0)]);
  return grille;
}
