// Table reader: a 2-D grid of cells (a sheet's values, a CSV) → every échéancier table in it, each
// amount with its cell. One pass over the rows: tables open on a header row (`Année | AE | CP`, any
// order, anywhere, several side by side), take the rows below, and close on an empty row, a `Total`
// row, a repeated header or a key–value row. Key–value cells near a table (`Date de fin | 31/12/2025`,
// `Plafond | 2 000 000 €` right under it) describe its convention; a `Convention`/`Identifiant` column
// makes it a registry (one context per convention). Amounts may carry their words, in the cell
// (`2 500 000 € (deux millions…)`) or in a words column (`AE en lettres`), for the rules to compare.
import type { Position } from '../model';
import type { ContexteRegle } from '../modele/lu';
import { nomCellule, nomPlage } from './tableau/a1';
import { estVide, lireAnneeCellule, lireCellule, type Cellule, type CelluleLue } from './tableau/cellule';
import { construireContextes, type TableBrute } from './tableau/contextes';
import { normaliserCellule } from '../texte/normalisation';
import { normaliserTexte } from '../texte';
import { COLONNES_CONVENTION, enteteLettres, lireCle, typeEntete, uniteEntete, type CibleLettres, type TypeColonne, type Unite } from './tableau/entetes';

export type { Cellule } from './tableau/cellule';

export interface TableauLu {
  /** A1 range of the table in the sheet, header and total rows included (`B3:D7`). */
  plage: string;
  disposition: 'echeancier' | 'registre';
  /** One context for an échéancier; one per convention for a registry layout. */
  contextes: ContexteRegle[];
}

export interface OptionsTableaux {
  /** Displayed texts (`getDisplayValues()`), same shape as the values: used as each cell's brut text. */
  affichees?: string[][];
  /** 1-based sheet row and column of the grid's top-left cell (default A1). */
  origine?: { ligne: number; colonne: number };
  /** Today (ISO), copied into each context for the rules that need it. */
  aujourdhui?: string;
}

type Grille = readonly (readonly Cellule[] | undefined)[];
type Affichees = readonly (readonly string[] | undefined)[] | undefined;

/** Amount columns: a row with none of them filled and no year is not a data row. */
const MONTANTS: readonly TypeColonne[] = ['ae', 'cp', 'aeEngagees', 'cpPayes'];
/** Keys further than this many rows from a table do not describe it. */
const DISTANCE_CLES = 12;
/** A value is looked for this many cells to the right of its key. */
const PORTEE_VALEUR = 3;

/** Tested on the raw text (no folding needed: these words have no accent before the boundary). */
const TOTAL = /^(?:total|totaux|montant\s+total)(?![\p{L}\p{N}])/iu;
/** A subtotal inside the table (`Sous-total 2024-2025`): neither a year nor the table's end. */
const SOUS_TOTAL = /^sous[\s-]*totale?s?(?![\p{L}\p{N}])/iu;

interface CleTrouvee {
  type: TypeColonne;
  cellule: CelluleLue;
  r: number;
  c: number;
  unite?: Unite;
}

interface TableOuverte extends TableBrute {
  ouverte: boolean;
  /** Blank rows met since the last data row: a `Total` row may still follow them. */
  blancs: number;
}

/** A `Total` row is still the table's after this many blank rows (people often leave one). */
const BLANCS_AVANT_TOTAL = 1;
/** Columns whose bare figures are amounts, read in the unit their header gives. */
const AVEC_UNITE: readonly TypeColonne[] = [...MONTANTS, 'plafondAe', 'plafondCp'];
/** A note above a table saying its unit: « Montants en k€ », « (en milliers d'euros) ». */
const NOTE_UNITE = /\ben (?:k€|m€|keur|meur|milliers d'euros|millions d'euros)(?![a-z])/;
/** Rows above the header where such a note is looked for. */
const LIGNES_NOTE_UNITE = 2;

/** A table's columns as its header names them: the kinds, and the words columns (`AE en lettres`). */
interface Entete {
  colonnes: Map<TypeColonne, number>;
  lettres: Map<TypeColonne, number>;
}

type CelluleEntete = readonly [number, TypeColonne | { lettres: CibleLettres }];

/**
 * A run of recognised header cells, split into tables: a repeated kind starts the next table. A words
 * column joins the amount it names, or the amount column just before it.
 */
