// A RuleTester in the manner of ESLint's: each rule's test lists valid contexts (no finding) and invalid
// ones with the exact findings expected (rule id, gravité, position, message pattern). Also builds
// contexts by hand, laid out like a sheet (A Année, B AE, C CP, D AE engagées, E CP payés; header row 1).
import { describe, expect, it } from 'vitest';
import type { Convention, Execution, Gravite, LigneEcheancier, Position } from '../../../shared/model';
import { lireMontant, formaterMontant } from '../../../shared/montant';
import type { Regle } from '../../../shared/regles/regle';
import type { ContexteRegle, LigneLue, MontantEnLettres, ValeurLue } from '../../../shared/modele/lu';
import { verifier } from '../../../shared/verifier';
import { conventionDeTest } from '../../aides/conventions';

/** An amount as typed: a number is euros (a sheet cell), a string is read with lireMontant, null is an empty cell. */
export type Montant = number | string | null;
/** `[année, AE, CP, AE engagées?, CP payés?]`; the execution columns exist only when given. */
export type LigneTest = [annee: number | string | null, ae: Montant, cp: Montant, aeEngagees?: Montant, cpPayes?: Montant];

export interface OptionsContexte {
  convention?: Partial<Convention>;
  lignes?: LigneTest[];
  total?: [ae: Montant, cp: Montant];
  /** A convention text (lines split on \n); absent for a table. */
  texte?: string;
  montantsEnLettres?: Array<{ chiffres: Montant; lettres: string; ligne: number }>;
  execution?: Execution;
  aujourdhui?: string;
  /** What `localiser(champ)` answers (`chorus.activites.0` → `{ ligne: 132 }`). */
  positions?: Record<string, Position>;
}

const COLONNES = 'ABCDE';

/** `cellule('B4')` → `{ cellule: 'B4', ligne: 4, colonne: 2 }`. */
export function cellule(a1: string): Position {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m) throw new Error(`cellule A1 attendue : ${a1}`);
  return { cellule: a1, ligne: Number(m[2]), colonne: m[1]!.charCodeAt(0) - 64 };
}

/** The cell of row `index` (0-based data row) and column `colonne` (0 = Année … 4 = CP payés). */
export function celluleDe(index: number, colonne: number): Position {
  return cellule(`${COLONNES[colonne]}${index + 2}`);
}

function valeurMontant(montant: Montant, position: Position | null): ValeurLue<number> {
  if (montant === null) return { brut: '', valeur: null, position };
  if (typeof montant === 'number') {
    const centimes = Math.round(montant * 100);
    return { brut: formaterMontant(centimes), valeur: centimes, position };
  }
  if (montant.trim() === '') return { brut: '', valeur: null, position };
  const lu = lireMontant(montant);
  return lu.ok ? { brut: montant.trim(), valeur: lu.centimes, position } : { brut: montant.trim(), valeur: null, position, probleme: lu.erreur };
}

function valeurAnnee(annee: number | string | null, position: Position): ValeurLue<number> {
  if (annee === null) return { brut: '', valeur: null, position };
  if (typeof annee === 'number') return { brut: String(annee), valeur: annee, position };
  return /^\d{4}$/.test(annee.trim())
    ? { brut: annee, valeur: Number(annee), position }
    : { brut: annee, valeur: null, position, probleme: 'Année attendue sur quatre chiffres.' };
}

