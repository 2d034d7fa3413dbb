// The layout engine on positioned words: the same input whether the words come from PDF.js (with
// baselines) or from an OCR engine (boxes and confidences), tables with and without rules, wrapped
// cells, tall rows, a table over a page break, years as columns, key–value tables, two columns.
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../../../shared/lecture/convention';
import { mettreEnPage } from '../../../../../shared/lecture/document/mise-en-page';
import { grille, mots, page, paragraphe } from './aide';

const texte = (r: ReturnType<typeof mettreEnPage>) => r.lignes.map((l) => l.texte);
const sansVides = (r: ReturnType<typeof mettreEnPage>) => texte(r).filter((t) => t !== '');

describe('mettreEnPage : tableaux réglés', () => {
  // Année | AE | CP, columns at 72 / 160 / 330 / 500, amounts wrapping over three lines.
  const xs = [72, 160, 330, 500];
  const tableau = (y: number) => [
    ...mots('Année', 76, y + 12),
    ...mots('AE', 164, y + 12),
    ...mots('CP', 334, y + 12),
    ...mots('2024', 76, y + 50),
    ...mots('2 500 000 € (deux', 164, y + 32),
    ...mots('millions cinq cent', 164, y + 44),
    ...mots('mille euros)', 164, y + 56),
    ...mots('1 900 000 €', 334, y + 32),
    ...mots('2025', 76, y + 84),
    ...mots('600 000 €', 334, y + 84),
  ];

  it('lit une cellule sur plusieurs lignes comme une cellule, une rangée haute comme une rangée, une case vide comme vide', () => {
    const r = mettreEnPage([page(1, [...mots('Le délégant met à disposition les crédits suivants :', 72, 90), ...tableau(100)], grille(xs, [100, 18 + 100, 64 + 100, 90 + 100]))]);
    expect(sansVides(r)).toEqual([
      'Le délégant met à disposition les crédits suivants :',
      'Année\tAE\tCP',
      '2024\t2 500 000 € (deux millions cinq cent mille euros)\t1 900 000 €',
      '2025\t\t600 000 €',
    ]);
    // Each row keeps the page and line where it starts.
    expect(r.lignes.find((l) => l.texte.startsWith('2024'))).toMatchObject({ page: 1 });
    const { convention } = lireConvention(texte(r).join('\n'));
    expect(convention.echeancier).toEqual([
      { annee: 2024, ae: 250_000_000, cp: 190_000_000 },
      { annee: 2025, ae: null, cp: 60_000_000 },
    ]);
  });

  it('un tableau continué sur la page suivante est un seul tableau, sans la rangée d’en-tête répétée', () => {
    const p1 = page(1, [...mots('Échéancier :', 72, 690), ...tableau(700).filter((m) => m.y0 < 790)], grille(xs, [700, 718, 764, 790]));
    const p2 = page(2, [...mots('Année', 76, 82), ...mots('AE', 164, 82), ...mots('CP', 334, 82), ...mots('2026', 76, 104), ...mots('100 000 €', 164, 104), ...mots('0 €', 334, 104), ...mots('Article 5', 72, 160)], grille(xs, [70, 88, 112]));
    const r = mettreEnPage([p1, p2]);
    expect(sansVides(r)).toEqual([
      'Échéancier :',
      'Année\tAE\tCP',
      '2024\t2 500 000 € (deux millions cinq cent mille euros)\t1 900 000 €',
      '2025\t\t600 000 €',
      '2026\t100 000 €\t0 €',
      'Article 5',
    ]);
    expect(r.lignes.find((l) => l.texte.startsWith('2026'))).toMatchObject({ page: 2 });
  });

  it('recolle une rangée que le saut de page a coupée (ses verticales la bornent)', () => {
    const p1 = page(1, [...mots('Année', 76, 712), ...mots('AE', 164, 712), ...mots('CP', 334, 712), ...mots('2024', 76, 736), ...mots('2 500 000 € (deux', 164, 736)], [
      ...grille(xs, [700, 718]),
      { x0: 72, x1: 500, y0: 718, y1: 718 },
      ...xs.map((x) => ({ x0: x, x1: x, y0: 718, y1: 760 })),
    ]);
    const p2 = page(2, [...mots('Année', 76, 82), ...mots('AE', 164, 82), ...mots('CP', 334, 82), ...mots('millions d’euros)', 164, 104), ...mots('1 €', 334, 104)], grille(xs, [70, 88, 112]));
    expect(sansVides(mettreEnPage([p1, p2]))).toEqual(['Année\tAE\tCP', '2024\t2 500 000 € (deux millions d’euros)\t1 €']);
  });

  it('lit un tableau clé–valeur et un tableau aux années en colonnes comme le lecteur de texte les lit', () => {
    const cles = [...mots('Centre financier', 76, 112), ...mots('0159-CGDD-DNUM', 250, 112), ...mots('Domaine fonctionnel', 76, 130), ...mots('0159-01', 250, 130)];
    const annees = [
      ...mots('2024', 164, 212), ...mots('2025', 264, 212), ...mots('Total', 364, 212),
      ...mots('AE', 76, 230), ...mots('100 000 €', 164, 230), ...mots('50 000 €', 264, 230), ...mots('150 000 €', 364, 230),
      ...mots('CP', 76, 248), ...mots('80 000 €', 164, 248), ...mots('70 000 €', 264, 248), ...mots('150 000 €', 364, 248),
    ];
    const r = mettreEnPage([page(1, [...cles, ...mots('Montants :', 72, 190), ...annees], [...grille([72, 246, 400], [100, 118, 136]), ...grille([72, 160, 260, 360, 460], [200, 218, 236, 254])])]);
    expect(sansVides(r)).toEqual(['Centre financier\t0159-CGDD-DNUM', 'Domaine fonctionnel\t0159-01', 'Montants :', '\t2024\t2025\tTotal', 'AE\t100 000 €\t50 000 €\t150 000 €', 'CP\t80 000 €\t70 000 €\t150 000 €']);
    const { convention } = lireConvention(texte(r).join('\n'));
    expect(convention.echeancier).toEqual([
      { annee: 2024, ae: 10_000_000, cp: 8_000_000 },
      { annee: 2025, ae: 5_000_000, cp: 7_000_000 },
    ]);
  });

  it('des règles horizontales seules font les rangées ; les colonnes viennent de l’alignement', () => {
    const hs = [100, 118, 160, 178].map((y) => ({ x0: 72, x1: 500, y0: y, y1: y }));
    const r = mettreEnPage([
      page(1, [...mots('Année', 76, 112), ...mots('AE', 200, 112), ...mots('CP', 350, 112), ...mots('2024', 76, 130), ...mots('300 000 € (trois cent', 200, 130), ...mots('mille euros)', 200, 142), ...mots('1 €', 350, 130), ...mots('2025', 76, 172), ...mots('2 €', 350, 172)], hs),
    ]);
    expect(sansVides(r)).toEqual(['Année\tAE\tCP', '2024\t300 000 € (trois cent mille euros)\t1 €', '2025\t\t2 €']);
  });

  it('un soulignement ou un filet seul ne fait pas de tableau', () => {
    const r = mettreEnPage([page(1, [...mots('Article 1 – Objet', 72, 100), ...mots('La présente convention a pour objet', 72, 130)], [{ x0: 72, x1: 150, y0: 102, y1: 102 }, { x0: 72, x1: 523, y0: 115, y1: 115 }])]);
    expect(sansVides(r)).toEqual(['Article 1 – Objet', 'La présente convention a pour objet']);
  });
});

