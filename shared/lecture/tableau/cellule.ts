// One cell of a grid read as a year, an amount, a date or a text. The brut text is what the person sees
// (the displayed value when the sheet gives it); the value comes from the typed cell when there is one,
// so a number cell is read exactly rather than through its formatting.
import { ajouterJours, lireDate } from '../../dates';
import { raisonAnnee, raisonDateIso } from '../../model';
import { lireMontant } from '../../montant';
import { citer, normaliserTexte } from '../../texte';
import type { Unite } from './entetes';

/** What a sheet cell can hold (Apps Script `getValues()`, a CSV field, a hand-built grid). */
export type Cellule = string | number | boolean | Date | null | undefined;

/** A cell as the readers see it: its raw value and the text shown. */
export interface CelluleLue {
  valeur: Cellule;
  /** Trimmed text shown to the person ('' when empty). */
  brut: string;
  /** The cell lies beyond the end of a short (ragged) row. */
  absente: boolean;
}

/**
 * Spreadsheet error values (English and French spellings), as `getValues()` or a CSV export give them,
 * with what each one means, phrased to follow « erreur de formule « #REF! » (…) ».
 */
const ERREURS_FORMULE: ReadonlyMap<string, string> = new Map([
  ['#REF!', 'la formule désigne une cellule qui n\u2019existe plus, ligne ou colonne supprimée'],
  ['#N/A', 'la formule ne trouve pas la valeur cherchée, recherche sans résultat'],
  ['#VALUE!', 'la formule calcule sur un texte au lieu d\u2019un nombre'],
  ['#VALEUR!', 'la formule calcule sur un texte au lieu d\u2019un nombre'],
  ['#DIV/0!', 'la formule divise par zéro ou par une cellule vide'],
  ['#NAME?', 'la formule utilise un nom de fonction ou de plage inconnu'],
  ['#NOM?', 'la formule utilise un nom de fonction ou de plage inconnu'],
  ['#NUM!', 'la formule produit un nombre impossible'],
  ['#NOMBRE!', 'la formule produit un nombre impossible'],
  ['#NULL!', 'la formule croise deux plages sans intersection'],
  ['#NUL!', 'la formule croise deux plages sans intersection'],
  ['#ERROR!', 'la formule ne peut pas être analysée'],
  ['#SPILL!', 'le résultat de la formule déborde sur des cellules déjà remplies'],
  ['#CALC!', 'la formule ne peut pas être calculée'],
  ['#LOADING…', 'la valeur n\u2019était pas encore calculée'],
]);

/**
 * What a cell was expected to hold, as the subject of its problems: `Montant illisible : …`,
 * `Année illisible : …`. The rules rename the subject (`Montant des CP de 2024 illisible : …`), so
 * what follows the colon starts in lower case and reads on from it.
 */
export type Nature = 'Montant' | 'Année' | 'Date' | 'Valeur';

/** The same thing written out in full, for « écrivez … à la main ». */
const A_LA_MAIN: Record<Nature, string> = { Montant: 'le montant', Année: "l'année", Date: 'la date', Valeur: 'la valeur' };

const VIDE: CelluleLue = { valeur: '', brut: '', absente: false };
const ABSENTE: CelluleLue = { valeur: undefined, brut: '', absente: true };

