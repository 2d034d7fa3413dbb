// « Vérifier l'échéancier » on fixture sheets, through the built bundle: findings, marks, report.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rapport } from '../../../sheets-addon/src/sheets/contrat';
import { assurerConstruction, charger, nouveauTableur } from '../util/charger';
import { CP_EN_AVANCE, ERREURS_DE_FORMULE, euros, LETTRES_DISCORDANTES, LIGNE_7_AVEC_NOTES, PROPRE, REGISTRE, TOTAL_FAUX } from '../util/fixtures';
import type { CelluleInit } from '../util/tableur';

beforeAll(async () => {
  await assurerConstruction();
});

/** Light DSFR-like backgrounds the add-on uses for each gravité. */
const FOND = { erreur: '#ffdddd', avertissement: '#feecc2', information: '#e3ebff' };

function verifierFeuille(grille: CelluleInit[][]) {
  const t = nouveauTableur();
  t.active.remplir(grille);
  const { module } = charger(t, { aujourdhui: '2025-06-15' });
  const avant = t.active.instantane();
  const rapport = module.verifierEcheancier();
  return { t, module, rapport, avant, apres: t.active.instantane() };
}

const resume = (r: Rapport) => r.constats.map((c) => `${c.cellule} ${c.gravite} ${c.regle}`);

