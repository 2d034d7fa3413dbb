import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Regle } from '../../shared/regles/regle';
import type { ContexteRegle } from '../../shared/modele/lu';
import { regles } from '../../shared/regles/index';
import { REGLE_EN_ECHEC, verifier } from '../../shared/verifier';
import { Constat } from '../../shared/model';
import { cellule, contexte, type LigneTest } from './regles/testeur';
import { essais } from '../aides/essais';

const regleFixe = (id: string, rapports: ReturnType<Regle['check']>, gravite: Regle['meta']['gravite'] = 'avertissement'): Regle => ({
  meta: { id, gravite, titre: `Règle ${id}`, pourquoi: 'Pour le test [sûr].' },
  check: () => rapports,
});

describe('verifier', () => {
  it('applique toutes les règles du registre par défaut', () => {
    const c = contexte({ lignes: [[2024, 1000000, 1200000], [2024, 1, 1]], total: [5, 5] });
    const ids = new Set(verifier(c).map((k) => k.regle));
    for (const attendu of ['cp-cumules-superieurs-ae', 'annee-en-double', 'total-faux', 'visa-cbcm-probable']) expect(ids).toContain(attendu);
    expect(ids).not.toContain(REGLE_EN_ECHEC);
    expect([...ids].every((id) => regles.some((r) => r.meta.id === id))).toBe(true);
  });

  it('un échéancier propre ne donne aucun constat', () => {
    expect(verifier(contexte({ lignes: [[2024, 100000, 60000], [2025, 0, 40000]] }))).toEqual([]);
  });

  it('estampille la règle, la gravité (meta ou surcharge) et la convention', () => {
    const c = contexte({ convention: { id: 'menjs-2021-01-26' } });
    const obtenus = verifier(c, {
      regles: [regleFixe('r-a', [{ message: 'Un.', position: null }, { message: 'Deux.', position: null, gravite: 'erreur' }])],
    });
    expect(obtenus).toEqual([
      { regle: 'r-a', gravite: 'avertissement', message: 'Un.', position: null, conventionId: 'menjs-2021-01-26' },
      { regle: 'r-a', gravite: 'erreur', message: 'Deux.', position: null, conventionId: 'menjs-2021-01-26' },
    ]);
    for (const o of obtenus) expect(Constat.safeParse(o).success).toBe(true);
  });

  it('trie par position : document entier, puis ligne, colonne, champ ; ordre des règles à égalité', () => {
    const obtenus = verifier(contexte(), {
      regles: [
        regleFixe('r-1', [
          { message: 'C5.', position: cellule('C5') },
          { message: 'B5.', position: cellule('B5') },
          { message: 'champ.', position: { champ: 'dateFin' } },
        ]),
        regleFixe('r-2', [
          { message: 'Document.', position: null },
          { message: 'Ligne 2.', position: { ligne: 2 } },
          { message: 'B5 bis.', position: cellule('B5') },
        ]),
      ],
    });
    expect(obtenus.map((o) => o.message)).toEqual(['Document.', 'Ligne 2.', 'B5.', 'B5 bis.', 'C5.', 'champ.']);
  });

  it("transforme une règle qui lève une exception en constat regle-en-echec, sans s'arrêter", () => {
    const casse: Regle = { meta: { id: 'casse', gravite: 'information', titre: 'Cassée', pourquoi: 'Test [sûr].' }, check: () => { throw new TypeError('x is undefined'); } };
    const obtenus = verifier(contexte(), { regles: [casse, regleFixe('saine', [{ message: 'Vu.', position: { ligne: 3 } }])] });
    expect(obtenus).toHaveLength(2);
    expect(obtenus[0]).toMatchObject({ regle: REGLE_EN_ECHEC, gravite: 'erreur', position: null, conventionId: 'test' });
    expect(obtenus[0]!.message).toMatch(/^La règle «\scasse\s» n'a pas pu s'exécuter \(x is undefined\)/);
    expect(obtenus[1]).toMatchObject({ regle: 'saine', message: 'Vu.' });
  });

  it('refuse les rapports inutilisables et les règles sans meta', () => {
    const obtenus = verifier(contexte(), {
      regles: [
        regleFixe('pas-liste', 'oups' as unknown as []),
        regleFixe('sans-message', [{ position: null } as unknown as { message: string; position: null }]),
        regleFixe('gravite-inconnue', [{ message: 'X.', position: null, gravite: 'fatale' as unknown as 'erreur' }]),
        { check: () => [] } as unknown as Regle,
      ],
    });
    expect(obtenus.map((o) => o.regle)).toEqual([REGLE_EN_ECHEC, REGLE_EN_ECHEC, REGLE_EN_ECHEC, REGLE_EN_ECHEC]);
    expect(obtenus.map((o) => /«\s(.*?)\s»/.exec(o.message)?.[1])).toEqual(['pas-liste', 'sans-message', 'gravite-inconnue', '(sans identifiant)']);
  });

  it('ne lève jamais, même sur un contexte incohérent', () => {
    const bancal = { convention: { id: 'x' }, echeancier: null } as unknown as ContexteRegle;
    expect(() => verifier(bancal)).not.toThrow();
    const obtenus = verifier(bancal);
    expect(obtenus.length).toBeGreaterThan(0);
    for (const o of obtenus) expect(Constat.safeParse(o).success).toBe(true);
  });

  it("fonctionne sur un contexte recopié qui a perdu localiser (les positions viennent alors des sources)", () => {
    const c = contexte({ convention: { bop: '013-CEFP', chorus: { centreFinancier: '0103-CEFP-C004' }, sources: { bop: 52 } } });
    const { localiser: _, ...copie } = c;
    const obtenus = verifier(copie as ContexteRegle);
    expect(obtenus.filter((o) => o.regle === REGLE_EN_ECHEC)).toEqual([]);
    expect(obtenus.find((o) => o.regle === 'code-chorus-mal-forme')?.position).toEqual({ ligne: 52 });
  });
});

