// The house as drawn (../shared/DESIGN.md, « Floors point down »), in one table, and the checker that
// holds it: every import points down a floor (or stays on its floor), never closes a circle, and a
// front stands on shared/ only. Floors are listed from the ground up; a path falls in the room of the
// most precise prefix that matches it (the longest; a named folder over `*`, which stands for one
// folder: each editor of sheets-addon/src/), so a new file or sub-folder (shared/lecture/document/
// mise-en-page/, a third editor in sheets-addon/src/) finds its floor without an edit here. A new
// top-level folder of shared/ or extension/ has no floor until it is given one: the test says so.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { specificateurs } from './imports';

/**
 * A room: one or more path prefixes (a folder ends with `/`), repo-relative; `*` is one folder, and
 * each folder it matches makes a room of its own (`serveur (sheets)` beside `serveur (docs)`).
 */
export interface Piece {
  nom: string;
  chemins: readonly string[];
  /** Each first-level entry under the prefix is its own room (`sheets-addon/src/docs/` beside `…/fonctions/`). */
  parEntree?: boolean;
}

export interface Etage {
  nom: string;
  pieces: readonly Piece[];
  /** Rooms side by side that never import one another (readers and rules). */
  cloisonne?: boolean;
  /** Why the floor is where it is, for the next person who wants to move something. */
  pourquoi: string;
}

export interface Maison {
  nom: string;
  racine: string;
  /** From the ground up. */
  etages: readonly Etage[];
  /** The other houses it may import from (anything in them). */
  socle: readonly string[];
}

