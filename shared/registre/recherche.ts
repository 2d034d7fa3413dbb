// Search for the popup and the dashboard: startup names and slugs, partners' acronyms and names, UO /
// centre financier / programme, years. Accents, case and punctuation are ignored (`rdv.insertion` =
// `RDV insertion`). Everything is folded once when the index is built (in the background), and the
// index is plain data, so a page can receive it in one message and search locally. A Chercheur keeps
// each query word's scores from one keystroke to the next: typing a character scores only the new
// word, and only over the conventions that contained its prefix (bench/PROFIL-recherche.md).
import type { Convention } from '../model';
import { normaliserTexte } from '../texte';
import { normaliserSlug, startupsParCle } from './liens';
import type { Registre } from './schema';

export interface ResultatRecherche {
  conventionId: string;
  /** Higher is better; 0 for the unfiltered list of an empty query. */
  score: number;
  /** One line to show: `Mission apprentissage · DGEFP → DINUM · 2024–2025`. */
  libelle: string;
}

interface Champ {
  /** Folded text with single spaces and a space at each end, so ` mot` finds word starts. */
  texte: string;
  poids: number;
}

/** One convention with its folded fields: what the index is built from (and what tests scan). */
export interface Entree {
  conventionId: string;
  libelle: string;
  /** Sorted by weight, heaviest first. */
  champs: Champ[];
  /** Years the convention concerns, ascending. */
  annees: number[];
  /** For ordering equal scores: the latest conventions first. */
  dateFin: string;
  rang: number;
}

/**
 * The search index: plain data (arrays only), so a page receives it in one message, and compact
 * (each distinct word once), so that message stays small and the page has nothing to build.
 */
export interface IndexRecherche {
  /** Registry order. */
  conventions: Array<{ id: string; libelle: string; dateFin: string; annees: number[] }>;
  /** Every distinct folded word of every field. */
  mots: string[];
  /** For each word (same order): `[convention, poids, convention, poids, …]`, the word's heaviest field in each convention, conventions ascending. */
  occurrences: number[][];
}

/** How much a match in each kind of field counts. */
const POIDS = {
  startup: 10,
  sigle: 9,
  code: 8,
  id: 7,
  incubateur: 6,
  nomPartie: 5,
  startupDeLIncubateur: 4,
  titre: 4,
  sponsor: 3,
} as const;

