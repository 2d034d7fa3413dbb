import { describe, expect, it } from 'vitest';
import { lireTableaux, type Cellule } from '../../../shared/lecture/tableau';
import type { LigneLue } from '../../../shared/modele/lu';

/** A compact view of the rows: [year, ae, cp] values and their cells. */
function vue(lignes: LigneLue[]) {
  return lignes.map((l) => [l.annee.valeur, l.ae.valeur, l.cp.valeur]);
}

describe('lireTableaux — échéancier simple', () => {
  const grille: Cellule[][] = [
    ['Année', 'AE', 'CP'],
    [2024, 2500000, 1900000],
    ['2025', '', '600 000 €'],
  ];

  it('lit les lignes, les montants en centimes et la plage', () => {
    const [t, ...autres] = lireTableaux(grille);
    expect(autres).toEqual([]);
    expect(t!.plage).toBe('A1:C3');
    expect(t!.disposition).toBe('echeancier');
    const [c] = t!.contextes;
    expect(vue(c!.echeancier)).toEqual([
      [2024, 250000000, 190000000],
      [2025, null, 60000000],
    ]);
    expect(c!.convention.echeancier).toEqual([
      { annee: 2024, ae: 250000000, cp: 190000000 },
      { annee: 2025, ae: null, cp: 60000000 },
    ]);
    expect(c!.convention.id).toBe('tableau-A1:C3');
    expect(c!.convention.type).toBe('delegation-de-gestion');
    expect(c!.convention.delegant).toEqual({});
  });

  it('donne la position exacte de chaque cellule, décalée par l’origine', () => {
    const [t] = lireTableaux(grille, { origine: { ligne: 3, colonne: 2 } });
    expect(t!.plage).toBe('B3:D5');
    const ligne = t!.contextes[0]!.echeancier[1]!;
    expect(ligne.annee.position).toEqual({ cellule: 'B5', ligne: 5, colonne: 2 });
    expect(ligne.ae.position).toEqual({ cellule: 'C5', ligne: 5, colonne: 3 });
    expect(ligne.cp.position).toEqual({ cellule: 'D5', ligne: 5, colonne: 4 });
    expect(ligne.position).toEqual({ cellule: 'B5', ligne: 5, colonne: 2 });
    expect(t!.contextes[0]!.localiser('echeancier.1.cp')).toEqual({ cellule: 'D5', ligne: 5, colonne: 4 });
    expect(t!.contextes[0]!.localiser('echeancier')).toEqual({ cellule: 'B3', ligne: 3, colonne: 2 });
  });

  it('garde le texte affiché comme brut et lit la valeur de la cellule', () => {
    const [t] = lireTableaux(grille, {
      affichees: [
        ['Année', 'AE', 'CP'],
        ['2024', '2 500 000,00 €', '1 900 000,00 €'],
        ['2025', '', '600 000 €'],
      ],
    });
    const ae = t!.contextes[0]!.echeancier[0]!.ae;
    expect(ae.brut).toBe('2 500 000,00 €');
    expect(ae.valeur).toBe(250000000);
    // Without displayed texts, a number's brut is its French writing.
    const [sans] = lireTableaux([['Année', 'AE', 'CP'], [2024, 1500.5, 0]]);
    expect(sans!.contextes[0]!.echeancier[0]!.ae.brut).toBe('1500,5');
    expect(sans!.contextes[0]!.echeancier[0]!.ae.valeur).toBe(150050);
  });
});