function grouperEntetes(entetes: readonly CelluleEntete[]): Entete[] {
  const groupes: Entete[] = [];
  let courant: Entete = { colonnes: new Map(), lettres: new Map() };
  let dernierMontant: TypeColonne | null = null;
  const enAttente: [number, CibleLettres][] = [];
  const fermer = (): void => {
    for (const [c, cible] of enAttente) {
      const type = cible === 'precedente' ? null : cible;
      if (type !== null && courant.colonnes.has(type) && !courant.lettres.has(type)) courant.lettres.set(type, c);
    }
    enAttente.length = 0;
    groupes.push(courant);
  };
  for (const [c, type] of entetes) {
    if (typeof type === 'object') {
      if (type.lettres !== 'precedente') enAttente.push([c, type.lettres]);
      else if (dernierMontant !== null && !courant.lettres.has(dernierMontant)) courant.lettres.set(dernierMontant, c);
      continue;
    }
    if (courant.colonnes.has(type)) {
      fermer();
      courant = { colonnes: new Map(), lettres: new Map() };
      dernierMontant = null;
    }
    courant.colonnes.set(type, c);
    if (MONTANTS.includes(type)) dernierMontant = type;
  }
  fermer();
  return groupes.filter((g) => g.colonnes.has('ae') && g.colonnes.has('cp'));
}

export function lireTableaux(valeurs: Cellule[][], options: OptionsTableaux = {}): TableauLu[] {
  if (!Array.isArray(valeurs)) return [];
  const grille: Grille = normaliserGrille(valeurs);
  const affichees: Affichees = Array.isArray(options.affichees) ? normaliserGrille(options.affichees) : undefined;
  const origineLigne = entierPositif(options.origine?.ligne);
  const origineColonne = entierPositif(options.origine?.colonne);
  const position = (r: number, c: number): Position => {
    const ligne = r + origineLigne;
    const colonne = c + origineColonne;
    return { cellule: nomCellule(ligne, colonne), ligne, colonne };
  };
  const cellule = (r: number, c: number): CelluleLue => lireCellule(grille, affichees, r, c);

  const tables: TableOuverte[] = [];
  let ouvertes: TableOuverte[] = [];
  const cles: CleTrouvee[] = [];

  // Columns a row gives to a table (its header or its data), closed to key and header search.
  const prises = new ColonnesPrises();
  const libre = (c: number): boolean => prises.libre(c);
  const entetes: CelluleEntete[] = [];
  const groupes: Entete[] = [];

  for (let r = 0; r < grille.length; r++) {
    const ligne = grille[r];
    const largeur = Array.isArray(ligne) ? ligne.length : 0;
    prises.vider();

    let fermees = false;
    for (const t of ouvertes) {
      const verdict = classerLigne(t, r, cellule);
      if (t.blancs > 0 && verdict === 'donnee') {
        // After a blank row only a Total row is still the table's; data there is another matter.
        t.ouverte = false;
      } else if (verdict === 'donnee' || verdict === 'total' || verdict === 'sousTotal') {
        if (verdict === 'donnee') t.lignes.push(r);
        else if (verdict === 'total') t.total = r;
        t.fin = r;
        prises.prendre(t.c0, t.c1);
        if (verdict === 'total') t.ouverte = false;
      } else if (verdict === 'vide' && t.blancs < BLANCS_AVANT_TOTAL && t.lignes.length > 0) {
        t.blancs++;
      } else {
        t.ouverte = false;
      }
      if (!t.ouverte) fermees = true;
    }
    if (fermees) ouvertes = ouvertes.filter((t) => t.ouverte);
    if (largeur === 0 || prises.toutPris(largeur)) continue;

    // Header search, in runs of free, filled columns (a table never spans another one's cells).
    entetes.length = 0;
    groupes.length = 0;
    for (let c = 0; c < largeur; c++) {
      if (!prises.libre(c)) {
        if (entetes.length > 0) groupes.push(...grouperEntetes(entetes));
        entetes.length = 0;
        continue;
      }
      const v = ligne![c];
      // A blank cell also ends a run: `Année | AE | CP |  | Date de fin | 31/12/2025` is a table and a key.
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
        if (entetes.length > 0) groupes.push(...grouperEntetes(entetes));
        entetes.length = 0;
        continue;
      }
      if (typeof v !== 'string') continue;
      const texte = v.trim();
      const type = typeEntete(texte);
      if (type !== null && COLONNES_CONVENTION.includes(type) && estValeurADroite(ligne![c + 1])) {
        // `Année | AE | CP | Date de signature | 28/03/2024`: a key and its value beside the header, not a column.
        if (entetes.length > 0) groupes.push(...grouperEntetes(entetes));
        entetes.length = 0;
        continue;
      }
      if (type !== null) entetes.push([c, type]);
      else {
        const lettres = enteteLettres(texte);
        if (lettres !== null) entetes.push([c, { lettres }]);
      }
    }
    if (entetes.length > 0) groupes.push(...grouperEntetes(entetes));

    for (const entete of groupes) {
      const table = ouvrirTable(entete, r, largeur, cellule, libre);
      if (table === null) continue;
      tables.push(table);
      ouvertes.push(table);
      prises.prendre(table.c0, table.c1);
    }

    // Key cells outside tables; the value is to the right, or below when nothing is to the right.
    for (let c = 0; c < largeur; c++) {
      const v = ligne![c];
      if (typeof v !== 'string' || v.length === 0 || v.length > 120 || !prises.libre(c)) continue;
      const cle = lireCle(v.trim());
      if (cle === null) continue;
      if (cle.valeurDansLaCellule !== undefined) {
        const cellule = { valeur: cle.valeurDansLaCellule, brut: cle.valeurDansLaCellule, absente: false };
        cles.push({ type: cle.cle, cellule, r, c, ...(cle.unite ? { unite: cle.unite } : {}) });
        continue;
      }
      const trouvee = valeurDeCle(r, c, largeur, cellule, libre);
      if (trouvee) cles.push({ type: cle.cle, ...trouvee, ...(cle.unite ? { unite: cle.unite } : {}) });
    }
  }

  tables.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  attribuerCles(tables, cles, position);
  return tables.map((t) => {
    const plage = nomPlage(t.r0 + origineLigne, t.c0 + origineColonne, t.fin + origineLigne, t.c1 + origineColonne);
    return {
      plage,
      disposition: t.colonnes.has('convention') ? 'registre' : 'echeancier',
      contextes: construireContextes(t, plage, cellule, position, options.aujourdhui),
    };
  });
}