/** Folded for search: as normaliserTexte, with punctuation (`-`, `_`, `.`, `/`, `'`, `→`) as spaces. */
export function plier(texte: string): string {
  return normaliserTexte(texte)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function periode(c: Convention): string {
  const annees = c.echeancier.map((l) => l.annee);
  const debut = c.dateSignature ? Number(c.dateSignature.slice(0, 4)) : Math.min(...annees);
  const fin = c.dateFin ? Number(c.dateFin.slice(0, 4)) : Math.max(...annees);
  if (!Number.isFinite(debut) && !Number.isFinite(fin)) return '';
  if (!Number.isFinite(debut) || debut === fin) return String(Number.isFinite(fin) ? fin : debut);
  if (!Number.isFinite(fin)) return String(debut);
  return `${debut}–${fin}`;
}

/** Years a convention concerns: its échéancier's and every year from signature to end. */
export function anneesDe(c: Convention): number[] {
  const annees = new Set<number>(c.echeancier.map((l) => l.annee));
  const debut = c.dateSignature ? Number(c.dateSignature.slice(0, 4)) : NaN;
  const fin = c.dateFin ? Number(c.dateFin.slice(0, 4)) : NaN;
  if (Number.isInteger(debut) && Number.isInteger(fin) && fin >= debut && fin - debut <= 50) {
    for (let a = debut; a <= fin; a++) annees.add(a);
  } else {
    if (Number.isInteger(debut)) annees.add(debut);
    if (Number.isInteger(fin)) annees.add(fin);
  }
  return [...annees].sort((a, b) => a - b);
}

/** Each convention of a registry with its folded fields, heaviest first. */
export function entreesRecherche(r: Registre): Entree[] {
  const startups = startupsParCle(r.startups);
  const incubateurs = new Map(r.incubateurs.map((i) => [normaliserSlug(i.id), i]));
  const startupsParIncubateur = new Map<string, string[]>();
  for (const s of r.startups) {
    if (!s.incubateur) continue;
    const cle = normaliserSlug(s.incubateur);
    const liste = startupsParIncubateur.get(cle) ?? [];
    liste.push(s.nom, s.slug);
    startupsParIncubateur.set(cle, liste);
  }

  // The same partners and codes come back in thousands of conventions: fold each text once.
  const plies = new Map<string, string>();
  const plierUneFois = (texte: string): string => {
    let plie = plies.get(texte);
    if (plie === undefined) plies.set(texte, (plie = plier(texte)));
    return plie;
  };
  const entrees = r.conventions.map((c, rang): Entree => {
    const champs: Champ[] = [];
    const ajouter = (texte: string | undefined, poids: number): void => {
      if (!texte) return;
      const plie = plierUneFois(texte);
      if (plie !== '') champs.push({ texte: ` ${plie} `, poids });
    };
    const nomsStartups: string[] = [];
    for (const slug of c.startups ?? []) {
      const s = startups.get(normaliserSlug(slug));
      ajouter(slug, POIDS.startup);
      if (s) {
        ajouter(s.nom, POIDS.startup);
        nomsStartups.push(s.nom);
        for (const sponsor of s.sponsors ?? []) ajouter(sponsor, POIDS.sponsor);
      } else nomsStartups.push(slug);
    }
    let nomIncubateur: string | undefined;
    if (c.incubateur) {
      const cle = normaliserSlug(c.incubateur);
      nomIncubateur = incubateurs.get(cle)?.nom ?? c.incubateur;
      ajouter(c.incubateur, POIDS.incubateur);
      ajouter(nomIncubateur, POIDS.incubateur);
      for (const t of startupsParIncubateur.get(cle) ?? []) ajouter(t, POIDS.startupDeLIncubateur);
    }
    for (const p of [c.delegant, c.delegataire, ...(c.autresParties ?? [])]) {
      ajouter(p.sigle, POIDS.sigle);
      ajouter(p.nom, POIDS.nomPartie);
    }
    for (const code of [c.uo, c.programme, c.bop, c.chorus?.centreFinancier]) ajouter(code, POIDS.code);
    ajouter(c.id, POIDS.id);
    ajouter(c.titre, POIDS.titre);
    champs.sort((a, b) => b.poids - a.poids);

    const parties = [c.delegant.sigle ?? c.delegant.nom, c.delegataire.sigle ?? c.delegataire.nom].filter(Boolean).join(' → ');
    const nom =
      nomsStartups.length > 0
        ? nomsStartups.slice(0, 2).join(', ') + (nomsStartups.length > 2 ? ` +${nomsStartups.length - 2}` : '')
        : nomIncubateur ?? c.titre ?? c.id;
    const libelle = [nom, parties, periode(c)].filter((s) => s !== '').join(' · ');
    return {
      conventionId: c.id,
      libelle,
      champs,
      annees: anneesDe(c),
      dateFin: c.dateFin ?? '',
      rang,
    };
  });
  return entrees;
}

/** Builds the search index of a registry (once per registry; it does not change with the query). */
export function indexerRegistre(r: Registre): IndexRecherche {
  const entrees = entreesRecherche(r);
  const numeros = new Map<string, number>();
  const mots: string[] = [];
  const occurrences: number[][] = [];
  entrees.forEach((e, i) => {
    // Fields are sorted heaviest first: a word's first field in a convention is its heaviest there.
    for (const champ of e.champs) {
      for (const mot of champ.texte.split(' ')) {
        if (mot === '') continue;
        let n = numeros.get(mot);
        if (n === undefined) {
          numeros.set(mot, (n = mots.length));
          mots.push(mot);
          occurrences.push([]);
        }
        const o = occurrences[n]!;
        if (o.length > 0 && o[o.length - 2] === i) continue;
        o.push(i, champ.poids);
      }
    }
  });
  return {
    conventions: entrees.map((e) => ({ id: e.conventionId, libelle: e.libelle, dateFin: e.dateFin, annees: e.annees })),
    mots,
    occurrences,
  };
}

interface Jeton {
  texte: string;
  /** The token as a year (`2024`), NaN otherwise. */
  annee: number;
}

/** The query's distinct folded words (at most 8). */
function jetonsDe(requete: unknown): Jeton[] {
  return [...new Set(plier(typeof requete === 'string' ? requete : '').split(' ').filter((j) => j !== ''))]
    .slice(0, 8)
    .map((texte) => ({ texte, annee: /^\d{4}$/.test(texte) ? Number(texte) : NaN }));
}

/** Words whose scores a Chercheur keeps (a few hundred KB for 5 000 conventions). */
const JETONS_GARDES = 64;

export interface Reponse {
  /** The `limite` best, best first. */
  resultats: ResultatRecherche[];
  /** How many conventions match every word (all of them for an empty query). */
  total: number;
}

/**
 * Searches one index. A query word is scored against the index's vocabulary (a few thousand words)
 * instead of every field of every convention: in a field, a token (never a space) is a whole word
 * (3), a word's start (2) or inside a word (1), times the field's weight; a year also matches the
 * conventions of that year (15). Each word's scores are kept (a byte per convention), and a word
 * that extends a known one (`sta` after `st`) only looks at the vocabulary words that contained it.
 */
export class Chercheur {
  private readonly parAnnee = new Map<number, number[]>();
  private readonly scores = new Map<string, { scores: Uint8Array; mots: number[] }>();
  /** Each convention's place among equal scores (latest end first, then registry order), so that ties compare two integers. */
  private readonly ordre: Int32Array;

  /**
   * `urgence`: the conventions' ids, most urgent first (the unfiltered list's order): equal scores then
   * come in that order, so a search ranks by relevance, then urgency. Without it, the latest end first.
   */
  constructor(
    readonly index: IndexRecherche,
    urgence?: readonly string[],
  ) {
    this.ordre = urgence ? ordreDUrgence(index.conventions, urgence) : ordreDesEgalites(index.conventions);
    index.conventions.forEach((c, i) => {
      for (const annee of c.annees) {
        const liste = this.parAnnee.get(annee) ?? [];
        liste.push(i);
        this.parAnnee.set(annee, liste);
      }
    });
  }

  private scoresDe(jeton: Jeton): Uint8Array {
    const t = jeton.texte;
    const deja = this.scores.get(t);
    if (deja) {
      // Most recently used last, so the oldest word is the one forgotten.
      this.scores.delete(t);
      this.scores.set(t, deja);
      return deja.scores;
    }
    // Words containing this token are among the words containing any of its prefixes.
    let candidats: number[] | undefined;
    for (let n = t.length - 1; n > 0 && !candidats; n--) candidats = this.scores.get(t.slice(0, n))?.mots;
    const mots: number[] = [];
    const scores = new Uint8Array(this.index.conventions.length);
    const noter = (numero: number) => {
      const mot = this.index.mots[numero]!;
      const i = mot.indexOf(t);
      if (i < 0) return;
      mots.push(numero);
      const force = i > 0 ? 1 : mot.length === t.length ? 3 : 2;
      const o = this.index.occurrences[numero]!;
      for (let k = 0; k < o.length; k += 2) {
        const e = o[k]!;
        const s = o[k + 1]! * force;
        if (s > scores[e]!) scores[e] = s;
      }
    };
    if (candidats) for (const numero of candidats) noter(numero);
    else for (let numero = 0; numero < this.index.mots.length; numero++) noter(numero);
    for (const e of this.parAnnee.get(jeton.annee) ?? []) if (scores[e]! < 15) scores[e] = 15;
    if (this.scores.size >= JETONS_GARDES) this.scores.delete(this.scores.keys().next().value!);
    this.scores.set(t, { scores, mots });
    return scores;
  }

  /**
   * The conventions matching every word of the query (in any field), best first; on equal scores the
   * conventions ending latest, then registry order. An empty query lists the registry the same way,
   * score 0. Only the `limite` best are kept while scanning (no sort of every match).
   */
  chercher(requete: string, limite = 20): Reponse {
    const max = Number.isInteger(limite) && limite > 0 ? limite : 20;
    const tableaux = jetonsDe(requete).map((j) => this.scoresDe(j));
    const conventions = this.index.conventions;
    const ordre = this.ordre;
    // The best so far, as entry positions and scores, sorted best first.
    const rangs: number[] = [];
    const points: number[] = [];
    let total = 0;
    const tous = max > 64;
    for (let i = 0; i < conventions.length; i++) {
      let score = 0;
      for (const t of tableaux) {
        const s = t[i]!;
        if (s === 0) {
          score = -1;
          break;
        }
        score += s;
      }
      if (score < 0) continue;
      total++;
      if (tous) {
        rangs.push(i);
        points.push(score);
        continue;
      }
      if (rangs.length === max && !avant(ordre, i, score, rangs[max - 1]!, points[max - 1]!)) continue;
      // Insertion into the short sorted list of the best so far.
      let k = rangs.length;
      while (k > 0 && avant(ordre, i, score, rangs[k - 1]!, points[k - 1]!)) k--;
      rangs.splice(k, 0, i);
      points.splice(k, 0, score);
      if (rangs.length > max) {
        rangs.pop();
        points.pop();
      }
    }
    if (tous) {
      // Every match wanted (the dashboard's filter): one sort rather than insertions into a long list.
      const tries = rangs.map((_, k) => k).sort((a, b) => (avant(ordre, rangs[a]!, points[a]!, rangs[b]!, points[b]!) ? -1 : 1));
      const r = tries.slice(0, max).map((k) => ({ conventionId: conventions[rangs[k]!]!.id, score: points[k]!, libelle: conventions[rangs[k]!]!.libelle }));
      return { resultats: r, total };
    }
    return {
      resultats: rangs.map((i, k) => ({ conventionId: conventions[i]!.id, score: points[k]!, libelle: conventions[i]!.libelle })),
      total,
    };
  }
}

/** Best first; equal scores: the convention ending latest, then registry order (see ordreDesEgalites). */
function avant(ordre: Int32Array, a: number, scoreA: number, b: number, scoreB: number): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  return ordre[a]! < ordre[b]!;
}