describe('Vérifier l’échéancier', () => {
  it('tableau propre : aucun constat, aucune marque, aucune propriété écrite', () => {
    const { t, rapport, avant, apres } = verifierFeuille(PROPRE);
    expect(rapport).toMatchObject({
      feuille: 'Feuille 1',
      plageLue: 'A1:C8',
      source: 'feuille',
      tableaux: [{ plage: 'A5:C8', disposition: 'echeancier', constats: [] }],
      comptes: { erreur: 0, avertissement: 0, information: 0 },
      constats: [],
      cellulesMarquees: 0,
      cellulesNonMarquees: 0,
    });
    expect(apres).toEqual(avant);
    expect(t.proprietes.size).toBe(0);
  });

  it('CP en avance sur les AE : erreur en C5, cellule colorée en rouge clair et annotée', () => {
    const { t, rapport, avant, apres } = verifierFeuille(CP_EN_AVANCE);
    expect(resume(rapport)).toEqual(['C5 erreur cp-cumules-superieurs-ae']);
    expect(rapport.constats[0]!.message).toMatch(/^CP cumulés fin 2024 \(120\u202f?\u00a0?000\s€\) supérieurs aux AE cumulées/);
    expect(rapport.tableaux).toEqual([{ plage: 'A4:C6', disposition: 'echeancier', constats: rapport.constats }]);
    expect(rapport.comptes).toEqual({ erreur: 1, avertissement: 0, information: 0 });
    expect(rapport.cellulesMarquees).toBe(1);
    expect(apres.valeurs).toBe(avant.valeurs);
    expect(t.active.fond(5, 3)).toBe(FOND.erreur);
    expect(t.active.note(5, 3)).toBe(`Jauge — Erreur : ${rapport.constats[0]!.message}\n(règle cp-cumules-superieurs-ae)`);
    expect(apres.fonds).toEqual([['5:3', FOND.erreur]]);
  });

  it('montant en chiffres suivi de lettres discordantes : la cellule B4 est signalée en erreur et marquée', () => {
    const { t, rapport } = verifierFeuille(LETTRES_DISCORDANTES);
    // The figures are read, the words are checked against them: one error at B4, plus the
    // information that 2,5 M€ of AE in a year calls for the CBCM's visa.
    const surB4 = rapport.constats.filter((c) => c.cellule === 'B4' && c.gravite === 'erreur');
    expect(surB4).toHaveLength(1);
    expect(surB4[0]!.regle).toBe('lettres-chiffres-discordants');
    expect(rapport.constats.filter((c) => c.cellule === 'B4').map((c) => c.regle).sort()).toEqual(['lettres-chiffres-discordants', 'visa-cbcm-probable']);
    expect(surB4[0]!.message).toContain('deux millions cinq cents euros');
    expect(t.active.fond(4, 2)).toBe(FOND.erreur);
  });

  it('ligne Total fausse : erreur en C7 qui donne la somme attendue', () => {
    const { t, rapport } = verifierFeuille(TOTAL_FAUX);
    const total = rapport.constats.find((c) => c.regle === 'total-faux');
    expect(total).toMatchObject({ cellule: 'C7', gravite: 'erreur' });
    expect(total!.message).toMatch(/390\u202f?\u00a0?000\s€.*400\u202f?\u00a0?000\s€/);
    expect(t.active.fond(7, 3)).toBe(FOND.erreur);
    expect(t.active.note(7, 3)).toContain('(règle total-faux)');
  });

  it('tableau en ligne 7 entouré de notes : positions exactes dans la feuille, notes libres ignorées', () => {
    const { t, rapport, avant, apres } = verifierFeuille(LIGNE_7_AVEC_NOTES);
    expect(rapport.plageLue).toBe('A1:F11');
    expect(rapport.tableaux.map((x) => x.plage)).toEqual(['B7:D9']);
    expect(resume(rapport)).toEqual(['D9 erreur cp-cumules-superieurs-ae', 'D9 avertissement totaux-ae-cp-differents']);
    // The most serious finding gives the colour; the note carries both, the error first.
    expect(t.active.fond(9, 4)).toBe(FOND.erreur);
    expect(t.active.note(9, 4)).toMatch(/^Jauge — Erreur : [\s\S]+\n\nJauge — Avertissement : /);
    expect(apres.valeurs).toBe(avant.valeurs);
    expect(apres.fonds).toEqual([['9:4', FOND.erreur]]);
  });

  it('disposition registre : un contexte par convention, constats rattachés à leur convention', () => {
    const { t, rapport } = verifierFeuille(REGISTRE);
    expect(rapport.tableaux).toHaveLength(1);
    expect(rapport.tableaux[0]).toMatchObject({ plage: 'A1:G5', disposition: 'registre' });
    const fautifs = rapport.constats.filter((c) => c.gravite === 'erreur');
    expect(fautifs.length).toBeGreaterThan(0);
    expect(fautifs.every((c) => c.conventionId === 'dne-2023' && c.cellule === 'G5')).toBe(true);
    expect(rapport.constats.filter((c) => c.conventionId === 'dgefp-2024').every((c) => c.gravite !== 'erreur')).toBe(true);
    expect(t.active.fond(5, 7)).toBe(FOND.erreur);
  });

  it('cellules #REF! et #DIV/0! : une erreur en français sur chacune, sans toucher aux formules', () => {
    const { t, rapport, avant, apres } = verifierFeuille(ERREURS_DE_FORMULE);
    expect(resume(rapport)).toEqual(['B5 erreur montant-illisible', 'C6 erreur montant-illisible']);
    expect(rapport.constats[0]!.message).toContain('la formule désigne une cellule qui n\u2019existe plus');
    expect(rapport.constats[1]!.message).toContain('divise par zéro');
    expect(apres.valeurs).toBe(avant.valeurs);
    expect(t.active.formules.get('5:2')).toBe('=Feuil2!B4');
    expect(apres.fonds.map(([k]) => k)).toEqual(['5:2', '6:3']);
  });

  it('feuille sans échéancier : rapport vide, rien d’écrit', () => {
    const { t, rapport, avant, apres } = verifierFeuille([['Liste des courses'], ['pain', 2], ['lait', 1]]);
    expect(rapport.tableaux).toEqual([]);
    expect(rapport.constats).toEqual([]);
    expect(apres).toEqual(avant);
    expect(t.journal).not.toContain('Range.setBackgrounds');
  });

  it('« Vérifier la sélection » ne lit que la sélection, positions comprises ; « Vérifier l’échéancier » lit la feuille', () => {
    const t = nouveauTableur();
    t.active.remplir(PROPRE); // A1:C8, clean
    t.active.remplir(CP_EN_AVANCE, 1, 6); // F1:H6, CP ahead in H5
    const { module } = charger(t, { aujourdhui: '2025-06-15' });

    t.selectionner('F1:H6');
    const surSelection = module.verifierSelection();
    expect(surSelection).toMatchObject({ source: 'selection', plageLue: 'F1:H6' });
    expect(resume(surSelection)).toEqual(['H5 erreur cp-cumules-superieurs-ae']);
    expect(surSelection.tableaux.map((x) => x.plage)).toEqual(['F4:H6']);
    expect(t.active.fond(5, 8)).toBe(FOND.erreur);

    t.selectionner('A1:C8');
    // The mark on H5, outside this selection, is put back too (its own box).
    expect(module.verifierSelection()).toMatchObject({ source: 'selection', plageLue: 'A1:C8', constats: [] });
    expect(t.active.instantane().fonds).toEqual([]);

    // A multi-cell selection no longer narrows « Vérifier l'échéancier »: the whole sheet is read.
    const surFeuille = module.verifierEcheancier();
    expect(surFeuille).toMatchObject({ source: 'feuille', plageLue: 'A1:H8' });
    expect(surFeuille.tableaux.map((x) => x.plage)).toEqual(['F4:H6', 'A5:C8']); // in sheet order

    t.selectionner('B2'); // one cell: nothing to read as a table
    expect(module.verifierSelection()).toMatchObject({ source: 'selection', plageLue: 'B2', tableaux: [] });
  });

  it('lit une année tapée comme nombre par sa valeur, affichée « 2 023 » ou « 2 023,00 € » (colonne au format nombre ou monétaire)', () => {
    const { rapport } = verifierFeuille([
      ['Date de signature', '15/02/2023'],
      ['Date de fin', '31/12/2024'],
      ['Année', 'AE', 'CP'],
      [{ v: 2023, d: '2 023' }, euros(90_000), euros(60_000)],
      [{ v: 2024, d: '2 024,00 €' }, euros(10_000), euros(40_000)],
    ]);
    expect(rapport.constats.filter((c) => c.regle === 'annee-illisible')).toEqual([]);
    expect(rapport.tableaux[0]!.plage).toBe('A3:C5');
  });

  it('ne change jamais une valeur : la feuille simulée n’a pas de setValue(s) et l’appel échouerait', () => {
    const { t } = verifierFeuille(CP_EN_AVANCE);
    expect(t.journal.filter((a) => /^Range\.set/.test(a)).sort()).toEqual(['Range.setBackgrounds', 'Range.setNotes']);
  });
});

describe('Sélectionner une cellule', () => {
  it('active la cellule demandée sur la feuille vérifiée, même si une autre feuille est active', () => {
    const t = nouveauTableur('Échéancier');
    t.active.remplir(CP_EN_AVANCE);
    const autre = t.ajouterFeuille('Notes');
    const { module } = charger(t, { aujourdhui: '2025-06-15' });
    const rapport = module.verifierEcheancier();
    t.selectionner('A1', autre);
    module.selectionnerCellule(rapport.constats[0]!.cellule, rapport.feuille);
    expect(t.active.nom).toBe('Échéancier');
    expect(t.active.selection).toEqual({ ligne: 5, colonne: 3, lignes: 1, colonnes: 1 });
  });

  it('refuse une cellule mal écrite ou une feuille disparue, en français', () => {
    const t = nouveauTableur();
    const { module } = charger(t);
    expect(() => module.selectionnerCellule('=A1')).toThrow(/^La cellule n’a pas pu être sélectionnée : Cellule invalide : « =A1 »/);
    expect(() => module.selectionnerCellule('B2', 'Disparue')).toThrow(/La feuille « Disparue » n’existe plus/);
  });
});
