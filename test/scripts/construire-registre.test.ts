import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { construireRegistre, FICHIER_REGISTRE, texteRegistre } from '../../scripts/construire-registre';

const racine = path.resolve(__dirname, '../..');

describe('scripts/construire-registre', () => {
  it('reconstruit exactement le fichier committé (lancez `npm run registre:construire` sinon)', () => {
    const committe = readFileSync(path.join(racine, FICHIER_REGISTRE), 'utf8');
    expect(texteRegistre()).toBe(committe);
  });

  it('donne le même registre à chaque construction (rien ne dépend de l’horloge)', () => {
    expect(construireRegistre()).toEqual(construireRegistre());
  });

  it('échoue clairement si les données partagées manquent', () => {
    expect(() => construireRegistre('/nexiste/pas')).toThrow(/Impossible de lire .*seeds\.expected\.json/);
  });
});