describe('mettreEnPage : tableaux sans règles', () => {
  it('sépare les rangées par l’espace entre elles, les cellules par les colonnes, une case vide reste vide', () => {
    const r = mettreEnPage([
      page(1, [
        ...mots('Année', 72, 100), ...mots('AE', 200, 100), ...mots('CP', 350, 100),
        ...mots('2024', 72, 122), ...mots('2 500 000 €', 200, 122), ...mots('1 900 000 € (un million', 350, 122), ...mots('neuf cent mille euros)', 350, 134),
        ...mots('2025', 72, 156), ...mots('600 000 €', 350, 156),
      ]),
    ]);
    expect(sansVides(r)).toEqual(['Année\tAE\tCP', '2024\t2 500 000 €\t1 900 000 € (un million neuf cent mille euros)', '2025\t\t600 000 €']);
  });

  it('des mots reconnus (sans ligne de base, avec confiance) donnent la même lecture et gardent la confiance la plus basse de la rangée', () => {
    const ocr = (t: string, x: number, y: number, c = 95) => mots(t, x * 2, y * 2, { taille: 20, confiance: c });
    const r = mettreEnPage([page(1, [...ocr('Année', 72, 100), ...ocr('AE', 200, 100), ...ocr('CP', 350, 100), ...ocr('2024', 72, 122), ...ocr('2 500 000 €', 200, 122, 61), ...ocr('1 €', 350, 122), ...ocr('2025', 72, 146), ...ocr('3 €', 350, 146)], [], 1190, 1684)]);
    expect(sansVides(r)).toEqual(['Année\tAE\tCP', '2024\t2 500 000 €\t1 €', '2025\t\t3 €']);
    expect(r.lignes.find((l) => l.texte.startsWith('2024'))?.confiance).toBe(61);
    expect(r.lignes.find((l) => l.texte.startsWith('2025'))?.confiance).toBe(95);
  });
});

