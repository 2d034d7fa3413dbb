// The hostile-files campaign (issue 17): every input made by scripts/fabriquer-hostiles.ts is read by
// the real CLI in a process of its own, and each gives its French refusal (naming the file and the
// reason) or the reading a person sees, within 60 s and 1 GiB of peak memory (measured per input).
// The large inputs run under JAUGE_PROFOND=1 only (and in `npm run bench`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAS_HOSTILES } from '../../scripts/fabriquer-hostiles';
import { DUREE_MAX_CAMPAGNE_MS, executerCampagne, MEMOIRE_MAX_CAMPAGNE_MIO, tableauCampagne, type ResultatCas } from '../../scripts/hostiles/campagne';
import type { CasHostile } from '../../scripts/hostiles/cas';

const profond = process.env.JAUGE_PROFOND === '1';
const CAS = CAS_HOSTILES.filter((c) => profond || !c.profond);
const resultats = new Map<string, ResultatCas>();

/** English a library might let through (PDF.js, fflate, Node): never in a message to a person. */
const ANGLAIS = /\b(the|is|not|of|invalid|error|failed|unexpected|cannot|unknown|missing|expected|exceeded|stack|undefined|null)\b/i;

beforeAll(async () => {
  for (const r of await executerCampagne(CAS, 3)) resultats.set(r.cas.nom, r);
}, 600_000);

afterAll(() => {
  if (resultats.size > 0) console.log(`Campagne des fichiers hostiles\n${tableauCampagne([...resultats.values()])}`);
});

const resultat = (cas: CasHostile) => {
  const r = resultats.get(cas.nom);
  if (!r) throw new Error(`pas de résultat pour ${cas.nom}`);
  return r;
};

describe('campagne des fichiers hostiles', () => {
  it('compte une centaine d’entrées, chacune nommée une seule fois', () => {
    expect(new Set(CAS_HOSTILES.map((c) => c.nom)).size).toBe(CAS_HOSTILES.length);
    expect(CAS_HOSTILES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CAS.map((c) => [c.nom, c] as const))('%s : fini en 60 s au plus, 1 Gio de mémoire au plus', (_, cas) => {
    const r = resultat(cas);
    expect(r.tue).toBe(false);
    expect(r.code).not.toBeNull();
    expect(r.duree).toBeLessThanOrEqual(DUREE_MAX_CAMPAGNE_MS);
    expect(r.memoire).toBeLessThanOrEqual(MEMOIRE_MAX_CAMPAGNE_MIO);
  });

  it.each(CAS.map((c) => [c.nom, c] as const))('%s : le refus en français ou la lecture visible', (_, cas) => {
    const r = resultat(cas);
    const sortie = `${r.stdout}\n${r.stderr}`;
    expect({ code: r.code, sortie }).toMatchObject({ code: cas.attendu.code });
    for (const motif of cas.attendu.sortie ?? []) expect(sortie).toMatch(motif);
    // What a PDF page hid is quoted in the finding that says it was left aside, and nowhere else.
    const lue = sortie.replace(/^ *Page \d+ : du texte que la page ne montre pas n'a pas été lu : .*$/gm, '');
    for (const motif of cas.attendu.jamais ?? []) expect(lue).not.toMatch(motif);
    if (cas.attendu.code === 2) {
      // A refusal names the file (or folder) and says why, in French, on stderr.
      expect(r.stderr).toMatch(new RegExp(`^jauge : .*${cas.nom.replace(/[.]/g, '\\.')}`));
      expect(r.stderr).not.toMatch(ANGLAIS);
    }
  });
});
