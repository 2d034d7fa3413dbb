// Super-linear work, counted (never timed): each reader's work must grow like its input. Timings
// are in `npm run bench` (bench/croissance.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statutsDuRegistre, decrireStatut, indexerNoms } from '../../../shared/cli/status';
import { creerDocument, nettoyerLigne } from '../../../shared/lecture/convention/document';
import { ColonnesPrises, lireTableaux, type Cellule } from '../../../shared/lecture/tableau';
import type { Registre } from '../../../shared/registre/format';
import { genererRegistre } from '../../../bench/generateurs';

afterEach(() => vi.restoreAllMocks());

describe('lecteur de convention', () => {
  it('ne passe aucun motif sur une ligne vide : un texte de lignes vides coûte ses lignes', () => {
    const replace = vi.spyOn(String.prototype, 'replace');
    creerDocument('\n'.repeat(2000));
    // Before: eight patterns per blank line (and a RegExp built for each).
    expect(replace.mock.calls.length).toBeLessThan(50);
  });

  it('garde deux lignes vides de suite au plus, et la ligne du texte de chaque ligne gardée', () => {
    const doc = creerDocument(`${'\n'.repeat(100_000)}Article 1\n\n\n\n\nArticle 2\n`);
    // Before: 100 004 lines for every reader to walk.
    expect(doc.brutes).toEqual(['', '', 'Article 1', '', '', 'Article 2']);
    expect([3, 4, 5, 6].map((l) => doc.ligneOrigine(l))).toEqual([100_001, 100_002, 100_003, 100_006]);
  });

  it('un lien ne traverse pas le crochet d’un autre : « [a]( » répété échoue au crochet suivant', () => {
    // Before, the address ran over `[b](c` (and over 2 000 characters of `[a](` at every `[`).
    expect(nettoyerLigne('[a]([b](c)')).toBe('[a](b');
    expect(nettoyerLigne('![x]([y](z)')).toBe('![x](y');
    expect(nettoyerLigne('[data.gouv.fr](http://data.gouv.fr)')).toBe('data.gouv.fr');
  });
});

describe('lecteur de tableaux côte à côte', () => {
  it('marque les colonnes prises une fois chacune : une ligne coûte sa largeur', () => {
    const prises = new ColonnesPrises();
    for (let t = 0; t < 1000; t++) prises.prendre(4 * t, 4 * t + 2);
    expect([prises.libre(0), prises.libre(3), prises.libre(3998), prises.libre(4003), prises.libre(-1)]).toEqual([false, true, false, true, true]);
    expect(prises.toutPris(3)).toBe(true);
    expect(prises.toutPris(4)).toBe(false);
    prises.vider();
    expect(prises.libre(0)).toBe(true);
  });

  it('lit mille tableaux d’une même rangée', () => {
    const entete: Cellule[] = [];
    const donnees: Cellule[] = [];
    for (let t = 0; t < 1000; t++) {
      entete.push('Année', 'AE', 'CP', '');
      donnees.push(2024, 100, 50, '');
    }
    const tableaux = lireTableaux([entete, donnees]);
    expect(tableaux).toHaveLength(1000);
    expect(tableaux[999]!.plage).toBe('EWS1:EWU2');
  });
});

/** A registry whose startup and execution lists count the items read. */
function registreCompte(conventions: number): { registre: Registre; lectures: () => number } {
  const r = genererRegistre(conventions, 2);
  let lectures = 0;
  const compter = <T extends object>(liste: T[]): T[] =>
    new Proxy(liste, {
      get(cible, cle, recepteur) {
        if (typeof cle === 'string' && /^\d+$/.test(cle)) lectures++;
        return Reflect.get(cible, cle, recepteur);
      },
    });
  const startups = [...Array.from({ length: conventions * 4 }, (_, i) => ({ slug: `autre-${i}`, nom: `Autre ${i}` })), ...r.startups];
  const registre: Registre = {
    ...r,
    startups: compter(startups),
    executions: compter(r.conventions.map((c) => ({ conventionId: c.id, lignes: [] }))),
  };
  return { registre, lectures: () => lectures };
}

describe('jauge status', () => {
  it('lit chaque startup et chaque exécution une fois, pas une fois par convention', () => {
    for (const n of [50, 200]) {
      const { registre, lectures } = registreCompte(n);
      const noms = indexerNoms(registre);
      for (const s of statutsDuRegistre(registre, registre.conventions, '2025-06-01')) decrireStatut(s, registre, noms);
      // 5n startups and n executions: read once or twice each. Before: ≈ n × 5n / 2.
      expect(lectures()).toBeLessThanOrEqual(2 * 6 * n);
    }
  });
});
