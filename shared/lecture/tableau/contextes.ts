// Turns one table found in a grid into the rules' contexts: every row becomes a LigneLue (raw text,
// value, cell, French problem), the readable rows become the convention's échéancier, and the
// key–value cells or convention columns fill the convention's fields.
import type { Convention, Execution, LigneEcheancier, LigneExecution, Position } from '../../model';
import type { ContexteRegle, LigneLue, MontantEnLettres, ValeurLue } from '../../modele/lu';
import { estVide, lireAnneeCellule, lireMontantCellule, type CelluleLue, type Lecture } from './cellule';
import { appliquerChamps, champsVides, lireChamp, type ChampsLus } from './champs';
import { COLONNES_CONVENTION, type TypeColonne, type Unite } from './entetes';

/** A table as the row scan left it (0-based grid rows and columns). */
export interface TableBrute {
  colonnes: Map<TypeColonne, number>;
  /** Header row. */
  r0: number;
  c0: number;
  c1: number;
  /** Last row of the table (data or total). */
  fin: number;
  /** Number of cells in the header row: a shorter data row is ragged. */
  largeurEntete: number;
  lignes: number[];
  total?: number;
  /** Amount columns whose header gives a unit (`AE (k€)`): the column's kind → its unit. */
  unites?: Map<TypeColonne, Unite>;
  /** Words columns (`AE en lettres`): the amount column's kind → the column of its words. */
  lettres?: Map<TypeColonne, number>;
  /** Key–value cells given to this table, nearest first. */
  cles: { type: TypeColonne; cellule: CelluleLue; position: Position; score: number; unite?: Unite }[];
}

type LireCellule = (r: number, c: number) => CelluleLue;
type Placer = (r: number, c: number) => Position;

/** A cell past the end of a short (ragged) row; the subject reads on in the rules' messages. */
const cellulesAbsentes = (nature: 'Montant' | 'Année'): string =>
  `${nature} absent${nature === 'Année' ? 'e' : ''} : la ligne s'arrête avant cette colonne (elle est plus courte que l'en-tête). ` +
  'Complétez la ligne, ou laissez explicitement la cellule vide.';
const MONTANT_ABSENT = cellulesAbsentes('Montant');
const ANNEE_ABSENTE = cellulesAbsentes('Année');
const COLONNE_ANNEE_ABSENTE =
  "Année absente : le tableau n'a pas de colonne « Année ». Indiquez l'exercice de chaque ligne dans une colonne « Année » (ou « Exercice ») devant les montants.";

function valeurLue<T>(cellule: CelluleLue, lecture: Lecture<T>, position: Position, absente: string): ValeurLue<T> {
  if (cellule.absente) return { brut: '', valeur: null, position, probleme: absente };
  return lecture.probleme === undefined
    ? { brut: cellule.brut, valeur: lecture.valeur, position }
    : { brut: cellule.brut, valeur: lecture.valeur, position, probleme: lecture.probleme };
}

/** Amounts written in figures and in words, gathered for `lettres-chiffres-discordants`. */
type Lettres = MontantEnLettres[];

/**
 * An amount cell of row r, as read. Its words, in the cell itself (`2 500 000 € (deux millions…)`)
 * or in the table's words column for it (`AE en lettres`), go to `lettres` beside the figures.
 */
function montantLu(t: TableBrute, type: TypeColonne, r: number, cellule: LireCellule, placer: Placer, lettres: Lettres): ValeurLue<number> | undefined {
  const c = t.colonnes.get(type);
  if (c === undefined) return undefined;
  const cel = cellule(r, c);
  const position = placer(r, c);
  const lecture = lireMontantCellule(cel, t.unites?.get(type));
  const valeur = valeurLue(cel, lecture, position, MONTANT_ABSENT);
  if (lecture.enLettres && lecture.valeur !== null) {
    lettres.push({ chiffres: { brut: lecture.enLettres.chiffres, valeur: lecture.valeur, position }, lettres: lecture.enLettres.lettres, position });
  }
  const cLettres = t.lettres?.get(type);
  if (cLettres !== undefined && valeur.valeur !== null) {
    const mots = cellule(r, cLettres);
    if (!estVide(mots)) lettres.push({ chiffres: valeur, lettres: mots.brut, position: placer(r, cLettres) });
  }
  return valeur;
}

