// Conformance gates in the manner of ESLint's checkRuleFiles: every rule file has its test, sits in the
// registry under its file name, and describes itself fully (id, gravité, titre, pourquoi with its source's certainty).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Gravite } from '../../../shared/model';
import { regles } from '../../../shared/regles/index';
import type { Regle } from '../../../shared/regles/regle';

const DOSSIER_REGLES = fileURLToPath(new URL('../../../shared/regles/', import.meta.url));
const DOSSIER_TESTS = fileURLToPath(new URL('./', import.meta.url));
/** Not rules: the contract and the registry. Helpers live in shared/regles/outils/. */
const HORS_REGLES = new Set(['index.ts', 'regle.ts']);

const fichiers = readdirSync(DOSSIER_REGLES)
  .filter((f) => f.endsWith('.ts') && !HORS_REGLES.has(f))
  .sort();
const ids = fichiers.map((f) => f.replace(/\.ts$/, ''));

/** The ids the issue names (spec and held-out checks use them). */
const IDS_EXIGES = [
  'montant-illisible', 'montant-negatif', 'annee-illisible', 'annee-en-double', 'annees-non-consecutives', 'annee-hors-periode',
  'cp-cumules-superieurs-ae', 'totaux-ae-cp-differents', 'plafond-depasse', 'total-faux', 'lettres-chiffres-discordants',
  'echeancier-absent', 'ae-engagees-depassent', 'cp-payes-depassent', 'uo-discordante', 'code-chorus-mal-forme',
  'programme-discordant', 'date-signature-absente', 'date-fin-absente', 'date-fin-avant-signature', 'articles-mal-numerotes',
  'visa-cbcm-probable',
];

describe('conformité des règles', () => {
  it('trouve des fichiers de règles', () => {
    expect(fichiers.length).toBeGreaterThanOrEqual(IDS_EXIGES.length);
  });

  it('contient toutes les règles exigées', () => {
    expect(IDS_EXIGES.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('le registre liste exactement les fichiers de règles, triés par id, sans doublon', () => {
    const registre = regles.map((r) => r.meta.id);
    expect(registre).toEqual(ids);
    expect([...registre].sort()).toEqual(registre);
    expect(new Set(registre).size).toBe(registre.length);
  });

  for (const id of ids) {
    describe(id, () => {
      it('exporte par défaut la règle de son nom, la même que celle du registre', async () => {
        const module = (await import(join(DOSSIER_REGLES, `${id}.ts`))) as { default?: Regle };
        expect(module.default, `${id}.ts n'exporte pas de règle par défaut`).toBeDefined();
        expect(module.default!.meta.id).toBe(id);
        expect(regles.find((r) => r.meta.id === id)).toBe(module.default);
        expect(typeof module.default!.check).toBe('function');
      });

      it('a une description complète', () => {
        const regle = regles.find((r) => r.meta.id === id);
        expect(regle, `${id} absente du registre`).toBeDefined();
        const { meta } = regle!;
        expect(meta.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(Gravite.safeParse(meta.gravite).success).toBe(true);
        expect(meta.titre.trim().length).toBeGreaterThan(5);
        expect(meta.titre).toMatch(/^[A-ZÀ-Ý]/);
        expect(meta.titre).not.toMatch(/\.$/);
        // Why: the source (article, decree, practice) and how sure it is, in domain-research's words.
        expect(meta.pourquoi.length).toBeGreaterThan(80);
        expect(meta.pourquoi).toMatch(/\[(?:sûr|probable|incertain)\]/);
      });

      it('a son fichier de test qui la passe au testeur', () => {
        const chemin = join(DOSSIER_TESTS, `${id}.test.ts`);
        expect(existsSync(chemin), `test manquant : test/shared/regles/${id}.test.ts`).toBe(true);
        const source = readFileSync(chemin, 'utf8');
        expect(source).toContain(`shared/regles/${id}'`);
        expect(source).toMatch(/testerRegle\(regle,/);
      });

      it('commence par un @fileoverview qui dit ce qu’elle contrôle', () => {
        expect(readFileSync(join(DOSSIER_REGLES, `${id}.ts`), 'utf8')).toMatch(/^\/\*\*\n \* @fileoverview \S/);
      });
    });
  }
});