/**
 * The grid with its text cells normalised once, where text enters (spaces, line breaks, invisible
 * characters, NFC: see shared/texte/normalisation.ts); a row with nothing to change is kept as it is.
 */
function normaliserGrille<C>(grille: readonly (readonly C[] | undefined)[]): (readonly C[] | undefined)[] {
  return grille.map((ligne) => {
    if (!Array.isArray(ligne)) return ligne;
    let copie: C[] | null = null;
    for (let c = 0; c < ligne.length; c++) {
      const v = ligne[c];
      if (typeof v !== 'string') continue;
      const n = normaliserCellule(v);
      if (n === v) continue;
      copie ??= ligne.slice();
      copie[c] = n as C;
    }
    return copie ?? ligne;
  });
}

/**
 * The cell right of a header-like key holds its value (a date, an amount, a code: digits, or a
 * sheet's number or date), so the pair is a key–value rather than a column header.
 */
function estValeurADroite(v: Cellule): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v !== 'string') return true;
  return /\d/.test(v);
}

/**
 * The columns a row gives to tables, marked cell by cell: each look-up is O(1) and a row costs its
 * width. (Scanning a list of ranges at every cell made side-by-side tables quadratic.)
 */
export class ColonnesPrises {
  private marques = new Uint8Array(64);
  private readonly plages: [number, number][] = [];
  private prisesTotal = 0;

  vider(): void {
    for (const [c0, c1] of this.plages) this.marques.fill(0, c0, c1 + 1);
    this.plages.length = 0;
    this.prisesTotal = 0;
  }

  prendre(c0: number, c1: number): void {
    if (c1 < c0 || c0 < 0) return;
    if (c1 >= this.marques.length) {
      const plus = new Uint8Array(Math.max(c1 + 1, this.marques.length * 2));
      plus.set(this.marques);
      this.marques = plus;
    }
    for (let c = c0; c <= c1; c++) {
      if (this.marques[c] === 0) {
        this.marques[c] = 1;
        this.prisesTotal++;
      }
    }
    this.plages.push([c0, c1]);
  }

  libre(c: number): boolean {
    return c < 0 || c >= this.marques.length || this.marques[c] === 0;
  }

  /** Every cell of a row of this width belongs to a table: nothing else to look for in it. */
  toutPris(largeur: number): boolean {
    if (this.prisesTotal < largeur) return false;
    for (let c = 0; c < largeur; c++) if (this.marques[c] === 0) return false;
    return true;
  }
}

