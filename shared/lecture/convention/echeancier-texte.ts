// The échéancier written as a table in the text: tab-separated (as the seeds, exported from a
// word processor), markdown pipes, or columns aligned with spaces (PDF text). The header names
// the AE and CP columns (`AE`, `Autorisations d'engagement`, `CP`, `Crédits de paiement`) and
// maybe the year's (`Année`, `Exercice`; else the first column, or no header cell at all: `AE CP` over rows that begin with the year); the same table may be
// transposed (years across, an `AE` row and a `CP` row). Each cell keeps its raw text and
// line; an amount that cannot be read keeps its text and a `probleme` and counts as null in
// the convention — the rule `montant-illisible` reports it, nothing is guessed. Words in
// parentheses after an amount (`2 500 000 € (deux millions…)`) are not part of the figure.
import type { LigneEcheancier } from '../../model';
import { lireMontant } from '../../montant';
import type { LigneLue, ValeurLue } from '../../modele/lu';
import { normaliserTexte } from '../../texte';
import { cellulesDe, estRegleDeTableau } from './cles-valeurs';
import { estVide, type DocumentConvention } from './document';
import { colonnesParContenu, type LecteurCellules } from './entetes-par-contenu';

export interface EcheancierLu {
  lignes: LigneLue[];
  total?: { ae: ValeurLue<number>; cp: ValeurLue<number>; position: { ligne: number } };
  /** 1-based line of the header. */
  entete: number;
}

type Separateur = 'tab' | 'pipe' | 'espaces';

interface Colonnes {
  annee: number;
  ae: number;
  cp: number;
  aeEngagees?: number;
  cpPayes?: number;
  /** The header has no year cell: the rows hold one cell more than it (see decale). */
  sansEnteteAnnee?: boolean;
  /** Unit of each amount column whose header gives one (`AE (k€)` → `k€`), by column index. */
  unites?: Record<number, Unite>;
}

type Unite = 'k€' | 'M€' | 'Md€';

/**
 * The unit a header or the sentence above a table gives bare figures: `AE (k€)`, `CP (en
 * milliers d'euros)`, « montants en M€ ». Without it `700` would be read as 700 €, a thousand
 * times too little. Tested on folded text; euros (`AE (en €)`) need no unit.
 */
