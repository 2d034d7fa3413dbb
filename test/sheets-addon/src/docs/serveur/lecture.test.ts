import { describe, expect, it } from 'vitest';
import { assemblerTexte, texteDesElements } from '../../../../../sheets-addon/src/docs/serveur/lecture';

describe('assemblerTexte', () => {
  const corps = ['Titre', 'Échéancier :', '', 'AE', 'CP', '2024', '100 €', '90 €', 'Fin'].join('\n');

  it('fait d’un tableau une ligne par rangée, cellules séparées par des tabulations, chaque ligne à sa place dans le corps', () => {
    const lu = assemblerTexte(corps, [{ texte: ['', 'AE', 'CP', '2024', '100 €', '90 €'].join('\n'), lignes: 2, colonnes: 3 }]);
    expect(lu.ok).toBe(true);
    if (!lu.ok) return;
    expect(lu.texte.texte).toBe('Titre\nÉchéancier :\n\tAE\tCP\n2024\t100 €\t90 €\nFin');
    expect(lu.texte.tableaux).toBe(1);
    expect(lu.texte.lignes).toEqual([
      { debut: 0, fin: 5, paragraphe: 0, tableau: false },
      { debut: 6, fin: 18, paragraphe: 1, tableau: false },
      { debut: 19, fin: 25, paragraphe: 2, tableau: true },
      { debut: 26, fin: 41, paragraphe: 5, tableau: true },
      { debut: 42, fin: 45, paragraphe: 8, tableau: false },
    ]);
    expect(corps.slice(26, 41)).toBe('2024\n100 €\n90 €');
  });

  it('lit les cellules de plusieurs paragraphes par leur texte, jointes par une espace', () => {
    const texte = ['A', 'B1', 'B2', 'C', 'D'].join('\n');
    const lu = assemblerTexte(texte, [{ texte, lignes: 2, colonnes: 2, cellules: [['A', 'B1\nB2'], ['C', 'D']] }]);
    expect(lu.ok && lu.texte.texte).toBe('A\tB1 B2\nC\tD');
    expect(lu.ok && lu.texte.lignes.map((l) => l.paragraphe)).toEqual([0, 3]);
  });

  it('remplace par une espace les sauts qui ne finissent pas un paragraphe, sans décaler les lignes', () => {
    const lu = assemblerTexte('Un\rdeux\u000btrois\nquatre', []);
    expect(lu.ok && lu.texte.texte).toBe('Un deux trois\nquatre');
  });

  it('ignore un tableau dans la cellule d’un autre, et échoue (sans lever) quand un tableau n’est pas dans le texte', () => {
    const texte = ['x', 'y1', 'y2', 'z'].join('\n');
    const lu = assemblerTexte(texte, [
      { texte: ['y1', 'y2', 'z'].join('\n'), lignes: 1, colonnes: 2, cellules: [['y1\ny2', 'z']] },
      { texte: 'y2', lignes: 1, colonnes: 1 },
    ]);
    expect(lu.ok && lu.texte.texte).toBe('x\ty1 y2\tz'.replace('x\t', 'x\n'));
    expect(assemblerTexte('a\nb', [{ texte: 'c', lignes: 1, colonnes: 1 }])).toEqual({ ok: false, raison: 'le texte du tableau 1 n’a pas été retrouvé dans celui du document' });
    expect(assemblerTexte('a\nb', [{ texte: 'a\nb', lignes: 1, colonnes: 1 }])).toEqual({ ok: false, raison: 'les cellules du tableau 1 n’ont pas pu être relues' });
  });
});

describe('texteDesElements', () => {
  it('fait le même texte depuis une lecture élément par élément', () => {
    expect(texteDesElements([{ sorte: 'paragraphe', texte: 'Titre' }, { sorte: 'tableau', cellules: [['', 'AE'], ['2024', '1\n2']] }])).toBe('Titre\n\tAE\n2024\t1 2');
  });
});