describe('mettreEnPage : ordre de lecture', () => {
  const gauche = ['La présente convention a pour objet de préciser les', 'conditions dans lesquelles le délégant confie au', 'délégataire la réalisation des prestations utiles.', 'Article 2 – Durée'];
  const droite = ['Elle prend effet à sa signature et prend fin le 31', 'décembre 2025. Elle peut être modifiée par avenant', 'signé des deux parties, dans les mêmes formes que', 'la présente convention.'];

  it('lit une page en deux colonnes colonne par colonne, et recolle la phrase qui passe d’une colonne à l’autre', () => {
    const r = mettreEnPage([page(1, [...mots('CONVENTION DE DÉLÉGATION DE GESTION', 150, 70), ...paragraphe(gauche.slice(0, 3), 100, 40, 290), ...mots(gauche[3]!, 40, 150), ...paragraphe(['Fin de la phrase commencée à gauche, qui suit ici.', ...droite], 100, 310, 560)])]);
    expect(sansVides(r)).toEqual([
      'CONVENTION DE DÉLÉGATION DE GESTION',
      'La présente convention a pour objet de préciser les conditions dans lesquelles le délégant confie au délégataire la réalisation des prestations utiles.',
      'Article 2 – Durée',
      'Fin de la phrase commencée à gauche, qui suit ici. Elle prend effet à sa signature et prend fin le 31 décembre 2025. Elle peut être modifiée par avenant signé des deux parties, dans les mêmes formes que la présente convention.',
    ]);
  });

  it('une colonne de phrases courtes à gauche, un tableau dans la colonne de droite, sur d’autres lignes de base : deux colonnes', () => {
    const gauche = ['Entre la Direction générale des entreprises (DGE),', 'et la Direction interministérielle du numérique,', 'il est convenu ce qui suit pour la délégation.', 'Le délégant met les crédits suivants à disposition :'].flatMap((t, i) => mots(t, 40, 100 + 17 * i));
    const droite = [['Année', 'AE', 'CP'], ['2024', '1 €', '2 €'], ['2025', '3 €', '4 €']].flatMap((r, i) => r.flatMap((c, k) => mots(c, 330 + 70 * k, 106 + 12 * i)));
    expect(sansVides(mettreEnPage([page(1, [...gauche, ...droite, ...mots('Fait à Paris, le 15 février 2024', 330, 160)])]))).toEqual([
      'Entre la Direction générale des entreprises (DGE),',
      'et la Direction interministérielle du numérique,',
      'il est convenu ce qui suit pour la délégation.',
      'Le délégant met les crédits suivants à disposition :',
      'Année\tAE\tCP',
      '2024\t1 €\t2 €',
      '2025\t3 €\t4 €',
      'Fait à Paris, le 15 février 2024',
    ]);
  });

  it('ne prend pas un tableau à deux colonnes pour une page en deux colonnes', () => {
    const lignes = ['Centre financier', 'Centre de coûts', 'Domaine fonctionnel', 'Activité'].flatMap((cle, i) => [...mots(cle, 72, 100 + 18 * i), ...mots(`0159-CGDD-0${i}`, 300, 100 + 18 * i)]);
    expect(sansVides(mettreEnPage([page(1, lignes)]))).toEqual(['Centre financier\t0159-CGDD-00', 'Centre de coûts\t0159-CGDD-01', 'Domaine fonctionnel\t0159-CGDD-02', 'Activité\t0159-CGDD-03']);
  });

  it('retire l’en-tête répété et le numéro de page, et dit combien de lignes sont parties', () => {
    const p = (n: number, corps: string) => page(n, [...mots('Convention DGE – DINUM', 250, 40, { taille: 8 }), ...mots(corps, 72, 100), ...mots(`Page ${n} / 2`, 480, 810, { taille: 8 })]);
    const r = mettreEnPage([p(1, 'Article 1 : Objet.'), p(2, 'Article 2 : Durée.')]);
    expect(sansVides(r)).toEqual(['Article 1 : Objet.', 'Article 2 : Durée.']);
    expect(r.constats.map((c) => c.regle)).toEqual(['document-en-tetes-retires']);
  });
});

