import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { echeancierEnProse } from '../../../../shared/lecture/convention/echeancier-prose';

const prose = (texte: string) => echeancierEnProse(creerDocument(texte));
const valeurs = (texte: string) => prose(texte)?.lignes.map((l) => [l.annee.valeur, l.ae.valeur, l.cp.valeur]);

describe('echeancierEnProse', () => {
  it('reads one year per line, each amount with its AE or CP label, in either place', () => {
    const texte = 'Calendrier :\n- au titre de 2025 : 120 000 € en AE et 60 000 € en CP ;\n- au titre de 2026 : AE 0 € et CP 60 000 €.';
    expect(valeurs(texte)).toEqual([
      [2025, 12000000, 6000000],
      [2026, 0, 6000000],
    ]);
    expect(prose(texte)!.entete).toBe(2);
  });

  it('reads CP written before AE', () => {
    expect(valeurs("En 2024, 50 000 € de crédits de paiement et 80 000 € d'autorisations d'engagement.")).toEqual([[2024, 8000000, 5000000]]);
  });

  it("keeps an unreadable amount with its reason", () => {
    const l = prose('- 2024 : 1.900 € en AE et 2 000 € en CP')!.lignes[0]!;
    expect(l.ae).toMatchObject({ brut: '1.900 €', valeur: null });
    expect(l.ae.probleme).toMatch(/^Montant ambigu/);
  });

  it('does not read a ceiling, a line with two years, or unlabelled amounts', () => {
    expect(prose('En 2024, dans la limite de 100 000 € en AE et 80 000 € en CP.')).toBeNull();
    expect(prose('De 2024 à 2025 : 100 000 € en AE et 80 000 € en CP.')).toBeNull();
    expect(prose('En 2024 : 100 000 € et 80 000 €.')).toBeNull();
    expect(prose('En 2024 : 100 000 € en AE et 80 000 € en AE.')).toBeNull();
  });
});