function ligneLue(t: TableBrute, r: number, cellule: LireCellule, placer: Placer, conventionId: string | undefined, lettres: Lettres): LigneLue {
  const ae = montantLu(t, 'ae', r, cellule, placer, lettres)!;
  const cp = montantLu(t, 'cp', r, cellule, placer, lettres)!;
  const aeEngagees = montantLu(t, 'aeEngagees', r, cellule, placer, lettres);
  const cpPayes = montantLu(t, 'cpPayes', r, cellule, placer, lettres);
  const cAnnee = t.colonnes.get('annee');
  let annee: ValeurLue<number>;
  if (cAnnee === undefined) {
    annee = { brut: '', valeur: null, position: null, probleme: COLONNE_ANNEE_ABSENTE };
  } else {
    const cel = cellule(r, cAnnee);
    // A blank year beside amounts (often a merged cell) stays valeur null without a problem:
    // `annee-illisible` reports it as a missing year.
    annee = valeurLue(cel, lireAnneeCellule(cel), placer(r, cAnnee), ANNEE_ABSENTE);
  }
  const ligne: LigneLue = { annee, ae, cp, position: placer(r, t.c0) };
  if (aeEngagees) ligne.aeEngagees = aeEngagees;
  if (cpPayes) ligne.cpPayes = cpPayes;
  if (conventionId !== undefined) ligne.conventionId = conventionId;
  return ligne;
}

/** Rows of a registry layout grouped by convention; a blank id continues the one above (merged cell). */
function grouperParConvention(t: TableBrute, cellule: LireCellule, idParDefaut: string): Map<string, number[]> {
  const groupes = new Map<string, number[]>();
  const c = t.colonnes.get('convention')!;
  let courant = idParDefaut;
  for (const r of t.lignes) {
    // An error value (#REF!) stays visible as the id rather than joining the convention above.
    const brut = cellule(r, c).brut;
    if (brut !== '') courant = brut;
    let lignes = groupes.get(courant);
    if (!lignes) groupes.set(courant, (lignes = []));
    lignes.push(r);
  }
  return groupes;
}

