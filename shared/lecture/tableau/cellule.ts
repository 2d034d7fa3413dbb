// One cell of a grid read as a year, an amount, a date or a text. The brut text is what the person sees
// (the displayed value when the sheet gives it); the value comes from the typed cell when there is one,
// so a number cell is read exactly rather than through its formatting.
import { ajouterJours, lireDate } from '../../dates';
import { lireMontant } from '../../montant';
import { citer, normaliserTexte } from '../../texte';

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

/** Spreadsheet error values (English and French spellings), as `getValues()` or a CSV export give them. */
const ERREURS_FORMULE: ReadonlyMap<string, string> = new Map([
  ['#REF!', 'la formule désigne une cellule qui n\u2019existe plus (ligne ou colonne supprimée)'],
  ['#N/A', 'la formule ne trouve pas la valeur cherchée (recherche sans résultat)'],
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

/** Text of a raw value: numbers with a French decimal comma, booleans as Sheets shows them in French. */
export function texteValeur(v: Cellule): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', ',') : String(v);
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

/** The French explanation of a spreadsheet error value, or null when the text is not one. */
export function erreurFormule(brut: string): string | null {
  if (brut.length === 0 || brut.charCodeAt(0) !== 35 /* # */) return null;
  const code = brut.toUpperCase();
  const explication = ERREURS_FORMULE.get(code) ?? (code === '#LOADING...' ? ERREURS_FORMULE.get('#LOADING…') : undefined);
  if (explication === undefined) return null;
  return `Erreur de formule ${citer(brut)} : ${explication}. Corrigez la formule ou écrivez la valeur à la main.`;
}

/** A formula exported as text (`=SOMME(B2:B4)`) instead of its result. */
function formuleNonCalculee(brut: string): string | null {
  if (!/^=\s*[A-Za-zÀ-ÿ_]/.test(brut)) return null;
  return `Formule non calculée ${citer(brut)} : exportez les valeurs calculées, pas les formules (ou écrivez la valeur à la main).`;
}

export type Lecture<T> = { valeur: T | null; probleme?: string };

/** Common problems of any cell: error values and formulas left as text. */
function problemeCommun(cellule: CelluleLue): string | null {
  return erreurFormule(cellule.brut) ?? (typeof cellule.valeur === 'string' ? formuleNonCalculee(cellule.brut) : null);
}

/** An amount cell → integer cents. A number cell is in euros; a text is read as French (`1 900 000,50 €`). */
export function lireMontantCellule(cellule: CelluleLue): Lecture<number> {
  if (estVide(cellule)) return { valeur: null };
  const commun = problemeCommun(cellule);
  if (commun) return { valeur: null, probleme: commun };
  const v = cellule.valeur;
  if (typeof v === 'boolean') {
    return { valeur: null, probleme: `Montant attendu, valeur logique ${citer(cellule.brut)} trouvée. Saisissez un montant en euros (« 2 500 000 € »).` };
  }
  if (v instanceof Date) {
    return { valeur: null, probleme: `Montant attendu, date ${citer(cellule.brut)} trouvée. Saisissez un montant en euros (« 2 500 000 € »).` };
  }
  const lu = lireMontant(typeof v === 'number' ? v : cellule.brut);
  return lu.ok ? { valeur: lu.centimes } : { valeur: null, probleme: lu.erreur };
}

const ANNEE_TEXTE = /^(?:(?:exercice|annee|an)\s+)?(\d{4})$/;

/** A year cell: `2024`, the number 2024, `Exercice 2024`. Two-digit years and dates are reported. */
export function lireAnneeCellule(cellule: CelluleLue): Lecture<number> {
  if (estVide(cellule)) return { valeur: null };
  const commun = problemeCommun(cellule);
  if (commun) return { valeur: null, probleme: commun };
  const v = cellule.valeur;
  if (v instanceof Date) {
    return { valeur: null, probleme: `Année attendue, date ${citer(cellule.brut)} trouvée. Écrivez l'année seule sur quatre chiffres (« 2024 »).` };
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1000 && v <= 9999) return { valeur: v };
    if (Number.isInteger(v) && v >= 0 && v <= 99) {
      return { valeur: null, probleme: `Année sur deux chiffres ${citer(cellule.brut)} : écrivez-la sur quatre chiffres (« 20${String(v).padStart(2, '0')} »).` };
    }
    return { valeur: null, probleme: `Année illisible ${citer(cellule.brut)} : écrivez l'année sur quatre chiffres (« 2024 »).` };
  }
  const t = normaliserTexte(cellule.brut);
  const m = ANNEE_TEXTE.exec(t);
  if (m) return { valeur: Number(m[1]) };
  if (/^\d{2}$/.test(t)) {
    return { valeur: null, probleme: `Année sur deux chiffres ${citer(cellule.brut)} : écrivez-la sur quatre chiffres (« 20${t} »).` };
  }
  return { valeur: null, probleme: `Année illisible ${citer(cellule.brut)} : écrivez l'année sur quatre chiffres (« 2024 »).` };
}

/** Spreadsheet serial day numbers count from 1899-12-30 (Excel, Sheets); plausible range 1982–2173. */
const SERIE_MIN = 30000;
const SERIE_MAX = 100000;

/** A date cell: a Date from the sheet, a serial day number, or a French date text. */
export function lireDateCellule(cellule: CelluleLue): Lecture<string> {
  if (estVide(cellule)) return { valeur: null };
  const commun = problemeCommun(cellule);
  if (commun) return { valeur: null, probleme: commun };
  const v = cellule.valeur;
  // The displayed text is what the person sees; read it first when it is a real date.
  const texte = lireDate(cellule.brut);
  if (texte.ok) return { valeur: texte.date };
  if (v instanceof Date) {
    const iso = dateEnIso(v);
    if (iso) return { valeur: iso };
  }
  if (typeof v === 'number' && Number.isInteger(v) && v >= SERIE_MIN && v <= SERIE_MAX) {
    return { valeur: ajouterJours('1899-12-30', v) };
  }
  return { valeur: null, probleme: texte.erreur };
}

/** A free text cell (UO, sigle…): its trimmed text, or null when empty or an error value. */
export function lireTexteCellule(cellule: CelluleLue): Lecture<string> {
  if (estVide(cellule)) return { valeur: null };
  const commun = problemeCommun(cellule);
  if (commun) return { valeur: null, probleme: commun };
  return { valeur: cellule.brut };
}
