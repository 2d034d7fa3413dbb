import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { lireMontantFast } from '../../../../shared/lecture/convention/fast';

const fast = (texte: string, type: 'delegation-de-gestion' | 'partenariat-fast' = 'delegation-de-gestion') => lireMontantFast(creerDocument(texte), type);

describe('lireMontantFast', () => {
  it('reads the amount of the sentence that ties money to the fund', () => {
    expect(fast("x\nLe délégataire co-finance le service Classe à 12 à hauteur de 50 000 euros au titre du Fonds d'accélération des Startups d'Etat (FAST).")).toEqual({
      valeur: 5000000,
      ligne: 2,
    });
    expect(fast("La DINUM s'engage à fournir un accompagnement à l'équipe lauréate du FAST pour un montant de **30 000 €**.", 'partenariat-fast')).toEqual({
      valeur: 3000000,
      ligne: 1,
    });
  });

  it("does not take the fund's own budget, nor a sentence that does not name the fund", () => {
    const texte =
      "Le Fonds pour l'accélération du financement des start-up d'État (FAST) a été doté par la Loi de finances 2019 d'un budget de 5 000 000 €. Le délégant verse 50 000 € au titre de la convention.";
    expect(fast(texte)).toBeNull();
  });

  it('in a FAST partnership, falls back on the amount the DINUM commits', () => {
    expect(fast("La DINUM finance l'accompagnement de l'équipe pour un montant de 40 000 € (quarante mille euros).", 'partenariat-fast')).toEqual({ valeur: 4000000, ligne: 1 });
    expect(fast("La DINUM finance l'accompagnement de l'équipe pour un montant de 40 000 €.")).toBeNull();
  });
});
