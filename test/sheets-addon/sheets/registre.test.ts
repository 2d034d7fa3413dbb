// « Vérifier le registre » and « Créer une feuille registre », through the built bundle: a sheet in the
// registry CSV layout is checked with the rules of `jauge check`, findings on their cells, marks as for
// échéanciers, in a constant number of calls.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifierDocument } from '../../../shared/cli/check';
import { COLONNES } from '../../../shared/registre/csv/colonnes';
import type { Rapport } from '../../../sheets-addon/src/sheets/contrat';
import { assurerConstruction, charger, nouveauTableur } from '../util/charger';
import { euros, REGISTRE_CSV } from '../util/fixtures';
import { mesurerValidation } from '../util/mesures';
import type { CelluleInit } from '../util/tableur';
import { lettresColonne } from '../../../shared/lecture/tableau/a1';

beforeAll(async () => {
  await assurerConstruction();
});

const FOND_ERREUR = '#ffdddd';

function verifier(grille: CelluleInit[][], ligne = 1) {
  const t = nouveauTableur('Registre');
  t.active.remplir(grille, ligne);
  const { module } = charger(t, { aujourdhui: '2025-06-15' });
  const avant = t.active.instantane();
  const rapport = module.verifierRegistre();
  return { t, module, rapport, avant, apres: t.active.instantane() };
}

/** The same registry as a CSV file, as `jauge check` reads it (values, not displayed texts). */
function enCsv(grille: CelluleInit[][]): string {
  return grille
    .map((l) => l.map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? String(c.v ?? '') : String(c ?? ''))).join(';'))
    .join('\n');
}

const essentiel = (r: Rapport['constats']) => r.map((c) => ({ regle: c.regle, gravite: c.gravite, message: c.message, champ: c.position?.champ, conventionId: c.conventionId }));

describe('Vérifier le registre', () => {
  it('donne les constats de `jauge check` sur le même registre, chacun sur sa cellule, et marque les cellules fautives', () => {
    const { t, rapport, avant, apres } = verifier(REGISTRE_CSV);
    expect(rapport.registre).toEqual({ plage: 'A1:J5', conventions: 2 });
    expect(rapport.tableaux).toEqual([{ plage: 'A1:J5', disposition: 'registre', constats: rapport.constats }]);
    const cli = verifierDocument(enCsv(REGISTRE_CSV), 'registre-csv', '2025-06-15');
    if (!cli.ok) throw new Error(cli.erreur);
    expect(essentiel(rapport.constats)).toEqual(cli.constats.map((c) => ({ regle: c.regle, gravite: c.gravite, message: c.message, champ: c.position?.champ, conventionId: c.conventionId })));
    // DNE pays 120 000 € by the end of 2024 against 100 000 € committed: the 2024 CP cell (J5).
    const cp = rapport.constats.find((c) => c.regle === 'cp-cumules-superieurs-ae');
    expect(cp).toMatchObject({ cellule: 'J5', conventionId: 'dne-2023', position: { champ: 'echeancier.1.cp', cellule: 'J5' } });
    expect(t.active.fond(5, 10)).toBe(FOND_ERREUR);
    expect(t.active.note(5, 10)).toMatch(/^Jauge — Erreur : CP cumulés/);
    // The year typed as 2023 but shown « 2 023 » is a year; values are never written.
    expect(rapport.constats.some((c) => /Année/.test(c.message))).toBe(false);
    expect(apres.valeurs).toBe(avant.valeurs);
    expect(t.journal.filter((a) => /^Range\.set/.test(a)).sort()).toEqual(['Range.setBackgrounds', 'Range.setNotes']);
  });

  it('met un champ de convention sur la ligne qui le remplit (BOP mal formé → sa cellule)', () => {
    const grille: CelluleInit[][] = [
      ['Convention', 'Délégant', 'Date de signature', 'Date de fin', 'BOP', 'Exercice', 'AE', 'CP'],
      ['dgefp-2024', 'DGEFP', '28/03/2024', '31/12/2025', '', 2024, euros(100_000), euros(60_000)],
      ['dgefp-2024', '', '', '', '013-CEFP', 2025, euros(0), euros(40_000)],
    ];
    const { rapport } = verifier(grille, 3);
    expect(rapport.registre).toEqual({ plage: 'A3:H5', conventions: 1 });
    const bop = rapport.constats.find((c) => c.position?.champ === 'bop');
    expect(bop).toMatchObject({ regle: 'code-chorus-mal-forme', cellule: 'E5' });
  });

  it('une cellule illisible : le registre n’est pas lu, l’erreur est sur sa cellule et nomme la ligne de la feuille', () => {
    const grille = REGISTRE_CSV.map((l) => [...l]);
    grille[2]![9] = 'beaucoup';
    const { t, rapport } = verifier([['Registre des conventions 2024'], [], ...grille]);
    expect(rapport.registre).toEqual({ plage: 'A3:J7', conventions: 0 });
    expect(rapport.constats).toHaveLength(1);
    expect(rapport.constats[0]).toMatchObject({ regle: 'registre-illisible', gravite: 'erreur', cellule: 'J5' });
    expect(rapport.constats[0]!.message).toMatch(/^Ligne 5, champ « cp » : /);
    expect(t.active.fond(5, 10)).toBe(FOND_ERREUR);
  });

  it('une feuille sans en-tête de registre : rien de lu ni de marqué, et le menu dit quoi faire', () => {
    const { t, module, rapport, avant, apres } = verifier([['Année', 'AE', 'CP'], [2024, 1, 2]]);
    expect(rapport).toMatchObject({ registre: null, tableaux: [], constats: [], cellulesMarquees: 0 });
    expect(apres).toEqual(avant);
    module.menuVerifierRegistre();
    expect(t.toasts.at(-1)!.message).toMatch(/^Cette feuille n’a pas la disposition d’un registre \(colonnes id, annee, ae, cp attendues\)/);
  });

  it('le menu dit combien de conventions ont été lues', () => {
    const { t, module } = verifier(REGISTRE_CSV);
    module.menuVerifierRegistre();
    expect(t.toasts.at(-1)!.message).toMatch(/^2\u00a0conventions lues — \d\u00a0erreurs?, /);
  });

  it('vérifie un registre de 5 000 lignes en 10 appels au tableur, les mêmes qu’à 10 et 1 000 lignes', () => {
    const mesures = [10, 1_000, 5_000].map((n) => mesurerValidation(n, 1, 'registre'));
    for (const m of mesures) {
      expect(m.appelsTableur.length).toBeLessThanOrEqual(10);
      expect(m.appelsTableur).toEqual(mesures[0]!.appelsTableur);
      expect(m.cellulesMarquees).toBeGreaterThan(0);
    }
    expect(new Set(mesures.map((m) => m.constats)).size).toBe(1);
  });
});

