// Growth of every reader's time with its input: each one runs on generated inputs at 1×, 10× and
// 100×, and the report gives the factor per 10× (aim ≤ 12×: linear, with room for noise and
// caches) and the time for about 1 MB of text (aim ≤ 1 s). The shapes are the ones that were
// super-linear: side-by-side tables in one row, a long line of `[a](`, a text of blank lines, a
// registry whose startups and executions were looked up by scanning.
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { statutsDuRegistre, decrireStatut, indexerNoms } from '../shared/cli/status';
import { lireConvention } from '../shared/lecture/convention';
import { lireCsv } from '../shared/lecture/csv';
import { lireTableaux, type Cellule } from '../shared/lecture/tableau';
import { lireRegistreCsv, lireRegistreJson, ecrireRegistreJson, type Registre } from '../shared/registre/format';
import { genererRegistre, genererRegistreCsv } from './generateurs';
import type { Mesure } from './mesure';

const SECTION = 'croissance';
const FACTEUR_MAX = 12;
const UN_MO_MAX_MS = 1000;

// The collector, to start every run on a clean heap: otherwise one size pays for the garbage
// the previous size left, and the factor measures the collector's timing, not the reader.
v8.setFlagsFromString('--expose-gc');
const ramasser = vm.runInNewContext('gc') as () => void;

/** Shortest measured stretch: a 1 ms run repeated to fill it, so a small input is timed warm. */
const DUREE_MIN_MS = 25;

/**
 * Median of a few measures, each after a collection, the same number at every size. One measure
 * repeats the run until DUREE_MIN_MS has passed and gives the time per run, so a small input pays
 * its share of the collections its garbage causes, as a large one does within its single run. A
 * best-of at 1× and 10× against a single run at 100× made a loaded machine's noise look like
 * growth (×16 on blank lines, ×19 on a registry, that grow ×10 once measured alike); the median
 * keeps a real growth, which shows in every measure.
 */
function medianeMs(fn: () => unknown, essais: number): number {
  const temps: number[] = [];
  for (let i = 0; i < essais; i++) {
    ramasser();
    const debut = performance.now();
    let fois = 0;
    let ecoule = 0;
    do {
      fn();
      fois++;
      ecoule = performance.now() - debut;
    } while (ecoule < DUREE_MIN_MS);
    temps.push(ecoule / fois);
  }
  temps.sort((a, b) => a - b);
  return temps[Math.floor(temps.length / 2)]!;
}

const SEED = [
  'CONVENTION DE DÉLÉGATION DE GESTION',
  'Entre la DGEFP, représentée par sa déléguée, ci-après « le délégant »,',
  'Et la DINUM, ci-après « le délégataire ».',
  'Article 1 : Objet',
  "La délégation porte sur un montant maximum de 2 500 000 € en autorisations d'engagement (AE).",
  'Article 2 : Échéancier',
  'Année\tAE\tCP',
  '2024\t2 500 000 €\t1 900 000 €',
  '2025\t-\t600 000 €',
  'Fait à Paris, le 28 mars 2024',
  '',
].join('\n');

function grilleCoteACote(tables: number): Cellule[][] {
  const entete: Cellule[] = [];
  const ligne1: Cellule[] = [];
  const ligne2: Cellule[] = [];
  for (let t = 0; t < tables; t++) {
    entete.push('Année', 'AE', 'CP', '');
    ligne1.push(2024, '100 000 €', '50 000 €', '');
    ligne2.push(2025, '200 000 €', '250 000 €', '');
  }
  return [['Date de fin', '31/12/2025'], entete, ligne1, ligne2];
}

function csvEcheancier(lignes: number): string {
  const sortie = ['Date de signature;28/03/2024', 'Date de fin;31/12/2099', '', 'Année;AE;CP'];
  for (let i = 0; i < lignes; i++) sortie.push(`${2000 + (i % 100)};1 000,00;500,00`);
  return `${sortie.join('\r\n')}\r\n`;
}

function csvCoteACote(tables: number): string {
  return grilleCoteACote(tables)
    .map((l) => l.map((c) => String(c ?? '')).join(';'))
    .join('\n');
}

function registreAvecStartups(conventions: number): Registre {
  const r = genererRegistre(conventions, 2);
  // Five startups per convention, as in a registry that carries the whole beta.gouv snapshot.
  const startups = Array.from({ length: conventions * 5 }, (_, i) => ({ slug: `autre-${i}`, nom: `Autre ${i}` }));
  return { ...r, startups: [...startups, ...r.startups], executions: r.conventions.map((c) => ({ conventionId: c.id, lignes: [] })) };
}

