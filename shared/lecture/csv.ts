// CSV → grid of strings, with papaparse. French exports (Excel « CSV (séparateur : point-virgule) »)
// use `;` because the comma is the decimal mark (`1 000,00`); others use `,` or a tab. The separator
// is detected here rather than by papaparse, whose guess can pick `,` on `2024;1 000,00;500,00`.
import Papa from 'papaparse';
import { normaliser } from '../texte/normalisation';

export type ResultatCsv = { ok: true; grille: string[][] } | { ok: false; erreur: string };

/** Tried in this order on a tie: a tab or `;` that splits every line is a stronger sign than `,`. */
const SEPARATEURS = ['\t', ';', ','] as const;
type Separateur = (typeof SEPARATEURS)[number];

const NOMS: Record<Separateur, string> = { '\t': 'tabulation', ';': 'point-virgule', ',': 'virgule' };
const LIGNES_ECHANTILLON = 30;
const ERREURS_MAX = 5;

/** Per line of the sample, how many of each separator appear outside quotes. */
function compterSeparateurs(texte: string): Record<Separateur, number[]> {
  const comptes: Record<Separateur, number[]> = { '\t': [], ';': [], ',': [] };
  let tab = 0;
  let pointVirgule = 0;
  let virgule = 0;
  let dansGuillemets = false;
  let lignes = 0;
  let vide = true;
  const finirLigne = (): void => {
    if (!vide) {
      comptes['\t'].push(tab);
      comptes[';'].push(pointVirgule);
      comptes[','].push(virgule);
      lignes++;
    }
    tab = pointVirgule = virgule = 0;
    vide = true;
  };
  for (let i = 0; i < texte.length && lignes < LIGNES_ECHANTILLON; i++) {
    const ch = texte.charCodeAt(i);
    if (ch === 34 /* " */) {
      dansGuillemets = !dansGuillemets;
      vide = false;
    } else if (dansGuillemets) {
      continue;
    } else if (ch === 10 || ch === 13) {
      finirLigne();
    } else {
      if (ch === 9) tab++;
      else if (ch === 59) pointVirgule++;
      else if (ch === 44) virgule++;
      if (ch !== 32) vide = false;
    }
  }
  finirLigne();
  return comptes;
}

type FinDeLigne = '\r\n' | '\n' | '\r';
/** papaparse guesses the line break from the first megabyte. */
const ECHANTILLON_FIN_DE_LIGNE = 1024 * 1024;

/**
 * The line break papaparse would guess, found the same way (quoted spans `"…"` left out, then `\n`
 * if it comes first or there is no `\r`, else `\r\n` when at least half the `\r`-separated pieces
 * start with `\n`, else `\r`), but by jumping from one `"`, `\r` or `\n` to the next instead of
 * copying and splitting the first megabyte twice as papaparse does when not told.
 */
export function finDeLigne(texte: string): FinDeLigne {
  const limite = Math.min(texte.length, ECHANTILLON_FIN_DE_LIGNE);
  const suivant = (ch: string, depuis: number): number => {
    const i = texte.indexOf(ch, depuis);
    return i < 0 || i >= limite ? Infinity : i;
  };
  let guillemet = suivant('"', 0);
  let cr = suivant('\r', 0);
  let lf = suivant('\n', 0);
  let nbCr = 0;
  let crLf = 0;
  // Where a `\n` sits right after the last `\r` once quoted spans are left out.
  let apresCr = -1;
  for (;;) {
    const i = Math.min(guillemet, cr, lf);
    if (i === Infinity) break;
    if (i === guillemet) {
      const fin = suivant('"', i + 1);
      if (fin === Infinity) {
        // An unpaired quote stays in the text (and so do the later ones: none has a partner).
        guillemet = Infinity;
        if (i === apresCr) apresCr = -1;
        continue;
      }
      if (i === apresCr) apresCr = fin + 1;
      guillemet = suivant('"', fin + 1);
      if (cr < fin) cr = suivant('\r', fin + 1);
      if (lf < fin) lf = suivant('\n', fin + 1);
      continue;
    }
    if (i === lf) {
      if (nbCr === 0) return '\n';
      if (i === apresCr) crLf++;
      lf = suivant('\n', i + 1);
    } else {
      nbCr++;
      apresCr = i + 1;
      cr = suivant('\r', i + 1);
    }
  }
  if (nbCr === 0) return '\n';
  return crLf >= (nbCr + 1) / 2 ? '\r\n' : '\r';
}

/** The most frequent count, and the share of lines that have it. */
function mode(valeurs: readonly number[]): { valeur: number; part: number } {
  const frequences = new Map<number, number>();
  let meilleure = 0;
  let valeur = 0;
  for (const v of valeurs) {
    const f = (frequences.get(v) ?? 0) + 1;
    frequences.set(v, f);
    if (f > meilleure || (f === meilleure && v > valeur)) {
      meilleure = f;
      valeur = v;
    }
  }
  return { valeur, part: valeurs.length === 0 ? 0 : meilleure / valeurs.length };
}

/**
 * The separator that splits the lines most regularly: present on most lines with the same count.
 * On a tie the order tab, `;`, `,` decides (see SEPARATEURS).
 */
export function detecterSeparateur(texte: string): Separateur {
  const comptes = compterSeparateurs(texte);
  let choix: Separateur | null = null;
  let meilleurePart = 0;
  for (const s of SEPARATEURS) {
    const { valeur, part } = mode(comptes[s]);
    if (valeur === 0) continue;
    if (part > meilleurePart + 1e-9) {
      meilleurePart = part;
      choix = s;
    }
  }
  return choix ?? ';';
}

