// End to end on the five real conventions: lireConvention + verifier must report the rule ids that
// ../shared/spec/seeds.expected.json lists, and no other rule of gravité erreur.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../shared/lecture/convention';
import type { Constat } from '../../shared/model';
import { REGLE_EN_ECHEC, verifier } from '../../shared/verifier';

// The seeds and their spec sit beside the repository (../shared), as for the convention reader's tests.
const RACINE = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.resolve(RACINE, '../shared/seeds');
const attendu = JSON.parse(readFileSync(path.resolve(RACINE, '../shared/spec/seeds.expected.json'), 'utf8')) as Record<string, { constats?: string[] }>;
const fichiers = Object.keys(attendu).filter((f) => f.endsWith('.txt'));

/** Every finding of a seed as `gravité id @position`, for exact expectations below. */
function resume(constats: Constat[]): string[] {
  return constats.map((c) => `${c.gravite} ${c.regle} @${c.position?.ligne ?? '-'}`);
}

/** Everything the rules report on each seed (spec ids plus warnings and information), with the text line. */
const DETAIL: Record<string, string[]> = {
  '000_f79b61af944d2ba6.txt': [
    'avertissement code-chorus-mal-forme @52', // BOP 013-CEFP
    'information visa-cbcm-probable @119', // 2 500 000 € of AE in 2024
    "information annee-sans-avenant @120", // « au titre de l'année 2025 sera établie par avenant »
    'avertissement code-chorus-mal-forme @132', // activité 01030000-2303
  ],
  '001_873972cac49ffa0d.txt': ['avertissement code-chorus-mal-forme @124'], // DF 349-01-01
  '002_9c47eb9a90aa973e.txt': [
    'information plafond-non-reparti @96', // 600 000 € of a 2 M€ maximum
    'avertissement articles-mal-numerotes @98', // Article 2 twice
    'information visa-cbcm-probable @152', // 500 000 € of AE in 2021
    'avertissement code-chorus-mal-forme @171', // 13-character activité
  ],
  '003_f3a018de4bd6a119.txt': ['avertissement articles-mal-numerotes @126'], // Article 4 missing
  '004_4089475481e85089.txt': [],
};

describe('seeds : lireConvention + verifier', () => {
  it('couvre les cinq seeds', () => {
    expect(fichiers).toHaveLength(5);
  });

  for (const fichier of fichiers) {
    describe(fichier, () => {
      const texte = readFileSync(path.join(SEEDS, fichier), 'utf8');
      const { contexte } = lireConvention(texte);
      const attendus = attendu[fichier]!.constats ?? [];

      for (const aujourdhui of [undefined, '2024-06-01', '2030-01-01']) {
        it(`rapporte exactement les constats du spec${aujourdhui ? ` (au ${aujourdhui})` : ''}`, () => {
          const constats = verifier(aujourdhui ? { ...contexte, localiser: contexte.localiser, aujourdhui } : contexte);
          const ids = new Set(constats.map((c) => c.regle));
          for (const id of attendus) expect(ids, `${id} attendu`).toContain(id);
          const erreursEnTrop = constats.filter((c) => c.gravite === 'erreur' && !attendus.includes(c.regle));
          expect(erreursEnTrop.map((c) => `${c.regle} : ${c.message}`)).toEqual([]);
          expect(ids.has(REGLE_EN_ECHEC)).toBe(false);
        });
      }

      it('donne le détail attendu, positions comprises', () => {
        expect(resume(verifier(contexte))).toEqual(DETAIL[fichier]);
      });
    });
  }
});