describe('Créer une feuille registre', () => {
  it('ajoute une feuille « Registre Jauge » avec la ligne d’en-tête du registre et une note par colonne, sans toucher aux autres', () => {
    const t = nouveauTableur('Budget');
    t.active.remplir(REGISTRE_CSV);
    const avant = t.active.instantane();
    const { module } = charger(t, { aujourdhui: '2025-06-15' });
    module.menuCreerFeuilleRegistre();
    const nouvelle = t.feuilles.find((f) => f.nom === 'Registre Jauge')!;
    expect(nouvelle).toBeDefined();
    expect(t.active).toBe(nouvelle);
    expect(COLONNES.map((_, j) => nouvelle.valeur(1, j + 1))).toEqual([...COLONNES]);
    expect(nouvelle.etendue()).toEqual({ lignes: 1, colonnes: COLONNES.length });
    expect(nouvelle.note(1, 1)).toMatch(/^Obligatoire\. Identifiant de la convention/);
    expect(COLONNES.every((_, j) => nouvelle.note(1, j + 1).length > 10)).toBe(true);
    expect(nouvelle.lignesFigees).toBe(1);
    expect(t.toasts.at(-1)!.message).toMatch(/^Feuille « Registre Jauge » créée/);
    expect(t.feuilles[0]!.instantane()).toEqual(avant);

    // Never over an existing sheet: the next one is « Registre Jauge 2 ».
    module.menuCreerFeuilleRegistre();
    expect(t.feuilles.map((f) => f.nom)).toEqual(['Budget', 'Registre Jauge', 'Registre Jauge 2']);

    // The new sheet is a registry with no convention yet: « Vérifier le registre » says so.
    const rapport = module.verifierRegistre();
    // As wide as the registry's columns (41 before `modifications_manuelles`, issue 18).
    expect(rapport.registre).toEqual({ plage: `A1:${lettresColonne(COLONNES.length)}1`, conventions: 0 });
    expect(rapport.constats.map((c) => c.message)).toEqual(['Le registre CSV n\u2019a aucune ligne de convention sous l\u2019en-tête.'.replace(/\u2019/g, "'")]);
  });
});