interface Cas {
  nom: string;
  /** Builds the input for a scale (1, 10, 100) and returns the run and its size in bytes (or units). */
  preparer: (echelle: number) => { lancer: () => unknown; octets?: number };
  /** Measured runs per size (odd, for a median). */
  essais?: number;
}

const CAS: Cas[] = [
  {
    nom: 'convention (texte, 10 Ko × n)',
    preparer: (n) => {
      const texte = SEED.repeat(Math.round(10_000 / SEED.length) * n);
      return { lancer: () => lireConvention(texte), octets: texte.length };
    },
  },
  {
    nom: 'convention (ligne de « [a]( », 10 Ko × n)',
    preparer: (n) => {
      const texte = '[a]('.repeat(2500 * n);
      return { lancer: () => lireConvention(texte), octets: texte.length };
    },
  },
  {
    nom: 'convention (lignes vides, 100 Ko × n)',
    preparer: (n) => {
      const texte = '\n'.repeat(100_000 * n);
      return { lancer: () => lireConvention(texte), octets: texte.length };
    },
  },
  {
    nom: 'tableaux côte à côte (grille, 100 × n tableaux)',
    preparer: (n) => {
      const grille = grilleCoteACote(100 * n);
      return { lancer: () => lireTableaux(grille) };
    },
  },
  {
    nom: 'CSV échéancier (200 × n lignes)',
    preparer: (n) => {
      const texte = csvEcheancier(200 * n);
      return { lancer: () => lireTableaux((lireCsv(texte) as { grille: string[][] }).grille), octets: texte.length };
    },
  },
  {
    nom: 'CSV tableaux côte à côte (100 × n tableaux)',
    preparer: (n) => {
      const texte = csvCoteACote(100 * n);
      return { lancer: () => lireTableaux((lireCsv(texte) as { grille: string[][] }).grille), octets: texte.length };
    },
  },
  {
    nom: 'registre CSV (100 × n lignes)',
    preparer: (n) => {
      const texte = genererRegistreCsv(100 * n);
      return { lancer: () => lireRegistreCsv(texte), octets: texte.length };
    },
  },
  {
    nom: 'registre JSON (50 × n conventions)',
    preparer: (n) => {
      const texte = ecrireRegistreJson(genererRegistre(50 * n, 2));
      return { lancer: () => lireRegistreJson(texte), octets: texte.length };
    },
  },
  {
    nom: 'status (20 × n conventions, 100 × n startups)',
    preparer: (n) => {
      const registre = registreAvecStartups(20 * n);
      return {
        lancer: () => {
          const noms = indexerNoms(registre);
          for (const s of statutsDuRegistre(registre, registre.conventions, '2025-06-01')) decrireStatut(s, registre, noms);
        },
      };
    },
  },
];

export function benchCroissance(): Mesure[] {
  const mesures: Mesure[] = [];
  for (const cas of CAS) {
    const temps: number[] = [];
    let octets = 0;
    let msParOctet = 0;
    for (const echelle of [1, 10, 100]) {
      const { lancer, octets: taille } = cas.preparer(echelle);
      // A first unmeasured run at each size compiles the code and sizes the heap for that input:
      // the factors compare warm runs.
      lancer();
      temps.push(medianeMs(lancer, cas.essais ?? 3));
      if (taille !== undefined) {
        octets = taille;
        msParOctet = temps[temps.length - 1]! / taille;
      }
    }
    const facteurs = [temps[1]! / Math.max(temps[0]!, 0.01), temps[2]! / Math.max(temps[1]!, 0.01)];
    const pire = Math.max(...facteurs);
    mesures.push({
      section: SECTION,
      mesure: `${cas.nom} : ${temps.map((t) => t.toFixed(1)).join(' / ')} ms, ×${facteurs.map((f) => f.toFixed(1)).join(' puis ×')}`,
      valeur: pire,
      unite: '×',
      objectif: `≤ ${FACTEUR_MAX}× / 10×`,
      atteint: pire <= FACTEUR_MAX,
    });
    if (octets > 0) {
      const unMo = msParOctet * 1_000_000;
      mesures.push({
        section: SECTION,
        mesure: `${cas.nom} : temps pour 1 Mo (d'après ${(octets / 1_000_000).toFixed(2)} Mo)`,
        valeur: unMo,
        unite: 'ms',
        objectif: `≤ ${UN_MO_MAX_MS} ms`,
        atteint: unMo <= UN_MO_MAX_MS,
      });
    }
  }
  return mesures;
}

// `tsx bench/croissance.ts` alone prints its own lines.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const m of benchCroissance()) console.log(`${m.mesure} → ${m.valeur.toFixed(1)} ${m.unite} ${m.atteint ? '✓' : '✗'}`);
}
