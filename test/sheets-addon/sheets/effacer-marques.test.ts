// Marks come off exactly: earlier backgrounds and notes put back, values never touched, a second
// validation replacing the first's marks, marks remembered in chunked document properties.
import { beforeAll, describe, expect, it } from 'vitest';
import { assurerConstruction, charger, nouveauTableur } from '../util/charger';
import { CP_EN_AVANCE, euros } from '../util/fixtures';
import type { CelluleInit } from '../util/tableur';

beforeAll(async () => {
  await assurerConstruction();
});

const ROUGE = '#ffdddd';

/** CP_EN_AVANCE dressed by its author: a yellow header, a green B5 with a note, a note on C5 (faulty). */
const HABILLE: CelluleInit[][] = [
  ['Date de signature', '28/03/2024'],
  ['Date de fin', '31/12/2025'],
  [],
  [{ v: 'Année', fond: '#FFF2CC' }, { v: 'AE', fond: '#FFF2CC' }, { v: 'CP', fond: '#FFF2CC' }],
  [2024, { ...(euros(100_000) as object), fond: '#D9EAD3', note: 'Chiffre Chorus du 3 avril' }, { ...(euros(120_000) as object), fond: '#CFE2F3', note: 'À revoir avec le CBCM' }],
  [2025, euros(50_000), euros(30_000)],
];

function preparer(grille: CelluleInit[][] = HABILLE) {
  const t = nouveauTableur();
  t.active.remplir(grille);
  const { module } = charger(t, { aujourdhui: '2025-06-15' });
  return { t, module, avant: t.active.instantane() };
}