function contexte(
  t: TableBrute,
  lignes: readonly number[],
  id: string | undefined,
  registre: boolean,
  plage: string,
  cellule: LireCellule,
  placer: Placer,
  avecTotal: boolean,
  aujourdhui: string | undefined,
): ContexteRegle {
  const champs: ChampsLus = champsVides();
  for (const type of COLONNES_CONVENTION) {
    const c = t.colonnes.get(type);
    if (c === undefined) continue;
    for (const r of lignes) lireChamp(champs, type, cellule(r, c), placer(r, c), t.unites?.get(type));
  }
  if (!registre) for (const cle of t.cles) lireChamp(champs, cle.type, cle.cellule, cle.position, cle.unite);
  const conventionId = id ?? champs.id ?? `tableau-${plage}`;

  const positions = new Map<string, Position>(champs.positions);
  positions.set('echeancier', placer(t.r0, t.c0));
  const lettres: Lettres = champs.montantsEnLettres;
  const lues = lignes.map((r) => ligneLue(t, r, cellule, placer, registre ? conventionId : undefined, lettres));
  const echeancier: LigneEcheancier[] = [];
  const execution: LigneExecution[] = [];
  // Rows behind convention.echeancier[i] and execution.lignes[j]: positions are looked up on demand.
  const rangsEcheancier: LigneLue[] = [];
  const rangsExecution: LigneLue[] = [];
  for (const l of lues) {
    if (l.annee.valeur === null) continue;
    echeancier.push({ annee: l.annee.valeur, ae: l.ae.valeur, cp: l.cp.valeur });
    rangsEcheancier.push(l);
    if (l.aeEngagees || l.cpPayes) {
      execution.push({ annee: l.annee.valeur, aeEngagees: l.aeEngagees?.valeur ?? null, cpPayes: l.cpPayes?.valeur ?? null });
      rangsExecution.push(l);
    }
  }

  const base: Convention = { id: conventionId, type: 'delegation-de-gestion', delegant: {}, delegataire: {}, echeancier };
  const convention = appliquerChamps(base, champs);
  convention.id = conventionId;
  const resultat: ContexteRegle = {
    convention,
    echeancier: lues,
    localiser: (champ: string) => localiserDans(positions, rangsEcheancier, rangsExecution, champ),
  };
  if (t.colonnes.has('aeEngagees') || t.colonnes.has('cpPayes')) {
    const e: Execution = { conventionId, lignes: execution };
    resultat.execution = e;
  }
  if (avecTotal && t.total !== undefined) {
    const r = t.total;
    const position = placer(r, t.c0);
    resultat.total = {
      ae: montantLu(t, 'ae', r, cellule, placer, lettres)!,
      cp: montantLu(t, 'cp', r, cellule, placer, lettres)!,
      position,
    };
    positions.set('total', position);
    positions.set('total.ae', resultat.total.ae.position!);
    positions.set('total.cp', resultat.total.cp.position!);
  }
  if (lettres.length > 0) resultat.montantsEnLettres = lettres;
  if (aujourdhui !== undefined) resultat.aujourdhui = aujourdhui;
  return resultat;
}

const CHEMIN_LIGNE = /^(echeancier|execution(?:\.lignes)?)\.(\d+)(?:\.(\w+))?$/;

/**
 * A field's cell: convention fields and totals from the map; `echeancier.0.ae`,
 * `execution.lignes.0.cpPayes` (or the rules' shorthand `execution.0.cpPayes`) from the rows;
 * a parent path (`plafond`) answers with its first child that has a cell (`plafond.ae`).
 */
export function localiserDans(
  positions: ReadonlyMap<string, Position>,
  echeancier: readonly LigneLue[],
  execution: readonly LigneLue[],
  champ: string,
): Position | null {
  if (typeof champ !== 'string') return null;
  const exacte = positions.get(champ);
  if (exacte) return exacte;
  const m = CHEMIN_LIGNE.exec(champ);
  if (m) {
    const ligne = (m[1] === 'echeancier' ? echeancier : execution)[Number(m[2])];
    if (!ligne) return null;
    if (m[3] === undefined) return ligne.position;
    const valeur = (ligne as unknown as Record<string, ValeurLue<number> | undefined>)[m[3]];
    return valeur?.position ?? null;
  }
  const prefixe = `${champ}.`;
  for (const [cle, position] of positions) if (cle.startsWith(prefixe)) return position;
  return null;
}

/** One context per échéancier table, one per convention for a registry layout. */
export function construireContextes(
  t: TableBrute,
  plage: string,
  cellule: LireCellule,
  placer: Placer,
  aujourdhui: string | undefined,
): ContexteRegle[] {
  if (!t.colonnes.has('convention')) {
    return [contexte(t, t.lignes, undefined, false, plage, cellule, placer, true, aujourdhui)];
  }
  const groupes = grouperParConvention(t, cellule, `tableau-${plage}`);
  if (groupes.size === 0) return [contexte(t, [], undefined, true, plage, cellule, placer, true, aujourdhui)];
  const seul = groupes.size === 1;
  return [...groupes].map(([id, lignes]) => contexte(t, lignes, id, true, plage, cellule, placer, seul, aujourdhui));
}