export function uniteDe(pliee: string): Unite | null {
  if (/(?:^|[^a-z])(?:k€|keur|k euros?)(?![a-z])|milliers? (?:d'euros|de euros|€)/.test(pliee)) return 'k€';
  if (/(?:^|[^a-z])(?:md€|mds€|mdeur)(?![a-z])|milliards? (?:d'euros|de euros|€)/.test(pliee)) return 'Md€';
  if (/(?:^|[^a-z])(?:m€|meur|m euros?)(?![a-z])|millions? (?:d'euros|de euros|€)/.test(pliee)) return 'M€';
  return null;
}

function separateurDe(ligne: string): Separateur | null {
  if (ligne.includes('\t')) return 'tab';
  if (/^\s*\|.*\|/.test(ligne)) return 'pipe';
  if (/\S\s{2,}\S/.test(ligne.replace(/[\u00a0\u202f]/g, ' '))) return 'espaces';
  return null;
}

interface Morceau {
  texte: string;
  debut: number;
  fin: number;
}

/** Text runs separated by two blanks or more, with their columns in the line. */
function morceaux(ligne: string): Morceau[] {
  const trouves: Morceau[] = [];
  const re = /\S+(?:[ \u00a0\u202f]\S+)*/g;
  for (let m = re.exec(ligne); m; m = re.exec(ligne)) trouves.push({ texte: m[0], debut: m.index, fin: m.index + m[0].length });
  return trouves;
}

/**
 * Cells of a row of a table aligned with spaces (text from a PDF), placed under the header's
 * columns by where they stand: an empty cell leaves no gap marker, so counting cells would shift
 * the amounts into the wrong column. Null when two cells fall under one column (cannot tell).
 */
function cellulesAlignees(ligne: string, entete: string): string[] | null {
  const colonnes = morceaux(entete);
  const valeurs = morceaux(ligne);
  if (valeurs.length === colonnes.length) return valeurs.map((v) => v.texte);
  const cellulesRangees: string[] = colonnes.map(() => '');
  const prises = new Set<number>();
  for (const v of valeurs) {
    let meilleure = -1;
    let score = -Infinity;
    colonnes.forEach((c, k) => {
      // Overlap of the two spans (positive), or minus the gap between them.
      const s = Math.min(v.fin, c.fin) - Math.max(v.debut, c.debut);
      if (s > score) [meilleure, score] = [k, s];
    });
    if (meilleure < 0 || prises.has(meilleure)) return null;
    prises.add(meilleure);
    cellulesRangees[meilleure] = v.texte;
  }
  return cellulesRangees;
}

/** The cells of line `j` under the header of line `i`; null when an aligned row cannot be placed. */
function cellules(doc: DocumentConvention, j: number, sep: Separateur, i: number, sansEnteteAnnee = false): string[] | null {
  if (sep === 'espaces') {
    const ligne = doc.brutes[j]!.replace(/\t/g, ' ');
    if (!sansEnteteAnnee) return cellulesAlignees(ligne, doc.brutes[i]!.replace(/\t/g, ' '));
    // No header cell to align the year under: a full row (year + one cell per column) is read in
    // order; a row with a gap cannot be placed.
    const valeurs = morceaux(ligne);
    return valeurs.length === morceaux(doc.brutes[i]!.replace(/\t/g, ' ')).length + 1 ? valeurs.map((v) => v.texte) : null;
  }
  return cellulesDe(doc.propres[j]!);
}

const COLONNES_INCERTAINES =
  "Colonnes mal alignées : impossible de dire sous quelle colonne (AE ou CP) tombe chaque montant de cette ligne. Alignez les montants sous leurs en-têtes ou séparez les colonnes par des tabulations.";

const EXECUTION_AE = /\b(?:engagee?s?|consommee?s?|realisee?s?)\b/;
const EXECUTION_CP = /\b(?:payee?s?|consommee?s?|mandatee?s?|realisee?s?)\b/;
const est = {
  annee: (c: string) => /^(?:annees?|exercices?|annee budgetaire|gestion|periode|millesime)\b/.test(c),
  ae: (c: string) => /(?:^|[^a-z])ae(?:$|[^a-z])|autorisations? d'engagements?/.test(c),
  cp: (c: string) => /(?:^|[^a-z])cp(?:$|[^a-z])|credits? de paiements?/.test(c),
};

/** The columns of a header row, or null when it is not an AE/CP header. */
function colonnesDe(cellulesEntete: string[]): Colonnes | null {
  const c = cellulesEntete.map((x) => normaliserTexte(x));
  const col: Partial<Colonnes> = {};
  c.forEach((x, k) => {
    if (col.annee === undefined && est.annee(x)) col.annee = k;
    else if (est.ae(x) && !est.cp(x)) {
      if (EXECUTION_AE.test(x)) col.aeEngagees ??= k;
      else col.ae ??= k;
    } else if (est.cp(x) && !est.ae(x)) {
      if (EXECUTION_CP.test(x)) col.cpPayes ??= k;
      else col.cp ??= k;
    }
  });
  if (col.ae === undefined || col.cp === undefined) return null;
  for (const k of [col.ae, col.cp, col.aeEngagees, col.cpPayes]) {
    const unite = k === undefined ? null : uniteDe(c[k]!);
    if (k !== undefined && unite) (col.unites ??= {})[k] = unite;
  }
  // No year header: the first column that is neither AE nor CP (the seeds leave it blank).
  if (col.annee === undefined) {
    const prises = new Set([col.ae, col.cp, col.aeEngagees, col.cpPayes]);
    col.annee = c.findIndex((_, k) => !prises.has(k));
    if (col.annee < 0) return decale(col as Colonnes, c.length);
    if (col.annee > Math.min(col.ae, col.cp)) return null;
  }
  return col as Colonnes;
}

/**
 * A header with no cell at all for the year (`AE<TAB>CP` over `2024<TAB>700 000 €<TAB>500 000 €`):
 * the rows carry the year first, so every column moves one place right. Only when the header is
 * nothing but amount columns; the caller checks that the rows really have the extra cell.
 */
function decale(col: Colonnes, largeur: number): Colonnes | null {
  const prises = [col.ae, col.cp, col.aeEngagees, col.cpPayes].filter((k) => k !== undefined);
  if (prises.length !== largeur) return null;
  const plusUn = (k: number | undefined) => (k === undefined ? undefined : k + 1);
  return {
    annee: 0,
    ae: col.ae + 1,
    cp: col.cp + 1,
    ...(col.aeEngagees !== undefined ? { aeEngagees: plusUn(col.aeEngagees)! } : {}),
    ...(col.cpPayes !== undefined ? { cpPayes: plusUn(col.cpPayes)! } : {}),
    ...(col.unites ? { unites: Object.fromEntries(Object.entries(col.unites).map(([k, u]) => [Number(k) + 1, u])) } : {}),
    sansEnteteAnnee: true,
  };
}

/** The first row under a header without a year cell must have that extra cell, a year first. */
function rangsAvecAnnee(doc: DocumentConvention, i: number, sep: Separateur, largeurEntete: number): boolean {
  for (let j = i + 1; j < doc.propres.length && j <= i + 3; j++) {
    const propre = doc.propres[j]!;
    if (estVide(propre) || estRegleDeTableau(propre)) continue;
    if (separateurDe(propre) !== sep) return false;
    const c = sep === 'espaces' ? morceaux(doc.brutes[j]!.replace(/\t/g, ' ')).map((m) => m.texte) : cellulesDe(propre);
    return c.length === largeurEntete + 1 && /^\d{4}\b/.test(c[0]!.trim());
  }
  return false;
}

const VIDE = /^(?:|-|–|—|\/|néant|neant|n\/a|sans objet)$/i;

/** Reads an amount cell: figures (words in parentheses aside); blank or a dash → null without problem. */
export function lireCelluleMontant(brut: string, ligne: number, unite?: Unite | null): ValeurLue<number> {
  const texte = brut.trim();
  const position = { ligne };
  if (VIDE.test(texte)) return { brut: texte, valeur: null, position };
  // A parenthesis without its pair: a piece of a cell a page or a column cut (« vingt mille euros) »), never read as an amount.
  if ((texte.match(/\(/g)?.length ?? 0) !== (texte.match(/\)/g)?.length ?? 0)) {
    return { brut: texte, valeur: null, position, probleme: `Montant coupé : « ${texte} » (une parenthèse sans l'autre) ; la case semble coupée en deux : vérifiez-la sur le document.` };
  }
  const chiffres = texte.replace(/\s*\([^()]*[a-zA-Zà-ÿ][^()]*\)\s*$/, '').trim();
  // Bare figures under a header in k€ / M€ are in that unit; a cell that writes its own unit keeps it.
  const lu = lireMontant(unite && /^[\d\s\u00a0\u202f.,]+$/.test(chiffres) ? `${chiffres} ${unite}` : chiffres);
  return lu.ok ? { brut: texte, valeur: lu.centimes, position } : { brut: texte, valeur: null, position, probleme: lu.erreur };
}

/** Reads a year cell: `2024`, `2024 (*)`, `Année 2024`. */
export function lireCelluleAnnee(brut: string, ligne: number): ValeurLue<number> {
  const texte = brut.trim();
  const position = { ligne };
  const m = /^(?:annee\s+|exercice\s+)?(\d{4})\s*(?:\(.{0,20}\)|\*+)?$/.exec(normaliserTexte(texte));
  const annee = m ? Number(m[1]) : NaN;
  if (annee >= 1900 && annee <= 2199) return { brut: texte, valeur: annee, position };
  return {
    brut: texte,
    valeur: null,
    position,
    probleme: texte === '' ? 'Année manquante : la ligne a des montants mais pas d\'année.' : `Année illisible : « ${texte} » ; écrivez l'année sur quatre chiffres (« 2024 »).`,
  };
}

/** A data row ends the table when it is prose, or has neither a year-like cell nor an amount. */
function estLigneDeDonnees(c: string[], col: Colonnes): boolean {
  const annee = c[col.annee] ?? '';
  const montants = [c[col.ae] ?? '', c[col.cp] ?? ''].filter((x) => x.trim() !== '');
  return /\d/.test(annee) || /^total/i.test(normaliserTexte(annee)) || montants.some((m) => /\d/.test(m));
}

/** The unit stated on the two non-empty lines just above a table (« en milliers d'euros : »). */
function uniteAuDessus(doc: DocumentConvention, i: number): Unite | null {
  for (let j = i - 1, vues = 0; j >= 0 && vues < 2; j--) {
    if (estVide(doc.pliees[j]!)) continue;
    vues++;
    // Only a unit said of the table (« (en k€) », « montants en milliers d'euros »), not an amount of prose.
    if (/\ben (?:k€|m€|milliers d'euros|millions d'euros|keur|meur)/.test(doc.pliees[j]!)) return uniteDe(doc.pliees[j]!);
  }
  return null;
}

function tableauDroit(doc: DocumentConvention, i: number, sep: Separateur, col: Colonnes): EcheancierLu {
  const lu: EcheancierLu = { lignes: [], entete: i + 1 };
  const parDefaut = uniteAuDessus(doc, i);
  const montant = (c: string[], k: number, ligne: number) => lireCelluleMontant(c[k] ?? '', ligne, col.unites?.[k] ?? parDefaut);
  for (let j = i + 1; j < doc.propres.length; j++) {
    const propre = doc.propres[j]!;
    if (estRegleDeTableau(propre)) continue;
    if (estVide(propre)) {
      // One blank line inside a table is tolerated when a row follows.
      const suivante = doc.propres[j + 1];
      if (suivante !== undefined && !estVide(suivante) && separateurDe(suivante) === sep && /^\s*\|?\s*(?:\d{4}|total)/i.test(suivante)) continue;
      break;
    }
    if (separateurDe(propre) !== sep) break;
    const ligne = j + 1;
    const c = cellules(doc, j, sep, i, col.sansEnteteAnnee);
    if (c === null) {
      // The row is in the table but its amounts cannot be placed: kept, unreadable, for the rules.
      const brut = propre.trim();
      const incertain = { brut, valeur: null, position: { ligne }, probleme: COLONNES_INCERTAINES };
      lu.lignes.push({ annee: lireCelluleAnnee(/^\S+/.exec(brut)?.[0] ?? '', ligne), ae: incertain, cp: { ...incertain }, position: { ligne } });
      continue;
    }
    if (!estLigneDeDonnees(c, col)) break;
    const anneeBrute = c[col.annee] ?? '';
    if (/^total/.test(normaliserTexte(anneeBrute))) {
      lu.total = { ae: montant(c, col.ae, ligne), cp: montant(c, col.cp, ligne), position: { ligne } };
      continue;
    }
    const ligneLue: LigneLue = {
      annee: lireCelluleAnnee(anneeBrute, ligne),
      ae: montant(c, col.ae, ligne),
      cp: montant(c, col.cp, ligne),
      position: { ligne },
    };
    if (col.aeEngagees !== undefined) ligneLue.aeEngagees = montant(c, col.aeEngagees, ligne);
    if (col.cpPayes !== undefined) ligneLue.cpPayes = montant(c, col.cpPayes, ligne);
    lu.lignes.push(ligneLue);
  }
  return lu;
}

/** Years across, then an AE row and a CP row: `\t2024\t2025\tTotal` / `AE\t…` / `CP\t…`. */
function tableauTranspose(doc: DocumentConvention, i: number, sep: Separateur): EcheancierLu | null {
  const entete = (cellules(doc, i, sep, i) ?? []).map((c) => c.trim());
  const colonnes = entete.slice(1);
  const estTotal = (c: string) => /^total/.test(normaliserTexte(c));
  const annees = colonnes.filter((c) => !estTotal(c));
  if (annees.length === 0 || !annees.every((a) => /^\d{4}$/.test(a))) return null;
  let ae: { c: string[]; ligne: number } | null = null;
  let cp: { c: string[]; ligne: number } | null = null;
  for (let j = i + 1, vues = 0; j < doc.propres.length && vues < 4; j++) {
    if (estVide(doc.propres[j]!) || estRegleDeTableau(doc.propres[j]!)) continue;
    vues++;
    if (separateurDe(doc.propres[j]!) !== sep) break;
    const c = cellules(doc, j, sep, i);
    if (c === null) return null;
    const tete = normaliserTexte(c[0] ?? '');
    if (est.ae(tete) && !est.cp(tete) && !EXECUTION_AE.test(tete)) ae ??= { c, ligne: j + 1 };
    else if (est.cp(tete) && !est.ae(tete) && !EXECUTION_CP.test(tete)) cp ??= { c, ligne: j + 1 };
  }
  if (!ae || !cp) return null;
  const [rangAe, rangCp] = [ae, cp];
  const lu: EcheancierLu = { lignes: [], entete: i + 1 };
  const parDefaut = uniteDe(normaliserTexte(entete[0] ?? '')) ?? uniteAuDessus(doc, i);
  const uniteAe = uniteDe(normaliserTexte(rangAe.c[0] ?? '')) ?? parDefaut;
  const uniteCp = uniteDe(normaliserTexte(rangCp.c[0] ?? '')) ?? parDefaut;
  colonnes.forEach((tete, k) => {
    const aeLu = lireCelluleMontant(rangAe.c[k + 1] ?? '', rangAe.ligne, uniteAe);
    const cpLu = lireCelluleMontant(rangCp.c[k + 1] ?? '', rangCp.ligne, uniteCp);
    if (estTotal(tete)) lu.total = { ae: aeLu, cp: cpLu, position: { ligne: rangAe.ligne } };
    else lu.lignes.push({ annee: lireCelluleAnnee(tete, i + 1), ae: aeLu, cp: cpLu, position: { ligne: i + 1 } });
  });
  return lu;
}

/** What a header cell names, for the columns told by their content. */
function nomEntete(cellule: string): ReturnType<LecteurCellules['nom']> {
  const x = normaliserTexte(cellule);
  if (x === '') return null;
  if (est.annee(x)) return 'annee';
  if (est.ae(x) && !est.cp(x)) return EXECUTION_AE.test(x) ? 'autre' : 'ae';
  if (est.cp(x) && !est.ae(x)) return EXECUTION_CP.test(x) ? 'autre' : 'cp';
  return /\p{L}{5,}/u.test(x) ? 'autre' : null;
}

const LECTEUR_CELLULES: LecteurCellules = {
  nom: nomEntete,
  estAnnee: (c) => lireCelluleAnnee(c, 1).valeur !== null,
  estMontant: (c) => lireCelluleMontant(c, 1).valeur !== null,
};

/** Which of AE and CP a header row names (both: an ordinary header). */
export function entetesNommes(cellulesEntete: readonly string[]): { ae: boolean; cp: boolean } {
  const noms = cellulesEntete.map(nomEntete);
  return { ae: noms.includes('ae'), cp: noms.includes('cp') };
}

/** A header naming one of AE and CP, or neither, over rows whose columns say which is which (a scan's misread header). */
function colonnesDeduites(doc: DocumentConvention, i: number, sep: Separateur, entete: string[]): Colonnes | null {
  const rangees: string[][] = [];
  for (let j = i + 1; j < doc.propres.length && rangees.length < 6; j++) {
    const propre = doc.propres[j]!;
    if (estRegleDeTableau(propre)) continue;
    if (estVide(propre) || separateurDe(propre) !== sep) break;
    const c = cellules(doc, j, sep, i);
    if (!c) break;
    rangees.push(c);
  }
  const deduites = colonnesParContenu(entete, rangees, LECTEUR_CELLULES);
  return deduites ? { ...deduites } : null;
}

/** Every échéancier table of the text, in order. */
export function tableauxEcheancier(doc: DocumentConvention): EcheancierLu[] {
  const tableaux: EcheancierLu[] = [];
  for (let i = 0; i < doc.propres.length; i++) {
    const propre = doc.propres[i]!;
    const sep = separateurDe(propre);
    if (!sep) continue;
    const entete = cellules(doc, i, sep, i) ?? [];
    let col = colonnesDe(entete) ?? colonnesDeduites(doc, i, sep, entete);
    if (col?.sansEnteteAnnee && !rangsAvecAnnee(doc, i, sep, entete.length)) col = null;
    const tableau = col ? tableauDroit(doc, i, sep, col) : tableauTranspose(doc, i, sep);
    if (tableau && (tableau.lignes.length > 0 || tableau.total)) {
      tableaux.push(tableau);
      i = Math.max(i, ...tableau.lignes.map((l) => (l.position.ligne ?? 1) - 1), tableau.total ? tableau.total.position.ligne - 1 : i);
    }
  }
  return tableaux;
}

/** The échéancier as the convention states it: rows whose year could be read. */
export function versConvention(lignes: LigneLue[]): { echeancier: LigneEcheancier[]; sources: Record<string, number> } {
  const echeancier: LigneEcheancier[] = [];
  const sources: Record<string, number> = {};
  for (const l of lignes) {
    if (l.annee.valeur === null) continue;
    const n = echeancier.length;
    echeancier.push({ annee: l.annee.valeur, ae: l.ae.valeur, cp: l.cp.valeur });
    for (const champ of ['annee', 'ae', 'cp'] as const) {
      const ligne = l[champ].position?.ligne;
      if (ligne) sources[`echeancier.${n}.${champ}`] = ligne;
    }
  }
  return { echeancier, sources };
}
