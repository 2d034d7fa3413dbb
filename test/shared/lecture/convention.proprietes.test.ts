// Property tests: whatever text it is given — random characters, convention-like fragments, or the
// real seeds cut, shuffled and garbled — lireConvention never throws, its convention validates
// against the zod model, and its context is consistent (positions inside the text, cells typed).
// 10 000+ generated texts in all in the deep run (`npm run test:profond`), a tenth in `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lireConvention, type LectureConvention } from '../../../shared/lecture/convention';
import { Convention } from '../../../shared/model';
import type { ValeurLue } from '../../../shared/modele/lu';
import { essais } from '../../aides/essais';

const RACINE = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.resolve(RACINE, '../shared/seeds');
const SEMENCES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));

function verifierValeur(v: ValeurLue<number>, nbLignes: number): void {
  expect(typeof v.brut).toBe('string');
  if (v.valeur !== null) expect(Number.isSafeInteger(v.valeur)).toBe(true);
  if (v.probleme !== undefined) {
    expect(v.valeur).toBeNull();
    expect(v.probleme.length).toBeGreaterThan(0);
  }
  if (v.position?.ligne !== undefined) expect(v.position.ligne).toBeLessThanOrEqual(nbLignes);
}

/** What every reading must satisfy, whatever the text. */
function verifierLecture({ convention, contexte }: LectureConvention): void {
  const lu = Convention.safeParse(convention);
  if (!lu.success) throw new Error(`Convention invalide : ${lu.error.message}`);
  const nbLignes = contexte.texte?.length ?? 0;
  expect(contexte.convention).toBe(convention);
  expect(contexte.aujourdhui).toBeUndefined();
  for (const ligne of Object.values(convention.sources ?? {})) expect(ligne).toBeLessThanOrEqual(Math.max(nbLignes, 1));
  for (const champ of Object.keys(convention.sources ?? {})) expect(contexte.localiser(champ)).toEqual({ ligne: convention.sources![champ] });
  expect(contexte.localiser('champ-inexistant')).toBeNull();
  // Rows of the convention are the context's rows whose year was read, in order.
  expect(convention.echeancier).toEqual(
    contexte.echeancier.filter((l) => l.annee.valeur !== null).map((l) => ({ annee: l.annee.valeur, ae: l.ae.valeur, cp: l.cp.valeur })),
  );
  for (const l of contexte.echeancier) for (const v of [l.annee, l.ae, l.cp]) verifierValeur(v, nbLignes);
  for (const p of contexte.montantsEnLettres ?? []) {
    verifierValeur(p.chiffres, nbLignes);
    expect(p.lettres.trim().length).toBeGreaterThan(0);
  }
  // Absent means absent: no empty objects or lists stand for a field that was not read.
  for (const champ of ['chorus', 'plafond'] as const) if (convention[champ]) expect(Object.keys(convention[champ]!).length).toBeGreaterThan(0);
  for (const champ of ['startups', 'autresParties', 'anneesParAvenant'] as const) if (convention[champ]) expect(convention[champ]!.length).toBeGreaterThan(0);
  // Years left to an avenant: increasing, once each, each with its line.
  const annees = convention.anneesParAvenant ?? [];
  expect(annees).toEqual([...new Set(annees)].sort((a, b) => a - b));
  annees.forEach((_, k) => expect(convention.sources?.[`anneesParAvenant.${k}`]).toBeGreaterThan(0));
}

const lireEtVerifier = (texte: string) => verifierLecture(lireConvention(texte));