describe('Effacer les marques', () => {
  it('remet les fonds et notes d’avant, et laisse les valeurs identiques après vérifier + effacer', () => {
    const { t, module, avant } = preparer();
    const rapport = module.verifierEcheancier();
    expect(rapport.constats.map((c) => c.cellule)).toEqual(['C5']);
    // Marked: red, Jauge's note first, then the author's note, kept.
    expect(t.active.fond(5, 3)).toBe(ROUGE);
    expect(t.active.note(5, 3)).toMatch(/^Jauge — Erreur : CP cumulés[\s\S]+\n\nNote d’origine :\nÀ revoir avec le CBCM$/);
    // Unmarked cells of the same rows keep their colour and note.
    expect(t.active.fond(5, 2)).toBe('#d9ead3');
    expect(t.active.note(5, 2)).toBe('Chiffre Chorus du 3 avril');
    expect(t.active.instantane().valeurs).toBe(avant.valeurs);

    expect(module.effacerMarques()).toEqual({ cellulesRestaurees: 1 });
    expect(t.active.instantane()).toEqual(avant);
    expect(t.proprietes.size).toBe(0);
  });

  it('une deuxième vérification efface d’abord les marques de la première', () => {
    const { t, module, avant } = preparer();
    module.verifierEcheancier();
    // The author fixes C5 (90 000 €) but breaks 2025's CP (100 000 €): C6 becomes the faulty cell.
    t.active.remplir([[euros(90_000)]], 5, 3);
    t.active.remplir([[euros(100_000)]], 6, 3);
    const corrige = t.active.instantane();
    const rapport = module.verifierEcheancier();
    expect(new Set(rapport.constats.map((c) => c.cellule))).toEqual(new Set(['C6']));
    expect(t.active.fond(5, 3)).toBe('#cfe2f3');
    expect(t.active.note(5, 3)).toBe('À revoir avec le CBCM');
    expect(t.active.fond(6, 3)).toBe(ROUGE);
    module.effacerMarques();
    // The author's new values, under the author's own colours and notes.
    expect(t.active.instantane()).toEqual({ valeurs: corrige.valeurs, fonds: avant.fonds, notes: avant.notes });
  });

  it('vérifier deux fois de suite garde en mémoire l’état d’origine, pas la marque', () => {
    const { t, module, avant } = preparer();
    module.verifierEcheancier();
    const marque = t.active.instantane();
    module.verifierEcheancier();
    expect(t.active.instantane()).toEqual(marque);
    module.effacerMarques();
    expect(t.active.instantane()).toEqual(avant);
  });

  it('laisse un fond ou une note que la personne a changés depuis la vérification', () => {
    const { t, module } = preparer();
    module.verifierEcheancier();
    t.active.fonds.set('5:3', '#ff00ff');
    module.effacerMarques();
    expect(t.active.fond(5, 3)).toBe('#ff00ff');
    expect(t.active.note(5, 3)).toBe('À revoir avec le CBCM');
  });

  it('efface les marques laissées sur une autre feuille avant de marquer la feuille active', () => {
    const t = nouveauTableur('Budget 2024');
    t.active.remplir(HABILLE);
    const premiere = t.active;
    const avantPremiere = premiere.instantane();
    const seconde = t.ajouterFeuille('Budget 2025');
    seconde.remplir(CP_EN_AVANCE);
    const avantSeconde = seconde.instantane();
    const { module } = charger(t, { aujourdhui: '2025-06-15' });

    module.verifierEcheancier();
    expect(premiere.fond(5, 3)).toBe(ROUGE);
    t.selectionner('A1', seconde);
    expect(module.verifierEcheancier().feuille).toBe('Budget 2025');
    expect(premiere.instantane()).toEqual(avantPremiere);
    expect(seconde.fond(5, 3)).toBe(ROUGE);

    t.selectionner('A1', premiere); // clearing works from any sheet
    expect(module.effacerMarques()).toEqual({ cellulesRestaurees: 1 });
    expect(seconde.instantane()).toEqual(avantSeconde);
  });

  it('reconnaît une marque déplacée par une ligne insérée et retrouve la note d’origine', () => {
    const { t, module, avant } = preparer();
    module.verifierEcheancier();
    t.active.insererLigne(1); // everything moves one row down: the mark is now on C6
    const rapport = module.verifierEcheancier();
    expect(new Set(rapport.constats.map((c) => c.cellule))).toEqual(new Set(['C6']));
    module.effacerMarques();
    expect(t.active.note(6, 3)).toBe('À revoir avec le CBCM');
    expect(t.active.fond(6, 3)).toBe('#ffffff'); // the earlier colour under a moved mark is not known
    expect(t.active.instantane().valeurs).not.toBe(avant.valeurs); // (a row was inserted)
  });

  it('garde sa mémoire en morceaux de moins de 9 Ko dans les propriétés du document, et restaure tout', () => {
    // 1 500 faulty rows, each faulty cell carrying a 300-character note: more than the 400 000 characters
    // of memory Jauge allows itself, so some cells must stay unmarked. Years run past 2199, the model's
    // last year: those rows are marked on their year cell (unreadable year), the others on CP (CP > AE).
    const note = (i: number) => `Note ${i} `.padEnd(300, 'é');
    const grille: CelluleInit[][] = [['Date de signature', '28/03/2024'], ['Date de fin', '31/12/2040'], [], ['Année', 'AE', 'CP']];
    for (let i = 0; i < 1500; i++) grille.push([{ v: 2024 + i, d: String(2024 + i), note: note(i) }, euros(100), { ...(euros(200) as object), note: note(i) }]);
    const { t, module, avant } = preparer(grille);
    const rapport = module.verifierEcheancier();
    const cellules = new Set(rapport.constats.map((c) => c.cellule).filter(Boolean));
    expect(cellules.size).toBeGreaterThanOrEqual(1500);
    expect(rapport.cellulesMarquees + rapport.cellulesNonMarquees).toBe(cellules.size);
    expect(rapport.cellulesMarquees).toBeGreaterThan(100);
    const cles = [...t.proprietes.keys()].filter((k) => k.startsWith('jauge.marques'));
    expect(cles.length).toBeGreaterThan(3);
    for (const [, v] of t.proprietes) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(9 * 1024);
    // Beyond the budget, cells stay unmarked rather than unrestorable.
    expect(rapport.cellulesNonMarquees).toBeGreaterThan(0);
    module.effacerMarques();
    expect(t.active.instantane()).toEqual(avant);
    expect(t.proprietes.size).toBe(0);
  });

  it('ne touche pas aux autres propriétés du document', () => {
    const { t, module, avant } = preparer();
    t.proprietes.set('autre.reglage', 'garde-moi');
    module.verifierEcheancier();
    module.effacerMarques();
    expect(Object.fromEntries(t.proprietes)).toEqual({ 'autre.reglage': 'garde-moi' });
    expect(t.active.instantane()).toEqual(avant);
  });

  it('sur une feuille protégée, échoue en français sans rien laisser qu’un effacement abîmerait', () => {
    const { t, module, avant } = preparer();
    t.active.protegee = true;
    expect(() => module.verifierEcheancier()).toThrow(/^La vérification a échoué : Vous essayez de modifier une cellule ou un objet protégés/);
    expect(t.active.instantane()).toEqual(avant);
    t.active.protegee = false;
    expect(module.effacerMarques()).toEqual({ cellulesRestaurees: 0 });
    expect(t.active.instantane()).toEqual(avant);
    expect(t.proprietes.size).toBe(0);
  });

  it('sans marque à effacer, ne change rien', () => {
    const { t, module, avant } = preparer();
    expect(module.effacerMarques()).toEqual({ cellulesRestaurees: 0 });
    expect(t.active.instantane()).toEqual(avant);
    expect(t.journal.filter((a) => a.startsWith('Range.set'))).toEqual([]);
  });
});