export const MAISONS: readonly Maison[] = [
  {
    nom: 'shared',
    racine: 'shared/',
    socle: [],
    etages: [
      {
        nom: 'texte',
        pieces: [{ nom: 'texte', chemins: ['shared/texte/'] }],
        pourquoi:
          'Normalisation (texte/normalisation.ts), citation et petits outils (texte/index.ts), décodage des octets ' +
          '(texte/encodage.ts, texte/fichier.ts) : tout le reste lit du texte passé par ici.',
      },
      {
        nom: 'montants, mots et dates',
        pieces: [{ nom: 'valeurs', chemins: ['shared/montant.ts', 'shared/lettres.ts', 'shared/dates.ts', 'shared/mois.ts'] }],
        pourquoi: 'Lire et écrire un montant, un montant en lettres, une date, un mois : des valeurs sans modèle.',
      },
      {
        nom: 'modèle',
        pieces: [{ nom: 'modele', chemins: ['shared/model.ts', 'shared/modele/', 'shared/avenant.ts', 'shared/champs.ts'] }],
        pourquoi:
          'Les schémas zod (model.ts), les valeurs que rendent les lecteurs et le contexte des règles (modele/lu.ts), ' +
          'les types du plan (modele/plan.ts), le contexte d’une convention du registre (modele/contexte.ts), ' +
          'la phrase qui décrit un avenant (avenant.ts), les champs dits en mots (champs.ts). Les données embarquées ' +
          '(shared/data/, du JSON) ne sont pas du code.',
      },
      {
        nom: 'lecteurs et règles',
        cloisonne: true,
        pieces: [
          { nom: 'lecture', chemins: ['shared/lecture/'] },
          { nom: 'regles', chemins: ['shared/regles/'] },
        ],
        pourquoi:
          'Côte à côte, sans s’importer : les lecteurs (lecture/, document/ dedans) construisent le contexte, les ' +
          'règles le lisent ; ce qu’ils partagent est au modèle. Le calcul du prochain bon de commande, dont une ' +
          'règle a besoin, est dans regles/outils/ : le plan, au-dessus, exécute les règles.',
      },
      {
        nom: 'statut, plan, registre',
        pieces: [
          { nom: 'statut', chemins: ['shared/statut.ts', 'shared/statut/'] },
          { nom: 'verifier', chemins: ['shared/verifier.ts'] },
          { nom: 'plan', chemins: ['shared/plan/'] },
          { nom: 'registre', chemins: ['shared/registre/'] },
        ],
        pourquoi:
          'Ce qui exécute les règles (verifier.ts, plan/verifier.ts) et ce qui lit un plan ou un registre avec les ' +
          'lecteurs : au-dessus d’eux. Le statut lit les alertes du plan, le registre lit un plan par son lecteur ' +
          'public (plan/lecture.ts) ; jamais l’inverse (le test refuse tout cercle entre ces pièces).',
      },
      {
        nom: 'portefeuille',
        pieces: [{ nom: 'portefeuille', chemins: ['shared/portefeuille/'] }],
        pourquoi: 'Le tableau de bord de nombreuses conventions : statut, registre et liens de chacune.',
      },
      {
        nom: 'CLI',
        pieces: [{ nom: 'cli', chemins: ['shared/cli/'] }],
        pourquoi: 'Les commandes de `jauge`, pures ; scripts/jauge.ts en est la frontière avec Node.',
      },
    ],
  },
  {
    nom: 'extension',
    racine: 'extension/',
    socle: ['shared'],
    etages: [
      {
        nom: 'lib',
        pieces: [{ nom: 'lib', chemins: ['extension/lib/'] }],
        pourquoi: 'Base Dexie, messages (types seuls) et leur envoi, synchro, sélecteurs beta.gouv.fr.',
      },
      {
        nom: 'ui/components',
        pieces: [
          { nom: 'ui', chemins: ['extension/ui/'] },
          { nom: 'components', chemins: ['extension/components/'] },
        ],
        pourquoi: 'Les vues Preact des pages (ui/) et les badges injectés (components/).',
      },
      {
        nom: 'features',
        pieces: [{ nom: 'features', chemins: ['extension/features/'] }],
        pourquoi: 'Une surcouche des pages beta.gouv.fr par fichier, montée par le script de contenu.',
      },
      {
        nom: 'entrypoints',
        pieces: [{ nom: 'entrypoints', chemins: ['extension/entrypoints/'] }],
        pourquoi: 'Ce que WXT construit : background, scripts de contenu, popup, options, tableau de bord.',
      },
    ],
  },
  {
    nom: 'sheets-addon',
    racine: 'sheets-addon/src/',
    socle: ['shared'],
    etages: [
      {
        nom: 'commun',
        pieces: [{ nom: 'commun', chemins: ['sheets-addon/src/commun/'] }],
        pourquoi: 'Ce que les éditeurs (Sheets, Docs) partagent : verdict, gravités, mémoire des marques, appel typé du serveur.',
      },
      {
        nom: 'contrat de chaque éditeur',
        pieces: [{ nom: 'contrat', chemins: ['sheets-addon/src/*/contrat.ts'] }],
        pourquoi: 'Ce que le serveur et le panneau d’un éditeur se passent.',
      },
      {
        nom: 'serveurs et panneaux',
        cloisonne: true,
        pieces: [
          { nom: 'serveur', chemins: ['sheets-addon/src/*/serveur/'] },
          { nom: 'panneau', chemins: ['sheets-addon/src/*/panneau/'] },
        ],
        pourquoi:
          'Apps Script (V8, sans DOM) et le panneau (iframe du navigateur) ne tournent pas au même endroit, et un ' +
          'éditeur ne s’appuie pas sur l’autre : ce qu’ils partagent descend dans commun/ ou dans shared/.',
      },
      {
        nom: 'au-dessus des serveurs',
        pieces: [
          { nom: 'fonctions', chemins: ['sheets-addon/src/*/fonctions/'] },
          { nom: 'autre', chemins: ['sheets-addon/src/'], parEntree: true },
        ],
        pourquoi:
          'Les fonctions personnalisées (qui appellent le serveur de leur éditeur) et tout ce qui n’a pas encore ' +
          'de place plus bas.',
      },
    ],
  },
];

/** Repo-relative paths of every source file checked, and each one's imports of other source files. */
export interface Graphe {
  fichiers: readonly string[];
  imports: ReadonlyMap<string, readonly string[]>;
}

interface Place {
  maison: Maison;
  hauteur: number;
  etage: Etage;
  piece: string;
}

/** The room of a path: the longest matching prefix of its house, or null when none matches. */
export function placer(fichier: string, maisons: readonly Maison[] = MAISONS): Place | null {
  let meilleure: Place | null = null;
  let precision: number[] = [];
  for (const maison of maisons) {
    if (!fichier.startsWith(maison.racine)) continue;
    for (const [hauteur, etage] of maison.etages.entries()) {
      for (const piece of etage.pieces) {
        for (const chemin of piece.chemins) {
          const trouve = correspondance(chemin, fichier);
          const sienne = precisionDe(chemin);
          if (trouve === null || (meilleure !== null && comparerPrecisions(sienne, precision) <= 0)) continue;
          const entree = piece.parEntree ? fichier.slice(chemin.length).split('/')[0] : undefined;
          const precisions = [...trouve, ...(entree ? [entree] : [])];
          meilleure = { maison, hauteur, etage, piece: precisions.length > 0 ? `${piece.nom} (${precisions.join(', ')})` : piece.nom };
          precision = sienne;
        }
      }
    }
  }
  return meilleure;
}

