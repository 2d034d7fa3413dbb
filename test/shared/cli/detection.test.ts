import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detecterFormat } from '../../../shared/cli/detection';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');

describe('detecterFormat', () => {
  it.each(readdirSync(SEEDS))('reconnaît la convention %s (malgré ses tableaux à tabulations)', (f) => {
    expect(detecterFormat(readFileSync(path.join(SEEDS, f), 'utf8'))).toBe('convention');
  });

  it('reconnaît un registre JSON, un registre CSV et un échéancier CSV', () => {
    expect(detecterFormat('  {"version":1}')).toBe('registre-json');
    expect(detecterFormat('id;type;annee;ae;cp\nx;delegation-de-gestion;2024;1;1')).toBe('registre-csv');
    expect(detecterFormat('"Identifiant","Année","AE","CP"\n')).toBe('registre-csv');
    expect(detecterFormat('Année;AE;CP\n2024;1 000 €;500 €\n2025;;500 €\n')).toBe('tableau-csv');
    expect(detecterFormat('Exercice\tAutorisations d\'engagement\tCrédits de paiement\n2024\t10\t5\n')).toBe('tableau-csv');
  });
});

describe('detecterFormat sur des conventions jamais vues et des tableaux piégeux', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/conventions');
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')))('%s est une convention', (f) => {
    expect(detecterFormat(readFileSync(path.join(FIXTURES, f), 'utf8'))).toBe('convention');
  });

  it('une convention dont « Article 1 » est loin du début, avec des virgules dans chaque phrase', () => {
    const texte = 'Le ministère de la Culture, représenté par sa secrétaire générale,\net la DINUM, représentée par sa directrice,\nsont convenus de ce qui suit.\n\nArticle 1 : Objet\nLa présente convention, signée le 3 mars 2024, précise les modalités.\n';
    expect(detecterFormat(texte)).toBe('convention');
  });

  it('un tableau en disposition registre dont la première colonne s’appelle « Convention » reste un tableau', () => {
    expect(detecterFormat('Convention;Année;AE;CP\ndgefp-2024;2024;100 000 €;50 000 €\n')).toBe('tableau-csv');
    expect(detecterFormat('Convention,Année,AE,CP\ndgefp-2024,2024,100000,50000\n')).toBe('tableau-csv');
  });

  it('un export Google Sheets en virgules dont la première ligne est un titre reste un tableau', () => {
    const csv = 'Convention de délégation de gestion DINUM,,\nDate de signature,28/03/2024,\n,,\nAnnée,AE,CP\n2024,"100 000,00 €","50 000,00 €"\n';
    expect(detecterFormat(csv)).toBe('tableau-csv');
  });
});

describe('detecterFormat sur les tableaux des agents', () => {
  const TABLEAUX = path.resolve(import.meta.dirname, '../../fixtures/tableaux');
  it.each(readdirSync(TABLEAUX).filter((f) => f.endsWith('.csv')))('%s est un tableau', (f) => {
    expect(detecterFormat(readFileSync(path.join(TABLEAUX, f), 'utf8').replace(/^\ufeff/, ''))).toBe('tableau-csv');
  });
});

describe('detecterFormat sur un texte à normaliser', () => {
  it('reconnaît un registre CSV dont les lignes finissent par U+2028 ou NEL, et dont l’en-tête porte des caractères invisibles', () => {
    expect(detecterFormat('id;ann\u00adée;ae;cp\u2028conv-1;2024;1000;500\u2028')).toBe('registre-csv');
    expect(detecterFormat('\u200bid;annee;ae;cp\u0085conv-1;2024;1000;500')).toBe('registre-csv');
  });
});