/** Fragments of conventions, to build texts that reach every reader. */
const FRAGMENT = fc.constantFrom(
  'Entre', 'Et', 'ET', 'Et ensemble, « les parties »', 'ENTRE LES SOUSSIGNÉS :', 'Vu le décret n° 2004-1085 du 14 octobre 2004',
  'La Direction générale de la santé (DGS-CNAM),', 'Le ministère (MENJS),', 'La Direction interministérielle du numérique (DINUM)',
  'Ci-après dénommée « le délégant »,', 'Ci-après dénommée « le délégataire » ou « la DINUM »,', 'délégrant, d\'une part ;', '« le partenaire-délegataire »',
  'Convention de délégation de gestion', 'Convention de partenariat FAST 14 | Service', 'Avenant n°2 à la convention de délégation de gestion',
  '## **Article 1 : Objet**', '### Article 3 : Obligations', 'Article 2 - Durée', 'Il a été convenu ce qui suit :', 'Préambule',
  'Fait à Paris, le **28 MARS 2024**', 'Fait à Paris, le', 'A Lyon, le 1er juillet 2025', 'Fait à Paris, le 31/02/2024', '27 mars 2024',
  "Elle est conclue jusqu'au 31 décembre 2025.", "jusqu'au 30/06/2022", 'La date de fin, initialement fixée au 31 décembre 2025, est portée au 30 juin 2026.',
  "l'unité opérationnelle (UO) [0103-CEFP-C004] du budget opérationnel de programme (BOP) [013-CEFP] du programme 103", "l'UO 0214-CEN2-LGAC",
  'Références Chorus :\t', 'Axe ministériel 1\t36', 'Axe ministériel 2 :\tInserjeunes coaching', 'Domaine fonctionnel :\t0103-01-01',
  'Centre financier :\t0103-CEFP-C004', 'Activité(s) :\t01030000-2303', 'Centre de coût :\tEMPEF00075', 'Centre de coûts\tCENLOG 1075',
  "Paramétrage de l'adhérence\t", 'Centre de coûts\tDININCUB', 'Code programme\tP 214 _ BOP SAAM',
  'Centre financier\tDomaine fonctionnel\tActivité', '0214-CDEP-EVAL\t0214-09-01\t021409010001',
  '\tAE\tCP', 'Année\tAE\tCP', '| Exercice | Autorisations d\'engagement | Crédits de paiement |', '|---|---|---|', '| 2025 | 800 k€ | 700 k€ |',
  '2024\t2 500 000 € (deux millions cinq cent mille euros)\t1 900 000 € (un million neuf cent mille euros)', '2025\t\t600 000 €',
  '2023\t90 000€\t60 000€', '202A\t1 2O0 000 €\t1.900 €', 'Total\t3 M€\t3 M€', 'Exercice          2025            2026', 'AE                150 000 €       50 000 €',
  'CP                100 000 €       100 000 €', '- au titre de 2025 : 120 000 € en AE et 60 000 € en CP ;',
  "pour un montant maximum de 2 millions d'euros sur une période de 18 mois", 'dans la limite de 1,4 M€ en AE et en CP', 'un montant maximum de 50 000 € en AE et 40 000 € en CP',
  'à hauteur de 50 000 euros au titre du Fonds d\'accélération des Startups d\'Etat (FAST).', 'lauréate du FAST pour un montant de **30 000 €**.',
  'sous réserve du respect d\'un préavis de trois mois.', 'un préavis de 3 (trois) mois', 'comité d\'investissement organisé tous les six mois', 'comité d\'investissement annuel',
  '<https://beta.gouv.fr/startups/?incubateur=mission-apprentissage>', 'https://beta.gouv.fr/startups/classe-a-12.html', '[data.insertion](https://beta.gouv.fr)',
  '<sup>1</sup> <https://franceconnect.gouv.fr/partenaires/>', 'deux millions d\'euros (2 000 000 €)',
  "Le montant au titre de l'année 2025 sera établi par avenant.", 'Les crédits 2026 et 2024 seront fixés par voie d\'avenant ;', 'avenant du 20 juin 2023', '(', ')', '«', '»', '\t', '|', '**', '#', '', ' ', '\u00a0', '\u202f',
);