describe('mettreEnPage : tableaux faits par un traitement de texte (colonnes étroites, sans marge)', () => {
  it('sépare deux cases proches d’une demi-em, mais garde d’un seul tenant une ligne justifiée', () => {
    // PDF words, each after a drawn space (LibreOffice ends a wrapped cell line with one): the cell
    // ends at 295, the next starts 6 pt further, more than the line's word spaces (2.5 pt).
    const avecEspace = (t: string, x: number, y: number) => mots(t, x, y).map((m) => ({ ...m, apresEspace: true }));
    const rangee = [...avecEspace('AE', 74, 100), ...avecEspace('180 000 € (cent quatre-', 190, 100), ...avecEspace('480 000 €', 295 + 6, 100)];
    const justifiee = paragraphe(['Le délégant autorise le délégataire à consommer des crédits hors titre 2 rattachés', 'à l’unité opérationnelle.'], 200);
    const r = mettreEnPage([page(1, [...rangee, ...mots('CP', 74, 114), ...mots('1 €', 190, 114), ...mots('2 €', 314, 114), ...justifiee])]);
    expect(sansVides(r)).toEqual(['AE\t180 000 € (cent quatre-\t480 000 €', 'CP\t1 €\t2 €', 'Le délégant autorise le délégataire à consommer des crédits hors titre 2 rattachés à l’unité opérationnelle.']);
  });

  it('un tableau sans marge entre ses rangées, dont la première colonne passe aussi à la ligne : une rangée par libellé', () => {
    const l = (y: number, ...cases: [string, number][]) => cases.flatMap(([t, x]) => mots(t, x, y));
    const r = mettreEnPage([
      page(1, [
        ...l(100, ['Montants', 72], ['2024', 190], ['2025', 310], ['Total', 430]),
        ...l(114, ['Autorisations', 72], ['420 000 € (quatre cent', 190], ['200 000 € (deux cent', 310], ['620 000 €', 430]),
        ...l(128, ['d’engagement (AE)', 72], ['vingt mille euros)', 190], ['mille euros)', 310]),
        ...l(142, ['Crédits de paiement', 72], ['310 000 €', 190], ['310 000 €', 310], ['620 000 €', 430]),
        ...l(156, ['(CP)', 72]),
      ]),
    ]);
    expect(sansVides(r)).toEqual([
      'Montants\t2024\t2025\tTotal',
      'Autorisations d’engagement (AE)\t420 000 € (quatre cent vingt mille euros)\t200 000 € (deux cent mille euros)\t620 000 €',
      'Crédits de paiement (CP)\t310 000 €\t310 000 €\t620 000 €',
    ]);
    const { convention } = lireConvention(texte(r).join('\n'));
    expect(convention.echeancier).toEqual([
      { annee: 2024, ae: 42_000_000, cp: 31_000_000 },
      { annee: 2025, ae: 20_000_000, cp: 31_000_000 },
    ]);
  });

  it('sans règles non plus, une rangée coupée par la page et l’en-tête répété sont recollés', () => {
    const l = (y: number, ...cases: [string, number][]) => cases.flatMap(([t, x]) => mots(t, x, y));
    const entete = (y: number) => l(y, ['Montants', 72], ['2024', 210], ['2025', 380], ['Total', 520]);
    const r = mettreEnPage([
      page(1, [...entete(780), ...l(794, ['Autorisations', 72], ['420 000 €', 210], ['200 000 € (deux', 380], ['620 000 €', 520])]),
      page(2, [...entete(80), ...l(94, ['d’engagement (AE)', 72], ['(quatre cent vingt mille euros)', 210], ['cent mille euros)', 380]), ...l(108, ['Crédits de paiement (CP)', 72], ['310 000 €', 210], ['310 000 €', 380], ['620 000 €', 520])]),
    ]);
    expect(sansVides(r)).toEqual([
      'Montants\t2024\t2025\tTotal',
      'Autorisations d’engagement (AE)\t420 000 € (quatre cent vingt mille euros)\t200 000 € (deux cent mille euros)\t620 000 €',
      'Crédits de paiement (CP)\t310 000 €\t310 000 €\t620 000 €',
    ]);
  });

  it('la dernière rangée d’un tableau clé–valeur, seule en haut de la page suivante sous son titre répété, reste une rangée du tableau', () => {
    const l = (y: number, cle: string, valeur: string) => [...mots(cle, 72, y), ...mots(valeur, 300, y)];
    const r = mettreEnPage([
      page(1, [...mots('Références Chorus', 72, 740), ...l(760, 'Centre financier', '0304-CDCS-DNUM'), ...l(774, 'Activité', '030417010022')]),
      page(2, [...mots('Références Chorus', 72, 80), ...l(100, 'Centre de coûts', 'DGCSNUM075'), ...mots('Article 4 : Suivi', 72, 140)]),
    ]);
    expect(sansVides(r)).toEqual(['Références Chorus', 'Centre financier\t0304-CDCS-DNUM', 'Activité\t030417010022', 'Centre de coûts\tDGCSNUM075', 'Article 4 : Suivi']);
  });
});

describe('mettreEnPage : ce que le PDF dit des espaces', () => {
  it('un saut sans espace dessinée (la case suivante) sépare deux cases même à un demi-em ; une espace dessinée les laisse ensemble', () => {
    const pdf = (t: string, x: number, y: number, apresEspace: boolean[]) => mots(t, x, y).map((m, i) => ({ ...m, apresEspace: apresEspace[i] ?? true }));
    // « 2027 » ends at 220, « Total » starts 5 pt further, no space drawn between them.
    const entete = [...pdf('k€', 72, 100, [false]), ...pdf('2024', 120, 100, [false]), ...pdf('2027', 200, 100, [false]), ...pdf('Total', 225, 100, [false])];
    const ae = [...pdf('AE', 72, 114, [false]), ...pdf('600', 120, 114, [false]), ...pdf('300', 200, 114, [false]), ...pdf('1 800', 225, 114, [false, true])];
    const phrase = pdf('une phrase dont les mots sont espacés', 72, 160, [false]);
    expect(sansVides(mettreEnPage([page(1, [...entete, ...ae, ...phrase])]))).toEqual(['k€\t2024\t2027\tTotal', 'AE\t600\t300\t1 800', 'une phrase dont les mots sont espacés']);
  });
});