describe('lireTableaux — en-têtes', () => {
  it.each([
    [['Exercice', 'Autorisations d’engagement', 'Crédits de paiement']],
    [['ANNÉE', 'ae (en €)', 'CP en euros']],
    [['annee', 'Montant AE', 'Montant CP']],
    [['CP', 'Année', 'AE']],
    [['Année :', 'AE *', 'C.P.']],
  ])('reconnaît %j', (entete) => {
    const annee = entete.findIndex((e) => /ann|exer/i.test(e));
    const ligne: Cellule[] = entete.map((_e, i) => (i === annee ? 2024 : 100));
    const tableaux = lireTableaux([entete, ligne]);
    expect(tableaux).toHaveLength(1);
    const l = tableaux[0]!.contextes[0]!.echeancier[0]!;
    expect([l.annee.valeur, l.ae.valeur, l.cp.valeur]).toEqual([2024, 10000, 10000]);
  });

  it('ignore un tableau sans colonnes AE et CP, et une grille vide', () => {
    expect(lireTableaux([['Année', 'Montant'], [2024, 100]])).toEqual([]);
    expect(lireTableaux([])).toEqual([]);
    expect(lireTableaux([[], [null, undefined]])).toEqual([]);
  });

  it("trouve l'en-tête n'importe où et prend la colonne des années sans en-tête à gauche", () => {
    const grille: Cellule[][] = [
      ['Échéancier prévisionnel', '', '', ''],
      ['', '', '', ''],
      ['', '', 'AE', 'CP'],
      ['', 2024, '100 000 €', '80 000 €'],
      ['', 2025, '', '20 000 €'],
    ];
    const [t] = lireTableaux(grille);
    expect(t!.plage).toBe('B3:D5');
    const c = t!.contextes[0]!;
    expect(vue(c.echeancier)).toEqual([
      [2024, 10000000, 8000000],
      [2025, null, 2000000],
    ]);
    expect(c.echeancier[0]!.annee.position).toEqual({ cellule: 'B4', ligne: 4, colonne: 2 });
  });

  it('signale chaque ligne quand aucune colonne ne donne les années', () => {
    const [t] = lireTableaux([['AE', 'CP'], ['100', '50']]);
    const annee = t!.contextes[0]!.echeancier[0]!.annee;
    expect(annee.valeur).toBeNull();
    expect(annee.probleme).toBe(
      "Année absente : le tableau n'a pas de colonne « Année ». Indiquez l'exercice de chaque ligne dans une colonne « Année » (ou « Exercice ») devant les montants.",
    );
    expect(t!.contextes[0]!.convention.echeancier).toEqual([]);
  });
});

describe('lireTableaux — plusieurs tableaux, fin de tableau, total', () => {
  const grille: Cellule[][] = [
    ['Année', 'AE', 'CP', '', 'Exercice', 'AE', 'CP'],
    [2024, 100, 50, '', 2030, 7, 7],
    [2025, 0, 50, '', 'Total', 7, 7],
    ['Total', 100, 100, '', '', '', ''],
    ['', '', '', '', '', '', ''],
    ['* montants en euros', '', '', '', '', '', ''],
    ['Année', 'AE', 'CP', '', '', '', ''],
    [2026, 1, 1, '', '', '', ''],
  ];
  const tableaux = lireTableaux(grille);

  it('trouve les tableaux côte à côte et les uns sous les autres, dans l’ordre', () => {
    expect(tableaux.map((t) => t.plage)).toEqual(['A1:C4', 'E1:G3', 'A7:C8']);
    expect(vue(tableaux[1]!.contextes[0]!.echeancier)).toEqual([[2030, 700, 700]]);
    expect(vue(tableaux[2]!.contextes[0]!.echeancier)).toEqual([[2026, 100, 100]]);
  });

  it('met la ligne Total dans contexte.total avec ses cellules', () => {
    const c = tableaux[0]!.contextes[0]!;
    expect(c.echeancier).toHaveLength(2);
    expect(c.total!.ae.valeur).toBe(10000);
    expect(c.total!.cp.valeur).toBe(10000);
    expect(c.total!.position).toEqual({ cellule: 'A4', ligne: 4, colonne: 1 });
    expect(c.total!.ae.position).toEqual({ cellule: 'B4', ligne: 4, colonne: 2 });
    expect(c.localiser('total.cp')).toEqual({ cellule: 'C4', ligne: 4, colonne: 3 });
    expect(tableaux[1]!.contextes[0]!.total!.position).toEqual({ cellule: 'E3', ligne: 3, colonne: 5 });
  });

  it('arrête un tableau sur un en-tête répété et sur une note sous le tableau', () => {
    const grille2: Cellule[][] = [
      ['Année', 'AE', 'CP'],
      [2024, 1, 1],
      ['Source : Chorus', '', ''],
      ['Année', 'AE', 'CP'],
      [2025, 2, 2],
    ];
    const t = lireTableaux(grille2);
    expect(t.map((x) => x.plage)).toEqual(['A1:C2', 'A4:C5']);
  });
});