function entierPositif(n: unknown): number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * Opens a table on a header group. Without an `Année` header, the column just left of the amounts
 * is taken as the years when its header cell is blank and the row below holds a year there.
 */
function ouvrirTable(
  { colonnes, lettres }: Entete,
  r: number,
  largeur: number,
  cellule: (r: number, c: number) => CelluleLue,
  libre: (c: number) => boolean,
): TableOuverte | null {
  let c0 = Infinity;
  let c1 = -1;
  for (const c of [...colonnes.values(), ...lettres.values()]) {
    c0 = Math.min(c0, c);
    c1 = Math.max(c1, c);
  }
  if (!colonnes.has('annee') && c0 > 0 && libre(c0 - 1) && estVide(cellule(r, c0 - 1))) {
    const dessous = lireAnneeCellule(cellule(r + 1, c0 - 1));
    if (dessous.valeur !== null) {
      colonnes.set('annee', c0 - 1);
      c0 -= 1;
    }
  }
  if (!Number.isFinite(c0)) return null;
  const table: TableOuverte = { colonnes, r0: r, c0, c1, fin: r, largeurEntete: largeur, lignes: [], cles: [], ouverte: true, blancs: 0 };
  if (lettres.size > 0) table.lettres = lettres;
  const unites = unitesDesColonnes(colonnes, r, c0, c1, cellule);
  if (unites.size > 0) table.unites = unites;
  return table;
}

/**
 * The unit of each amount column: its header's (`AE (k€)`), else a note just above the table
 * (« Montants en milliers d'euros »). Euros need none.
 */
function unitesDesColonnes(
  colonnes: ReadonlyMap<TypeColonne, number>,
  r: number,
  c0: number,
  c1: number,
  cellule: (r: number, c: number) => CelluleLue,
): Map<TypeColonne, Unite> {
  const unites = new Map<TypeColonne, Unite>();
  let note: Unite | null | undefined;
  for (const [type, c] of colonnes) {
    if (!AVEC_UNITE.includes(type)) continue;
    const entete = cellule(r, c).brut;
    // A header that names euros (`AE (en €)`) keeps its column in euros whatever a note says.
    if (/€|eur/i.test(entete) && uniteEntete(entete) === null) continue;
    if (note === undefined) note = noteUnite(r, c0, c1, cellule);
    const unite = uniteEntete(entete) ?? note;
    if (unite !== null) unites.set(type, unite);
  }
  return unites;
}

function noteUnite(r: number, c0: number, c1: number, cellule: (r: number, c: number) => CelluleLue): Unite | null {
  for (let dr = 1; dr <= LIGNES_NOTE_UNITE && r - dr >= 0; dr++) {
    for (let c = c0; c <= c1; c++) {
      const cel = cellule(r - dr, c);
      if (typeof cel.valeur !== 'string' || cel.brut.length > 120 || lireCle(cel.brut) !== null) continue;
      const pliee = normaliserTexte(cel.brut);
      if (NOTE_UNITE.test(pliee)) return uniteEntete(pliee);
    }
  }
  return null;
}

type Verdict = 'donnee' | 'total' | 'sousTotal' | 'vide' | 'fin';

/** What row r is for an open table: a data row, its total row, or the end of the table. */
function classerLigne(t: TableOuverte, r: number, cellule: (r: number, c: number) => CelluleLue): Verdict {
  let vide = true;
  let montant = false;
  for (const [type, c] of t.colonnes) {
    const cel = cellule(r, c);
    if (estVide(cel)) continue;
    vide = false;
    if (MONTANTS.includes(type)) montant = true;
  }
  // The label of a total row may sit just left of the table.
  const gauche = t.c0 > 0 ? cellule(r, t.c0 - 1) : null;
  if (estTotal(t, r, cellule, gauche, TOTAL)) return 'total';
  if (vide) return 'vide';
  if (estTotal(t, r, cellule, gauche, SOUS_TOTAL)) return 'sousTotal';
  // `Plafond | 2 000 000 €` right under the last year: a key–value, read as such below.
  if (estLigneCle(t, r, cellule, gauche)) return 'fin';
  // The header written again (a long registry printed in pages): a new table starts there.
  const ae = t.colonnes.get('ae')!;
  const cp = t.colonnes.get('cp')!;
  if (typeEntete(cellule(r, ae).brut) === 'ae' && typeEntete(cellule(r, cp).brut) === 'cp') return 'fin';
  // A note under the table (`* montants en euros`): no amount, and no year-like digits.
  if (!montant) {
    const annee = t.colonnes.get('annee');
    const conv = t.colonnes.get('convention');
    const texteAnnee = annee === undefined ? '' : cellule(r, annee).brut;
    const aUneConvention = conv !== undefined && !estVide(cellule(r, conv));
    if (!/\d/.test(texteAnnee) && !aUneConvention) return 'fin';
  }
  return 'donnee';
}

