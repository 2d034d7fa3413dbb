// Jauge's marks in a Google Doc: a background over the text of each faulty paragraph or table row.
// Pure: given the body's text, its formatting runs (Text.getTextAttributeIndices()) and a way to read
// one background, it plans the writes and what to remember so that « Effacer les marques » puts back
// exactly what the person had — their own highlights included, run by run. A range whose background the
// person changed since keeps that change; a range whose text moved is found again by its first words.
import type { Gravite } from '../../../../shared/model';
import { COULEURS, estNotreCouleur } from '../../commun/gravites';
import { BUDGET_MEMOIRE, depuisMorceaux, enMorceaux, estCleDe, tailleStockee } from '../../commun/memoire';
import type { PlageVoulue } from './rapport';

/** Property key of the remembered marks (chunked, ../../commun/memoire). */
export const CLE_MARQUES_DOCS = 'jauge.docs.marques';
/** Characters of a marked range kept to find it again after edits. */
const LONGUEUR_EXTRAIT = 40;

/** A background to write: `fin` exclusive; null removes the background. */
export interface Ecriture {
  debut: number;
  fin: number;
  fond: string | null;
}

/** A marked range as remembered: where, its first characters, and the backgrounds it had, run by run. */
export interface PlageStockee {
  debut: number;
  fin: number;
  extrait: string;
  /** Runs `[de, a)` relative to `debut`, with the background they had (null: none). */
  fonds: Array<[number, number, string | null]>;
}

/** Reads the background at one offset (one call): the adapter's Text.getBackgroundColor(offset). */
export type LireFond = (offset: number) => string | null;

/** Reads backgrounds once per formatting run: every offset of a run has the same one. */
export function fondsParPassage(indices: readonly number[], lire: LireFond): LireFond {
  const tries = [...indices].sort((a, b) => a - b);
  const vus = new Map<number, string | null>();
  return (offset) => {
    const debut = debutDuPassage(tries, offset);
    if (!vus.has(debut)) vus.set(debut, lire(debut));
    return vus.get(debut)!;
  };
}

/** Start of the run holding `offset`: the last index ≤ offset (0 when none). */
function debutDuPassage(tries: readonly number[], offset: number): number {
  let bas = 0;
  let haut = tries.length - 1;
  let trouve = 0;
  while (bas <= haut) {
    const m = (bas + haut) >> 1;
    if (tries[m]! <= offset) {
      trouve = tries[m]!;
      bas = m + 1;
    } else haut = m - 1;
  }
  return trouve;
}

/** The run starts inside [debut, fin): `debut` and every index strictly inside. */
function passages(indices: readonly number[], debut: number, fin: number): Array<[number, number]> {
  const starts = [debut, ...indices.filter((i) => i > debut && i < fin).sort((a, b) => a - b)];
  return starts.map((s, k) => [s, starts[k + 1] ?? fin]);
}

export interface PlanMarques {
  ecritures: Ecriture[];
  stockees: PlageStockee[];
  /** Ranges left unmarked because the memory budget is spent. */
  nonMarquees: number;
}

/** Plans the marks: what each range had (run by run), then our background over it. */
export function planifierMarques(
  plages: readonly PlageVoulue[],
  corps: string,
  indices: readonly number[],
  fond: LireFond,
  budget: number = BUDGET_MEMOIRE,
): PlanMarques {
  const ecritures: Ecriture[] = [];
  const stockees: PlageStockee[] = [];
  let nonMarquees = 0;
  let taille = 0;
  for (const p of plages) {
    const fonds = passages(indices, p.debut, p.fin).map(([de, a]): [number, number, string | null] => {
      const avant = fond(de);
      // A mark of ours left over (its memory lost): what lies under it is unknown, so no background.
      return [de - p.debut, a - p.debut, estNotreCouleur(avant) ? null : avant];
    });
    const stockee: PlageStockee = { debut: p.debut, fin: p.fin, extrait: corps.slice(p.debut, Math.min(p.fin, p.debut + LONGUEUR_EXTRAIT)), fonds };
    const cout = tailleStockee(entree(stockee)) + 1;
    if (taille + cout > budget) {
      nonMarquees++;
      continue;
    }
    taille += cout;
    stockees.push(stockee);
    ecritures.push({ debut: p.debut, fin: p.fin, fond: COULEURS[p.gravite as Gravite] });
  }
  return { ecritures, stockees, nonMarquees };
}

export interface PlanRestauration {
  ecritures: Ecriture[];
  restaurees: number;
  perdues: number;
}

/**
 * Plans putting back what remembered ranges had: only where our background is still there (a part the
 * person recoloured since is theirs). A range is looked for at its place, then at the nearest place
 * where its first characters are (text typed or removed above it).
 */