/** A context as a table reader (or, with `texte`, a convention reader) would build it. */
export function contexte(o: OptionsContexte = {}): ContexteRegle {
  const lignes: LigneLue[] = (o.lignes ?? []).map(([annee, ae, cp, aeEngagees, cpPayes], i) => ({
    annee: valeurAnnee(annee, celluleDe(i, 0)),
    ae: valeurMontant(ae, celluleDe(i, 1)),
    cp: valeurMontant(cp, celluleDe(i, 2)),
    ...(aeEngagees !== undefined ? { aeEngagees: valeurMontant(aeEngagees, celluleDe(i, 3)) } : {}),
    ...(cpPayes !== undefined ? { cpPayes: valeurMontant(cpPayes, celluleDe(i, 4)) } : {}),
    position: { ligne: i + 2 },
  }));
  const echeancier: LigneEcheancier[] = lignes
    .filter((l) => l.annee.valeur !== null)
    .map((l) => ({ annee: l.annee.valeur!, ae: l.ae.valeur, cp: l.cp.valeur }));
  const convention: Convention = conventionDeTest({ id: 'test', echeancier, ...o.convention });
  const ligneTotal = lignes.length + 2;
  const resultat: ContexteRegle = {
    convention,
    echeancier: lignes,
    localiser: (champ) => {
      const p = o.positions?.[champ];
      if (p) return p;
      const ligne = convention.sources?.[champ];
      return ligne ? { ligne } : null;
    },
  };
  if (o.total) {
    resultat.total = {
      ae: valeurMontant(o.total[0], cellule(`B${ligneTotal}`)),
      cp: valeurMontant(o.total[1], cellule(`C${ligneTotal}`)),
      position: { ligne: ligneTotal },
    };
  }
  if (o.texte !== undefined) resultat.texte = o.texte.split('\n');
  if (o.montantsEnLettres) {
    resultat.montantsEnLettres = o.montantsEnLettres.map(
      (m): MontantEnLettres => ({ chiffres: valeurMontant(m.chiffres, { ligne: m.ligne }), lettres: m.lettres, position: { ligne: m.ligne } }),
    );
  }
  if (o.execution) resultat.execution = o.execution;
  if (o.aujourdhui) resultat.aujourdhui = o.aujourdhui;
  return resultat;
}

export interface CasValide {
  nom: string;
  contexte: ContexteRegle;
}

export interface ConstatAttendu {
  /** Defaults to the rule's meta gravité. */
  gravite?: Gravite;
  position: Position | null;
  message: RegExp;
}

export interface CasInvalide extends CasValide {
  constats: ConstatAttendu[];
}

/** What every message of every rule must look like: French sentences built from real values. */
export function verifierRedaction(message: string): void {
  expect(message, 'message vide').not.toBe('');
  expect(message).not.toMatch(/undefined|NaN|\bnull\b|\[object|Infinity/);
  expect(message, 'le message commence par une majuscule').toMatch(/^[A-ZÀ-ÖØ-Ý«]/);
  expect(message, 'le message finit par un point').toMatch(/[.?!]$/);
  // Amounts go through formaterMontant: never a bare run of seven digits followed by €.
  expect(message).not.toMatch(/\d{4,} ?€/);
}

/**
 * Runs `regle` through `verifier` (so the stamping is tested too) on every case. Fails on hygiene like
 * ESLint's RuleTester: no valid or no invalid case, an invalid case without findings, a duplicate name.
 */
export function testerRegle(regle: Regle, cas: { valides: CasValide[]; invalides: CasInvalide[] }): void {
  const id = regle.meta.id;
  describe(`règle ${id}`, () => {
    it('a des cas valides et invalides, tous nommés différemment', () => {
      expect(cas.valides.length, 'au moins un cas valide').toBeGreaterThan(0);
      expect(cas.invalides.length, 'au moins un cas invalide').toBeGreaterThan(0);
      const noms = [...cas.valides, ...cas.invalides].map((c) => c.nom);
      expect(new Set(noms).size, `noms de cas en double : ${noms.join(', ')}`).toBe(noms.length);
      for (const c of cas.invalides) expect(c.constats.length, `le cas invalide « ${c.nom} » n'attend aucun constat`).toBeGreaterThan(0);
    });

    for (const c of cas.valides) {
      it(`valide : ${c.nom}`, () => {
        const obtenus = verifier(c.contexte, { regles: [regle] });
        expect(obtenus.map((o) => `${o.gravite} ${o.message}`)).toEqual([]);
      });
    }

    for (const c of cas.invalides) {
      it(`invalide : ${c.nom}`, () => {
        const obtenus = verifier(c.contexte, { regles: [regle] });
        expect(obtenus.filter((o) => o.regle !== id), 'la règle a échoué').toEqual([]);
        expect(
          obtenus.map((o) => ({ gravite: o.gravite, position: o.position, message: o.message })),
        ).toHaveLength(c.constats.length);
        c.constats.forEach((attendu, i) => {
          const obtenu = obtenus[i]!;
          expect(obtenu.regle).toBe(id);
          expect(obtenu.gravite, obtenu.message).toBe(attendu.gravite ?? regle.meta.gravite);
          expect(obtenu.position, obtenu.message).toEqual(attendu.position);
          expect(obtenu.message).toMatch(attendu.message);
          expect(obtenu.conventionId).toBe(c.contexte.convention.id);
          verifierRedaction(obtenu.message);
        });
      });
    }
  });
}
