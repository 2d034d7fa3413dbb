// Search for the popup: startup names and slugs, partners' acronyms and names, UO / centre financier /
// programme, years. Accents, case and punctuation are ignored (`rdv.insertion` = `RDV insertion`).
// Everything is folded once when the index is built, so a keystroke only runs `includes` on
// precomputed strings: a few milliseconds for thousands of conventions.
import type { Convention } from '../model';
import { normaliserTexte } from '../texte';
import { normaliserSlug } from './liens';
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
function anneesDe(c: Convention): Set<number> {
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
  const startups = new Map(r.startups.map((s) => [normaliserSlug(s.slug), s]));
  const incubateurs = new Map(r.incubateurs.map((i) => [normaliserSlug(i.id), i]));
  const startupsParIncubateur = new Map<string, string[]>();
  for (const s of r.startups) {
    if (!s.incubateur) continue;
    const cle = normaliserSlug(s.incubateur);
    const liste = startupsParIncubateur.get(cle) ?? [];
    liste.push(s.nom, s.slug);
    startupsParIncubateur.set(cle, liste);
  }

  const entrees = r.conventions.map((c, rang): Entree => {
    const champs: Champ[] = [];
    const ajouter = (texte: string | undefined, poids: number): void => {
      if (!texte) return;
      const plie = plier(texte);
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

/** Best score of one folded token in an entry, 0 when absent: whole word > word start > inside. */
function scoreJeton(e: Entree, jeton: string): number {
  let meilleur = 0;
  const annee = /^\d{4}$/.test(jeton) ? Number(jeton) : NaN;
  if (e.annees.has(annee)) meilleur = 15;
  if (!e.tout.includes(jeton)) return meilleur;
  const mot = ` ${jeton} `;
  const debut = ` ${jeton}`;
  for (const champ of e.champs) {
    if (champ.poids * 3 <= meilleur) break; // fields are sorted by weight: nothing better follows
    const i = champ.texte.indexOf(jeton);
    if (i < 0) continue;
    const s = champ.texte.includes(mot) ? 3 : champ.texte.includes(debut) ? 2 : 1;
    meilleur = Math.max(meilleur, champ.poids * s);
  }
  return meilleur;
}

/**
 * The conventions matching every word of the query (in any field), best first; on equal scores the
 * conventions ending latest come first. An empty query lists the registry the same way, score 0.
 */
export function rechercher(index: IndexRecherche, requete: string, limite = 20): ResultatRecherche[] {
  const max = Number.isInteger(limite) && limite > 0 ? limite : 20;
  const jetons = [...new Set(plier(typeof requete === 'string' ? requete : '').split(' ').filter((j) => j !== ''))].slice(0, 8);
  const trouves: { e: Entree; score: number }[] = [];
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
    if (score >= 0) trouves.push({ e, score });
  }
  trouves.sort((a, b) => b.score - a.score || (a.e.dateFin < b.e.dateFin ? 1 : a.e.dateFin > b.e.dateFin ? -1 : 0) || a.e.rang - b.e.rang);
  return trouves.slice(0, max).map(({ e, score }) => ({ conventionId: e.conventionId, score, libelle: e.libelle }));
}
