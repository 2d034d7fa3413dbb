import { describe, expect, it } from 'vitest';
import { decrireSource, motifCouvre } from '../../../../extension/lib/sources/source';

const source = (url: string, table?: string) => {
  const d = decrireSource(url, table);
  if (!d.ok) throw new Error(d.erreur);
  return d.source;
};

describe('Google Sheets', () => {
  it('une feuille publiée en CSV : lue telle quelle, deux hôtes demandés', () => {
    const url = 'https://docs.google.com/spreadsheets/d/e/2PACX-1vR_abc-DEF/pub?gid=0&single=true&output=csv';
    expect(source(url)).toMatchObject({
      genre: 'google-sheets',
      url,
      motifs: ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'],
      chaineAttendue: ['docs.google.com', '*.googleusercontent.com'],
    });
  });

  it('une publication en page Web (pubhtml) devient sa version CSV', () => {
    expect(source('https://docs.google.com/spreadsheets/d/e/2PACX-1vR_abc/pubhtml?gid=123').url).toBe(
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vR_abc/pub?gid=123&single=true&output=csv',
    );
  });

  it('l’adresse d’une feuille ouverte dans Sheets devient son export CSV, avec le conseil de la publier', () => {
    const s = source('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#gid=987654');
    expect(s.url).toBe('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/export?format=csv&gid=987654');
    expect(s.description).toContain('Feuille Google ouverte dans Sheets');
    expect(s.conseil).toContain('« Tous les utilisateurs qui ont le lien »');
    expect(s.conseil).toContain('Fichier › Partager › Publier sur le Web');
    expect(source('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit?usp=sharing').url).toMatch(/export\?format=csv&gid=0$/);
  });

  it('une autre adresse de Sheets est refusée en disant comment publier', () => {
    const d = decrireSource('https://docs.google.com/spreadsheets/u/0/');
    expect(d).toMatchObject({ ok: false, erreur: expect.stringContaining('Publier sur le Web') });
  });
});

describe('data.gouv.fr', () => {
  it('le lien stable d’une ressource : www puis static, les deux demandés', () => {
    expect(source('https://www.data.gouv.fr/fr/datasets/r/0d8e3c43-1b1b-4a1e-9c3e-5a4f3f0c1e2d')).toMatchObject({
      genre: 'data-gouv',
      motifs: ['https://www.data.gouv.fr/*', 'https://static.data.gouv.fr/*'],
      chaineAttendue: ['www.data.gouv.fr', 'static.data.gouv.fr'],
    });
  });
  it('la page d’un jeu de données est refusée : il faut le lien de la ressource', () => {
    expect(decrireSource('https://www.data.gouv.fr/fr/datasets/conventions-dinum/')).toMatchObject({ ok: false, erreur: expect.stringContaining('lien stable') });
  });
  it('un fichier de static.data.gouv.fr est lu, avec le conseil du lien stable', () => {
    expect(source('https://static.data.gouv.fr/resources/conventions/20260101-120000/registre.csv').conseil).toContain('change à chaque nouvelle version');
  });
});

describe('Grist', () => {
  it('grist.numerique.gouv.fr (équipe dans le chemin) : l’API de la même équipe', () => {
    const s = source('https://grist.numerique.gouv.fr/o/dinum/hQHXqAQXceeQBPvRw5sSs1/Registre-budgetaire/p/2', 'Registre');
    expect(s).toMatchObject({
      genre: 'grist',
      url: 'https://grist.numerique.gouv.fr/o/dinum/api/docs/hQHXqAQXceeQBPvRw5sSs1/download/csv?tableId=Registre&header=label',
      motifs: ['https://grist.numerique.gouv.fr/*'],
      origineCle: 'https://grist.numerique.gouv.fr',
    });
  });
  it('docs.getgrist.com et un site d’équipe', () => {
    expect(source('https://docs.getgrist.com/kPfE8j9XskrR/Conventions', 'Conventions').url).toBe(
      'https://docs.getgrist.com/api/docs/kPfE8j9XskrR/download/csv?tableId=Conventions&header=label',
    );
    expect(source('https://dinum.getgrist.com/doc/kPfE8j9XskrR', 'T1').url).toBe('https://dinum.getgrist.com/api/docs/kPfE8j9XskrR/download/csv?tableId=T1&header=label');
  });
  it('une adresse Grist sans table, une table invalide, un chemin qui n’est pas un document : refusés en le disant', () => {
    expect(decrireSource('https://grist.numerique.gouv.fr/o/dinum/hQHXqAQXceeQBPvRw5sSs1/')).toMatchObject({ ok: false, erreur: expect.stringContaining('indiquez aussi la table') });
    expect(decrireSource('https://docs.getgrist.com/kPfE8j9XskrR/', 'Régistre')).toMatchObject({ ok: false, erreur: expect.stringContaining('Table Grist « Régistre » invalide') });
    expect(decrireSource('https://docs.getgrist.com/account', 'T1')).toMatchObject({ ok: false, erreur: expect.stringContaining('ne désigne pas un document') });
  });
});

describe('autre adresse', () => {
  it('son seul hôte, sans l’ancre', () => {
    expect(source('https://registre.exemple.gouv.fr/jauge/registre.json#x')).toMatchObject({ genre: 'adresse', motifs: ['https://registre.exemple.gouv.fr/*'], chaineAttendue: ['registre.exemple.gouv.fr'] });
  });
});

describe('motifs', () => {
  it('un motif *.domaine couvre ses sous-domaines, pas un domaine qui lui ressemble', () => {
    expect(motifCouvre('https://*.googleusercontent.com/*', new URL('https://doc-0s-sheets.googleusercontent.com/x'))).toBe(true);
    expect(motifCouvre('https://*.googleusercontent.com/*', new URL('https://googleusercontent.com.exemple.fr/x'))).toBe(false);
    expect(motifCouvre('https://*.googleusercontent.com/*', new URL('http://a.googleusercontent.com/x'))).toBe(false);
    expect(motifCouvre('https://*/*', new URL('https://static.data.gouv.fr/x'))).toBe(true);
  });
});
