// Property tests: lireTableaux never throws on any grid (ragged rows, error values, dates, odd
// numbers, arbitrary text), always answers typed tables whose conventions pass the zod model, with
// positions inside the grid, French problems, and positions that move with the origin.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lireTableaux, type Cellule, type TableauLu } from '../../../shared/lecture/tableau';
import { nomCellule } from '../../../shared/lecture/tableau/a1';
import { Convention, type Position } from '../../../shared/model';
import type { ValeurLue } from '../../../shared/modele/lu';
import { essais } from '../../aides/essais';

const RUNS = essais(10_000);

/** Cells that make tables appear: headers, keys, years, amounts, errors, blanks. */
const celluleTypique: fc.Arbitrary<Cellule> = fc.oneof(
  fc.constantFrom<Cellule>(
    'Année', 'Exercice', 'AE', 'CP', 'Autorisations d\u2019engagement', 'Crédits de paiement', 'AE engagées', 'CP payés',
    'CP consommés', 'Convention', 'Identifiant', 'Total', 'TOTAL', 'Date de signature', 'Date de fin', 'Plafond', 'Plafond CP',
    'Délégant', 'UO', 'Programme', 'Date de fin : 31/12/2025', 'Plafond : 1.900',
    '#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '=SOMME(A1:A3)', '1.900', '2 500 000 €', '1 900 000,50 €', '-500 €', '0',
    '2024', '2025', '24', '31/12/2025', '28 MARS 2024', '', ' ', null, undefined, true, false,
  ),
  fc.integer({ min: 1990, max: 2040 }),
  fc.integer({ min: -1_000_000, max: 100_000_000 }),
  fc.double({ noNaN: false }),
  fc.date(),
  fc.string({ maxLength: 12 }),
);

const ligne = fc.array(celluleTypique, { maxLength: 7 });
const grille = fc.array(ligne, { maxLength: 14 });
/** A header row (any order, optional execution and convention columns) dropped into a random grid. */
const entete = fc
  .subarray(['AE engagées', 'CP payés', 'Convention', 'Date de fin', 'Commentaire'])
  .chain((extra) => fc.shuffledSubarray(['Année', 'AE', 'CP', ...extra], { minLength: 2 }))
  .map((colonnes) => (colonnes.includes('AE') && colonnes.includes('CP') ? colonnes : ['AE', 'CP', ...colonnes]));
const grilleAvecTableaux = fc
  .tuple(grille, fc.array(fc.tuple(entete, fc.nat(14), fc.nat(3)), { minLength: 1, maxLength: 3 }))
  .map(([g, entetes]) => {
    const copie = g.map((l) => [...l]);
    for (const [e, r, decalage] of entetes) {
      const rang = Math.min(r, copie.length);
      copie.splice(rang, 0, [...Array.from({ length: decalage }, () => ''), ...e]);
    }
    return copie;
  });
const origine = fc.record({ ligne: fc.integer({ min: 1, max: 5000 }), colonne: fc.integer({ min: 1, max: 800 }) });

const ANGLAIS = /\b(undefined|NaN|null|object Object|Error|Unexpected|expected|Invalid)\b/;

/** A failed property with its reason (plain checks: `expect` is too slow for 10 000 runs × every cell). */
function exiger(condition: boolean, raison: string, detail?: unknown): void {
  if (!condition) throw new Error(`${raison}${detail === undefined ? '' : ` : ${JSON.stringify(detail)}`}`);
}

function verifierValeur(v: ValeurLue<number> | undefined, largeurMax: number, hauteur: number): void {
  if (v === undefined) return;
  exiger(typeof v.brut === 'string', 'brut non textuel', v);
  exiger(v.valeur === null || Number.isSafeInteger(v.valeur), 'valeur non entière', v);
  if (v.probleme !== undefined) {
    exiger(v.valeur === null, 'problème avec une valeur', v);
    exiger(v.probleme.length > 10 && !ANGLAIS.test(v.probleme), 'problème vide ou pas en français', v);
  }
  if (v.position) verifierPosition(v.position, largeurMax, hauteur);
}

function verifierPosition(p: Position, largeurMax: number, hauteur: number): void {
  exiger(p.ligne !== undefined && p.ligne >= 1 && p.ligne <= hauteur, 'ligne hors de la grille', p);
  exiger(p.colonne !== undefined && p.colonne >= 1 && p.colonne <= largeurMax, 'colonne hors de la grille', p);
  exiger(p.cellule === nomCellule(p.ligne!, p.colonne!), 'cellule A1 discordante', p);
}

