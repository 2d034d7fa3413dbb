// Scoring a convention read from a document against its hand reading (attendu.json of the corpus
// of documents): each field is right, missing, wrong with a finding that names it (its field or the
// line it was read on), or wrong without one — the worst case, a value the user would trust.
import type { Constat, Convention, Partie } from '../../shared/model';

export const CHAMPS = [
  'type',
  'delegant',
  'delegataire',
  'dateSignature',
  'dateFin',
  'uo',
  'programme',
  'bop',
  'chorus',
  'plafond',
  'montantFast',
  'echeancier',
  'startups',
  'incubateur',
] as const;
export type Champ = (typeof CHAMPS)[number];

/** `faux`: wrong, but a finding names the field or its line; `sansConstat`: wrong and nothing says so. */
export type Verdict = 'juste' | 'faux' | 'manquant' | 'sansConstat';
export const VERDICTS: readonly Verdict[] = ['juste', 'faux', 'manquant', 'sansConstat'];

export type Lecture = Record<Champ, unknown>;

/** Keys sorted at every level: `{ centreFinancier, activites }` equals `{ activites, centreFinancier }`. */
function trie(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(trie);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, trie((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

/** What the reader gave for a field, null when nothing (an empty party, list or échéancier is nothing). */
export function valeurLue(convention: Convention, champ: Champ): unknown {
  const v = (convention as Record<string, unknown>)[champ];
  if (v === undefined || v === null) return null;
  if ((champ === 'delegant' || champ === 'delegataire' || champ === 'chorus' || champ === 'plafond') && Object.keys(v as object).length === 0) return null;
  if (Array.isArray(v)) return v.length > 0 ? v : null;
  return v;
}

/** A party is identified by its acronym; by its name (folded) only when the text gives none. */
function memePartie(lue: Partie, attendue: Partie): boolean {
  const plier = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  if (attendue.sigle !== undefined) return lue.sigle === attendue.sigle;
  return lue.nom !== undefined && plier(lue.nom) === plier(attendue.nom ?? '');
}

export function egal(champ: Champ, lue: unknown, attendue: unknown): boolean {
  if (champ === 'delegant' || champ === 'delegataire') return memePartie(lue as Partie, attendue as Partie);
  return JSON.stringify(trie(lue)) === JSON.stringify(trie(attendue));
}

/** Whether a finding names the field (`position.champ`) or stands on a line the field was read from. */
export function signale(champ: Champ, convention: Convention, constats: readonly Constat[]): boolean {
  const sources = convention.sources ?? {};
  const lignes = new Set(
    Object.entries(sources)
      .filter(([cle]) => cle === champ || cle.startsWith(`${champ}.`))
      .map(([, ligne]) => ligne),
  );
  return constats.some((c) => {
    const p = c.position;
    if (!p) return false;
    if (p.champ !== undefined && (p.champ === champ || p.champ.startsWith(`${champ}.`))) return true;
    return p.ligne !== undefined && lignes.has(p.ligne);
  });
}

/** The verdict of one field; null when neither the text nor the reading has it (not scored). */
export function verdict(champ: Champ, convention: Convention | null, attendue: unknown, constats: readonly Constat[]): Verdict | null {
  const lue = convention ? valeurLue(convention, champ) : null;
  if (attendue === null || attendue === undefined) {
    if (lue === null) return null;
    // A value the text does not have: wrong, flagged or not.
    return signale(champ, convention!, constats) ? 'faux' : 'sansConstat';
  }
  if (lue === null) return 'manquant';
  if (egal(champ, lue, attendue)) return 'juste';
  return signale(champ, convention!, constats) ? 'faux' : 'sansConstat';
}

export type Compte = Record<Verdict, number>;
export const compteVide = (): Compte => ({ juste: 0, faux: 0, manquant: 0, sansConstat: 0 });

/** A row of the table (producer · format) : the verdicts per field and in all. */
export interface LigneScore {
  documents: number;
  champs: Record<Champ, Compte>;
  total: Compte;
}

export function ligneVide(): LigneScore {
  return { documents: 0, champs: Object.fromEntries(CHAMPS.map((c) => [c, compteVide()])) as Record<Champ, Compte>, total: compteVide() };
}

export function ajouter(ligne: LigneScore, verdicts: Partial<Record<Champ, Verdict>>): void {
  ligne.documents++;
  for (const champ of CHAMPS) {
    const v = verdicts[champ];
    if (!v) continue;
    ligne.champs[champ][v]++;
    ligne.total[v]++;
  }
}

const ENTETES: Record<Champ, string> = {
  type: 'type',
  delegant: 'délég.',
  delegataire: 'déléga.',
  dateSignature: 'sign.',
  dateFin: 'fin',
  uo: 'UO',
  programme: 'prog.',
  bop: 'BOP',
  chorus: 'Chorus',
  plafond: 'plaf.',
  montantFast: 'FAST',
  echeancier: 'échéa.',
  startups: 'SE',
  incubateur: 'incub.',
};

const presents = (c: Compte) => c.juste + c.faux + c.manquant + c.sansConstat;

/** The table: one row per producer · format, each field as right/scored, then the totals of each verdict. */
export function tableau(lignes: ReadonlyMap<string, LigneScore>): string {
  const largeur = Math.max(24, ...[...lignes.keys()].map((k) => k.length));
  const colonne = (s: string, n = 9) => s.padStart(n);
  const sortie = [
    `${'producteur · format'.padEnd(largeur)} docs ${CHAMPS.map((c) => colonne(ENTETES[c])).join('')}     justes  faux  manq.  faux sans constat`,
  ];
  const total = ligneVide();
  for (const [nom, l] of lignes) {
    const cellules = CHAMPS.map((c) => colonne(presents(l.champs[c]) === 0 ? '—' : `${l.champs[c].juste}/${presents(l.champs[c])}`));
    sortie.push(
      `${nom.padEnd(largeur)} ${String(l.documents).padStart(4)} ${cellules.join('')}   ${`${l.total.juste}/${presents(l.total)}`.padStart(11)} ${String(l.total.faux).padStart(5)} ${String(l.total.manquant).padStart(6)} ${String(l.total.sansConstat).padStart(18)}`,
    );
    total.documents += l.documents;
    for (const c of CHAMPS) for (const v of VERDICTS) total.champs[c][v] += l.champs[c][v];
    for (const v of VERDICTS) total.total[v] += l.total[v];
  }
  const cellules = CHAMPS.map((c) => colonne(`${total.champs[c].juste}/${presents(total.champs[c])}`));
  sortie.push(
    `${'total'.padEnd(largeur)} ${String(total.documents).padStart(4)} ${cellules.join('')}   ${`${total.total.juste}/${presents(total.total)}`.padStart(11)} ${String(total.total.faux).padStart(5)} ${String(total.total.manquant).padStart(6)} ${String(total.total.sansConstat).padStart(18)}`,
  );
  return sortie.join('\n');
}
