// Key–value lines, as conventions lay out their Chorus references and adherence settings:
// `Centre financier :<TAB>0103-CEFP-C004`, `Axe ministériel 1<TAB>36`, `| Activité | 0102… |`,
// or `Centre financier : 0214-CEN2-LGAC` in prose, plus two-row tables whose first row names the
// keys. Consecutive key–value lines form a block; the line above a block is its heading
// (« Références Chorus : », « Paramétrage de l'adhérence »).
import { normaliserTexte } from '../../texte';
import { estVide, type DocumentConvention } from './document';

export interface CleValeur {
  /** The key folded (normaliserTexte), without its colon. */
  cle: string;
  /** The value as written, trimmed. */
  valeur: string;
  /** 1-based line. */
  ligne: number;
}

export interface BlocCleValeur {
  /** The heading line folded, or '' when none stands right above the block. */
  titre: string;
  entrees: CleValeur[];
}

/** Cells of a line: tab-separated, or a markdown `| a | b |` row. Empty cells are kept. */
export function cellulesDe(ligne: string): string[] {
  if (ligne.includes('\t')) return ligne.split('\t').map((c) => c.trim());
  const t = ligne.trim();
  if (t.startsWith('|') && t.length > 1) {
    return t.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  }
  return [t];
}

/** A markdown table rule (`|---|:---:|`) or a grid table border (`+------+======+`). */
export function estRegleDeTableau(ligne: string): boolean {
  // Two simple tests rather than one nested pattern, which backtracks badly on long blank lines.
  return /^[\s|:+=-]+$/.test(ligne) && /--|==/.test(ligne);
}

export function normaliserCle(cle: string): string {
  return normaliserTexte(cle).replace(/\s*:\s*$/, '').trim();
}

/** A key is a short label, not a sentence. */
function ressembleACle(cle: string): boolean {
  return cle.length >= 2 && cle.length <= 60 && !/[.;!?]$/.test(cle) && cle.split(' ').length <= 8;
}

/** Reads one line as `key<TAB>value`, `| key | value |` or `key : value`; `estCle` vets prose keys. */
function lireLigne(propre: string, estCle: (cle: string) => boolean): { cle: string; valeur: string } | null {
  const cellules = cellulesDe(propre).filter((c) => c !== '');
  if (cellules.length >= 2 && (propre.includes('\t') || propre.trim().startsWith('|'))) {
    const cle = normaliserCle(cellules[0]!);
    if (!ressembleACle(cle)) return null;
    return { cle, valeur: cellules.slice(1).join(' ').trim() };
  }
  // `key : value` in prose, cut at the first colon (found by hand: a pattern backtracks on long lines).
  const deuxPoints = propre.indexOf(':');
  if (deuxPoints < 0) return null;
  const brute = propre.slice(0, deuxPoints).trim().replace(/^[-•]\s*/, '');
  const valeur = propre.slice(deuxPoints + 1).trim();
  if (brute.length < 2 || brute.length > 60 || valeur === '') return null;
  const cle = normaliserCle(brute);
  return estCle(cle) ? { cle, valeur } : null;
}

/**
 * The blocks of key–value lines of a text. One blank line may separate two lines of a block
 * (word processors put each paragraph apart). `estCle` says which keys count in prose lines and
 * in two-row tables (tab lines always count).
 */
export function blocsCleValeur(doc: DocumentConvention, estCle: (cle: string) => boolean): BlocCleValeur[] {
  const blocs: BlocCleValeur[] = [];
  let courant: BlocCleValeur | null = null;
  let vides = 0;
  let dernierTitre = '';
  for (let i = 0; i < doc.propres.length; i++) {
    const propre = doc.propres[i]!;
    if (estVide(propre) || estRegleDeTableau(propre)) {
      vides++;
      if (vides > 1) courant = null;
      continue;
    }
    // A two-row table: a row of keys, then a row of values.
    const cles = cellulesDe(propre).map(normaliserCle);
    if (cles.length >= 2 && cles.filter(estCle).length >= 2) {
      let j = i + 1;
      while (j < doc.propres.length && (estVide(doc.propres[j]!) || estRegleDeTableau(doc.propres[j]!))) j++;
      const valeurs = j < doc.propres.length ? cellulesDe(doc.propres[j]!) : [];
      if (valeurs.length === cles.length && valeurs.filter((v) => estCle(normaliserCle(v))).length === 0) {
        const entrees = cles.flatMap((cle, k) => (estCle(cle) && valeurs[k] ? [{ cle, valeur: valeurs[k]!, ligne: j + 1 }] : []));
        blocs.push({ titre: dernierTitre, entrees });
        courant = null;
        vides = 0;
        i = j;
        continue;
      }
    }
    const lue = lireLigne(propre, estCle);
    if (!lue || lue.valeur === '') {
      dernierTitre = normaliserTexte(propre);
      courant = null;
      vides = 0;
      continue;
    }
    if (!courant) {
      courant = { titre: dernierTitre, entrees: [] };
      blocs.push(courant);
    }
    courant.entrees.push({ ...lue, ligne: i + 1 });
    vides = 0;
  }
  return blocs;
}