const LIGNE = fc.oneof(
  { weight: 6, arbitrary: FRAGMENT },
  { weight: 2, arbitrary: fc.array(FRAGMENT, { maxLength: 4 }).map((f) => f.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);
const FIN_DE_LIGNE = fc.constantFrom('\n', '\r\n', '\r');

/** A seed changed the way files get damaged: lines dropped, shuffled, duplicated, digits garbled, cut. */
const SEED_ABIME = fc
  .record({
    seed: fc.constantFrom(...SEMENCES),
    supprimees: fc.array(fc.nat(), { maxLength: 30 }),
    melange: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 2, max: 20 }), fc.nat())),
    doublees: fc.array(fc.nat(), { maxLength: 5 }),
    chiffres: fc.array(fc.tuple(fc.nat(), fc.constantFrom('O', 'l', ' ', '.', ',', '', '9', '€', '(')), { maxLength: 20 }),
    coupe: fc.option(fc.nat()),
    fin: FIN_DE_LIGNE,
  })
  .map(({ seed, supprimees, melange, doublees, chiffres, coupe, fin }) => {
    let lignes = seed.split('\n');
    const supprimer = new Set(supprimees.map((n) => n % lignes.length));
    lignes = lignes.filter((_, i) => !supprimer.has(i));
    if (melange && lignes.length > 2) {
      const [debut, longueur, graine] = melange;
      const d = debut % lignes.length;
      const bloc = lignes.slice(d, d + longueur);
      bloc.sort((a, b) => ((a.length * 31 + graine) % 7) - ((b.length * 31 + graine) % 7));
      lignes.splice(d, bloc.length, ...bloc);
    }
    for (const n of doublees) if (lignes.length > 0) lignes.splice(n % lignes.length, 0, lignes[n % lignes.length]!);
    let texte = lignes.join(fin);
    // Garble digits: amounts, years, codes and dates all become partly unreadable.
    const positions = [...texte.matchAll(/\d/g)].map((m) => m.index!);
    for (const [n, remplacement] of chiffres) {
      if (positions.length === 0) break;
      const p = positions[n % positions.length]!;
      texte = texte.slice(0, p) + remplacement + texte.slice(p + 1);
    }
    return coupe === null ? texte : texte.slice(0, coupe % (texte.length + 1));
  });

// 7 s on a quiet 2-core machine, 45 to 62 s when it is shared: a generous bound, not a timing check.
describe('lireConvention — properties', { timeout: 240_000 }, () => {
  it('never throws and validates on arbitrary strings (300 texts; 3 000 in the deep run)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), lireEtVerifier), { numRuns: essais(3_000) });
  });

  it('never throws and validates on texts of convention fragments (400 texts; 4 000 in the deep run)', () => {
    fc.assert(
      fc.property(fc.array(LIGNE, { maxLength: 40 }), FIN_DE_LIGNE, (lignes, fin) => lireEtVerifier(lignes.join(fin))),
      { numRuns: essais(4_000) },
    );
  });

  it('never throws and validates on damaged seeds (300 texts; 3 000 in the deep run), still reading most of them', () => {
    let lus = 0;
    let avecParties = 0;
    fc.assert(
      fc.property(SEED_ABIME, (texte) => {
        const lecture = lireConvention(texte);
        verifierLecture(lecture);
        lus++;
        if (lecture.convention.delegant.sigle && lecture.convention.delegataire.sigle) avecParties++;
      }),
      { numRuns: essais(3_000) },
    );
    // The safety net (an empty reading when something goes wrong) must stay a net, not the rule.
    expect(avecParties / lus).toBeGreaterThan(0.5);
  });

  it('reads the same convention whatever the end-of-line convention (100 damaged seeds; 500 in the deep run)', () => {
    fc.assert(
      fc.property(SEED_ABIME, FIN_DE_LIGNE, (texte, fin) => {
        const lf = texte.replace(/\r\n|\r/g, '\n');
        expect(lireConvention(lf.replace(/\n/g, fin)).convention).toEqual(lireConvention(lf).convention);
      }),
      { numRuns: essais(500) },
    );
  });
});