export function planifierRestauration(stockees: readonly PlageStockee[], corps: string, indices: readonly number[], fond: LireFond): PlanRestauration {
  const ecritures: Ecriture[] = [];
  let restaurees = 0;
  let perdues = 0;
  for (const p of stockees) {
    const debut = retrouver(p, corps);
    if (debut === null) {
      perdues++;
      continue;
    }
    let touchee = false;
    for (const [de, a, avant] of p.fonds) {
      for (const [s, e] of passages(indices, debut + de, Math.min(debut + a, corps.length))) {
        if (!estNotreCouleur(fond(s))) continue;
        ajouter(ecritures, { debut: s, fin: e, fond: avant });
        touchee = true;
      }
    }
    if (touchee) restaurees++;
  }
  return { ecritures, restaurees, perdues };
}

export interface Tri {
  /** Marks already in place, unchanged: kept as they are, with what they remember. */
  gardees: PlageStockee[];
  /** Previous marks to put back. */
  aRestaurer: PlageStockee[];
  /** New ranges to mark. */
  aMarquer: PlageVoulue[];
}

/**
 * A check of an unchanged passage writes nothing: a previous mark over the same text, in the colour
 * the new finding wants, still one run of that colour, is kept (with what it remembers) rather than
 * put back and laid again.
 */
export function trierMarques(anciennes: readonly PlageStockee[], voulues: readonly PlageVoulue[], corps: string, indices: readonly number[], fond: LireFond): Tri {
  const gardees: PlageStockee[] = [];
  const aRestaurer: PlageStockee[] = [];
  const restantes = [...voulues];
  for (const a of anciennes) {
    const k = restantes.findIndex((v) => v.debut === a.debut && v.fin === a.fin);
    const v = k >= 0 ? restantes[k]! : null;
    const intacte =
      v !== null &&
      corps.startsWith(a.extrait, a.debut) &&
      !indices.some((i) => i > a.debut && i < a.fin) &&
      fond(a.debut)?.toLowerCase() === COULEURS[v.gravite as Gravite];
    if (intacte) {
      gardees.push(a);
      restantes.splice(k, 1);
    } else aRestaurer.push(a);
  }
  return { gardees, aRestaurer, aMarquer: restantes };
}

/** Joins a write to the previous one when they touch and put the same background (one call fewer). */
function ajouter(ecritures: Ecriture[], e: Ecriture): void {
  const derniere = ecritures[ecritures.length - 1];
  if (derniere && derniere.fin === e.debut && derniere.fond === e.fond) derniere.fin = e.fin;
  else if (e.fin > e.debut) ecritures.push(e);
}

/** Where a remembered range starts now, or null when its text is no longer in the document. */
function retrouver(p: PlageStockee, corps: string): number | null {
  const longueur = p.fin - p.debut;
  if (corps.startsWith(p.extrait, p.debut) && p.debut + longueur <= corps.length) return p.debut;
  if (p.extrait === '') return null;
  const avant = corps.lastIndexOf(p.extrait, p.debut);
  const apres = corps.indexOf(p.extrait, p.debut);
  const candidats = [avant, apres].filter((i) => i >= 0 && i + longueur <= corps.length);
  if (candidats.length === 0) return null;
  return candidats.reduce((m, i) => (Math.abs(i - p.debut) < Math.abs(m - p.debut) ? i : m));
}

// ---- Remembering -------------------------------------------------------------------------------------

type Entree = [number, number, string, Array<[number, number, string | null]>];

function entree(p: PlageStockee): Entree {
  return [p.debut, p.fin, p.extrait, p.fonds];
}

export function encoderPlages(stockees: readonly PlageStockee[]): Record<string, string> {
  return enMorceaux(CLE_MARQUES_DOCS, { v: 1, p: stockees.map(entree) });
}

export function estCleMarquesDocs(cle: string): boolean {
  return estCleDe(CLE_MARQUES_DOCS, cle);
}

/** The remembered ranges ([] when none or unreadable; never throws). */
export function decoderPlages(proprietes: Readonly<Record<string, string>>): PlageStockee[] {
  const brut = depuisMorceaux(CLE_MARQUES_DOCS, proprietes) as { v?: unknown; p?: unknown } | undefined;
  if (!brut || brut.v !== 1 || !Array.isArray(brut.p)) return [];
  const plages: PlageStockee[] = [];
  for (const e of brut.p as unknown[]) {
    if (!Array.isArray(e) || !Number.isInteger(e[0]) || !Number.isInteger(e[1]) || typeof e[2] !== 'string' || !Array.isArray(e[3])) return [];
    const fonds = (e[3] as unknown[]).filter(
      (f): f is [number, number, string | null] => Array.isArray(f) && Number.isInteger(f[0]) && Number.isInteger(f[1]) && (f[2] === null || typeof f[2] === 'string'),
    );
    plages.push({ debut: e[0], fin: e[1], extrait: e[2], fonds });
  }
  return plages;
}