function numeroDeLigne(texte: string, index: number): number {
  let ligne = 1;
  const fin = Math.min(index, texte.length);
  for (let i = 0; i < fin; i++) if (texte.charCodeAt(i) === 10) ligne++;
  return ligne;
}

/** The line of the file as written, from a line of the text parsed. */
type LigneOrigine = (ligne: number) => number;

function messageErreur(texte: string, e: Papa.ParseError, ligneOrigine: LigneOrigine): string {
  const ligne = ligneOrigine(typeof e.index === 'number' ? numeroDeLigne(texte, e.index) : (e.row ?? 0) + 1);
  switch (e.code) {
    case 'MissingQuotes':
      return `Ligne ${ligne} : un champ ouvert par un guillemet (") n'est jamais refermé. Fermez-le, ou doublez le guillemet ("") s'il fait partie du texte.`;
    case 'InvalidQuotes':
      return `Ligne ${ligne} : guillemet mal placé après un champ entre guillemets. Dans un champ entre guillemets, un guillemet s'écrit doublé ("").`;
    default:
      return `Ligne ${ligne} : CSV illisible (${e.message}).`;
  }
}

/** A line of blank fields (or no field). */
function estBlanche(ligne: readonly string[]): boolean {
  for (let i = 0; i < ligne.length; i++) if (ligne[i]!.trim() !== '') return false;
  return true;
}

/** The text to parse (BOM removed) and how, or why there is nothing to parse. */
function preparer(texte: string): { ok: true; texte: string; delimiter: Separateur; newline: FinDeLigne } | { ok: false; erreur: string } {
  if (typeof texte !== 'string') return { ok: false, erreur: 'Le CSV doit être un texte.' };
  const sansBom = texte.charCodeAt(0) === 0xfeff ? texte.slice(1) : texte;
  if (sansBom.trim() === '') return { ok: false, erreur: 'Le fichier CSV est vide.' };
  return { ok: true, texte: sansBom, delimiter: detecterSeparateur(sansBom), newline: finDeLigne(sansBom) };
}

/** Quote errors (the only ones papaparse reports with a fixed delimiter) → one French message, or null. */
function erreurGuillemets(
  texte: string,
  delimiter: Separateur,
  toutes: readonly Papa.ParseError[],
  ligneOrigine: LigneOrigine = (l) => l,
): string | null {
  const erreurs = toutes.filter((e) => e.type === 'Quotes');
  if (erreurs.length === 0) return null;
  const messages = erreurs.slice(0, ERREURS_MAX).map((e) => messageErreur(texte, e, ligneOrigine));
  const reste = erreurs.length - messages.length;
  return (
    `CSV illisible (séparateur : ${NOMS[delimiter]}). ${messages.join(' ')}` +
    (reste > 0 ? ` Et ${reste} autre${reste > 1 ? 's' : ''} erreur${reste > 1 ? 's' : ''}.` : '')
  );
}

function echecInattendu(e: unknown): { ok: false; erreur: string } {
  return { ok: false, erreur: `CSV illisible : ${e instanceof Error ? e.message : String(e)}.` };
}

/**
 * Reads a CSV text into a grid of strings (fields untrimmed, as normalised: see ./normalisation, so
 * an invisible character before a quote or a separator changes nothing). Accepts a BOM, any line
 * break, quoted fields with separators and line breaks inside, and detects `;`, `,` or tab. Trailing
 * empty lines are dropped; empty lines inside are kept (they end a table). Errors name the line of
 * the file as written. Never throws.
 */
export function lireCsv(texte: string): ResultatCsv {
  try {
    const normalise = typeof texte === 'string' ? normaliser(texte) : null;
    const prepare = preparer(normalise ? normalise.texte : texte);
    if (!prepare.ok) return prepare;
    const { delimiter, newline } = prepare;
    const resultat = Papa.parse<string[]>(prepare.texte, { delimiter, newline, quoteChar: '"', skipEmptyLines: false, header: false });
    const erreur = erreurGuillemets(prepare.texte, delimiter, resultat.errors, normalise?.ligneOrigine);
    if (erreur !== null) return { ok: false, erreur };
    const grille = resultat.data;
    let n = grille.length;
    while (n > 0 && estBlanche(grille[n - 1]!)) n--;
    grille.length = n;
    return { ok: true, grille };
  } catch (e) {
    return echecInattendu(e);
  }
}

export type ResultatParcours = { ok: true } | { ok: false; erreur: string };

/**
 * Hands each line of a CSV text to `surLigne` as it is parsed (same lines and fields as lireCsv, the
 * trailing empty lines included), without keeping the grid: a reader that only needs one line at a
 * time (the registry) then never holds the whole file as cells. Parsing goes to the end even after an
 * error, so that `ok: false` lists them all; what `surLigne` built is then to be thrown away.
 * Never throws (unless `surLigne` does).
 */
export function parcourirCsv(texte: string, surLigne: (champs: string[]) => void): ResultatParcours {
  let prepare: ReturnType<typeof preparer>;
  try {
    prepare = preparer(texte);
  } catch (e) {
    return echecInattendu(e);
  }
  if (!prepare.ok) return prepare;
  const { delimiter, newline } = prepare;
  const erreurs: Papa.ParseError[] = [];
  Papa.parse<string[]>(prepare.texte, {
    delimiter,
    newline,
    quoteChar: '"',
    skipEmptyLines: false,
    header: false,
    step: (resultat) => {
      for (const e of resultat.errors) erreurs.push(e);
      surLigne(resultat.data);
    },
  });
  const erreur = erreurGuillemets(prepare.texte, delimiter, erreurs);
  return erreur === null ? { ok: true } : { ok: false, erreur };
}
