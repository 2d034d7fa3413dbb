import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { lireBop, lireProgramme, lireUo, programmeSurQuatreChiffres } from '../../../../shared/lecture/convention/imputation';

const doc = creerDocument;

describe('lireUo', () => {
  it.each([
    ["rattachés à l'unité opérationnelle (UO) [0103-CEFP-C004] du budget", '0103-CEFP-C004'],
    ["rattachés à l'unité opérationnelle (UO) **0349-CDBU-CENS**, pour laquelle", '0349-CDBU-CENS'],
    ["l'unité opérationnelle (UO) **UO 0214-CEN2-LGAC** dont le responsable", '0214-CEN2-LGAC'],
    ["à l'unité opérationnelle l'UO 0214-CEN2-LGAC", '0214-CEN2-LGAC'],
    ['sur les crédits de l\'UO 0163-DJEP-DNUM (programme 163)', '0163-DJEP-DNUM'],
    ['UO : 103-cefp-c004', '103-cefp-c004'],
  ])('%j → %s (as written)', (ligne, uo) => {
    expect(lireUo(doc(`x\n${ligne}`))).toEqual({ valeur: uo, ligne: 2 });
  });

  it('reads the first UO that has a code, not a mention without one', () => {
    expect(lireUo(doc("l'UO mentionnée à l'article 1\nde l'UO [0102-CEFP-C002]"))).toEqual({ valeur: '0102-CEFP-C002', ligne: 2 });
  });

  it('reads no UO from a decree number or a code far from the word', () => {
    expect(lireUo(doc('Vu le décret 2004-1085, UO'))).toBeNull();
    expect(lireUo(doc("l'UO dont le responsable, après consultation des services concernés et accord, est 0103-CEFP-C004"))).toBeNull();
  });
});

describe('lireBop', () => {
  it('reads a BOP code as written, even malformed', () => {
    expect(lireBop(doc('du budget opérationnel de programme (BOP) [013-CEFP] du programme 103'))).toEqual({ valeur: '013-CEFP', ligne: 1 });
    expect(lireBop(doc('budget opérationnel de programme 0163-DJEP.'))).toEqual({ valeur: '0163-DJEP', ligne: 1 });
  });

  it('does not read a name as a BOP code', () => {
    expect(lireBop(doc('Code programme\tP 214 _ BOP SAAM\nLe responsable de BOP met ces crédits à disposition de l\'UO 0214-CEN2-LGAC'))).toBeNull();
  });
});

describe('lireProgramme', () => {
  it('reads the programme named in the text, zero-padded', () => {
    expect(lireProgramme(doc('x\ndu programme 103 "Accompagnement'), [])).toEqual({ valeur: '0103', ligne: 2 });
    expect(lireProgramme(doc('Code programme\tP 214 _ BOP SAAM'), [])).toEqual({ valeur: '0214', ligne: 1 });
    expect(lireProgramme(doc('programme n° 0349'), [])).toEqual({ valeur: '0349', ligne: 1 });
  });

  it('does not read a year, a decree or words as a programme', () => {
    const texte = doc('le programme 2024 de travail\nle manifeste du programme beta.gouv\nprogramme 2004-1085\nprogramme (BOP) [013-CEFP]');
    expect(lireProgramme(texte, [])).toBeNull();
  });

  it('falls back on the programme the UO or centre financier code starts with', () => {
    expect(lireProgramme(doc('rien'), [null, { valeur: '0349-CDBU-CENS', ligne: 7 }])).toEqual({ valeur: '0349', ligne: 7 });
    expect(lireProgramme(doc('rien'), [{ valeur: '103-CEFP-C004', ligne: 3 }])).toEqual({ valeur: '0103', ligne: 3 });
    expect(lireProgramme(doc('rien'), [{ valeur: 'CEFP', ligne: 3 }])).toBeNull();
  });

  it('pads to four digits', () => {
    expect(['103', '0103', '00103', '5'].map(programmeSurQuatreChiffres)).toEqual(['0103', '0103', '0103', '0005']);
  });
});

describe('lireProgramme — as other ministries name it', () => {
  const programme = (texte: string) => lireProgramme(creerDocument(texte), [])?.valeur ?? null;
  it.each([
    ['Vu la décision … pour le programme budgétaire 129 « coordination du travail gouvernemental » ;', '0129'],
    ['les crédits du P129 sont délégués', '0129'],
    ['Code programme P 214', '0214'],
    ['le programme n° 0349', '0349'],
    // Issue 21: a programme named only in a sentence of the text.
    ["Le délégant confie au délégataire la gestion des crédits du programme 102.", '0102'],
    ["dans la limite du programme n° 102 « Accès et retour à l'emploi »", '0102'],
    ["Les actes de gestion portent sur le programme 102 « Accès et retour à l'emploi » du ministère du travail.", '0102'],
  ])('%s → %s', (texte, attendu) => {
    expect(programme(texte)).toBe(attendu);
  });

  it('the sentence handing the credits wins over a visa naming another programme', () => {
    expect(programme('Vu la décision relative au programme 129 ;\nLe délégataire engage les crédits du programme 344.')).toBe('0344');
  });

  it('two programmes for the same acts, or a page number: no programme', () => {
    expect(programme('Les actes sont imputés sur le programme 159 « Expertise » et sur le programme 143 « Enseignement technique agricole ».')).toBeNull();
    expect(programme('(BOC, p. 4872) et p. 486')).toBeNull();
  });
});
