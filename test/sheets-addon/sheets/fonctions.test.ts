// Custom functions as Sheets calls them: the global declarations of Fonctions.js, delegating to the
// bundle of Code.js, with arguments as Sheets passes them (scalars, 2-D ranges, Dates, '').
import { beforeAll, describe, expect, it } from 'vitest';
import { assurerConstruction, charger, nouveauTableur } from '../util/charger';
import { messageDErreur } from '../util/erreur';

beforeAll(async () => {
  await assurerConstruction();
});

function charge() {
  const t = nouveauTableur();
  const c = charger(t, { aujourdhui: '2025-06-15' });
  return { t, ...c };
}

describe('MONTANT_EN_LETTRES', () => {
  const { module: m } = charge();

  it('écrit un nombre ou un texte en lettres, en euros', () => {
    expect(m.MONTANT_EN_LETTRES(2_500_000)).toBe('deux millions cinq cent mille euros');
    expect(m.MONTANT_EN_LETTRES('1 900 000,50 €')).toBe('un million neuf cent mille euros et cinquante centimes');
    expect(m.MONTANT_EN_LETTRES(80)).toBe('quatre-vingts euros');
  });

  it('suit l’orthographe de 1990 sur demande (VRAI), traditionnelle sinon', () => {
    expect(m.MONTANT_EN_LETTRES(321, true)).toBe('trois-cent-vingt-et-un euros');
    expect(m.MONTANT_EN_LETTRES(321, false)).toBe('trois cent vingt et un euros');
    expect(m.MONTANT_EN_LETTRES(321, '')).toBe('trois cent vingt et un euros');
  });

  it('traite une plage cellule par cellule, une cellule vide donnant une chaîne vide', () => {
    expect(m.MONTANT_EN_LETTRES([[100, ''], ['2 000 €', 1.5]])).toEqual([
      ['cent euros', ''],
      ['deux mille euros', 'un euro et cinquante centimes'],
    ]);
  });

  it('refuse les mauvais arguments avec un message en français, sans pile d’appels', () => {
    const erreur = messageDErreur;
    const messages = [
      erreur(() => m.MONTANT_EN_LETTRES('abc')),
      erreur(() => m.MONTANT_EN_LETTRES(100, 'oui')),
      erreur(() => m.MONTANT_EN_LETTRES(true)),
      erreur(() => m.MONTANT_EN_LETTRES([[100], ['beaucoup']])),
      erreur(() => m.MONTANT_EN_LETTRES(1e18)),
    ];
    expect(messages[0]).toMatch(/^MONTANT_EN_LETTRES : montant : Montant illisible : «\u00a0abc\u00a0» ne contient pas de chiffres\. Écrivez par exemple/);
    expect(messages[1]).toBe('MONTANT_EN_LETTRES : orthographe_1990 doit valoir VRAI ou FAUX, pas «\u00a0oui\u00a0».');
    expect(messages[2]).toMatch(/^MONTANT_EN_LETTRES : montant : montant attendu .*pas VRAI\.$/);
    expect(messages[3]).toMatch(/^MONTANT_EN_LETTRES : Ligne 2, colonne 1 de la plage : montant : /);
    expect(messages[4]).toMatch(/^MONTANT_EN_LETTRES : montant : Montant trop grand : /);
    for (const message of messages) expect(message).not.toMatch(/\n\s+at |Code\.js|\.ts:\d/);
  });
});

describe('MONTANT_EN_CHIFFRES', () => {
  const { module: m } = charge();

  it('lit un montant en lettres et le rend en euros', () => {
    expect(m.MONTANT_EN_CHIFFRES('deux millions cinq cent mille euros')).toBe(2_500_000);
    expect(m.MONTANT_EN_CHIFFRES('un million neuf cent mille euros et cinquante centimes')).toBe(1_900_000.5);
    expect(m.MONTANT_EN_CHIFFRES([['cent euros'], [''], ['quatre-vingts euros']])).toEqual([[100], [''], [80]]);
  });

  it('refuse un nombre ou un texte illisible, en français', () => {
    expect(() => m.MONTANT_EN_CHIFFRES(2500)).toThrow(/^MONTANT_EN_CHIFFRES : texte attendu, écrit en lettres/);
    expect(() => m.MONTANT_EN_CHIFFRES('deux patates')).toThrow(/^MONTANT_EN_CHIFFRES : Montant en lettres illisible : «\u00a0deux patates\u00a0»/);
  });
});

