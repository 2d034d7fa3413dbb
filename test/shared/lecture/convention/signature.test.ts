import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { lireDateSignature } from '../../../../shared/lecture/convention/signature';

const signature = (texte: string) => lireDateSignature(creerDocument(texte));

describe('lireDateSignature', () => {
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
