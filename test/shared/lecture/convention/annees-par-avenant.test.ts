import { describe, expect, it } from 'vitest';
import { lireAnneesParAvenant } from '../../../../shared/lecture/convention/annees-par-avenant';
import { creerDocument } from '../../../../shared/lecture/convention/document';

const lire = (texte: string) => lireAnneesParAvenant(creerDocument(texte));

describe('lireAnneesParAvenant', () => {
  it('reads the year of seed 000, ignoring the full date of the same paragraph', () => {
    const paragraphe =
      "La présente convention prend effet à sa date de signature. Elle est conclue pour une période allant jusqu'au 31 décembre 2025. " +
      "Le montant de la délégation de gestion nécessaire au titre de l'année 2025 sera établie par avenant à la présente convention.";
    expect(lire(`Article 6\n\n${paragraphe}`)).toEqual({ annees: [2025], lignes: [3] });
  });

  it.each([
    "Les crédits de l'exercice 2026 seront fixés par voie d'avenant.",
    'Les AE de 2026 seront ouvertes par un avenant.',
    'La dotation 2026 sera arrêtée par le prochain avenant.',
    "L'**enveloppe** au titre de 2026 sera définie par avenant.",
    'Les autorisations d’engagement de 2026 seront précisées par un nouvel avenant.',
  ])('%j → 2026', (phrase) => {
    expect(lire(phrase)).toEqual({ annees: [2026], lignes: [1] });
  });

  it('keeps each year once, in order, with the first line naming it', () => {
    expect(lire('Les montants de 2026 et 2025 seront fixés par avenant.\nx\nLe montant 2025 sera établi par avenant.')).toEqual({
      annees: [2025, 2026],
      lignes: [1, 1],
    });
    expect(lire('Le montant 2026 sera fixé par avenant.\nLes crédits 2025 seront ouverts par voie d’avenant.')).toEqual({ annees: [2025, 2026], lignes: [2, 1] });
  });

  it('looks only at the sentence that says « par avenant », not at the rest of its line', () => {
    expect(lire("Le budget 2024 est de 100 000 €. Toute modification du montant se fait par avenant.")).toBeNull();
    expect(lire("Le budget 2024 est de 100 000 €. Le montant 2025 sera fixé par avenant.")).toEqual({ annees: [2025], lignes: [1] });
  });

  it.each([
    ['past avenants cited by their date', 'Faisant suite à la convention et ses avenants du 1er janvier 2020, du 9 septembre 2022 et du 20 juin 2023, les crédits sont modifiés par avenant.'],
    ['a numeric date', 'Le montant, modifié par avenant le 20/06/2023, est inchangé.'],
    ['an ISO date', 'Le montant est modifié par avenant signé le 2023-06-20.'],
    ['a decree number', 'Les crédits sont modifiés par avenant (décret n° 2004-1085).'],
    ['no year', "ce montant pourra être réévalué par voie d'avenant à la présente convention"],
    ['no credits word', 'La durée sera prolongée jusqu’en 2027 par avenant.'],
    ['no « par avenant »', "Le montant de l'année 2025 figure à l'avenant n°1."],
    ['the avenant itself fixing the amount', 'Le montant au titre de 2025 est fixé par le présent avenant.'],
    ['an empty text', ''],
  ])('nothing for %s', (_cas, texte) => {
    expect(lire(texte)).toBeNull();
  });
});