function verifierTableaux(tableaux: TableauLu[], g: Cellule[][]): void {
  const hauteur = g.length;
  const largeurMax = Math.max(0, ...g.map((l) => l.length));
  for (const t of tableaux) {
    exiger(/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(t.plage), 'plage mal formée', t.plage);
    exiger(t.disposition === 'echeancier' || t.disposition === 'registre', 'disposition inconnue', t.disposition);
    exiger(t.contextes.length >= 1, 'tableau sans contexte');
    for (const c of t.contextes) {
      const valide = Convention.safeParse(c.convention);
      exiger(valide.success, 'convention hors du modèle', valide.error?.issues);
      for (const l of c.echeancier) {
        for (const v of [l.annee, l.ae, l.cp, l.aeEngagees, l.cpPayes]) verifierValeur(v, largeurMax, hauteur);
        verifierPosition(l.position, largeurMax, hauteur);
      }
      if (c.total) {
        verifierValeur(c.total.ae, largeurMax, hauteur);
        verifierValeur(c.total.cp, largeurMax, hauteur);
      }
      exiger(c.localiser('echeancier') !== null, "l'en-tête n'est pas localisé");
    }
  }
}

/** Every position in a result, in order (to compare two readings). */
function positions(tableaux: TableauLu[]): Position[] {
  return tableaux.flatMap((t) =>
    t.contextes.flatMap((c) => c.echeancier.flatMap((l) => [l.position, l.annee.position, l.ae.position, l.cp.position].filter((p): p is Position => p !== null))),
  );
}

describe('lireTableaux — propriétés', () => {
  it('ne lève jamais et répond des tableaux typés sur des grilles quelconques', () => {
    fc.assert(
      fc.property(grille, (g) => verifierTableaux(lireTableaux(g), g)),
      { numRuns: RUNS },
    );
  });

  it('ne lève jamais sur des grilles où des en-têtes sont semés au hasard (et y trouve des tableaux)', () => {
    let avecTableau = 0;
    fc.assert(
      fc.property(grilleAvecTableaux, (g) => {
        const tableaux = lireTableaux(g);
        if (tableaux.length > 0) avecTableau++;
        verifierTableaux(tableaux, g);
      }),
      { numRuns: RUNS },
    );
    // The generator is meant to exercise tables, not only their absence.
    expect(avecTableau).toBeGreaterThan(RUNS / 2);
  });

  it('ne lève jamais avec des textes affichés quelconques', () => {
    fc.assert(
      fc.property(grilleAvecTableaux, fc.array(fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constant('#REF!')), { maxLength: 7 }), { maxLength: 14 }), (g, affichees) => {
        verifierTableaux(lireTableaux(g, { affichees }), g);
      }),
      { numRuns: RUNS },
    );
  });

  it("décale toutes les positions de l'origine et seulement d'elle", () => {
    fc.assert(
      fc.property(grilleAvecTableaux, origine, (g, o) => {
        const avant = positions(lireTableaux(g));
        const apres = positions(lireTableaux(g, { origine: o }));
        expect(apres).toEqual(
          avant.map((p) => {
            const l = p.ligne! + o.ligne - 1;
            const c = p.colonne! + o.colonne - 1;
            return { cellule: nomCellule(l, c), ligne: l, colonne: c };
          }),
        );
      }),
      { numRuns: essais(2_000) },
    );
  });

  it('relit exactement un échéancier généré, où qu’il soit dans la grille', () => {
    const lignesEcheancier = fc.array(
      fc.record({
        annee: fc.integer({ min: 2000, max: 2100 }),
        ae: fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: null }),
        cp: fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(lignesEcheancier, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 4 }), (lignes, haut, gauche) => {
        const vide = (): Cellule[] => Array.from({ length: gauche + 3 }, () => '');
        const g: Cellule[][] = Array.from({ length: haut }, vide);
        g.push([...vide().slice(0, gauche), 'Année', 'AE', 'CP']);
        for (const l of lignes) {
          // Amounts as sheet numbers (euros) or as French text, alternately.
          const texte = (c: number | null) => (c === null ? '' : l.annee % 2 ? c / 100 : `${String(c / 100).replace('.', ',')} €`);
          g.push([...vide().slice(0, gauche), l.annee, texte(l.ae), texte(l.cp)]);
        }
        const [t, ...autres] = lireTableaux(g);
        expect(autres).toHaveLength(0);
        expect(t!.plage).toBe(`${nomCellule(haut + 1, gauche + 1)}:${nomCellule(haut + 1 + lignes.length, gauche + 3)}`);
        expect(t!.contextes[0]!.convention.echeancier).toEqual(lignes);
      }),
      { numRuns: essais(2_000) },
    );
  });
});
