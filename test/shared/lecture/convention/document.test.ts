import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { creerDocument, decouperLignes, nettoyerLigne, plier } from '../../../../shared/lecture/convention/document';

describe('decouperLignes', () => {
  it('splits LF, CRLF and CR alike (and every other line separator), drops a BOM and the empty line after the last end-of-line', () => {
    expect(decouperLignes('a\u2028b\u0085c\vd\fe')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(decouperLignes('\ufeffa\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(decouperLignes('a\n\n')).toEqual(['a', '']);
    expect(decouperLignes('')).toEqual(['']);
  });
});

describe('plier', () => {
  it('keeps the length while folding case, accents and non-breaking spaces (apostrophes and dashes are normalised before)', () => {
    const s = "Délégation À l'État - 2\u00a0500\u202f000 €";
    expect(plier(s)).toBe("delegation a l'etat - 2 500 000 €");
    expect(plier(s)).toHaveLength(s.length);
  });

  it('never changes the length, whatever the characters', () => {
    for (const s of ['İstanbul', 'œuvre Æ', 'ß ẞ ﬁ', '😀 €', 'ǅ ǈ', '\u0301e']) expect(plier(s)).toHaveLength(s.length);
  });

  it('folds mixed lines like one character at a time would', () => {
    const unParUn = (s: string) => [...s].map((c) => plier(c)).join('');
    for (const s of ['ABC Éé\u00a0x', 'é', 'É', 'aÉ', 'Éa', "L'ÉTAT Œ 2\u202f000 € İ", '']) expect(plier(s)).toBe(unParUn(s));
  });

  it('builds its result in pieces, not one string per character: what a 1 MB line leaves on the heap stays near its size', () => {
    // Counted in heap bytes, not time: adding one character at a time kept a chain of a million
    // strings (tens of MB) that the collector walked again at every pass (156 ms for 1 MB of
    // `[a](` against 0.5 ms for 100 KB).
    v8.setFlagsFromString('--expose-gc');
    const ramasser = vm.runInNewContext('gc') as () => void;
    const ligne = '[A]('.repeat(200_000) + 'é'.repeat(50_000) + '[a]('.repeat(50_000);
    ramasser();
    const avant = process.memoryUsage().heapUsed;
    const pliee = plier(ligne);
    ramasser();
    const garde = process.memoryUsage().heapUsed - avant;
    // A flat result is 2 bytes a character (`é` makes it two-byte); a chain of strings, about 32.
    expect(garde).toBeLessThan(8 * ligne.length);
    expect(pliee).toBe('[a]('.repeat(200_000) + 'e'.repeat(50_000) + '[a]('.repeat(50_000));
  });
});

describe('nettoyerLigne', () => {
  it.each([
    ['## **Article 1 : Objet de la délégation**', 'Article 1 : Objet de la délégation'],
    ['Fait à Paris, le **28 MARS 2024**', 'Fait à Paris, le 28 MARS 2024'],
    ['sur [data.gouv.fr](http://data.gouv.fr).', 'sur data.gouv.fr.'],
    ['<https://beta.gouv.fr/startups/?incubateur=mission-apprentissage>', 'https://beta.gouv.fr/startups/?incubateur=mission-apprentissage'],
    ["l'ANSSI<sup>1</sup> ;", "l'ANSSI ;"],
    ['<p>Devoir d\'information</p>', "Devoir d'information"],
    ['Code P 214 \\_ BOP', 'Code P 214 _ BOP'],
    ['**La DGEFP, représentée par :**  ', 'La DGEFP, représentée par :'],
  ])('%j → %j', (ligne, propre) => {
    expect(nettoyerLigne(ligne)).toBe(propre);
  });

  it('keeps the tabs that delimit cells, even leading and trailing ones', () => {
    expect(nettoyerLigne('\tAE\tCP')).toBe('\tAE\tCP');
    expect(nettoyerLigne('Références Chorus :\t')).toBe('Références Chorus :\t');
  });
});

describe('creerDocument', () => {
  it('keeps the lines as written and aligns the folded lines with the clean ones', () => {
    const doc = creerDocument('## **Entre**\r\nLa DGEFP');
    expect(doc.brutes).toEqual(['## **Entre**', 'La DGEFP']);
    expect(doc.propres).toEqual(['Entre', 'La DGEFP']);
    expect(doc.pliees).toEqual(['entre', 'la dgefp']);
  });

  it('caps runs of blanks at 16 characters in the clean lines only', () => {
    const doc = creerDocument(`a${' '.repeat(40)}b`);
    expect(doc.propres[0]).toBe(`a${' '.repeat(16)}b`);
    expect(doc.brutes[0]).toHaveLength(42);
  });
});