describe('ECHEANCIER_CONSTATS', () => {
  const tableau = [
    ['Année', 'AE', 'CP'],
    [2024, 100_000, 120_000],
    [2025, 50_000, 30_000],
  ];

  it('rend une ligne par constat avec les vraies cellules, lues dans la formule appelante', () => {
    const { t, module: m, royaume } = charge();
    t.active.remplir([[{ formule: '=ECHEANCIER_CONSTATS(B3:D5; DATE(2024;3;28); "31/12/2025")' }]], 1, 8);
    t.cellulesFormule = { feuille: t.active, ligne: 1, colonne: 8 };
    const lignes = m.ECHEANCIER_CONSTATS(tableau, new royaume.Date(2024, 2, 28), '31/12/2025') as string[][];
    // B3:D5 holds Année | AE | CP: the 2024 CP are in D4.
    expect(lignes).toEqual([['D4', 'Erreur', 'cp-cumules-superieurs-ae', expect.stringMatching(/^CP cumulés fin 2024/)]]);
  });

  it('sans formule lisible, donne les cellules relativement à la plage', () => {
    const { module: m } = charge();
    const lignes = m.ECHEANCIER_CONSTATS(tableau, '28/03/2024', '31/12/2025') as string[][];
    expect(lignes.map((l) => l.slice(0, 3))).toEqual([['C2 (relative à la plage)', 'Erreur', 'cp-cumules-superieurs-ae']]);
  });

  it('sans date ni plafond, signale ce qui manque ; avec, « Aucun constat » pour un échéancier juste', () => {
    const { module: m } = charge();
    const juste = [
      ['Année', 'AE', 'CP'],
      [2024, 300_000, 200_000],
      [2025, 0, 100_000],
    ];
    const manques = (m.ECHEANCIER_CONSTATS(juste) as string[][]).map((l) => l[2]);
    expect(manques).toEqual(expect.arrayContaining(['date-signature-absente', 'date-fin-absente']));
    expect(m.ECHEANCIER_CONSTATS(juste, '28/03/2024', '31/12/2025', 300_000)).toBe('Aucun constat');
  });

  it('compare l’échéancier au plafond donné en argument', () => {
    const { module: m } = charge();
    const lignes = m.ECHEANCIER_CONSTATS(tableau, '28/03/2024', '31/12/2025', '120 000 €') as string[][];
    expect(lignes.some((l) => l[2] === 'plafond-depasse' && l[1] === 'Erreur')).toBe(true);
  });

  it('refuse les mauvais arguments avec un message en français', () => {
    const { module: m } = charge();
    expect(() => m.ECHEANCIER_CONSTATS(42)).toThrow(/^ECHEANCIER_CONSTATS : plage attendue : sélectionnez le tableau entier/);
    expect(() => m.ECHEANCIER_CONSTATS([['a', 'b'], [1, 2]])).toThrow(/^ECHEANCIER_CONSTATS : aucun échéancier dans la plage/);
    expect(() => m.ECHEANCIER_CONSTATS(tableau, '31/02/2024')).toThrow(/^ECHEANCIER_CONSTATS : date_signature : Date impossible/);
    expect(() => m.ECHEANCIER_CONSTATS(tableau, '', 12)).toThrow(/^ECHEANCIER_CONSTATS : date_fin : date attendue/);
    expect(() => m.ECHEANCIER_CONSTATS(tableau, '', '', 'beaucoup')).toThrow(/^ECHEANCIER_CONSTATS : plafond : Montant illisible/);
  });
});