/**
 * A key–value row (`Plafond | 2 000 000 €`, `Date de fin : 31/12/2025`) touching a table: its first
 * filled cell, just left of the table or in it, is a key, and no year is readable on the row.
 */
function estLigneCle(t: TableOuverte, r: number, cellule: (r: number, c: number) => CelluleLue, gauche: CelluleLue | null): boolean {
  let premiere = gauche !== null && !estVide(gauche) ? gauche : null;
  for (let c = t.c0; premiere === null && c <= t.c1; c++) {
    const cel = cellule(r, c);
    if (!estVide(cel)) premiere = cel;
  }
  if (premiere === null || typeof premiere.valeur !== 'string' || lireCle(premiere.brut) === null) return false;
  const annee = t.colonnes.get('annee');
  return annee === undefined || lireAnneeCellule(cellule(r, annee)).valeur === null;
}

/** Row r is labelled by `motif` (Total, Sous-total) in a non-amount column or just left of the table. */
function estTotal(t: TableOuverte, r: number, cellule: (r: number, c: number) => CelluleLue, gauche: CelluleLue | null, motif: RegExp): boolean {
  const libelle = (cel: CelluleLue | null): boolean =>
    cel !== null && typeof cel.valeur === 'string' && cel.brut.length < 40 && motif.test(cel.brut);
  if (libelle(gauche)) return true;
  for (const [type, c] of t.colonnes) {
    if (MONTANTS.includes(type)) continue;
    if (libelle(cellule(r, c))) return true;
  }
  return false;
}

/** The value of a key cell: the first filled free cell to its right, else the cell below it. */
function valeurDeCle(
  r: number,
  c: number,
  largeur: number,
  cellule: (r: number, c: number) => CelluleLue,
  libre: (c: number) => boolean,
): { cellule: CelluleLue; r: number; c: number } | null {
  for (let d = 1; d <= PORTEE_VALEUR && c + d < largeur; d++) {
    if (!libre(c + d)) break;
    const cel = cellule(r, c + d);
    if (estVide(cel)) continue;
    // Another key to the right: this key has no value on its row.
    if (lireCle(cel.brut) !== null) break;
    return { cellule: cel, r, c: c + d };
  }
  const dessous = cellule(r + 1, c);
  if (!estVide(dessous) && lireCle(dessous.brut) === null && typeEntete(dessous.brut) === null) {
    return { cellule: dessous, r: r + 1, c };
  }
  return null;
}

/**
 * Gives each key–value to the échéancier table nearest by rows (then by columns); on a tie the
 * table below wins, since a block of keys usually heads its table. Registry layouts carry their
 * convention fields in columns and take no keys. The table reads its keys nearest first.
 */
function attribuerCles(tables: readonly TableOuverte[], cles: readonly CleTrouvee[], position: (r: number, c: number) => Position): void {
  const echeanciers = tables.filter((t) => !t.colonnes.has('convention'));
  if (echeanciers.length === 0) return;
  for (const cle of cles) {
    let meilleure: TableOuverte | null = null;
    let meilleurScore = Infinity;
    for (const t of echeanciers) {
      const distanceLignes = cle.r < t.r0 ? t.r0 - cle.r : cle.r > t.fin ? cle.r - t.fin : 0;
      if (distanceLignes > DISTANCE_CLES) continue;
      const distanceColonnes = cle.c < t.c0 ? t.c0 - cle.c : cle.c > t.c1 ? cle.c - t.c1 : 0;
      const auDessus = cle.r < t.r0 ? 0 : 0.5;
      const score = distanceLignes * 1000 + distanceColonnes * 2 + auDessus;
      if (score < meilleurScore) {
        meilleurScore = score;
        meilleure = t;
      }
    }
    if (meilleure) {
      const lue = { type: cle.type, cellule: cle.cellule, position: position(cle.r, cle.c), score: meilleurScore };
      meilleure.cles.push(cle.unite ? { ...lue, unite: cle.unite } : lue);
    }
  }
  for (const t of echeanciers) t.cles.sort((a, b) => a.score - b.score);
}
