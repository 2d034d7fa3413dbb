import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../shared/lecture/convention';
import type { Convention } from '../../../shared/model';
import regle from '../../../shared/regles/annee-sans-avenant';
import type { ContexteRegle, LigneLue } from '../../../shared/modele/lu';
import { verifier } from '../../../shared/verifier';
import { conventionDeTest } from '../../aides/conventions';
import { cellule, contexte, testerRegle } from './testeur';

const PHRASE_000 =
  "La présente convention prend effet à sa date de signature. Elle est conclue pour une période allant jusqu'au 31 décembre 2025. " +
  "Le montant de la délégation de gestion nécessaire au titre de l'année 2025 sera établie par avenant à la présente convention.";

/** What the text reader records for a year left to an avenant, said on `ligne`. */
const renvoi = (annees: number[], ligne: number): Partial<Convention> => ({
  anneesParAvenant: annees,
  sources: { anneesParAvenant: ligne, ...Object.fromEntries(annees.map((_, k) => [`anneesParAvenant.${k}`, ligne])) },
});

/**
 * A registry convention's context, made by hand as modele/contexte.ts lays it out: no text, every
 * value located by its field (`echeancier.1.ae`, `anneesParAvenant.0`).
 */
function contexteRegistre(convention: Partial<Convention>): ContexteRegle {
  const c: Convention = conventionDeTest(convention);
  const echeancier: LigneLue[] = c.echeancier.map((l, i) => ({
    annee: { brut: String(l.annee), valeur: l.annee, position: { champ: `echeancier.${i}.annee` } },
    ae: { brut: l.ae === null ? '' : String(l.ae), valeur: l.ae, position: { champ: `echeancier.${i}.ae` } },
    cp: { brut: l.cp === null ? '' : String(l.cp), valeur: l.cp, position: { champ: `echeancier.${i}.cp` } },
    position: { champ: `echeancier.${i}` },
  }));
  return { convention: c, echeancier, localiser: (champ) => ({ champ }) };
}

testerRegle(regle, {
  valides: [
    { nom: 'montant de l’année déjà inscrit', contexte: contexte({ lignes: [[2024, 1000, 500], [2025, 1000, 1500]], convention: renvoi([2025], 3) }) },
    { nom: 'aucune année renvoyée à un avenant', contexte: contexte({ lignes: [[2024, 1000, 1000], [2025, null, 0]] }) },
    { nom: 'liste vide', contexte: contexte({ lignes: [[2025, null, 0]], convention: { anneesParAvenant: [] } }) },
    { nom: 'année hors de la période', contexte: contexte({ lignes: [[2024, 1, 1]], convention: renvoi([2027], 1) }) },
    { nom: 'année d’avant la signature', contexte: contexte({ lignes: [[2024, 1, 1]], convention: renvoi([2023], 1) }) },
    {
      nom: 'AE illisibles : montant-illisible le dit déjà',
      contexte: contexte({ lignes: [[2024, 1000, 1000], [2025, '1 2O0 €', 0]], convention: renvoi([2025], 1) }),
    },
    {
      // The rule reads the convention, not the text: the reader is what turns the sentence into the field.
      nom: 'texte seul, sans le champ lu',
      contexte: contexte({ lignes: [[2024, 1000, 1000], [2025, null, 0]], texte: PHRASE_000 }),
    },
    { nom: 'registre : AE de l’année inscrites', contexte: contexteRegistre({ anneesParAvenant: [2024] }) },
    { nom: 'valeurs saisies à la main qui ne sont pas des années', contexte: contexteRegistre({ anneesParAvenant: [2025.5] }) },
  ],
  invalides: [
    {
      nom: 'seed DGEFP 2024 : AE de 2025 renvoyées à un avenant',
      contexte: contexte({ lignes: [[2024, 2500000, 1900000], [2025, null, 600000]], convention: renvoi([2025], 3) }),
      constats: [
        {
          gravite: 'information',
          position: cellule('B3'),
          message:
            /^AE de 2025 non fixées : la convention renvoie leur montant à un avenant \(ligne 3\)\. Tant qu'il n'est pas signé, aucune AE ne peut être engagée en 2025 ; préparez l'avenant qui inscrit le montant de 2025 dans l'échéancier\.$/,
        },
      ],
    },
    {
      nom: 'année absente de l’échéancier : pointée sur la phrase',
      contexte: contexte({ lignes: [[2024, 1000, 1000]], convention: renvoi([2025], 7) }),
      constats: [{ position: { ligne: 7 }, message: /^AE de 2025 non fixées : la convention renvoie leur montant à un avenant \(ligne 7\)\./ }],
    },
    {
      nom: 'deux années, chacune sur sa phrase',
      contexte: contexte({
        convention: { dateFin: '2026-12-31', anneesParAvenant: [2025, 2026], sources: { anneesParAvenant: 4, 'anneesParAvenant.0': 4, 'anneesParAvenant.1': 9 } },
        lignes: [[2024, 1000, 1000], [2025, null, 0]],
      }),
      constats: [
        { position: cellule('B3'), message: /^AE de 2025 non fixées .*\(ligne 4\)/ },
        { position: { ligne: 9 }, message: /^AE de 2026 non fixées .*\(ligne 9\)/ },
      ],
    },
    {
      nom: 'registre : AE de 2025 vides, pointées sur leur champ',
      contexte: contexteRegistre({ anneesParAvenant: [2025] }),
      constats: [
        {
          position: { champ: 'echeancier.1.ae' },
          message: /^AE de 2025 non fixées : la convention renvoie leur montant à un avenant\. Tant qu'il n'est pas signé, aucune AE ne peut être engagée en 2025 ;/,
        },
      ],
    },
    {
      nom: 'registre : année absente de l’échéancier, pointée sur le champ anneesParAvenant',
      contexte: contexteRegistre({ dateFin: '2026-12-31', anneesParAvenant: [2026, 2026] }),
      constats: [{ position: { champ: 'anneesParAvenant.0' }, message: /^AE de 2026 non fixées : la convention renvoie leur montant à un avenant\. / }],
    },
  ],
});

describe('règle annee-sans-avenant — de la lecture du texte au constat', () => {
  const texte = ['Article 2', '\tAE\tCP', '2024\t2 500 000 €\t1 900 000 €', '2025\t\t600 000 €', 'Article 6', PHRASE_000, 'Fait à Paris, le 28 mars 2024'].join('\n');

  it('pointe la cellule AE de 2025 et cite la ligne de la phrase', () => {
    const { contexte: lu } = lireConvention(texte);
    expect(lu.convention.anneesParAvenant).toEqual([2025]);
    const constats = verifier(lu, { regles: [regle] });
    // Line 4 holds the empty AE of 2025; line 6 the sentence.
    expect(constats.map((c) => c.position)).toEqual([{ ligne: 4 }]);
    expect(constats[0]!.message).toMatch(/^AE de 2025 non fixées : la convention renvoie leur montant à un avenant \(ligne 6\)\./);
  });

  it('donne le même constat, sans numéro de ligne, une fois la convention passée au registre (sans texte ni sources)', () => {
    const { convention } = lireConvention(texte);
    const { sources: _sources, ...sansSources } = convention;
    const constats = verifier(contexteRegistre(sansSources), { regles: [regle] });
    expect(constats.map((c) => c.position)).toEqual([{ champ: 'echeancier.1.ae' }]);
    expect(constats[0]!.message).not.toMatch(/ligne/);
  });
});