/** How precise a path is, folder by folder: a named folder (2) over `*` (1), a longer path over its prefix. */
function precisionDe(chemin: string): number[] {
  return chemin.split('/').filter((s) => s !== '').map((s) => (s === '*' ? 1 : 2));
}

function comparerPrecisions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The folders `*` matched when `chemin` holds `fichier` (a folder: as a prefix), else null. */
function correspondance(chemin: string, fichier: string): string[] | null {
  const motif = chemin.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '([^/]+)');
  const m = new RegExp(`^${motif}${chemin.endsWith('/') ? '' : '$'}`).exec(fichier);
  return m ? m.slice(1) : null;
}

function maisonDe(fichier: string, maisons: readonly Maison[]): Maison | undefined {
  return maisons.find((m) => fichier.startsWith(m.racine));
}

/** Strongly connected components of more than one node (or a node importing itself), Tarjan. */
function composantes(noeuds: readonly string[], voisins: (n: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const bas = new Map<string, number>();
  const pile: string[] = [];
  const surPile = new Set<string>();
  const resultat: string[][] = [];
  let compteur = 0;
  const visiter = (v: string): void => {
    index.set(v, compteur);
    bas.set(v, compteur++);
    pile.push(v);
    surPile.add(v);
    for (const w of voisins(v)) {
      if (!index.has(w)) {
        visiter(w);
        bas.set(v, Math.min(bas.get(v)!, bas.get(w)!));
      } else if (surPile.has(w)) bas.set(v, Math.min(bas.get(v)!, index.get(w)!));
    }
    if (bas.get(v) === index.get(v)) {
      const composante: string[] = [];
      let w: string;
      do {
        w = pile.pop()!;
        surPile.delete(w);
        composante.push(w);
      } while (w !== v);
      if (composante.length > 1 || voisins(v).includes(v)) resultat.push(composante.sort());
    }
  };
  for (const n of [...noeuds].sort()) if (!index.has(n)) visiter(n);
  return resultat;
}

/** One circle through the component, from its first node: `a → b → a`. */
function unCercle(composante: readonly string[], voisins: (n: string) => readonly string[]): string[] {
  const dans = new Set(composante);
  const depart = composante[0]!;
  const precedent = new Map<string, string>();
  const file = [depart];
  while (file.length > 0) {
    const v = file.shift()!;
    for (const w of [...voisins(v)].sort()) {
      if (!dans.has(w)) continue;
      if (w === depart) {
        const chemin = [v];
        while (chemin[0] !== depart) chemin.unshift(precedent.get(chemin[0]!)!);
        return [...chemin, depart];
      }
      if (!precedent.has(w)) {
        precedent.set(w, v);
        file.push(w);
      }
    }
  }
  return [...composante, depart];
}

/** Every way the graph breaks the house, in French, each naming the file and the import. */
export function verifierEtages(graphe: Graphe, maisons: readonly Maison[] = MAISONS): string[] {
  const fautes: string[] = [];
  const places = new Map<string, Place>();
  for (const f of graphe.fichiers) {
    const place = placer(f, maisons);
    if (place) places.set(f, place);
    else if (maisonDe(f, maisons)) {
      fautes.push(`${f} n'est sur aucun étage de « ${maisonDe(f, maisons)!.nom} » : donnez son dossier à un étage dans test/architecture/etages.ts.`);
    }
  }
  const aretesPieces = new Map<string, Map<string, string>>();
  for (const [de, cibles] of graphe.imports) {
    const ici = places.get(de);
    if (!ici) continue;
    for (const vers of cibles) {
      const la = places.get(vers) ?? placer(vers, maisons);
      const maisonCible = maisonDe(vers, maisons);
      if (maisonCible !== ici.maison) {
        if (maisonCible === undefined || !ici.maison.socle.includes(maisonCible.nom)) {
          const socle = ici.maison.socle.length > 0 ? ici.maison.socle.map((s) => `${s}/`).join(', ') : 'rien hors d’elle-même';
          fautes.push(`${de} importe ${vers} : « ${ici.maison.nom} » ne s'appuie que sur ${socle}.`);
        }
        continue;
      }
      if (!la) continue; // reported above as a file without a floor
      if (la.hauteur > ici.hauteur) {
        fautes.push(
          `${de} (étage « ${ici.etage.nom} ») importe ${vers} (étage « ${la.etage.nom} », plus haut) : un import ne pointe que vers le bas.`,
        );
      } else if (la.hauteur === ici.hauteur && la.piece !== ici.piece && ici.etage.cloisonne) {
        fautes.push(
          `${de} importe ${vers} : « ${ici.piece} » et « ${la.piece} » sont côte à côte sur l'étage « ${ici.etage.nom} », ` +
            `aucune n'importe l'autre (ce qu'elles partagent descend d'un étage).`,
        );
      }
      if (la.piece !== ici.piece && la.hauteur === ici.hauteur) {
        const cle = `${ici.maison.nom}:${ici.piece}`;
        const vers2 = `${la.maison.nom}:${la.piece}`;
        if (!aretesPieces.has(cle)) aretesPieces.set(cle, new Map());
        if (!aretesPieces.get(cle)!.has(vers2)) aretesPieces.get(cle)!.set(vers2, `${de} → ${vers}`);
      }
    }
  }
  const voisinsFichiers = (f: string): readonly string[] => graphe.imports.get(f) ?? [];
  for (const composante of composantes([...graphe.imports.keys()], voisinsFichiers)) {
    fautes.push(`cercle d'imports : ${unCercle(composante, voisinsFichiers).join(' → ')}.`);
  }
  const voisinsPieces = (p: string): readonly string[] => [...(aretesPieces.get(p)?.keys() ?? [])];
  for (const composante of composantes([...aretesPieces.keys()], voisinsPieces)) {
    const cercle = unCercle(composante, voisinsPieces);
    const exemples = cercle.slice(1).map((p, i) => aretesPieces.get(cercle[i]!)!.get(p)!);
    fautes.push(`cercle entre pièces d'un même étage : ${cercle.join(' → ')} (${exemples.join(' ; ')}).`);
  }
  return fautes;
}

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];
/** What is imported but is no code: styles, data, images. */
const RESSOURCE = /\.(css|json|svg|png|html|txt)(\?.*)?$|\?/;

