// The normaliser's property through the CLI's own path: the seed conventions, rewritten with the
// characters files bring (Unicode spaces, U+2028 / U+2029 / NEL / VT line ends, page breaks, format
// characters, NFD, ligatures…) and saved as UTF-8 bytes, go through `jauge parse --json` and
// `jauge check --json` (the document layer's entry, as for any file) and must read exactly as the
// clean file: same fields, same findings, at the same lines when the lines are unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandeCheck } from '../../../shared/cli/check';
import { commandeParse } from '../../../shared/cli/parse';
import type { EnvironnementCli } from '../../../shared/cli/sortie';
import { GARDE_LES_LIGNES, PERTURBATIONS, perturber, type Classe } from '../../aides/unicode';
import { PARTAGE } from '../../aides/partage';

const SEEDS = path.join(PARTAGE, 'seeds');
const AUJOURDHUI = '2025-01-10';
const SEMENCES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((nom) => ({ nom, texte: readFileSync(path.join(SEEDS, nom), 'utf8') }));

const env = (texte: string): EnvironnementCli => ({
  lireFichier: () => ({ ok: true, octets: new TextEncoder().encode(texte) }),
  aujourdhui: AUJOURDHUI,
});

/** What `parse --json` and `check --json` say of the file: fields, sources (when lines count), findings. */
async function lecture(texte: string, positions: boolean) {
  const parse = await commandeParse('convention.txt', true, env(texte));
  const check = await commandeCheck('convention.txt', true, AUJOURDHUI, env(texte));
  expect(parse.code).toBe(0);
  const { sources, ...champs } = JSON.parse(parse.stdout) as Record<string, unknown>;
  const constats = (JSON.parse(check.stdout) as { constats: { regle: string; gravite: string; message: string; position: unknown }[] }).constats.map((c) => ({
    regle: c.regle,
    gravite: c.gravite,
    message: positions ? c.message : c.message.replace(/\blignes? \d+/g, 'ligne …'),
    ...(positions ? { position: c.position } : {}),
  }));
  return positions ? { champs, sources, constats, code: check.code } : { champs, constats: constats.sort((a, b) => a.regle.localeCompare(b.regle)), code: check.code };
}

type Perturbations = [Classe, [number, number][]][];

describe('jauge parse et jauge check sous caractères Unicode — la même lecture que le fichier propre', () => {
  it.each(SEMENCES)('seed $nom', async ({ texte }) => {
    const propre = { avec: await lecture(texte, true), sans: await lecture(texte, false) };
    await fc.assert(
      fc.asyncProperty(PERTURBATIONS, async (p: Perturbations) => {
        const garde = p.every(([classe]) => GARDE_LES_LIGNES[classe]);
        const perturbe = p.reduce((t, [classe, choix]) => perturber(t, classe, choix), texte);
        expect(await lecture(perturbe, garde)).toEqual(garde ? propre.avec : propre.sans);
      }),
      { numRuns: 25 },
    );
  });

  it.each(['\u2028', '\u2029', '\u0085'])('un fichier dont toutes les lignes finissent par U+%s se lit comme avec des sauts de ligne', async (fin) => {
    const { texte } = SEMENCES[0]!;
    expect(await lecture(texte.replace(/\r?\n/g, fin), false)).toEqual(await lecture(texte, false));
  });
});