describe('verifier — propriétés', () => {
  const montant = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -2_000_000, max: 5_000_000 }),
    fc.constantFrom('', '1.900', '#REF!', '2 500 000 €', '-5 €', 'beaucoup', '1,2 M€', '(300 €)'),
  );
  const ligne = fc.tuple(
    fc.oneof(fc.constant(null), fc.integer({ min: 1990, max: 2110 }), fc.constantFrom('24', 'Total', '')),
    montant,
    montant,
    fc.option(montant, { nil: undefined }),
    fc.option(montant, { nil: undefined }),
  );
  const date = fc.option(fc.constantFrom('2020-12-16', '2024-02-29', '2025-12-31', '2023-02-30', 'demain', ''), { nil: undefined });
  const code = fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('0103-CEFP-C004', '013-CEFP', '349-01-01', '01030000-2303', 'BG00/', '-', '')), { nil: undefined });

  it('aucune règle ne lève ni ne rend de constat invalide, quelles que soient les données', () => {
    fc.assert(
      fc.property(
        fc.array(ligne, { maxLength: 8 }),
        fc.option(fc.tuple(montant, montant), { nil: undefined }),
        date,
        date,
        code,
        code,
        code,
        fc.option(fc.array(code, { maxLength: 3 }), { nil: undefined }),
        fc.option(fc.string({ maxLength: 400 }), { nil: undefined }),
        fc.option(fc.record({ ae: fc.integer({ min: -10, max: 1e11 }), dureeMois: fc.integer({ min: 1, max: 120 }) }), { nil: undefined }),
        (lignes, total, dateSignature, dateFin, uo, bop, programme, activites, texte, plafond) => {
          const c = contexte({
            lignes: lignes as LigneTest[],
            ...(total ? { total } : {}),
            ...(texte !== undefined ? { texte, montantsEnLettres: [{ chiffres: 12, lettres: texte.slice(0, 40), ligne: 1 }] } : {}),
            convention: {
              dateSignature,
              dateFin,
              uo,
              bop,
              programme,
              ...(plafond ? { plafond } : {}),
              chorus: { centreFinancier: uo, activites: activites?.filter((a): a is string => a !== undefined), domaineFonctionnel: bop },
            },
            execution: { conventionId: 'test', lignes: [{ annee: 2024, aeEngagees: 10, cpPayes: null }] },
            aujourdhui: '2025-01-01',
          });
          const constats = verifier(c);
          expect(constats.filter((k) => k.regle === REGLE_EN_ECHEC).map((k) => k.message)).toEqual([]);
          for (const k of constats) expect(Constat.safeParse(k).success).toBe(true);
        },
      ),
      { numRuns: essais(1500) },
    );
  });
});
