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

// Layouts of published délégations de gestion (test/fixtures/reelles/).
describe('lireParties — as other ministries write them', () => {
  it('a postal box in parentheses is not the party: the acronym named by « Ci-après dénommée » is', () => {
    expect(estSigle('BP7')).toBe(false);
    const lu = parties(
      "Entre,\n\nLa direction interarmées (…), Fort de Bicêtre (BP7) 94272, Le Kremlin-Bicêtre, représentée par le directeur,\n\nCi-après dénommée « DIRISI » ou le « délégant »,\n\nEt\n\nLa direction interministérielle du numérique, représentée par le directeur,\n\nCi-après dénommée « DINSIC » ou le « délégataire »,\n\nVu le décret",
    );
    expect([lu.delegant?.valeur, lu.delegataire?.valeur]).toEqual([{ sigle: 'DIRISI' }, { sigle: 'DINSIC' }]);
  });

  it('co-délégataires listed one per line: the first is the délégataire, the others are further parties', () => {
    const lu = parties(
      "Entre :\nLa mission interministérielle (MILDECA), représentée par X, dénommée ci-après le « délégant » ;\nD'une part,\net :\nLa direction des opérations (DO) de la DGA, représentée par Y ;\nLe service de l'exécution financière (SEREBC), représenté par Z ;\nLa direction du service de soutien de la flotte à Brest représenté par W ;\nDésignés sous le terme de « co-délégataires » ;\nD'autre part,\nVu le décret",
    );
    expect(lu.delegant?.valeur).toEqual({ sigle: 'MILDECA' });
    expect(lu.delegataire).toEqual({ valeur: { sigle: 'DO' }, ligne: 5 });
    expect(lu.autres.map((p) => p.valeur)).toEqual([{ sigle: 'SEREBC' }, { nom: 'Direction du service de soutien de la flotte à Brest' }]);
  });

  it('both parties on one line, « d\'une part, et » between them; « codélégataires » is a role', () => {
    const lu = parties(
      "Entre la direction du transport aérien de la DGAC du ministère de l'écologie, du développement durable et de l'énergie, représentée par le directeur, désignée sous le terme de « délégant », d'une part, et la direction des opérations de la DGA, représentée par le directeur, désignée sous le terme de « codélégataires », d'autre part,\n\nVu le décret",
    );
    expect(lu.delegant?.valeur).toEqual({ nom: "Direction du transport aérien de la DGAC du ministère de l'écologie, du développement durable et de l'énergie" });
    expect(lu.delegataire?.valeur).toEqual({ nom: 'Direction des opérations de la DGA' });
  });

  it('« Et » at the end of a line closes the party; « La présente convention est conclue entre : » and bullets open them', () => {
    const lu = parties(
      'La présente convention est conclue entre :\n\n  • le secrétariat général du ministère, désigné sous le terme de « délégant » d’une part ;\n\net\n\n  • le recteur de la région académique Île-de-France, désigné sous le terme de « délégataire » d’autre part ;\n\nIl a été convenu ce qui suit :',
    );
    expect([lu.delegant?.valeur, lu.delegataire?.valeur]).toEqual([{ nom: 'Secrétariat général du ministère' }, { nom: 'Recteur de la région académique Île-de-France' }]);
    const grenoble = parties('Entre\nLe Président du tribunal administratif de Grenoble, désigné sous le terme "délégant", d\'une part, Et\nLe Directeur de la prospective et des finances du Conseil d’État, désigné sous le terme de " délégataire", d\'autre part,\nIl est convenu ce qui suit :');
    expect([grenoble.delegant?.valeur, grenoble.delegataire?.valeur]).toEqual([
      { nom: 'Président du tribunal administratif de Grenoble' },
      { nom: "Directeur de la prospective et des finances du Conseil d'État" },
    ]);
  });

  it('« D\'une part, … / D\'autre part, … / De troisième part, … »: the name follows the rank, and the role line goes with the party above it', () => {
    const lu = parties(
      "Entre\n\nD'une part, le ministère de l'intérieur, de l'outre-mer et des collectivités territoriales, représenté par Madame M. ;\n\nD'autre part, le responsable du programme 152 « gendarmerie nationale », représenté par Monsieur G. ;\n\nCi-après le « délégant » ;\n\nEt\n\nDe troisième part, le service d'infrastructure de la défense, représenté par Monsieur A., dénommé le « délégataire » ;\n\nVu la loi",
    );
    expect(lu.delegant?.valeur).toEqual({ nom: 'Responsable du programme 152 « gendarmerie nationale »' });
    expect(lu.delegataire?.valeur).toEqual({ nom: "Service d'infrastructure de la défense" });
    expect(lu.autres.map((p) => p.valeur)).toEqual([{ nom: "Ministère de l'intérieur, de l'outre-mer et des collectivités territoriales" }]);
  });

  it('no role in the blocks: the State gives, the party named « Opérateur » receives; « Ainsi que : » opens the others', () => {
    const lu = parties(
      "Entre :\nL'Etat, représenté par le Premier ministre,\nD'une part,\nEt :\nL'EPIC Bpifrance, dont le siège est à Maisons-Alfort, ci-après dénommé l'« Opérateur »,\nD'autre part,\nAinsi que :\nBpifrance, société anonyme, dont le siège est à Maisons-Alfort, représentée par M. X ;\nBpifrance Investissement dont le siège est à Maisons-Alfort, représentée par M. X,\nIl a été préalablement exposé",
      'avenant',
    );
    expect(lu.delegant?.valeur).toEqual({ nom: 'Etat' });
    expect(lu.delegataire?.valeur).toEqual({ nom: 'EPIC Bpifrance' });
    expect(lu.autres.map((p) => p.valeur)).toEqual([{ nom: 'Bpifrance' }, { nom: 'Bpifrance Investissement' }]);
  });

  it('takes the acronym the text gives the party elsewhere, and leaves out the signatory « Marie (Etienne), »', () => {
    const lu = parties(
      "Convention\n\nEntre, Marie (Etienne), directeur de l'administration générale, du personnel et du budget du ministère de l'emploi, de la cohésion sociale et du logement, ministère de la santé et des solidarités, responsable du programme « conduite », délégant, d'une part,\nEt, Charpin (Jean-Michel), directeur général de l'Institut national de la statistique (INSEE), délégataire, d'autre part,\nPréambule\nLe programme dont le responsable est le directeur de l'administration générale, du personnel et du budget (DAGPB).",
    );
    expect(lu.delegant?.valeur).toEqual({ sigle: 'DAGPB' });
    expect(lu.delegataire?.valeur).toEqual({ sigle: 'INSEE' });
  });

  it('ends a name at a bare role: « Entre, le Secrétaire général …, délégant, d\'une part, et, le directeur …, délégataire »', () => {
    const lu = parties(
      "Entre, le Secrétaire général pour l'administration du ministère de la défense, délégant, d'une part, et, le directeur général de l'institut national de la statistique, délégataire, d'autre part, il a été convenu la mise en place d'une délégation.",
    );
    expect(lu.delegant?.valeur).toEqual({ nom: "Secrétaire général pour l'administration du ministère de la défense" });
    expect(lu.delegataire?.valeur).toEqual({ nom: "Directeur général de l'institut national de la statistique" });
  });
});

