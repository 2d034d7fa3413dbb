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
