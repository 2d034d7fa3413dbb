import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detecterSeparateur, finDeLigne, lireCsv, parcourirCsv } from '../../../shared/lecture/csv';
import { normaliser } from '../../../shared/texte/normalisation';
import { lireTableaux } from '../../../shared/lecture/tableau';
import { essais } from '../../aides/essais';

function grille(texte: string): string[][] {
  const r = lireCsv(texte);
  if (!r.ok) throw new Error(r.erreur);
  return r.grille;
}

describe('lireCsv', () => {
  it('lit un export Excel français : point-virgule, BOM, CRLF, montants « 1 000,00 »', () => {
    const texte = '\ufeffAnnée;AE;CP\r\n2024;2 500 000,00;1 900 000,00\r\n2025;;600 000,00\r\n';
    expect(grille(texte)).toEqual([
      ['Année', 'AE', 'CP'],
      ['2024', '2 500 000,00', '1 900 000,00'],
      ['2025', '', '600 000,00'],
    ]);
  });

  it('préfère le point-virgule quand les virgules sont des décimales', () => {
    expect(detecterSeparateur('annee;ae;cp\n2024;1000,50;500,25\n2025;1,5;2,5\n')).toBe(';');
    expect(grille('2024;1 000,00;500,00\n2025;2,00;3,00')[0]).toEqual(['2024', '1 000,00', '500,00']);
  });

  it('lit les virgules et les tabulations', () => {
    expect(grille('annee,ae,cp\n2024,100,50\n')).toEqual([
      ['annee', 'ae', 'cp'],
      ['2024', '100', '50'],
    ]);
    expect(grille('Année\tAE\tCP\n2024\t1 000,00\t500,00\n')[1]).toEqual(['2024', '1 000,00', '500,00']);
    expect(detecterSeparateur('a\tb;c\nd\te;f;g\n')).toBe('\t');
  });

  it('garde les champs entre guillemets (séparateurs, guillemets doublés, retours à la ligne)', () => {
    expect(grille('id;titre\nx;"Mission ""apprentissage""; suite"\ny;"deux\nlignes"\n')).toEqual([
      ['id', 'titre'],
      ['x', 'Mission "apprentissage"; suite'],
      ['y', 'deux\nlignes'],
    ]);
  });

  it('garde les lignes vides intérieures (elles terminent un tableau) et retire celles de la fin', () => {
    expect(grille('a;b\n\n1;2\n\n\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('refuse un texte vide', () => {
    expect(lireCsv('')).toEqual({ ok: false, erreur: 'Le fichier CSV est vide.' });
    expect(lireCsv('\ufeff \r\n ')).toEqual({ ok: false, erreur: 'Le fichier CSV est vide.' });
  });

  it('nomme la ligne d’un guillemet jamais refermé, même après un champ sur plusieurs lignes', () => {
    const r = lireCsv('a;b\n"x\ny";1\n2;3\n4;"non fermé\n5;6\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.erreur).toMatch(/^CSV illisible \(séparateur : point-virgule\)\. Ligne 5 : un champ ouvert par un guillemet/);
    }
  });

  it('nomme la ligne d’un guillemet mal placé', () => {
    const r = lireCsv('a,b\n1,2\n"x"y,3\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur).toMatch(/Ligne 3 : guillemet mal placé/);
  });

  it('donne une grille que le lecteur de tableaux lit avec les bonnes cellules', () => {
    const g = grille('Échéancier;;\n;;\nAnnée;AE;CP\n2024;1 000,00;500,00\nTotal;1 000,00;500,00\n');
    const [t] = lireTableaux(g);
    expect(t!.plage).toBe('A3:C5');
    expect(t!.contextes[0]!.echeancier[0]!.ae).toMatchObject({ valeur: 100000, position: { cellule: 'B4' } });
    expect(t!.contextes[0]!.total!.cp.valeur).toBe(50000);
  });
});

describe('lireCsv — propriétés', () => {
  const RUNS = essais(10_000);
  const champ = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.constantFrom('', '2024', '1 000,00', '2 500 000 €', '"', '""', ';', ',', '\t', '\n', '\r\n', 'é', '#REF!'),
  );

  it('ne lève jamais et répond un résultat typé sur des textes quelconques', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(champ, { maxLength: 20 }).map((m) => m.join(''))), (texte) => {
        const r = lireCsv(texte);
        if (r.ok) {
          expect(Array.isArray(r.grille)).toBe(true);
          for (const ligne of r.grille) for (const c of ligne) expect(typeof c).toBe('string');
        } else {
          expect(r.erreur).toMatch(/^(Le fichier CSV est vide\.|CSV illisible)/);
          expect(r.erreur).not.toMatch(/\b(undefined|Quoted field|Trailing quote)\b/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('devine la fin de ligne exactement comme papaparse (qui n’a donc pas à la chercher)', () => {
    const morceau = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('"', '""', '\n', '\r\n', '\r', '\r"a"\n', '"x\ny"', ';'));
    fc.assert(
      fc.property(fc.array(morceau, { minLength: 1, maxLength: 40 }).map((m) => m.join('')), (texte) => {
        expect(finDeLigne(texte)).toBe(Papa.parse(texte, { delimiter: ';' }).meta.linebreak);
      }),
      { numRuns: RUNS },
    );
  });

  it('donne au fil des lignes les mêmes lignes et les mêmes erreurs que la grille (sur le texte normalisé)', () => {
    const morceau = fc.oneof(champ, fc.constantFrom('"x\ny"', 'a"b', '"x"y', '\r'));
    fc.assert(
      fc.property(fc.array(morceau, { maxLength: 30 }).map((m) => m.join('')), (texte) => {
        const lignes: string[][] = [];
        // lireCsv normalises what it reads (texte/normalisation); the registry's stream reads as given.
        const parcours = parcourirCsv(normaliser(texte).texte, (l) => lignes.push(l));
        const grille = lireCsv(texte);
        if (!grille.ok) {
          expect(parcours).toEqual(grille);
          return;
        }
        expect(parcours).toEqual({ ok: true });
        // The grid drops its trailing blank lines; the stream hands them over.
        expect(lignes.slice(0, grille.grille.length)).toEqual(grille.grille);
        for (const l of lignes.slice(grille.grille.length)) expect(l.every((c) => c.trim() === '')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('relit exactement toute grille écrite par papaparse avec « ; » (guillemets au besoin)', () => {
    const cellule = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('1 000,00', 'a;b', 'dit "oui"', 'deux\nlignes', 'x,y'));
    const grilles = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }))
      .chain(([largeur, hauteur]) => fc.array(fc.array(cellule, { minLength: largeur, maxLength: largeur }), { minLength: hauteur, maxLength: hauteur }))
      // A last line of blanks is dropped by design; keep a mark in the first cell of every line.
      .map((g) => g.map((l) => [`L${l.length}`, ...l]));
    fc.assert(
      fc.property(grilles, (g) => {
        const texte = Papa.unparse(g, { delimiter: ';', newline: '\r\n', quotes: true });
        expect(grille(texte)).toEqual(g);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('lireCsv — texte normalisé', () => {
  it('lit comme le texte propre un CSV aux caractères invisibles avant les guillemets et aux fins de ligne U+2028', () => {
    const propre = grille('Année;AE;CP\n2024;"1 200 000 €";"900 000 €"\n');
    expect(grille('\ufeffAnn\u00e9e;AE;CP\u2028\u200b2024;\u200f"1\u2003200\u2003000 €";"900\u2009000 €"\r\n')).toEqual(propre);
  });

  it('nomme la ligne du fichier tel qu’écrit dans ses erreurs', () => {
    // Line 2 holds a vertical tab (two lines once normalised): the quote error is still on line 3.
    const r = lireCsv('Année;AE;CP\n2024;1\v000;2\n2025;"x;3\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur).toContain('Ligne 3 :');
  });
});
