import { describe, expect, it } from 'vitest';
import { lireDateFin } from '../../../../shared/lecture/convention/date-fin';
import { creerDocument } from '../../../../shared/lecture/convention/document';

const fin = (texte: string) => lireDateFin(creerDocument(texte));

describe('lireDateFin', () => {
  it.each([
    ["Elle est conclue pour une période allant jusqu'au 31 décembre 2025.", '2025-12-31'],
    ["Elle est conclue jusqu'au 30/06/2022.", '2022-06-30'],
    ["La présente convention est valable jusqu'au 31 mars 2024 inclus.", '2024-03-31'],
    ['La convention prend fin le 31 décembre 2026.', '2026-12-31'],
    ['La convention expire le 30 juin 2025.', '2025-06-30'],
    ['Date de fin : 31/12/2025', '2025-12-31'],
    ["Elle prend effet le 1er février 2025 et prend fin le 31 janvier 2027.", '2027-01-31'],
  ])('%j → %s', (ligne, date) => {
    expect(fin(`Article 6 : Durée\n\n${ligne}`)).toEqual({ valeur: date, ligne: 3 });
  });

  it('prefers the new term of an avenant to the initial one', () => {
    expect(fin('La date de fin de la convention, initialement fixée au 31 décembre 2025, est portée au 30 juin 2026.')).toEqual({ valeur: '2026-06-30', ligne: 1 });
    expect(fin("La convention, initialement conclue jusqu'au 31 décembre 2025, est prorogée jusqu'au 31 décembre 2026.")).toEqual({ valeur: '2026-12-31', ligne: 1 });
  });

  it('prefers a sentence about the convention to a passing mention', () => {
    expect(fin("Les paiements interviennent jusqu'au 31 janvier 2026.\nLa présente convention est conclue jusqu'au 31 décembre 2025.")).toEqual({ valeur: '2025-12-31', ligne: 2 });
  });

  it('reads no date where none follows the phrase, nor a date introduced otherwise', () => {
    expect(fin("fixe les autorisations d'engagement jusqu'au comité suivant")).toBeNull();
    expect(fin('La convention prend effet le 1er janvier 2024.')).toBeNull();
    expect(fin('conclue pour la durée nécessaire aux prestations')).toBeNull();
    expect(fin("conclue jusqu'au 31 juin 2025")).toBeNull();
  });
});
