import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { lireDateSignature } from '../../../../shared/lecture/convention/signature';

const signature = (texte: string) => lireDateSignature(creerDocument(texte));

describe('lireDateSignature', () => {
  it('reads the Bulletin officiel header date, glued to what follows or named « délégation du » / « Autre texte du »', () => {
    expect(signature('AUTRE entre le directeur …\nDu 20 décembre 2012NOR D E F A 1 2 5 2 7 0 5 X\nEntre\nLe directeur')?.valeur).toBe('2012-12-20');
    expect(signature('Délégation de gestion entre services\n\ndélégation du 8-1-2016\n\nEntre la DAJ')?.valeur).toBe('2016-01-08');
    expect(signature('Convention de délégation\n\nAutre texte du 10-9-2020\n\nEntre\n\nD\'une part, le ministère')?.valeur).toBe('2020-09-10');
  });

  it.each([
    ['Fait à Paris, le **28 MARS 2024**', '2024-03-28'],
    ['Fait à Paris, le 31/8/2023', '2023-08-31'],
    ['Fait à Paris, le **26 JAN. 2021**', '2021-01-26'],
    ['Fait à Paris, le 16 décembre 2020', '2020-12-16'],
    ['Fait en deux exemplaires à Paris, le 3 mai 2024', '2024-05-03'],
    ['À Saint-Denis, le 1er juillet 2025', '2025-07-01'],
    ['A La Plaine Saint-Denis, le 2 avril 2025', '2025-04-02'],
    ['Fait à Paris, le 3 juin 2025, en deux exemplaires originaux.', '2025-06-03'],
  ])('%j → %s', (ligne, date) => {
    expect(signature(`Convention\n\n${ligne}\n`)).toEqual({ valeur: date, ligne: 3 });
  });

  it('reads only the date after « Fait à », among the other dates of the text', () => {
    const texte = 'Vu le décret du 14 octobre 2004,\nses avenants du 1er janvier 2020 et du 9 septembre 2022,\nconclue jusqu\'au 31 décembre 2025.\nFait à Paris, le 28 mars 2024\n27 mars 2024';
    expect(signature(texte)).toEqual({ valeur: '2024-03-28', ligne: 4 });
  });

  it('reads a date alone on a line just under « Fait à Paris, le »', () => {
    expect(signature('Fait à Paris, le\n\n**12 février 2025**\nLa DINUM')).toEqual({ valeur: '2025-02-12', ligne: 1 });
  });

  it('takes the last signature when the parties sign on different days', () => {
    expect(signature('Fait à Paris, le 14 janvier 2025\nLa DEPP\n\nFait à Paris, le 21 janvier 2025\nLa DINUM')).toEqual({ valeur: '2025-01-21', ligne: 4 });
  });

  it('reads « Paris, le … » alone on its line only when no « Fait à » line gives a date', () => {
    expect(signature('Article 8\n\nParis, le 3 mai 2024\n')).toEqual({ valeur: '2024-05-03', ligne: 3 });
    expect(signature('Paris, le 3 mai 2024\nFait à Paris, le 5 mai 2024')).toEqual({ valeur: '2024-05-05', ligne: 2 });
  });

  it('reads nothing when the date is missing or impossible, and not prose starting with « A … , le »', () => {
    expect(signature('Fait à Paris, le\n\nLa DGEFP\nLa DINUM\nLe délégué')).toBeNull();
    expect(signature('Fait à Paris, le 31/02/2024')).toBeNull();
    expect(signature("A défaut d'ajustement de la dotation, le délégataire suspend l'exécution.\n31 mars 2024")).toBeNull();
    expect(signature('La convention est signée par les parties.')).toBeNull();
  });
});

describe('lireDateSignature — signatures side by side', () => {
  it('reads the last date of a row of signatures', () => {
    expect(lireDateSignature(creerDocument('Fait à Paris, le 3 mai 2024\tFait à Paris, le 5 mai 2024'))).toEqual({ valeur: '2024-05-05', ligne: 1 });
  });
});

// Texts published without their signature block (Journal officiel, Bulletins officiels).
describe('lireDateSignature — the date of the title', () => {
  it.each([
    ['JORF n°0265 du 8 novembre 2024\n\nConvention du 24 novembre 2023\n\nDélégation de gestion\n\nEntre :', '2023-11-24'],
    ['JORF n°0061 du 12 mars 2016\n\nDélégation de gestion du 25 novembre 2015\n\nEntre la direction', '2015-11-25'],
    ['DÉLÉGATION DE GESTION relative à …\n\nDu 04 mai 2018\nNOR A R M E 1 8 5 1 1 1 6 X\n\nRéférence de publication : BOC n°30 du 26/7/2018\n\nEntre,', '2018-05-04'],
    ['Convention de délégation de gestion\n\nNOR : MENA2420224X\n\nConvention du 15-7-2024\n\nVu décret n° 2004-1085 du 14-10-2004 modifié\n\nLa présente convention est conclue entre :', '2024-07-15'],
    ['Convention de délégation de gestion du 10 janvier 2011 entre le président du tribunal administratif de Grenoble et …\nEntre', '2011-01-10'],
  ])('%#: %s', (texte, date) => {
    expect(signature(texte)?.valeur).toBe(date);
  });

  it('reads neither the Journal\'s date, nor a blank title date, nor another convention cited above the parties', () => {
    expect(signature('JORF n°0256 du 5 novembre 2014\n\nCONVENTION du\n\nEntre la direction')).toBeNull();
    expect(signature('Vu la convention de délégation de gestion du 10 décembre 2018 susvisée\nEntre')).toBeNull();
  });

  it('a signature block wins over the title', () => {
    expect(signature('Convention du 24 novembre 2023\nEntre\n…\nFait à Paris, le 2 décembre 2023')?.valeur).toBe('2023-12-02');
  });
});
