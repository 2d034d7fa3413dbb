// Fuzz: the real seed conventions and the QA tables, rewritten with the characters files bring
// (every Unicode space, line separators, page breaks, format characters, bidi marks, NFD,
// ligatures, typographic apostrophes and dashes), must read exactly as the clean text: the same
// Convention fields, the same findings — and, when the text's lines are unchanged, at the same
// positions. Not just « no exception ».
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../shared/lecture/convention';
import { lireCsv } from '../../../shared/lecture/csv';
import { lireTableaux, type Cellule } from '../../../shared/lecture/tableau';
import type { ContexteRegle } from '../../../shared/modele/lu';
import { verifier } from '../../../shared/verifier';
import { GARDE_LES_LIGNES, PERTURBATIONS, perturber, type Classe } from '../../aides/unicode';

const RACINE = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.resolve(RACINE, '../shared/seeds');
const TABLEAUX = path.resolve(RACINE, 'test/fixtures/tableaux');
const AUJOURDHUI = '2025-01-10';

const lireDossier = (dossier: string, ext: string) =>
  readdirSync(dossier)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ nom: f, texte: readFileSync(path.join(dossier, f), 'utf8') }));
const SEMENCES = lireDossier(SEEDS, '.txt');
const CSV = lireDossier(TABLEAUX, '.csv');

type Perturbations = [Classe, [number, number][]][];
const appliquer = (texte: string, p: Perturbations) => p.reduce((t, [classe, choix]) => perturber(t, classe, choix), texte);
const gardeLesLignes = (p: Perturbations) => p.every(([classe]) => GARDE_LES_LIGNES[classe]);

/** What a convention text reads as: fields, and findings (with their lines when `positions`). */
function lectureConvention(texte: string, positions: boolean) {
  const { convention, contexte } = lireConvention(texte);
  const { sources, ...champs } = convention;
  const constats = verifier({ ...contexte, aujourdhui: AUJOURDHUI }).map((c) => ({
    regle: c.regle,
    gravite: c.gravite,
    // Lines of the text as written: one cut by U+2028 counts as one, so a quoted line number may differ.
    message: positions ? c.message : c.message.replace(/\blignes? \d+/g, 'ligne …'),
    ...(positions ? { position: c.position } : {}),
  }));
  return positions ? { champs, sources, constats } : { champs, constats: constats.sort((a, b) => a.regle.localeCompare(b.regle)) };
}

/** What a table reads as: ranges, each context's convention and execution, findings with their cells. */
function lectureTableaux(grille: Cellule[][]) {
  return lireTableaux(grille, { aujourdhui: AUJOURDHUI }).map((t) => ({
    plage: t.plage,
    disposition: t.disposition,
    contextes: t.contextes.map((c: ContexteRegle) => ({
      convention: c.convention,
      execution: c.execution,
      constats: verifier(c).map((x) => [x.regle, x.gravite, x.message, x.position?.cellule]),
    })),
  }));
}

function grilleCsv(texte: string): Cellule[][] {
  const csv = lireCsv(texte);
  if (!csv.ok) throw new Error(csv.erreur);
  return csv.grille;
}

describe('lecture sous caractères Unicode — la même lecture que le texte propre', () => {
  it.each(SEMENCES)('seed $nom : mêmes champs, mêmes constats (mêmes lignes quand les lignes ne changent pas)', ({ texte }) => {
    const propre = { avec: lectureConvention(texte, true), sans: lectureConvention(texte, false) };
    fc.assert(
      fc.property(PERTURBATIONS, (p) => {
        const garde = gardeLesLignes(p);
        expect(lectureConvention(appliquer(texte, p), garde)).toEqual(garde ? propre.avec : propre.sans);
      }),
      { numRuns: 40 },
    );
  });

  it.each(CSV)('tableau $nom en CSV : mêmes tableaux, mêmes échéanciers, mêmes constats aux mêmes cellules', ({ texte }) => {
    const propre = lectureTableaux(grilleCsv(texte));
    fc.assert(
      fc.property(PERTURBATIONS, (p) => {
        expect(lectureTableaux(grilleCsv(appliquer(texte, p)))).toEqual(propre);
      }),
      { numRuns: 25 },
    );
  });

  it.each(CSV)('tableau $nom en grille (Sheets) : chaque cellule perturbée se lit comme la propre', ({ texte }) => {
    const grille = grilleCsv(texte);
    const propre = lectureTableaux(grille);
    fc.assert(
      fc.property(PERTURBATIONS, fc.nat(), (p, graine) => {
        // One cell in three, picked by the seed, gets the characters.
        const perturbee = grille.map((ligne, r) =>
          ligne.map((v, c) => (typeof v === 'string' && (r * 7 + c * 13 + graine) % 3 === 0 ? appliquer(v, p) : v)),
        );
        expect(lectureTableaux(perturbee)).toEqual(propre);
      }),
      { numRuns: 25 },
    );
  });
});