/** The rank of each convention among equal scores: the convention ending latest first, then registry order. */
function ordreDesEgalites(conventions: IndexRecherche['conventions']): Int32Array {
  const positions = conventions.map((_, i) => i);
  positions.sort((a, b) => {
    const finA = conventions[a]!.dateFin;
    const finB = conventions[b]!.dateFin;
    if (finA !== finB) return finA > finB ? -1 : 1;
    return a - b;
  });
  const ordre = new Int32Array(conventions.length);
  positions.forEach((i, rang) => (ordre[i] = rang));
  return ordre;
}

/** Each convention's rank in `urgence` (ids most urgent first); the ones it lacks after, latest end first. */
function ordreDUrgence(conventions: IndexRecherche['conventions'], urgence: readonly string[]): Int32Array {
  const rangs = new Map(urgence.map((id, i) => [id, i]));
  const defaut = ordreDesEgalites(conventions);
  const ordre = new Int32Array(conventions.length);
  conventions.forEach((c, i) => (ordre[i] = rangs.get(c.id) ?? urgence.length + defaut[i]!));
  return ordre;
}

const chercheurs = new WeakMap<IndexRecherche, Chercheur>();

/** The Chercheur of an index (one per index, so its word scores serve every later query). */
export function chercheurDe(index: IndexRecherche): Chercheur {
  let c = chercheurs.get(index);
  if (!c) chercheurs.set(index, (c = new Chercheur(index)));
  return c;
}

/** The `limite` best conventions for a query (see Chercheur.chercher). */
export function rechercher(index: IndexRecherche, requete: string, limite = 20): ResultatRecherche[] {
  return chercheurDe(index).chercher(requete, limite).resultats;
}
