// CSV → grid of strings, with papaparse. French exports (Excel « CSV (séparateur : point-virgule) »)
// use `;` because the comma is the decimal mark (`1 000,00`); others use `,` or a tab. The separator
// is detected here rather than by papaparse, whose guess can pick `,` on `2024;1 000,00;500,00`.
import Papa from 'papaparse';

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
  let courant: Record<Separateur, number> = { '\t': 0, ';': 0, ',': 0 };
  let dansGuillemets = false;
  let lignes = 0;
  let vide = true;
  const finirLigne = (): void => {
    if (!vide) {
      for (const s of SEPARATEURS) comptes[s].push(courant[s]);
      lignes++;
    }
    courant = { '\t': 0, ';': 0, ',': 0 };
    vide = true;
  };
  for (let i = 0; i < texte.length && lignes < LIGNES_ECHANTILLON; i++) {
    const ch = texte[i]!;
    if (ch === '"') {
      dansGuillemets = !dansGuillemets;
      vide = false;
    } else if (dansGuillemets) {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      finirLigne();
    } else {
      if (ch === '\t' || ch === ';' || ch === ',') courant[ch]++;
      if (ch !== ' ') vide = false;
    }
  }
  finirLigne();
  return comptes;
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

function messageErreur(texte: string, e: Papa.ParseError): string {
  const ligne = typeof e.index === 'number' ? numeroDeLigne(texte, e.index) : (e.row ?? 0) + 1;
  switch (e.code) {
    case 'MissingQuotes':
      return `Ligne ${ligne} : un champ ouvert par un guillemet (") n'est jamais refermé. Fermez-le, ou doublez le guillemet ("") s'il fait partie du texte.`;
    case 'InvalidQuotes':
      return `Ligne ${ligne} : guillemet mal placé après un champ entre guillemets. Dans un champ entre guillemets, un guillemet s'écrit doublé ("").`;
    default:
      return `Ligne ${ligne} : CSV illisible (${e.message}).`;
  }
}

/**
 * Reads a CSV text into a grid of strings (fields untrimmed, as written). Accepts a BOM, CRLF or LF,
 * quoted fields with separators and line breaks inside, and detects `;`, `,` or tab. Trailing empty
 * lines are dropped; empty lines inside are kept (they end a table). Never throws.
 */
export function lireCsv(texte: string): ResultatCsv {
  try {
    if (typeof texte !== 'string') return { ok: false, erreur: 'Le CSV doit être un texte.' };
    const sansBom = texte.charCodeAt(0) === 0xfeff ? texte.slice(1) : texte;
    if (sansBom.trim() === '') return { ok: false, erreur: 'Le fichier CSV est vide.' };
    const delimiter = detecterSeparateur(sansBom);
    const resultat = Papa.parse<string[]>(sansBom, { delimiter, quoteChar: '"', skipEmptyLines: false, header: false });
    const erreurs = resultat.errors.filter((e) => e.type === 'Quotes');
    if (erreurs.length > 0) {
      const messages = erreurs.slice(0, ERREURS_MAX).map((e) => messageErreur(sansBom, e));
      const reste = erreurs.length - messages.length;
      return {
        ok: false,
        erreur:
          `CSV illisible (séparateur : ${NOMS[delimiter]}). ${messages.join(' ')}` +
          (reste > 0 ? ` Et ${reste} autre${reste > 1 ? 's' : ''} erreur${reste > 1 ? 's' : ''}.` : ''),
      };
    }
    const grille = resultat.data;
    let n = grille.length;
    while (n > 0 && grille[n - 1]!.every((champ) => champ.trim() === '')) n--;
    grille.length = n;
    return { ok: true, grille };
  } catch (e) {
    return { ok: false, erreur: `CSV illisible : ${e instanceof Error ? e.message : String(e)}.` };
  }
}
