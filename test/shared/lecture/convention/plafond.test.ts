import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { lirePlafond } from '../../../../shared/lecture/convention/plafond';

const plafond = (texte: string) => lirePlafond(creerDocument(texte))?.plafond ?? null;

describe('lirePlafond', () => {
  it.each([
    [
      "Le montant des crédits mis à disposition est fixé à un montant maximum de 50 000 € en autorisations d'engagements (AE) et en crédits de paiement (CP).",
      { ae: 5000000, cp: 5000000 },
    ],
    ["pour un montant maximum de 2 millions d'euros sur une période de 18 mois, dans le cadre des dépenses éligibles", { ae: 200000000, dureeMois: 18 }],
    ['dans la limite de 1,4 M€ en autorisations d\'engagement et en crédits de paiement', { ae: 140000000, cp: 140000000 }],
    ['dans la limite de 450 000 € en AE et 400 000 € en CP :', { ae: 45000000, cp: 40000000 }],
    ['dans la limite de 400 000 € en CP', { cp: 40000000 }],
    ['Le montant maximum des crédits mis à disposition est fixé à 300 k€.', { ae: 30000000 }],
    ['Le montant total de la délégation est fixé à 1 200 000 € pour une durée de douze mois.', { ae: 120000000, dureeMois: 12 }],
    ['Les dépenses ne pourront excéder 75 000 euros en AE.', { ae: 7500000 }],
  ])('%j', (ligne, attendu) => {
    expect(plafond(`x\n${ligne}`)).toEqual(attendu);
  });

  it('records the line of each part', () => {
    expect(lirePlafond(creerDocument("x\npour un montant maximum de 2 millions d'euros sur une période de 18 mois"))!.sources).toEqual({
      plafond: 2,
      'plafond.ae': 2,
      'plafond.dureeMois': 2,
    });
  });

  it('reads no ceiling where no amount follows its words', () => {
    expect(plafond("met à disposition les montants maximum suivants en autorisation d'engagement et crédits de paiements sur l'UO mentionné à l'article 1 :")).toBeNull();
    expect(plafond('La somme des crédits engagés par le délégataire ne pourra dépasser la limite du montant alloué par le délégant.')).toBeNull();
    expect(plafond('La DINUM accompagne l\'équipe pour un montant de 30 000 €.')).toBeNull();
  });

  it('reads no ceiling from an unreadable amount', () => {
    expect(plafond('dans la limite de 1.500 €')).toBeNull();
  });
});
