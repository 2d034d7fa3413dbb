// Laying out OCR words: rows from vertical overlap, table cells aligned on the table's columns
// (an empty cell stays empty), table rules dropped, paragraphs and wrapped cells joined again,
// a paragraph cut by a page break rejoined; each line keeps its lowest word confidence.
import { describe, expect, it } from 'vitest';
import { lignesOcr, recollerPages, type MotOcr, type SegmentOcr } from '../../../../shared/lecture/document/mise-en-page-ocr';

const H = 20;
/** Words of one OCR line starting at x on row y; each word 10 px a letter, one space of 6 px. */
function ligne(y: number, x: number, texte: string, confiance = 95): SegmentOcr {
  const mots: MotOcr[] = [];
  for (const mot of texte.split(' ')) {
    mots.push({ texte: mot, confiance, x0: x, y0: y, x1: x + 10 * mot.length, y1: y + H });
    x += 10 * mot.length + 6;
  }
  return { mots };
}

describe('lignesOcr', () => {
  it('rebuilds a table with an empty cell, its header and its rows, dropping the rules', () => {
    const page = [
      ligne(0, 100, 'met à disposition les montants suivants :'),
      ligne(60, 400, 'AE'),
      ligne(62, 700, 'CP'),
      ligne(100, 100, '2024 | 2 500 000 €'),
      ligne(101, 700, '1 900 000 €', 70),
      ligne(140, 100, '2025'),
      ligne(141, 700, '600 000 €'),
    ];
    // "2024 | 2 500 000 €" is one OCR line: the rule splits it, and the cell lands in the AE column.
    page[3]!.mots.slice(2).forEach((m, i) => ((m.x0 = 400 + i * 30), (m.x1 = m.x0 + 24)));
    expect(lignesOcr(page)).toEqual([
      { texte: 'met à disposition les montants suivants :', confiance: 95 },
      { texte: '\tAE\tCP', confiance: 95 },
      { texte: '2024\t2 500 000 €\t1 900 000 €', confiance: 70 },
      { texte: '2025\t\t600 000 €', confiance: 95 },
    ]);
  });

  it('joins the lines of a paragraph and a hyphenated word, and keeps list items apart', () => {
    const page = [
      ligne(0, 100, 'Le délégant autorise la DINUM à consom-'),
      ligne(26, 100, 'mer des crédits hors titre 2.', 60),
      ligne(80, 100, '» procède aux demandes ;'),
      ligne(106, 100, '» met à disposition les montants'),
      ligne(132, 124, 'suivants :'),
    ];
    expect(lignesOcr(page)).toEqual([
      { texte: 'Le délégant autorise la DINUM à consommer des crédits hors titre 2.', confiance: 60 },
      { texte: '» procède aux demandes ;', confiance: 95 },
      { texte: '» met à disposition les montants suivants :', confiance: 95 },
    ]);
  });

  it('joins a table cell wrapped on two lines into its row', () => {
    const page = [ligne(0, 100, '2024'), ligne(0, 400, '2 500 000 € (deux millions'), ligne(0, 700, '1 €'), ligne(22, 400, 'cinq cent mille euros)')];
    expect(lignesOcr(page).map((l) => l.texte)).toEqual(['2024\t2 500 000 € (deux millions cinq cent mille euros)\t1 €']);
  });

  it('returns nothing for a blank page', () => {
    expect(lignesOcr([])).toEqual([]);
    expect(lignesOcr([{ mots: [{ texte: ' ', confiance: 0, x0: 0, y0: 0, x1: 1, y1: 1 }] }])).toEqual([]);
  });
});

describe('recollerPages', () => {
  it('rejoins a paragraph cut by a page break, not a finished sentence nor a table row', () => {
    const lignes = [
      { texte: "rattachés à l'unité opérationnelle (UO) du budget (BOP)", page: 2, ligne: 40, confiance: 90 },
      { texte: '[013-CEFP] du programme 103.', page: 3, ligne: 1, confiance: 80 },
      { texte: 'Fin de phrase.', page: 3, ligne: 2, confiance: 90 },
    ];
    expect(recollerPages(lignes)).toEqual([
      { texte: "rattachés à l'unité opérationnelle (UO) du budget (BOP) [013-CEFP] du programme 103.", page: 2, ligne: 40, confiance: 80 },
      { texte: 'Fin de phrase.', page: 3, ligne: 2, confiance: 90 },
    ]);
    const tableau = [
      { texte: '2024\t1 €', page: 1 },
      { texte: 'suite', page: 2 },
    ];
    expect(recollerPages(tableau)).toEqual(tableau);
  });
});
