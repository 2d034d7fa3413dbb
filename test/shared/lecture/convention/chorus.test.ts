import { describe, expect, it } from 'vitest';
import { lireChorus } from '../../../../shared/lecture/convention/chorus';
import { creerDocument } from '../../../../shared/lecture/convention/document';

const chorus = (texte: string) => lireChorus(creerDocument(texte));

describe('lireChorus', () => {
  it('reads a tab block, keeping codes as written, with the line of each', () => {
    const lu = chorus(
      'Références Chorus :\t\nAxe ministériel 1\t36\nDomaine fonctionnel :\t0103-01-01\nCentre financier :\t0103-CEFP-C004\nActivité(s) :\t01030000-2303\nCentre de coût :\tEMPEF00075\n',
    );
    expect(lu.chorus).toEqual({
      axeMinisteriel1: '36',
      domaineFonctionnel: '0103-01-01',
      centreFinancier: '0103-CEFP-C004',
      activites: ['01030000-2303'],
      centreDeCout: 'EMPEF00075',
    });
    expect(lu.sources).toEqual({
      'chorus.axeMinisteriel1': 2,
      'chorus.domaineFonctionnel': 3,
      'chorus.centreFinancier': 4,
      'chorus.activites': 5,
      'chorus.activites.0': 5,
      'chorus.centreDeCout': 6,
    });
  });

  it('keeps an axe ministériel as a free label', () => {
    expect(chorus('Références Chorus\t\nAxe ministériel 2 :\tInserjeunes coaching\nCentre financier :\t0349-CDBU-CENS').chorus).toEqual({
      axeMinisteriel2: 'Inserjeunes coaching',
      centreFinancier: '0349-CDBU-CENS',
    });
  });

  it("ignores the délégataire's adherence settings and leaves out a value of several words where a code is expected", () => {
    const texte = [
      "Paramétrage de l'adhérence\t",
      'SP (service prescripteur)\tPremier Ministre',
      'Société\tADCE',
      'Code service exécutant\tCSPSPM0075',
      'Centre de coûts\tDININCUB',
      '',
      'Le délégataire co-finance le service.',
      '',
      'Référence Chorus\t',
      'Ministère\tMENJS',
      'Code programme\tP 214 _ BOP SAAM',
      'Centre financier\t0214-CEN2-LGAC',
      'Activité\t021401FC0503',
      'Centre de coûts\tCENLOG 1075',
    ].join('\n');
    expect(chorus(texte).chorus).toEqual({ centreFinancier: '0214-CEN2-LGAC', activites: ['021401FC0503'] });
  });

  it('ignores adherence settings even without their heading', () => {
    expect(chorus('Société\tADCE\nOA (organisation d\'achat)\tC009\nCentre de coûts\tDININCUB').chorus).toEqual({});
  });

  it('reads a block set apart from its heading by footnotes', () => {
    const lu = chorus('Références Chorus :\n\n<sup>1</sup> <https://www.ssi.gouv.fr/>\n\nAxe ministériel 1\t36\nCentre financier :\t0102-CEFP-C002');
    expect(lu.chorus).toEqual({ axeMinisteriel1: '36', centreFinancier: '0102-CEFP-C002' });
  });

  it('reads prose lines « clé : valeur », one blank line apart, and several activities', () => {
    const lu = chorus('Centre financier : 0156-CDGF-DNUM\n\nDomaine fonctionnel : 0156-05-01\n\nActivités : 015605010001, 015605010002 et 015605010003');
    expect(lu.chorus).toEqual({
      centreFinancier: '0156-CDGF-DNUM',
      domaineFonctionnel: '0156-05-01',
      activites: ['015605010001', '015605010002', '015605010003'],
    });
    expect(lu.sources['chorus.activites.2']).toBe(5);
  });

  it('reads a two-row table (keys, then values), tab or markdown', () => {
    expect(chorus('Centre financier\tDomaine fonctionnel\tActivité\tCentre de coûts\n0214-CDEP-EVAL\t0214-09-01\t021409010001\tMENDEPP075').chorus).toEqual({
      centreFinancier: '0214-CDEP-EVAL',
      domaineFonctionnel: '0214-09-01',
      activites: ['021409010001'],
      centreDeCout: 'MENDEPP075',
    });
    expect(chorus('| Centre financier | Activité |\n|---|---|\n| 0103-CEFP-C004 | 010300000108 |').chorus).toEqual({
      centreFinancier: '0103-CEFP-C004',
      activites: ['010300000108'],
    });
  });

  it('gives the UO and BOP of the block for when the prose names none', () => {
    const lu = chorus('UO\t0103-CEFP-C004\nBOP\t0103-CEFP\nCentre financier\t0103-CEFP-C004');
    expect(lu.uo).toEqual({ valeur: '0103-CEFP-C004', ligne: 1 });
    expect(lu.bop).toEqual({ valeur: '0103-CEFP', ligne: 2 });
  });

  it('reads nothing from prose or from a table that is not about Chorus', () => {
    expect(chorus('Le délégant fournit le centre financier et les codes activités.').chorus).toEqual({});
    expect(chorus('\tDINUM\tDGEFP\nRespect de la vie privée\tObligation\tMise en œuvre').chorus).toEqual({});
  });
});
