import { describe, expect, it } from 'vitest';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { estSigle, lireParties } from '../../../../shared/lecture/convention/parties';

const parties = (texte: string, type: 'delegation-de-gestion' | 'partenariat-fast' | 'avenant' = 'delegation-de-gestion') =>
  lireParties(creerDocument(texte), type);

describe('estSigle', () => {
  it.each(['DGEFP', 'DINUM', 'SG-MENJ', 'DGS-CNAM', 'MENJS-MESRI', 'DGFiP', 'DR2I', 'GIP PDI'])('%s is an acronym', (s) => {
    expect(estSigle(s)).toBe(true);
  });
  it.each(['Paris', 'UO', 'ci-après « la DGEFP »', 'représentée par', 'D', 'dinum', '75007', 'PARIS Cedex', 'DGEFP et DINUM'])('%s is not', (s) => {
    expect(estSigle(s)).toBe(s === 'UO');
  });
});

describe('lireParties', () => {
  it('reads roles from « le délégant » / « le délégataire » and acronyms from the name line', () => {
    const lu = parties(
      'Entre\n\n**La Délégation générale à l\'emploi (DGEFP), représentée par :**\nCi-après dénommée « le délégant »,\n\nEt\n\nLa Direction interministérielle du numérique (DINUM)\nCi-après dénommée « le délégataire » ou « la DINUM »,\n\nVu le décret',
    );
    expect(lu).toEqual({ delegant: { valeur: { sigle: 'DGEFP' }, ligne: 3 }, delegataire: { valeur: { sigle: 'DINUM' }, ligne: 8 }, autres: [] });
  });

  it('reads the typo « délégrant » and « partenaire-délégataire »', () => {
    const lu = parties('Entre\nLe ministère (MENJS),\nReprésenté par X, délégrant, d\'une part ;\nEt\nLa DINUM (DINUM)\n« le partenaire-délegataire »\nPréambule');
    expect(lu.delegant?.valeur).toEqual({ sigle: 'MENJS' });
    expect(lu.delegataire?.valeur).toEqual({ sigle: 'DINUM' });
  });

  it('puts a party without role in autresParties when both roles are taken', () => {
    const lu = parties(
      'Entre\nLa DGEFP (DGEFP)\n« le délégant »,\nEt\nLa Direction du Numérique des Ministères sociaux (DNUM)\nCi-après dénommée « la DNUM »,\nEt\nLa DINUM (DINUM)\n« le délégataire »\nVu',
    );
    expect(lu.autres).toEqual([{ valeur: { sigle: 'DNUM' }, ligne: 5 }]);
  });

  it('gives the DINUM its usual role when the text gives none: délégataire of a délégation, délégant of a FAST partnership', () => {
    const texte = 'ENTRE LES SOUSSIGNÉS :\nLa DJEPVA (DJEPVA),\nd\'une part,\nET\nLa Direction interministérielle du numérique (DINUM),\nd\'autre part,\nIL EST CONVENU';
    expect(parties(texte)).toMatchObject({ delegant: { valeur: { sigle: 'DJEPVA' } }, delegataire: { valeur: { sigle: 'DINUM' } } });
    expect(parties(texte, 'partenariat-fast')).toMatchObject({ delegant: { valeur: { sigle: 'DINUM' } }, delegataire: { valeur: { sigle: 'DJEPVA' } } });
  });

  it('knows the DINUM under its former name, the DINSIC', () => {
    const lu = parties("Entre\nLa Direction de l'animation de la recherche (DARES),\nd'une part,\nEt\nLa Direction interministérielle du numérique et du système d'information et de communication de l'État (DINSIC),\nd'autre part,\nVu", 'partenariat-fast');
    expect(lu).toMatchObject({ delegant: { valeur: { sigle: 'DINSIC' } }, delegataire: { valeur: { sigle: 'DARES' } } });
  });

  it('reads parties named on the « Entre » and « Et » lines themselves', () => {
    const lu = parties('Entre la Direction (DEPP), ci-après dénommée « le délégant », d\'une part,\n\nEt la Direction interministérielle du numérique (DINUM), ci-après dénommée « le délégataire », d\'autre part,\n\nVu');
    expect(lu.delegant).toEqual({ valeur: { sigle: 'DEPP' }, ligne: 1 });
    expect(lu.delegataire).toEqual({ valeur: { sigle: 'DINUM' }, ligne: 3 });
  });

  it('takes an acronym between guillemets when none is between parentheses', () => {
    const lu = parties('Entre\nLa Délégation générale à l\'emploi,\n(ci-après « la DGEFP » ou « le délégant »)\nEt\nLa Direction interministérielle du numérique\nci-après « la DINUM » ou « le délégataire »\nVu');
    expect(lu.delegant?.valeur).toEqual({ sigle: 'DGEFP' });
    expect(lu.delegataire?.valeur).toEqual({ sigle: 'DINUM' });
  });

  it('keeps the full name of a party that has no acronym', () => {
    const lu = parties('Entre\nLa Commune de Trifouilly-les-Oies, représentée par son maire,\nci-après « le délégant »\nEt\nLa DINUM (DINUM)\nVu');
    expect(lu.delegant?.valeur).toEqual({ nom: 'Commune de Trifouilly-les-Oies' });
  });

  it('finds the roles in the text when there is no « Entre » section, one line per party', () => {
    // One sentence naming both roles cannot tell which acronym holds which: nothing is read from it.
    const une = parties('Convention\n\nLa DGEFP, ci-après dénommée « le délégant », et la DINUM (DINUM), ci-après dénommée « le délégataire ».');
    expect(une).toEqual({ autres: [] });
    const deux = parties('Convention\nLa Délégation (DGEFP), ci-après dénommée « le délégant »,\nLa Direction (DINUM), ci-après dénommée « le délégataire ».');
    expect(deux).toMatchObject({ delegant: { valeur: { sigle: 'DGEFP' }, ligne: 2 }, delegataire: { valeur: { sigle: 'DINUM' }, ligne: 3 } });
  });

  it('reads nothing from a text without parties', () => {
    expect(parties('Bonjour')).toEqual({ autres: [] });
  });
});
