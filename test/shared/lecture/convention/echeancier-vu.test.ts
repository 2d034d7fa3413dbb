// A table that looks like an échéancier but could not be read: found with its header, so the
// findings can point at it; a sentence that names AE and CP is not one.
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../../shared/lecture/convention';
import { creerDocument } from '../../../../shared/lecture/convention/document';
import { echeancierVu } from '../../../../shared/lecture/convention/echeancier-vu';

const vu = (texte: string) => echeancierVu(creerDocument(texte));

describe('echeancierVu', () => {
  it('trouve un en-tête Année / AE / CP dont les rangées n’ont pas pu être alignées', () => {
    expect(vu('Les montants sont les suivants :\n\nAnnée\tAE\tCP\n2024 300 000 € 200 000 €\n2025 200 000 € 300 000 €')).toEqual({ ligne: 3, entete: ['Année', 'AE', 'CP'] });
  });

  it('trouve un tableau aux années en colonnes', () => {
    expect(vu('Échéancier :\n2024 2025 Total\nAE 1 € 2 € 3 €\nCP 1 € 2 € 3 €')).toEqual({ ligne: 2, entete: ['2024 2025 Total'] });
  });

  it('ne prend pas une phrase qui nomme les AE et les CP pour un tableau', () => {
    expect(vu('Le délégataire rend compte chaque année de la consommation des AE et des CP mis à sa disposition en 2024 pour 300 000 €.')).toBeNull();
  });

  it('lireConvention le met dans le contexte des règles quand aucun échéancier n’a été lu, et pas sinon', () => {
    const { contexte } = lireConvention('Convention de délégation de gestion\n\nAnnée\tAE\tCP\n2024 300 000 € 200 000 €');
    expect(contexte.echeancierNonLu).toEqual({ position: { ligne: 3 }, entete: ['Année', 'AE', 'CP'] });
    expect(lireConvention('Convention de délégation de gestion\n\nAnnée\tAE\tCP\n2024\t300 000 €\t200 000 €').contexte.echeancierNonLu).toBeUndefined();
  });
});
