// Search for the popup: startup names and slugs, partners' acronyms and names, UO / centre financier /
// programme, years. Accents, case and punctuation are ignored (`rdv.insertion` = `RDV insertion`).
// Everything is folded once when the index is built, so a keystroke only runs `includes` on
// precomputed strings: a few milliseconds for thousands of conventions.
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

interface Entree {
  conventionId: string;
  libelle: string;
  champs: Champ[];
  /** All the fields together: a token absent from it is absent from every field. */
  tout: string;
  annees: Set<number>;
  /** For ordering equal scores: the latest conventions first. */
  dateFin: string;
  rang: number;
}

export interface IndexRecherche {
  entrees: Entree[];
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
export function anneesDe(c: Convention): Set<number> {
  const annees = new Set<number>(c.echeancier.map((l) => l.annee));
  const debut = c.dateSignature ? Number(c.dateSignature.slice(0, 4)) : NaN;
  const fin = c.dateFin ? Number(c.dateFin.slice(0, 4)) : NaN;
  if (Number.isInteger(debut) && Number.isInteger(fin) && fin >= debut && fin - debut <= 50) {
    for (let a = debut; a <= fin; a++) annees.add(a);
  } else {
    if (Number.isInteger(debut)) annees.add(debut);
    if (Number.isInteger(fin)) annees.add(fin);
  }
  return annees;
}

/** Builds the search index of a registry (once per registry; it does not change with the query). */
export function indexerRegistre(r: Registre): IndexRecherche {
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
      tout: champs.map((ch) => ch.texte).join('|'),
      annees: anneesDe(c),
      dateFin: c.dateFin ?? '',
      rang,
    };
  });
  return { entrees };
}

interface Jeton {
  texte: string;
  /** The token as a year (`2024`), NaN otherwise. */
  annee: number;
}

/** Best score of one folded token in an entry, 0 when absent: whole word > word start > inside. */
function scoreJeton(e: Entree, jeton: Jeton): number {
  let meilleur = e.annees.has(jeton.annee) ? 15 : 0;
  const t = jeton.texte;
  if (!e.tout.includes(t)) return meilleur;
  for (const champ of e.champs) {
    if (champ.poids * 3 <= meilleur) break; // fields are sorted by weight: nothing better follows
    const texte = champ.texte;
    let s = 0;
    // Every occurrence, keeping the best: a whole word (spaces on both sides) scores 3, a word start 2.
    for (let i = texte.indexOf(t); i >= 0 && s < 3; i = texte.indexOf(t, i + 1)) {
      const debut = texte.charCodeAt(i - 1) === 32;
      const fin = texte.charCodeAt(i + t.length) === 32;
      s = Math.max(s, debut ? (fin ? 3 : 2) : 1);
    }
    if (s > 0) meilleur = Math.max(meilleur, champ.poids * s);
  }
  return meilleur;
}

interface Trouve {
  e: Entree;
  score: number;
}

/** Best first; equal scores: the convention ending latest, then registry order. */
function avant(a: Trouve, b: Trouve): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.e.dateFin !== b.e.dateFin) return a.e.dateFin > b.e.dateFin;
  return a.e.rang < b.e.rang;
}

/**
 * The conventions matching every word of the query (in any field), best first; on equal scores the
 * conventions ending latest come first. An empty query lists the registry the same way, score 0.
 * Only the `limite` best are kept while scanning (no sort of every match).
 */
export function rechercher(index: IndexRecherche, requete: string, limite = 20): ResultatRecherche[] {
  const max = Number.isInteger(limite) && limite > 0 ? limite : 20;
  const jetons: Jeton[] = [...new Set(plier(typeof requete === 'string' ? requete : '').split(' ').filter((j) => j !== ''))]
    .slice(0, 8)
    .map((texte) => ({ texte, annee: /^\d{4}$/.test(texte) ? Number(texte) : NaN }));
  const meilleurs: Trouve[] = [];
  for (const e of index.entrees) {
    let score = 0;
    for (const jeton of jetons) {
      const s = scoreJeton(e, jeton);
      if (s === 0) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score < 0) continue;
    const trouve = { e, score };
    if (meilleurs.length === max && !avant(trouve, meilleurs[max - 1]!)) continue;
    // Insertion into the short sorted list of the best so far.
    let i = meilleurs.length;
    while (i > 0 && avant(trouve, meilleurs[i - 1]!)) i--;
    meilleurs.splice(i, 0, trouve);
    if (meilleurs.length > max) meilleurs.pop();
  }
  return meilleurs.map(({ e, score }) => ({ conventionId: e.conventionId, score, libelle: e.libelle }));
}
