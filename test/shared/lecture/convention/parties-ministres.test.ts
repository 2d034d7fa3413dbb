import { describe, expect, it } from 'vitest';
import { creerDocument, plier } from '../../../../shared/lecture/convention/document';
import { partieMinistre, serviceDuTitre } from '../../../../shared/lecture/convention/parties-ministres';

describe('serviceDuTitre', () => {
  it.each([
    ['directeur général du Trésor', 'direction générale du Trésor'],
    ["délégué général à l'emploi et à la formation professionnelle", "délégation générale à l'emploi et à la formation professionnelle"],
    ["la directrice de l'administration pénitentiaire", "direction de l'administration pénitentiaire"],
    ['secrétaire général du ministère', 'secrétariat général du ministère'],
  ])('%s → %s', (titre, service) => {
    expect(serviceDuTitre(titre)).toBe(service);
  });
  it('is null for what is not a director', () => {
    expect(serviceDuTitre('Paris')).toBeNull();
  });
});

describe('partieMinistre', () => {
  const lire = (segment: string, texte = '') => partieMinistre(creerDocument(texte), segment, plier(segment));
  it('reads a minister, not a ministry', () => {
    expect(lire("ministre de la culture, délégant, d'une part")).toEqual({ nom: 'Ministre de la culture' });
    expect(lire("ministère de la culture (MC), délégant")).toBeNull();
  });
  it('keeps an acronym written in the parenthesis itself', () => {
    expect(lire("ministre de l'intérieur (DGSCGC), délégant")).toEqual({ nom: "Ministre de l'intérieur", sigle: 'DGSCGC' });
  });
  it('finds the service\'s acronym elsewhere in the text, else none', () => {
    const texte = 'Article 1\nLa direction générale du Trésor (DG Trésor) tient les comptes.';
    expect(lire("ministre de l'économie (directeur général du Trésor), délégataire", texte)).toEqual({ nom: "Ministre de l'économie", sigle: 'DG Trésor' });
    expect(lire("ministre de l'économie (directeur général du Trésor), délégataire")).toEqual({ nom: "Ministre de l'économie" });
  });
});