/** A valid JS Date → ISO (calendar fields as the sheet gave them, i.e. in the script's time zone). */
function dateEnIso(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const a = d.getFullYear();
  if (a < 1 || a > 9999) return null;
  return `${String(a).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Text of a raw value: numbers with a French decimal comma, booleans and number errors as Sheets shows them in French. */
export function texteValeur(v: Cellule): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  // A NaN or infinite cell is what Sheets shows as #NOMBRE! (a calculation that cannot give a number).
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', ',') : '#NOMBRE!';
  if (typeof v === 'boolean') return v ? 'VRAI' : 'FAUX';
  if (v instanceof Date) return dateEnIso(v) ?? '';
  return '';
}

/** Reads cell (r, c) of the grid (0-based) with its displayed text when given. */
export function lireCellule(valeurs: readonly (readonly Cellule[] | undefined)[], affichees: readonly (readonly string[] | undefined)[] | undefined, r: number, c: number): CelluleLue {
  const ligne = valeurs[r];
  if (!Array.isArray(ligne)) return ABSENTE;
  if (c >= ligne.length) return ABSENTE;
  const valeur = ligne[c];
  const affichee = affichees?.[r]?.[c];
  const brut = typeof affichee === 'string' && affichee.trim() !== '' ? affichee.trim() : texteValeur(valeur);
  if (brut === '' && (valeur === '' || valeur === null || valeur === undefined)) return VIDE;
  return { valeur, brut, absente: false };
}

/** Is the cell empty (blank text and no value)? */
export function estVide(cellule: CelluleLue): boolean {
  return cellule.brut === '';
}

/**
 * What is wrong with a cell holding a formula's error value (`#REF!`) or a formula exported as text
 * (`=SOMME(B2:B4)`), in lower case to follow a subject (`Montant illisible : …`), or null.
 */
export function problemeFormule(brut: string, nature: Nature, texte: boolean): string | null {
  const premier = brut.charCodeAt(0);
  if (premier === 35 /* # */) {
    const code = brut.toUpperCase();
    const explication = ERREURS_FORMULE.get(code) ?? (code === '#LOADING...' ? ERREURS_FORMULE.get('#LOADING…') : undefined);
    if (explication === undefined) return null;
    return `erreur de formule ${citer(brut)} (${explication}). Corrigez la formule ou écrivez ${A_LA_MAIN[nature]} à la main.`;
  }
  if (texte && premier === 61 /* = */ && /^=\s*[A-Za-zÀ-ÿ_]/.test(brut)) {
    return `formule non calculée ${citer(brut)}. Exportez les valeurs calculées plutôt que les formules, ou écrivez ${A_LA_MAIN[nature]} à la main.`;
  }
  return null;
}

export type Lecture<T> = { valeur: T | null; probleme?: string };

/** Common problems of any cell: error values and formulas left as text. */
function problemeCommun(cellule: CelluleLue, nature: Nature): string | null {
  const probleme = problemeFormule(cellule.brut, nature, typeof cellule.valeur === 'string');
  return probleme === null ? null : `${nature} illisible : ${probleme}`;
}

/** An amount cell that also holds the amount in words, as conventions write it. */
export interface LectureMontant extends Lecture<number> {
  /** `2 500 000 € (deux millions…)` or `deux millions… (2 500 000 €)`: the two parts, trimmed. */
  enLettres?: { chiffres: string; lettres: string };
}

/** French number words (folded), one of which makes a text in parentheses an amount in words. */
const MOT_NOMBRE =
  /(?:^|[\s'-])(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|milles?|millions?|milliards?)(?=$|[\s-])/;
/** `figures (words)`, then `words (figures)`; a final full stop is allowed. */
const CHIFFRES_PUIS_LETTRES = /^([^()]*\d[^()]*?)\s*\(([^()\d]+)\)\s*\.?$/;
const LETTRES_PUIS_CHIFFRES = /^([^()\d]+?)\s*\(([^()]*\d[^()]*)\)\s*\.?$/;

function sontDesLettres(texte: string): boolean {
  return MOT_NOMBRE.test(normaliserTexte(texte));
}

/** Splits `2 500 000 € (deux millions cinq cent mille euros)` (either order) into figures and words. */
export function separerChiffresLettres(brut: string): { chiffres: string; lettres: string } | null {
  if (brut.indexOf('(') < 0 || brut.length > 400) return null;
  const apres = CHIFFRES_PUIS_LETTRES.exec(brut);
  if (apres && sontDesLettres(apres[2]!)) return { chiffres: apres[1]!.trim(), lettres: apres[2]!.trim() };
  const avant = LETTRES_PUIS_CHIFFRES.exec(brut);
  if (avant && sontDesLettres(avant[1]!)) return { chiffres: avant[2]!.trim(), lettres: avant[1]!.trim() };
  return null;
}

const EN_EUROS = 'Écrivez un montant en euros (« 2 500 000 € »).';

/** Cells that mean « no amount »: a dash (also Excel's accounting zero `-   €`), « néant », « sans objet ». */
const SANS_MONTANT = /^(?:[-–—]\s*€?|néant|neant|sans objet|n\/a)$/i;
/** Figures without a unit of their own (`1 200`, `1 200,5`, `-300`). */
const TAXES = /(?<=[\d€])\s*(?:HT|H\.T\.|TTC|T\.T\.C\.|hors taxes?|toutes taxes comprises)$/i;
const CHIFFRES_NUS = /^-?[\d\s\u00a0\u202f.,]*\d$/;
const FACTEURS: Record<Unite, number> = { 'k€': 1e3, 'M€': 1e6, 'Md€': 1e9 };

/**
 * An amount cell → integer cents. A number cell is in euros; a text is read as French (`1 900 000,50 €`).
 * A text holding the amount in figures and in words is read from its figures, the words kept aside
 * for the rule that compares them.
 */
export function lireMontantCellule(cellule: CelluleLue, unite?: Unite | null): LectureMontant {
  if (estVide(cellule)) return { valeur: null };
  const commun = problemeCommun(cellule, 'Montant');
  if (commun) return { valeur: null, probleme: commun };
  // A dash or « néant » says « nothing this year », as a blank cell does (the text reader agrees).
  if (SANS_MONTANT.test(cellule.brut)) return { valeur: null };
  const v = cellule.valeur;
  if (typeof v === 'boolean') {
    return { valeur: null, probleme: `Montant illisible : valeur logique ${citer(cellule.brut)} au lieu d'un montant. ${EN_EUROS}` };
  }
  if (v instanceof Date) {
    return { valeur: null, probleme: `Montant illisible : date ${citer(cellule.brut)} au lieu d'un montant. ${EN_EUROS}` };
  }
  if (typeof v === 'number') {
    const lu = lireMontant(unite ? v * FACTEURS[unite] : v);
    return lu.ok ? { valeur: lu.centimes } : { valeur: null, probleme: lu.erreur };
  }
  // Bare figures under a header in k€ / M€ are in that unit; a cell that writes its own unit keeps it.
  // `500 000 € HT`: the tax mention says which amount it is, not how much.
  const brut = cellule.brut.replace(TAXES, '');
  const lu = lireMontant(unite && CHIFFRES_NUS.test(brut) ? `${brut} ${unite}` : brut);
  if (lu.ok) return { valeur: lu.centimes };
  const enLettres = separerChiffresLettres(cellule.brut);
  if (enLettres === null) return { valeur: null, probleme: lu.erreur };
  const chiffres = lireMontant(enLettres.chiffres);
  return chiffres.ok ? { valeur: chiffres.centimes, enLettres } : { valeur: null, probleme: chiffres.erreur, enLettres };
}

/**
 * `Exercice 2024`, `FY2024`, a footnote mark (`2024*`, `2024 (1)`, as the text reader allows), and a year cell formatted as a number and exported with its decimals
 * (`2024.0`, `2024,00`): the year is plain in each.
 */
const ANNEE_TEXTE = /^(?:(?:exercice|annee|an|gestion)\s+|fy\s*)?(\d{4})(?:[.,]0+)?\s*(?:\(.{0,20}\)|\*+)?$/;
const QUATRE_CHIFFRES = "Écrivez l'année sur quatre chiffres (« 2024 »).";

/** A four-digit year the model accepts (shared/model.ts), or the model's reason. */
function anneeDuModele(annee: number, texte: string): Lecture<number> {
  const raison = raisonAnnee(annee, texte);
  return raison === null ? { valeur: annee } : { valeur: null, probleme: `Année illisible : ${raison}` };
}

/** A date the model accepts (a real day, years of shared/model.ts), or the model's reason. */
function dateDuModele(iso: string): Lecture<string> {
  const raison = raisonDateIso(iso);
  return raison === null ? { valeur: iso } : { valeur: null, probleme: raison };
}

/** A year cell: `2024`, the number 2024, `Exercice 2024`. Two-digit years and dates are reported. */
export function lireAnneeCellule(cellule: CelluleLue): Lecture<number> {
  if (estVide(cellule)) return { valeur: null };
  const commun = problemeCommun(cellule, 'Année');
  if (commun) return { valeur: null, probleme: commun };
  const v = cellule.valeur;
  if (v instanceof Date) {
    return { valeur: null, probleme: `Année illisible : date ${citer(cellule.brut)} au lieu d'une année. Écrivez l'année seule sur quatre chiffres (« 2024 »).` };
  }
  if (typeof v === 'number') {
    // A typed number is read from its value: « 2 023 » or « 2 023,00 € » is only how its column is
    // formatted. The displayed text is what a message quotes.
    if (Number.isInteger(v) && v >= 1000 && v <= 9999) return raisonAnnee(v) === null ? { valeur: v } : anneeDuModele(v, cellule.brut);
    if (Number.isInteger(v) && v >= 0 && v <= 99) return { valeur: null, probleme: deuxChiffres(cellule.brut, String(v).padStart(2, '0')) };
    return { valeur: null, probleme: `Année illisible : ${citer(cellule.brut)} n'est pas une année. ${QUATRE_CHIFFRES}` };
  }
  const brut = cellule.brut;
  // `2024`, the common case, without folding the text.
  if (brut.length === 4 && estChiffres(brut)) return anneeDuModele(Number(brut), brut);
  if (brut.length === 2 && estChiffres(brut)) return { valeur: null, probleme: deuxChiffres(brut, brut) };
  const m = ANNEE_TEXTE.exec(normaliserTexte(brut));
  if (m) return anneeDuModele(Number(m[1]), String(Number(m[1])));
  return { valeur: null, probleme: `Année illisible : ${citer(brut)} n'est pas une année. ${QUATRE_CHIFFRES}` };
}

function deuxChiffres(brut: string, chiffres: string): string {
  return `Année sur deux chiffres ${citer(brut)} : écrivez-la sur quatre chiffres (« 20${chiffres} »).`;
}

function estChiffres(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/** Spreadsheet serial day numbers count from 1899-12-30 (Excel, Sheets); plausible range 1982–2173. */
const SERIE_MIN = 30000;
const SERIE_MAX = 100000;

/** A date cell: a Date from the sheet, a serial day number, or a French date text. */
export function lireDateCellule(cellule: CelluleLue): Lecture<string> {
  if (estVide(cellule)) return { valeur: null };
  const commun = problemeCommun(cellule, 'Date');
  if (commun) return { valeur: null, probleme: commun };
  const v = cellule.valeur;
  // The displayed text is what the person sees; read it first when it is a real date.
  const texte = lireDate(cellule.brut);
  if (texte.ok) return { valeur: texte.date };
  if (v instanceof Date) {
    const iso = dateEnIso(v);
    if (iso) return dateDuModele(iso);
  }
  if (typeof v === 'number' && Number.isInteger(v) && v >= SERIE_MIN && v <= SERIE_MAX) {
    return dateDuModele(ajouterJours('1899-12-30', v));
  }
  return { valeur: null, probleme: texte.erreur };
}

/** A free text cell (UO, sigle…): its trimmed text, or null when empty or an error value. */
export function lireTexteCellule(cellule: CelluleLue): Lecture<string> {
  if (estVide(cellule)) return { valeur: null };
  const commun = problemeCommun(cellule, 'Valeur');
  if (commun) return { valeur: null, probleme: commun };
  return { valeur: cellule.brut };
}