// Issue 21: a party is read only where the text assigns its role; parties named as ministers.
describe('lireParties — roles the text assigns, and ministers', () => {
  it('a mission interministérielle délègue to a direction générale and the finance direction, « dénommés … le délégataire » (BO 2010)', () => {
    const lu = parties(
      "Entre\nD'une part, la Mission interministérielle de lutte contre la drogue et la toxicomanie, BOP MILDT action n° 15 du programme 129 « Coordination du travail gouvernemental » relevant des services du Premier ministre, représentée par X, dénommé ci-après le « délégant »\nEt\nD'autre part,\nLa direction générale de l'enseignement scolaire représentée par Y\net la direction des affaires financières représentée par monsieur Z\ndénommés ci-après le « délégataire » ;\nVu la loi",
    );
    expect(lu.delegant?.valeur).toEqual({ sigle: 'MILDT' });
    expect(lu.delegataire).toEqual({ valeur: { nom: "Direction générale de l'enseignement scolaire" }, ligne: 5 });
    expect(lu.autres.map((p) => p.valeur)).toEqual([{ nom: 'Direction des affaires financières' }]);
  });

  it('ministers with their acting director in parentheses: the minister is the name, the service\'s acronym the sigle', () => {
    const lu = parties(
      "Convention du 12 mars 2021\nConclue entre :\nLe ministre du travail, de l'emploi et de l'insertion (délégué général à l'emploi et à la formation professionnelle), délégant, d'une part,\nEt :\nLe ministre de l'économie, des finances et de la relance (directeur général du Trésor), délégataire, d'autre part,\nVu le décret\nLes services de la délégation générale à l'emploi et à la formation professionnelle (DGEFP) et de la direction générale du Trésor (DG Trésor) gèrent ces crédits.",
    );
    expect(lu.delegant?.valeur).toEqual({ nom: "Ministre du travail, de l'emploi et de l'insertion", sigle: 'DGEFP' });
    expect(lu.delegataire?.valeur).toEqual({ nom: "Ministre de l'économie, des finances et de la relance", sigle: 'DG Trésor' });
  });

  it('ministers « représenté par le directeur … »; without an acronym in the text, no sigle is made up', () => {
    const lu = parties(
      "Conclue entre :\nLe ministre de l'économie, des finances et de la relance, représenté par le directeur général du Trésor, délégataire, d'une part,\nEt :\nLe garde des sceaux, ministre de la justice, représenté par le directeur de l'administration pénitentiaire, délégant, d'autre part.\nVu le décret",
    );
    expect(lu.delegant?.valeur).toEqual({ nom: 'Garde des sceaux, ministre de la justice' });
    expect(lu.delegataire?.valeur).toEqual({ nom: "Ministre de l'économie, des finances et de la relance" });
  });

  it('roles the blocks do not state, read from « X délègue à Y »', () => {
    const lu = parties(
      "Entre\nLe ministre du travail (délégué général à l'emploi),\nEt\nLe ministre de l'économie (directeur général du Trésor),\nIl est convenu ce qui suit :\nArticle 1\nLe ministre du travail délègue au ministre de l'économie la gestion des crédits du programme 102.",
    );
    expect(lu.delegant?.valeur.nom).toBe('Ministre du travail');
    expect(lu.delegataire?.valeur.nom).toBe("Ministre de l'économie");
    expect(lu.sansRole).toBeUndefined();
  });

  it('two parties and nothing that says who delegates: no role is guessed, both are listed for a finding', () => {
    const lu = parties("Entre\nLa direction du budget (DB),\nEt\nLa direction générale des finances publiques (DGFiP),\nIl est convenu ce qui suit :\nArticle 1 Objet");
    expect(lu.delegant).toBeUndefined();
    expect(lu.delegataire).toBeUndefined();
    expect(lu.sansRole?.map((p) => p.valeur)).toEqual([{ sigle: 'DB' }, { sigle: 'DGFiP' }]);
  });

  it('a service named as paying, or as a contact, outside the parties\' blocks is never a party', () => {
    const lu = parties(
      "Entre\nLa délégation générale à l'emploi (DGEFP), ci-après dénommée « le délégant »,\nEt\nLa direction interministérielle du numérique (DINUM), ci-après dénommée « le délégataire »,\nIl est convenu ce qui suit :\nLa direction des affaires financières (DAF) assure les paiements. Contact : le bureau des finances (BF).",
    );
    expect(lu).toEqual({ delegant: { valeur: { sigle: 'DGEFP' }, ligne: 2 }, delegataire: { valeur: { sigle: 'DINUM' }, ligne: 4 }, autres: [] });
  });

  it('two parties on one line after a role in guillemets: « … le « gestionnaire subventions », Bpifrance Investissement dont le siège … »', () => {
    const lu = parties(
      "Entre :\nL'Etat, représenté par le Premier ministre, ci-après dénommé l'Etat, de première part,\nEt :\nL'EPIC Bpifrance, dont le siège est à Maisons-Alfort, représenté par M. B, ci-après dénommé l'« Opérateur », de deuxième part,\nEt :\nBpifrance Financement SA, dont le siège est à Maisons-Alfort, représentée par M. D et ci-après dénommée le « gestionnaire subventions », Bpifrance Investissement dont le siège est à Maisons-Alfort, représentée par M. D et ci-après dénommée le « gestionnaire fonds propres », de troisième part,\nIl a été préalablement exposé ce qui suit :",
      'avenant',
    );
    expect([lu.delegant?.valeur, lu.delegataire?.valeur]).toEqual([{ nom: 'Etat' }, { nom: 'EPIC Bpifrance' }]);
    expect(lu.autres.map((p) => p.valeur)).toEqual([{ nom: 'Bpifrance Financement SA' }, { nom: 'Bpifrance Investissement' }]);
  });
});

describe('estSigle — « DG Trésor »', () => {
  it.each(['DG Trésor', 'SG Culture'])('%s is an acronym', (s) => expect(estSigle(s)).toBe(true));
  it.each(['PARIS Cedex', 'Le Trésor', 'DGTRESOR et'])('%s is not', (s) => expect(estSigle(s)).toBe(false));
});
