// The convention reader on the five real seeds (exactly seeds.expected.json) and on conventions it
// was not written from (test/fixtures/conventions: avenant, FAST, CRLF, markdown, PDF text, M€/k€,
// prose échéancier, unreadable values), plus the context it hands to the rules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../shared/lecture/convention';
import { Convention } from '../../../shared/model';

const RACINE = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.resolve(RACINE, '../shared/seeds');
const FIXTURES = path.resolve(RACINE, 'test/fixtures/conventions');
const ATTENDU = JSON.parse(readFileSync(path.resolve(RACINE, '../shared/spec/seeds.expected.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

const seed = (nom: string) => readFileSync(path.join(SEEDS, nom), 'utf8');
const fixture = (nom: string) => readFileSync(path.join(FIXTURES, nom), 'utf8');
const lireSeed = (prefixe: string) => lireConvention(seed(seeds.find((s) => s.startsWith(prefixe))!));
const lireFixture = (nom: string) => lireConvention(fixture(`${nom}.txt`));

/**
 * Exactly the expected fields (plus `id` and `sources`, which every reading has, and the fields of
 * `enPlus`, checked by their own tests), with their values.
 */
function verifierChamps(convention: Convention, attendu: Record<string, unknown>, enPlus: readonly string[] = []): void {
  expect(Convention.safeParse(convention).success).toBe(true);
  const champs = Object.keys(convention).filter((k) => k !== 'sources' && k !== 'id' && !enPlus.includes(k));
  expect(champs.sort()).toEqual(Object.keys(attendu).filter((k) => k !== 'id').sort());
  for (const [champ, valeur] of Object.entries(attendu)) expect([champ, convention[champ as keyof Convention]]).toEqual([champ, valeur]);
}

describe('lireConvention — the five seeds', () => {
  it('has the five seeds to read', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s gives exactly the fields and values of seeds.expected.json', (nom) => {
    const { constats: _constats, ...attendu } = ATTENDU[nom]!;
    // anneesParAvenant is not in the spec (it came later): checked just below.
    verifierChamps(lireConvention(seed(nom)).convention, attendu, ['anneesParAvenant']);
  });

  it('reads the year seed 000 leaves to an avenant, and none in the other seeds', () => {
    const { convention, contexte } = lireSeed('000');
    expect(convention.anneesParAvenant).toEqual([2025]);
    expect(convention.sources).toMatchObject({ anneesParAvenant: 149, 'anneesParAvenant.0': 149 });
    expect(contexte.localiser('anneesParAvenant')).toEqual({ ligne: 149 });
    for (const s of seeds.slice(1)) {
      const autre = lireConvention(seed(s)).convention;
      expect([s, autre.anneesParAvenant, autre.sources?.anneesParAvenant]).toEqual([s, undefined, undefined]);
    }
  });

  it('derives the id from the délégant and the signature date', () => {
    expect(seeds.map((s) => lireConvention(seed(s)).convention.id)).toEqual([
      'dgefp-2024-03-28',
      'dne-2023-08-31',
      'dgefp-2020-12-16',
      'dinum-2024-03-27',
      'menjs-2021-01-26',
    ]);
  });

  it('records the line of each value (seed 000)', () => {
    const { sources } = lireSeed('000').convention;
    expect(sources).toMatchObject({
      type: 5,
      delegant: 9,
      'delegant.sigle': 9,
      delegataire: 17,
      dateSignature: 163,
      dateFin: 149,
      uo: 52,
      bop: 52,
      programme: 52,
      'chorus.axeMinisteriel1': 129,
      'chorus.domaineFonctionnel': 130,
      'chorus.centreFinancier': 131,
      'chorus.activites.0': 132,
      'chorus.centreDeCout': 133,
      echeancier: 118,
      'echeancier.0.annee': 119,
      'echeancier.0.ae': 119,
      'echeancier.1.cp': 120,
      incubateur: 42,
      preavisMois: 155,
      comitesSemestriels: 73,
    });
  });

  it('locates the ceiling, the FAST amount and the third party where they are written', () => {
    expect(lireSeed('002').convention.sources).toMatchObject({ 'plafond.ae': 96, 'plafond.dureeMois': 96, 'autresParties.0': 16 });
    expect(lireSeed('003').convention.sources).toMatchObject({ montantFast: 124, delegant: 7, delegataire: 15, dateSignature: 141 });
    expect(lireSeed('004').convention.sources).toMatchObject({ 'plafond.ae': 90, 'plafond.cp': 90, montantFast: 121, programme: 133, 'chorus.centreFinancier': 134 });
  });

  it('gives the rules every échéancier cell with its raw text and line (seed 000)', () => {
    const { contexte } = lireSeed('000');
    expect(contexte.echeancier).toEqual([
      {
        annee: { brut: '2024', valeur: 2024, position: { ligne: 119 } },
        ae: { brut: '2 500 000 € (deux millions cinq cent mille euros)', valeur: 250000000, position: { ligne: 119 } },
        cp: { brut: '1 900 000 € (un million neuf cent mille euros)', valeur: 190000000, position: { ligne: 119 } },
        position: { ligne: 119 },
      },
      {
        annee: { brut: '2025', valeur: 2025, position: { ligne: 120 } },
        ae: { brut: '', valeur: null, position: { ligne: 120 } },
        cp: { brut: '600 000 € (six cent mille euros)', valeur: 60000000, position: { ligne: 120 } },
        position: { ligne: 120 },
      },
    ]);
    expect(contexte.total).toBeUndefined();
  });

  it('lists every amount written in figures and in words (seed 000)', () => {
    expect(lireSeed('000').contexte.montantsEnLettres).toEqual([
      { chiffres: { brut: '2 500 000 €', valeur: 250000000, position: { ligne: 119 } }, lettres: 'deux millions cinq cent mille euros', position: { ligne: 119 } },
      { chiffres: { brut: '1 900 000 €', valeur: 190000000, position: { ligne: 119 } }, lettres: 'un million neuf cent mille euros', position: { ligne: 119 } },
      { chiffres: { brut: '600 000 €', valeur: 60000000, position: { ligne: 120 } }, lettres: 'six cent mille euros', position: { ligne: 120 } },
    ]);
  });

  it('hands the text line by line, with its markdown article headings, and no today', () => {
    const { convention, contexte } = lireSeed('000');
    expect(contexte.convention).toBe(convention);
    expect(contexte.texte).toHaveLength(194);
    expect(contexte.texte![45]).toBe('## **Article 1 : Objet de la délégation**');
    expect(contexte.texte![100]).toBe('### Article 3 : Obligations de la DINUM');
    expect(contexte.aujourdhui).toBeUndefined();
  });

  it('localises a field, or the first line of its sub-fields, and nothing for an absent one', () => {
    const { contexte } = lireSeed('000');
    expect(contexte.localiser('dateFin')).toEqual({ ligne: 149 });
    expect(contexte.localiser('chorus')).toEqual({ ligne: 129 });
    expect(contexte.localiser('echeancier.0.ae')).toEqual({ ligne: 119 });
    expect(contexte.localiser('plafond')).toBeNull();
    expect(lireSeed('003').contexte.localiser('uo')).toBeNull();
  });

  it('keeps a FAST partnership without échéancier as an empty échéancier', () => {
    const { convention, contexte } = lireSeed('003');
    expect(convention.echeancier).toEqual([]);
    expect(contexte.echeancier).toEqual([]);
    expect(contexte.localiser('echeancier')).toBeNull();
  });
});

describe('lireConvention — conventions it was not written from', () => {
  it('has at least six fixtures, each with its expected reading', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    for (const f of fixtures) expect(readdirSync(FIXTURES)).toContain(f.replace(/\.txt$/, '.attendu.json'));
  });

  it.each(fixtures)('%s gives exactly its expected fields and values', (nom) => {
    const attendu = JSON.parse(fixture(nom.replace(/\.txt$/, '.attendu.json'))) as Record<string, unknown>;
    const { convention } = lireConvention(fixture(nom));
    verifierChamps(convention, attendu);
    if (attendu.id !== undefined) expect(convention.id).toBe(attendu.id);
  });

  it('reads a CRLF text with the same lines as its LF version', () => {
    const crlf = fixture('fast-sg-menj-crlf.txt');
    expect(crlf).toContain('\r\n');
    const a = lireConvention(crlf);
    const b = lireConvention(crlf.replace(/\r\n/g, '\n'));
    expect(a.convention).toEqual(b.convention);
    expect(a.contexte.texte!.some((l) => l.includes('\r'))).toBe(false);
  });

  it('keeps unreadable amounts and years with their text and reason, never a guess', () => {
    const { convention, contexte } = lireFixture('delegation-illisible');
    const [l2024, l202A, l2025] = contexte.echeancier;
    expect(l2024!.ae).toMatchObject({ brut: '1 2O0 000 €', valeur: null, position: { ligne: 24 } });
    expect(l2024!.ae.probleme).toMatch(/^Montant illisible/);
    expect(l2024!.cp).toMatchObject({ brut: '1.900 €', valeur: null, position: { ligne: 24 } });
    expect(l2024!.cp.probleme).toMatch(/^Montant ambigu/);
    expect(l202A!.annee).toMatchObject({ brut: '202A', valeur: null, position: { ligne: 25 } });
    expect(l202A!.annee.probleme).toMatch(/^Année illisible/);
    expect(l202A!.ae.valeur).toBe(30000000);
    // « néant » is an empty cell, not an unreadable one.
    expect(l2025!.ae).toEqual({ brut: 'néant', valeur: null, position: { ligne: 26 } });
    // No signature date, no end date: absent, for date-signature-absente / date-fin-absente.
    expect(convention.dateSignature).toBeUndefined();
    expect(convention.dateFin).toBeUndefined();
    expect(convention.id).toMatch(/^sg-mas-[0-9a-f]{8}$/);
    expect(lireFixture('delegation-illisible').convention.id).toBe(convention.id);
  });

  it('reads a Total row apart from the years', () => {
    expect(lireFixture('delegation-dgfip-markdown').contexte.total).toEqual({
      ae: { brut: '3 M€', valeur: 300000000, position: { ligne: 49 } },
      cp: { brut: '3 M€', valeur: 300000000, position: { ligne: 49 } },
      position: { ligne: 49 },
    });
  });

  it('reads a transposed table: each amount on the line of its AE or CP row', () => {
    const { contexte } = lireFixture('delegation-pdf-transposee');
    expect(contexte.echeancier.map((l) => [l.annee.position, l.ae.position, l.cp.position])).toEqual([
      [{ ligne: 27 }, { ligne: 28 }, { ligne: 29 }],
      [{ ligne: 27 }, { ligne: 28 }, { ligne: 29 }],
    ]);
    expect(contexte.total?.ae.valeur).toBe(20000000);
    expect(contexte.montantsEnLettres).toEqual([
      { chiffres: { brut: '150 000 €', valeur: 15000000, position: { ligne: 31 } }, lettres: 'cent cinquante mille euros', position: { ligne: 31 } },
    ]);
  });

  it('keeps the amended échéancier of an avenant (its last table)', () => {
    const { convention } = lireFixture('avenant-dgs-cnam');
    expect(convention.sources).toMatchObject({ echeancier: 36, 'echeancier.2.cp': 40, dateFin: 46, dateSignature: 52 });
  });

  it('gives the id it is told to', () => {
    expect(lireConvention(seed(seeds[0]!), { id: 'registre-42' }).convention.id).toBe('registre-42');
    expect(lireConvention(seed(seeds[0]!), { id: '  ' }).convention.id).toBe('dgefp-2024-03-28');
  });
});

describe('lireConvention — what is not a convention', () => {
  it.each([
    ['an empty text', ''],
    ['blank lines', '\n\n  \r\n\t\n'],
    ['prose without any field', 'Bonjour,\nVoici le compte rendu de la réunion.\n'],
    ['a lone table header', '\tAE\tCP\n'],
  ])('%s gives a valid, empty reading', (_cas, texte) => {
    const { convention, contexte } = lireConvention(texte);
    expect(Convention.safeParse(convention).success).toBe(true);
    expect(convention).toMatchObject({ type: 'delegation-de-gestion', delegant: {}, delegataire: {}, echeancier: [] });
    expect(convention.id).toMatch(/^convention-[0-9a-f]{8}$/);
    expect(contexte.echeancier).toEqual([]);
    expect(contexte.montantsEnLettres).toEqual([]);
  });

  it('does not throw on a value that is not a string (JavaScript callers)', () => {
    for (const valeur of [undefined, null, 42, {}]) {
      const { convention } = lireConvention(valeur as unknown as string);
      expect(Convention.safeParse(convention).success).toBe(true);
    }
  });
});