describe('lireTableaux — cellules problématiques', () => {
  const grille: Cellule[][] = [
    ['Année', 'AE', 'CP'],
    [2024, '#REF!', '1.900'],
    ['', 100, 100],
    ['#N/A', '#DIV/0!', '#VALUE!'],
    ['24', '=SOMME(B2:B3)', true],
    [2027, new Date(2024, 0, 1), '12 000 €'],
  ];
  const lignes = lireTableaux(grille)[0]!.contextes[0]!.echeancier;

  it('reporte les erreurs de formule en français, avec la cellule', () => {
    expect(lignes[0]!.ae).toEqual({
      brut: '#REF!',
      valeur: null,
      position: { cellule: 'B2', ligne: 2, colonne: 2 },
      probleme:
        'Montant illisible : erreur de formule «\u00a0#REF!\u00a0» (la formule désigne une cellule qui n\u2019existe plus, ligne ou ' +
        'colonne supprimée). Corrigez la formule ou écrivez le montant à la main.',
    });
    expect(lignes[2]!.annee.probleme).toBe(
      'Année illisible : erreur de formule «\u00a0#N/A\u00a0» (la formule ne trouve pas la valeur cherchée, recherche sans ' +
        "résultat). Corrigez la formule ou écrivez l'année à la main.",
    );
    expect(lignes[2]!.ae.probleme).toBe(
      'Montant illisible : erreur de formule «\u00a0#DIV/0!\u00a0» (la formule divise par zéro ou par une cellule vide). ' +
        'Corrigez la formule ou écrivez le montant à la main.',
    );
    expect(lignes[2]!.cp.probleme).toMatch(/^Montant illisible : erreur de formule «\s#VALUE!\s» \(la formule calcule sur un texte au lieu d’un nombre\)/);
  });

  it('laisse lireMontant refuser le montant ambigu « 1.900 »', () => {
    expect(lignes[0]!.cp.valeur).toBeNull();
    expect(lignes[0]!.cp.probleme).toMatch(/ambigu/);
  });

  it('garde une année vide (cellule fusionnée) sans valeur, pour annee-illisible', () => {
    expect(lignes[1]!.annee).toEqual({ brut: '', valeur: null, position: { cellule: 'A3', ligne: 3, colonne: 1 } });
    expect(lignes[1]!.ae.valeur).toBe(10000);
  });

  it('refuse une année sur deux chiffres, une formule non calculée, un booléen et une date', () => {
    expect(lignes[3]!.annee.probleme).toBe('Année sur deux chiffres «\u00a024\u00a0» : écrivez-la sur quatre chiffres (« 2024 »).');
    expect(lignes[3]!.ae.probleme).toBe(
      'Montant illisible : formule non calculée «\u00a0=SOMME(B2:B3)\u00a0». Exportez les valeurs calculées plutôt que les ' +
        'formules, ou écrivez le montant à la main.',
    );
    expect(lignes[3]!.cp.probleme).toBe("Montant illisible : valeur logique «\u00a0VRAI\u00a0» au lieu d'un montant. Écrivez un montant en euros (« 2 500 000 € »).");
    expect(lignes[4]!.ae.probleme).toBe("Montant illisible : date «\u00a02024-01-01\u00a0» au lieu d'un montant. Écrivez un montant en euros (« 2 500 000 € »).");
    expect(lignes[4]!.cp.valeur).toBe(1200000);
  });

  it('refuse une année qui est une date ou un texte, en le disant', () => {
    const [t] = lireTableaux([['Année', 'AE', 'CP'], [new Date(2024, 0, 1), 1, 1], ['Prévision', 1, 1], [123456, 1, 1]]);
    const annees = t!.contextes[0]!.echeancier.map((l) => l.annee.probleme);
    expect(annees).toEqual([
      "Année illisible : date «\u00a02024-01-01\u00a0» au lieu d'une année. Écrivez l'année seule sur quatre chiffres (« 2024 »).",
      "Année illisible : «\u00a0Prévision\u00a0» n'est pas une année. Écrivez l'année sur quatre chiffres (« 2024 »).",
      "Année illisible : «\u00a0123456\u00a0» n'est pas une année. Écrivez l'année sur quatre chiffres (« 2024 »).",
    ]);
  });

  it("ne met dans l'échéancier de la convention que les lignes d'année lisible", () => {
    expect(lireTableaux(grille)[0]!.contextes[0]!.convention.echeancier).toEqual([
      { annee: 2024, ae: null, cp: null },
      { annee: 2027, ae: null, cp: 1200000 },
    ]);
  });

  it('signale les cellules absentes d’une ligne plus courte que l’en-tête (CSV irrégulier)', () => {
    const [t] = lireTableaux([['Année', 'AE', 'CP'], ['2024', '100']]);
    const l = t!.contextes[0]!.echeancier[0]!;
    expect(l.ae.valeur).toBe(10000);
    expect(l.cp).toMatchObject({ brut: '', valeur: null, position: { cellule: 'C2' } });
    expect(l.cp.probleme).toBe(
      "Montant absent : la ligne s'arrête avant cette colonne (elle est plus courte que l'en-tête). Complétez la ligne, ou laissez explicitement la cellule vide.",
    );
    const [u] = lireTableaux([['AE', 'CP', 'Année'], ['100', '100']]);
    expect(u!.contextes[0]!.echeancier[0]!.annee).toEqual({
      brut: '',
      valeur: null,
      position: { cellule: 'C2', ligne: 2, colonne: 3 },
      probleme:
        "Année absente : la ligne s'arrête avant cette colonne (elle est plus courte que l'en-tête). Complétez la ligne, ou laissez explicitement la cellule vide.",
    });
  });
});

describe('lireTableaux — clés–valeurs et exécution', () => {
  const grille: Cellule[][] = [
    ['Convention', 'dgefp-2024', '', '', ''],
    ['Date de signature', '', '28/03/2024', '', ''],
    ['Date de fin : 31 décembre 2025', '', '', '', ''],
    ['Plafond', '2 500 000 €', 'Plafond CP', '2 000 000 €', ''],
    ['Délégant', 'DGEFP', 'UO', '0103-CEFP-C004', ''],
    ['', '', '', '', ''],
    ['Année', 'AE', 'CP', 'AE engagées', 'CP payés'],
    [2024, 2500000, 1900000, 2000000, 1000000],
    [2025, '', 600000, '', ''],
    ['', '', '', '', ''],
    ['Programme', 103, '', '', ''],
  ];
  const c = lireTableaux(grille, { aujourdhui: '2025-01-10' })[0]!.contextes[0]!;

  it('remplit la convention depuis les cellules clé–valeur voisines', () => {
    expect(c.convention).toMatchObject({
      id: 'dgefp-2024',
      dateSignature: '2024-03-28',
      dateFin: '2025-12-31',
      plafond: { ae: 250000000, cp: 200000000 },
      delegant: { sigle: 'DGEFP' },
      uo: '0103-CEFP-C004',
      programme: '0103',
    });
    expect(c.aujourdhui).toBe('2025-01-10');
  });

  it('localise chaque champ lu dans sa cellule de valeur', () => {
    expect(c.localiser('dateSignature')).toEqual({ cellule: 'C2', ligne: 2, colonne: 3 });
    expect(c.localiser('dateFin')).toEqual({ cellule: 'A3', ligne: 3, colonne: 1 });
    expect(c.localiser('plafond.ae')).toEqual({ cellule: 'B4', ligne: 4, colonne: 2 });
    expect(c.localiser('plafond')).toEqual({ cellule: 'B4', ligne: 4, colonne: 2 });
    expect(c.localiser('plafond.cp')).toEqual({ cellule: 'D4', ligne: 4, colonne: 4 });
    expect(c.localiser('programme')).toEqual({ cellule: 'B11', ligne: 11, colonne: 2 });
    expect(c.localiser('inconnu')).toBeNull();
  });

  it("lit les colonnes d'exécution dans les lignes et dans contexte.execution", () => {
    expect(c.echeancier[0]!.aeEngagees).toMatchObject({ valeur: 200000000, position: { cellule: 'D8' } });
    expect(c.echeancier[0]!.cpPayes).toMatchObject({ valeur: 100000000, position: { cellule: 'E8' } });
    expect(c.execution).toEqual({
      conventionId: 'dgefp-2024',
      lignes: [
        { annee: 2024, aeEngagees: 200000000, cpPayes: 100000000 },
        { annee: 2025, aeEngagees: null, cpPayes: null },
      ],
    });
    expect(c.localiser('execution.0.cpPayes')).toEqual({ cellule: 'E8', ligne: 8, colonne: 5 });
  });

  it("lit une clé posée sur la ligne d'en-tête, séparée du tableau par une cellule vide", () => {
    const [t] = lireTableaux([
      ['Année', 'AE', 'CP', '', 'Date de fin', '31/12/2025'],
      [2024, 1, 1, '', '', ''],
    ]);
    expect(t!.plage).toBe('A1:C2');
    expect(t!.contextes[0]!.convention.dateFin).toBe('2025-12-31');
    expect(t!.contextes[0]!.localiser('dateFin')).toEqual({ cellule: 'F1', ligne: 1, colonne: 6 });
  });

  it('garde la cellule d’une date illisible pour que la règle la montre', () => {
    const [t] = lireTableaux([
      ['Date de fin', '31/13/2025'],
      ['Année', 'AE', 'CP'],
      [2024, 1, 1],
    ]);
    expect(t!.contextes[0]!.convention.dateFin).toBeUndefined();
    expect(t!.contextes[0]!.localiser('dateFin')).toEqual({ cellule: 'B1', ligne: 1, colonne: 2 });
  });

  it('donne chaque clé au tableau le plus proche', () => {
    const tableaux = lireTableaux([
      ['Date de fin', '31/12/2024', ''],
      ['Année', 'AE', 'CP'],
      [2024, 1, 1],
      ['', '', ''],
      ['Date de fin', '31/12/2026', ''],
      ['Année', 'AE', 'CP'],
      [2026, 1, 1],
    ]);
    expect(tableaux.map((t) => t.contextes[0]!.convention.dateFin)).toEqual(['2024-12-31', '2026-12-31']);
  });
});

describe('lireTableaux — ligne clé–valeur collée au tableau', () => {
  const A = (ligne: number, colonne: number) => ({ cellule: `${'ABCDEF'[colonne - 1]}${ligne}`, ligne, colonne });

  it('termine le tableau sur « Plafond » juste sous la dernière année et lit le plafond avec sa cellule', () => {
    const [t, ...autres] = lireTableaux([
      ['Date de signature', '28/03/2024'],
      ['Date de fin', '31/12/2025'],
      [],
      ['Année', 'AE', 'CP'],
      ['2024', '2 500 000 €', '1 900 000 €'],
      ['2025', '', '600 000 €'],
      ['Plafond', '2 000 000 €'],
    ]);
    expect(autres).toEqual([]);
    expect(t!.plage).toBe('A4:C6');
    const c = t!.contextes[0]!;
    expect(vue(c.echeancier)).toEqual([
      [2024, 250000000, 190000000],
      [2025, null, 60000000],
    ]);
    expect(c.convention).toMatchObject({ dateSignature: '2024-03-28', dateFin: '2025-12-31', plafond: { ae: 200000000 } });
    expect(c.convention.plafond).toEqual({ ae: 200000000 });
    expect(c.localiser('plafond.ae')).toEqual(A(7, 2));
    expect(c.localiser('dateFin')).toEqual(A(2, 2));
  });

  it.each([
    ['Plafond AE', '2 000 000 €', 'plafond.ae', 200000000],
    ['Plafond CP', '1 500 000 €', 'plafond.cp', 150000000],
    ['Montant maximum', '3 000 000 €', 'plafond.ae', 300000000],
    ['Date de signature', '28/03/2024', 'dateSignature', '2024-03-28'],
    ['Date de fin', '31/12/2025', 'dateFin', '2025-12-31'],
  ])('« %s » sous le tableau est une clé, pas une ligne de données', (cle, valeur, champ, attendu) => {
    const [t] = lireTableaux([['Année', 'AE', 'CP'], [2024, 100, 100], [cle, valeur]]);
    expect(t!.plage).toBe('A1:C2');
    const c = t!.contextes[0]!;
    expect(c.echeancier).toHaveLength(1);
    const lu = champ.split('.').reduce<unknown>((v, cle) => (v as Record<string, unknown> | undefined)?.[cle], c.convention);
    expect(lu).toBe(attendu);
    expect(c.localiser(champ)).toEqual(A(3, 2));
  });

  it('lit une clé et sa valeur dans la même cellule, et une clé posée juste à gauche du tableau', () => {
    const [t] = lireTableaux([['Année', 'AE', 'CP'], [2024, 100, 100], ['Plafond : 2 000 000 €', '', '']]);
    expect(t!.plage).toBe('A1:C2');
    expect(t!.contextes[0]!.convention.plafond).toEqual({ ae: 200000000 });
    expect(t!.contextes[0]!.localiser('plafond.ae')).toEqual(A(3, 1));

    const [u] = lireTableaux([['', 'Année', 'AE', 'CP'], ['', 2024, 100, 100], ['Plafond', '2 000 000 €', '', '']]);
    expect(u!.plage).toBe('B1:D2');
    expect(u!.contextes[0]!.convention.plafond).toEqual({ ae: 200000000 });
    expect(u!.contextes[0]!.localiser('plafond.ae')).toEqual(A(3, 2));
  });

  it('lit deux plafonds sur une ligne (AE puis CP) sous le tableau', () => {
    const [t] = lireTableaux([['Année', 'AE', 'CP', ''], [2024, 100, 100, ''], ['Plafond AE', '2 000 000 €', 'Plafond CP', '1 000 000 €']]);
    expect(t!.plage).toBe('A1:C2');
    expect(t!.contextes[0]!.convention.plafond).toEqual({ ae: 200000000, cp: 100000000 });
    expect(t!.contextes[0]!.localiser('plafond.cp')).toEqual(A(3, 4));
  });

  it('lit une ligne clé–valeur collée au-dessus de l’en-tête, et une ligne clé entre deux tableaux', () => {
    const tableaux = lireTableaux([
      ['Plafond', '2 000 000 €', ''],
      ['Année', 'AE', 'CP'],
      [2024, 100, 100],
      ['Date de fin', '31/12/2026', ''],
      ['Année', 'AE', 'CP'],
      [2026, 1, 1],
    ]);
    expect(tableaux.map((t) => t.plage)).toEqual(['A2:C3', 'A5:C6']);
    const [a, b] = tableaux.map((t) => t.contextes[0]!);
    expect(a!.convention.plafond).toEqual({ ae: 200000000 });
    expect(a!.localiser('plafond.ae')).toEqual(A(1, 2));
    expect(a!.echeancier).toHaveLength(1);
    // A key between two tables heads the one below (tie on distance).
    expect(b!.convention.dateFin).toBe('2026-12-31');
    expect(b!.localiser('dateFin')).toEqual(A(4, 2));
    expect(a!.convention.dateFin).toBeUndefined();
  });

  it('garde comme donnée une ligne dont l’année se lit, même avec une étiquette à gauche', () => {
    const [t] = lireTableaux([['', 'Année', 'AE', 'CP'], ['', 2024, 100, 100], ['Programme', 2025, 5, 5]]);
    expect(t!.plage).toBe('B1:D3');
    expect(vue(t!.contextes[0]!.echeancier)).toEqual([
      [2024, 10000, 10000],
      [2025, 500, 500],
    ]);
  });
});

describe('lireTableaux — montants en chiffres et en lettres', () => {
  const A = (a1: string) => ({ cellule: a1, ligne: Number(a1.slice(1)), colonne: a1.charCodeAt(0) - 64 });

  it('lit les chiffres d’une cellule « chiffres (lettres) » et garde les lettres pour la règle', () => {
    const [t] = lireTableaux([
      ['Année', 'AE', 'CP'],
      [2024, '2 500 000 € (deux millions cinq cents euros)', '1 900 000 €'],
      [2025, 'six cent mille euros (600 000 €).', '600 000 €'],
    ]);
    const c = t!.contextes[0]!;
    expect(c.echeancier[0]!.ae).toEqual({ brut: '2 500 000 € (deux millions cinq cents euros)', valeur: 250000000, position: A('B2') });
    expect(c.echeancier[1]!.ae.valeur).toBe(60000000);
    expect(c.montantsEnLettres).toEqual([
      { chiffres: { brut: '2 500 000 €', valeur: 250000000, position: A('B2') }, lettres: 'deux millions cinq cents euros', position: A('B2') },
      { chiffres: { brut: '600 000 €', valeur: 60000000, position: A('B3') }, lettres: 'six cent mille euros', position: A('B3') },
    ]);
  });

  it('laisse illisibles des chiffres ambigus suivis de lettres, et une parenthèse qui ne dit pas un nombre', () => {
    const [t] = lireTableaux([['Année', 'AE', 'CP'], [2024, '1.900 (mille neuf cents euros)', '2 500 000 € (HT)']]);
    const c = t!.contextes[0]!;
    expect(c.echeancier[0]!.ae.valeur).toBeNull();
    expect(c.echeancier[0]!.ae.probleme).toMatch(/^Montant ambigu : «\s1\.900\s»/);
    expect(c.echeancier[0]!.cp.valeur).toBeNull();
    expect(c.echeancier[0]!.cp.probleme).toMatch(/^Montant illisible : «\s2 500 000 € \(HT\)\s»/);
    expect(c.montantsEnLettres).toBeUndefined();
  });

  it('apparie une colonne « AE en lettres » ou « Montant en lettres » avec le montant qu’elle écrit', () => {
    const [t] = lireTableaux([
      ['Année', 'AE', 'CP', 'AE en lettres', 'Montant en lettres'],
      [2024, 2500000, '1 900 000 €', 'deux millions cinq cent mille euros', 'un million neuf cents euros'],
      [2025, '', '600 000 €', '', 'six cent mille euros'],
    ]);
    expect(t!.plage).toBe('A1:E3');
    const c = t!.contextes[0]!;
    expect(vue(c.echeancier)).toEqual([
      [2024, 250000000, 190000000],
      [2025, null, 60000000],
    ]);
    expect(c.montantsEnLettres).toEqual([
      { chiffres: { brut: '2500000', valeur: 250000000, position: A('B2') }, lettres: 'deux millions cinq cent mille euros', position: A('D2') },
      { chiffres: { brut: '1 900 000 €', valeur: 190000000, position: A('C2') }, lettres: 'un million neuf cents euros', position: A('E2') },
      { chiffres: { brut: '600 000 €', valeur: 60000000, position: A('C3') }, lettres: 'six cent mille euros', position: A('E3') },
    ]);
  });

  it('lit les lettres d’un plafond clé–valeur, avec la cellule du plafond', () => {
    const [t] = lireTableaux([['Plafond', '2 000 000 € (deux millions d’euros)'], ['Année', 'AE', 'CP'], [2024, 1, 1]]);
    const c = t!.contextes[0]!;
    expect(c.convention.plafond).toEqual({ ae: 200000000 });
    expect(c.montantsEnLettres).toEqual([
      // The cell's typographic apostrophe comes out normalised (texte/normalisation).
      { chiffres: { brut: '2 000 000 €', valeur: 200000000, position: A('B1') }, lettres: "deux millions d'euros", position: A('B1') },
    ]);
  });
});

describe('lireTableaux — disposition registre', () => {
  const grille: Cellule[][] = [
    ['Identifiant', 'Délégant', 'Date de fin', 'Année', 'AE', 'CP', 'CP payés'],
    ['dgefp-2024', 'DGEFP', '31/12/2025', 2024, 100, 80, 50],
    ['', '', '', 2025, '', 20, ''],
    ['dne-2023', 'DNE', '2024-03-31', 2023, 90, 60, ''],
    ['dne-2023', '', '', 2024, 10, 40, ''],
    ['Total', '', '', '', 200, 200, ''],
  ];
  const [t] = lireTableaux(grille);

  it('fait un contexte par convention, une cellule vide continuant la convention du dessus', () => {
    expect(t!.disposition).toBe('registre');
    expect(t!.plage).toBe('A1:G6');
    expect(t!.contextes.map((c) => c.convention.id)).toEqual(['dgefp-2024', 'dne-2023']);
    const [a, b] = t!.contextes;
    expect(a!.convention).toMatchObject({ delegant: { sigle: 'DGEFP' }, dateFin: '2025-12-31' });
    expect(a!.convention.echeancier).toEqual([
      { annee: 2024, ae: 10000, cp: 8000 },
      { annee: 2025, ae: null, cp: 2000 },
    ]);
    expect(a!.echeancier.map((l) => l.conventionId)).toEqual(['dgefp-2024', 'dgefp-2024']);
    expect(b!.convention).toMatchObject({ delegant: { sigle: 'DNE' }, dateFin: '2024-03-31' });
    expect(b!.echeancier[1]!.ae.position).toEqual({ cellule: 'E5', ligne: 5, colonne: 5 });
    expect(b!.localiser('dateFin')).toEqual({ cellule: 'C4', ligne: 4, colonne: 3 });
    expect(a!.execution).toEqual({
      conventionId: 'dgefp-2024',
      lignes: [
        { annee: 2024, aeEngagees: null, cpPayes: 5000 },
        { annee: 2025, aeEngagees: null, cpPayes: null },
      ],
    });
  });

  it("n'attribue pas le total d'un registre de plusieurs conventions", () => {
    expect(t!.contextes.every((c) => c.total === undefined)).toBe(true);
  });

  it('lit aussi les colonnes du format CSV du registre', () => {
    const [r] = lireTableaux([
      ['id', 'delegant', 'date_signature', 'annee', 'ae', 'cp', 'ae_engagees'],
      ['x', 'DGEFP', '2024-03-28', '2024', '1000', '500', '300'],
    ]);
    expect(r!.disposition).toBe('registre');
    expect(r!.contextes[0]!.convention).toMatchObject({ id: 'x', dateSignature: '2024-03-28', delegant: { sigle: 'DGEFP' } });
    expect(r!.contextes[0]!.echeancier[0]!.aeEngagees!.valeur).toBe(30000);
  });
});

describe('lireTableaux — taille', () => {
  it('lit 10 000 lignes en une passe, sans perdre de ligne', () => {
    const grille: Cellule[][] = [['Année', 'AE', 'CP']];
    for (let i = 0; i < 10_000; i++) grille.push([2000 + (i % 100), i, i]);
    const [t] = lireTableaux(grille);
    expect(t!.plage).toBe('A1:C10001');
    expect(t!.contextes[0]!.echeancier).toHaveLength(10_000);
    expect(t!.contextes[0]!.echeancier[9_999]!.cp.position).toEqual({ cellule: 'C10001', ligne: 10001, colonne: 3 });
  });
});

describe('cellule numérique impossible (NaN, infini)', () => {
  it('se lit comme l’erreur #NOMBRE! de Sheets, jamais « NaN »', () => {
    const [tableau] = lireTableaux([
      ['Année', 'AE', 'CP'],
      [2024, Number.NaN, Number.POSITIVE_INFINITY],
    ]);
    const [ligne] = tableau!.contextes[0]!.echeancier;
    expect(ligne!.ae.brut).toBe('#NOMBRE!');
    expect(ligne!.ae.probleme).toMatch(/^Montant illisible : erreur de formule «\s#NOMBRE!\s» \(la formule produit un nombre impossible\)/);
    expect(ligne!.cp.brut).toBe('#NOMBRE!');
    expect(`${ligne!.ae.probleme} ${ligne!.cp.probleme}`).not.toMatch(/NaN|Infinity/);
  });
});