/** The file a specifier names, repo-relative; null for a package or a resource (a style, some data). */
export function resoudre(racine: string, de: string, specificateur: string): string | null {
  const alias: [RegExp, string][] = [
    [/^[@~]\//, 'extension/'],
    [/^(@@|~~)\//, ''],
  ];
  let chemin: string | null = null;
  if (specificateur.startsWith('.')) chemin = path.posix.join(path.posix.dirname(de), specificateur);
  else for (const [motif, dossier] of alias) if (motif.test(specificateur)) chemin = dossier + specificateur.replace(motif, '');
  if (chemin === null || RESSOURCE.test(specificateur)) return null;
  const sansJs = chemin.replace(/\.m?js$/, '');
  for (const candidat of [chemin, ...EXTENSIONS.map((e) => sansJs + e)]) {
    const absolu = path.join(racine, candidat);
    if (existsSync(absolu) && statSync(absolu).isFile() && /\.tsx?$/.test(candidat)) return candidat;
  }
  throw new Error(`${de} : import « ${specificateur} » introuvable.`);
}

function sources(racine: string, dossier: string): string[] {
  const absolu = path.join(racine, dossier);
  if (!existsSync(absolu)) return [];
  return readdirSync(absolu, { withFileTypes: true }).flatMap((e) => {
    const chemin = `${dossier}${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sources(racine, `${chemin}/`);
    return /\.tsx?$/.test(e.name) ? [chemin] : [];
  });
}

/** The real imports of every source file of the houses. */
export function lireGraphe(racine: string, maisons: readonly Maison[] = MAISONS): Graphe {
  const fichiers = maisons.flatMap((m) => sources(racine, m.racine)).sort();
  const imports = new Map<string, string[]>();
  for (const f of fichiers) {
    const cibles = specificateurs(readFileSync(path.join(racine, f), 'utf8'))
      .map((s) => resoudre(racine, f, s))
      .filter((c): c is string => c !== null);
    imports.set(f, [...new Set(cibles)]);
  }
  return { fichiers, imports };
}

/** Lines of a source file: `wc -l`'s count, plus a last line without a line break. */
export function compterLignes(texte: string): number {
  if (texte === '') return 0;
  return texte.split('\n').length - (texte.endsWith('\n') ? 1 : 0);
}

/** Every .ts/.tsx file under these folders (the issue's `find … -name '*.ts*'`). */
export function fichiersSources(racine: string, dossiers: readonly string[]): string[] {
  return dossiers.flatMap((d) => sources(racine, d.endsWith('/') ? d : `${d}/`)).sort();
}
