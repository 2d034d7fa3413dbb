// Adversarial QA of the convention reader: conventions written in the language of French State
// conventions but unlike the seeds (test/fixtures/conventions/qa-*.txt) — avenants, a FAST
// partnership in k€, tables headed only `AE CP` or in k€, markdown pipes, CRLF and non-breaking
// spaces, ceilings in words, signatures after other dates, hyphenated acronyms. Each fixture's
// `.attendu.json` is what a careful budget officer reads in it; what cannot be read must be
// absent and reported by a rule, never guessed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../shared/lecture/convention';
import { Convention } from '../../../shared/model';
import { verifier } from '../../../shared/verifier';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/conventions');
const fixtures = readdirSync(FIXTURES).filter((f) => f.startsWith('qa-') && f.endsWith('.txt')).sort();
const texte = (nom: string) => readFileSync(path.join(FIXTURES, `${nom}.txt`), 'utf8');
const lire = (nom: string) => lireConvention(texte(nom));
const regles = (nom: string) => verifier(lire(nom).contexte);
const erreurs = (nom: string) => regles(nom).filter((c) => c.gravite === 'erreur').map((c) => c.regle).sort();

describe('lireConvention — QA conventions (test/fixtures/conventions/qa-*)', () => {
  it('has ten QA fixtures, each with its expected reading', () => {
    expect(fixtures).toHaveLength(10);
    for (const f of fixtures) expect(readdirSync(FIXTURES)).toContain(f.replace(/\.txt$/, '.attendu.json'));
  });

  it.each(fixtures.map((f) => f.replace(/\.txt$/, '')))('%s gives exactly its expected fields and values', (nom) => {
    const attendu = JSON.parse(readFileSync(path.join(FIXTURES, `${nom}.attendu.json`), 'utf8')) as Record<string, unknown>;
    const { convention } = lire(nom);
    expect(Convention.safeParse(convention).success).toBe(true);
    const champs = Object.keys(convention).filter((k) => k !== 'sources' && k !== 'id');
    expect(champs.sort()).toEqual(Object.keys(attendu).filter((k) => k !== 'id').sort());
    for (const [champ, valeur] of Object.entries(attendu)) {
      expect([champ, convention[champ as keyof Convention]]).toEqual([champ, valeur]);
    }
  });
});

describe('what the QA conventions make the rules report', () => {
  it('words that disagree with the figures: lettres-chiffres-discordants on the row that says so, nothing else wrong', () => {
    const constats = regles('qa-lettres-discordantes');
    expect(constats.filter((c) => c.gravite === 'erreur').map((c) => [c.regle, c.position])).toEqual([
      ['lettres-chiffres-discordants', { ligne: 31 }],
    ]);
    expect(constats[0]!.message).toContain('cent soixante-dix mille euros');
  });

  it('a wrong Total row: total-faux on the Total line (CP add up to 300 000 €, the row says 350 000 €)', () => {
    const constats = regles('qa-masa-parties-en-prose');
    expect(constats.filter((c) => c.gravite === 'erreur').map((c) => [c.regle, c.position])).toEqual([['total-faux', { ligne: 23 }]]);
  });

  it('« pour une durée de douze mois » is not turned into an end date: date-fin-absente reports it', () => {
    const { convention } = lire('qa-fast-dgs-kilo-euros');
    expect(convention.dateFin).toBeUndefined();
    expect(convention.plafond).toBeUndefined();
    expect(erreurs('qa-fast-dgs-kilo-euros')).toEqual(['date-fin-absente']);
  });

  it('an unsigned convention with a duration only: no date guessed, both absences reported', () => {
    const { convention } = lire('qa-dns-sans-date-millions');
    expect(convention.dateSignature).toBeUndefined();
    expect(convention.dateFin).toBeUndefined();
    expect(convention.id).toMatch(/^dns-[0-9a-f]{8}$/);
    const ids = regles('qa-dns-sans-date-millions').map((c) => c.regle);
    expect(ids).toContain('date-fin-absente');
    expect(ids).toContain('date-signature-absente');
    expect(erreurs('qa-dns-sans-date-millions')).toEqual(['date-fin-absente']);
  });

  it.each(['qa-culture-crlf-insecables', 'qa-drees-milliers-euros', 'qa-dgac-ae-cp-seuls', 'qa-sgdsn-markdown-ttc', 'qa-avenant-dgos-prose'])(
    '%s: a sound convention gets no erreur',
    (nom) => {
      expect(erreurs(nom)).toEqual([]);
    },
  );

  it('AE of 500 000 € or more in a year: visa-cbcm-probable on each such row (information)', () => {
    const visas = regles('qa-dgac-ae-cp-seuls').filter((c) => c.regle === 'visa-cbcm-probable');
    expect(visas.map((c) => [c.gravite, c.position])).toEqual([
      ['information', { ligne: 26 }],
      ['information', { ligne: 27 }],
    ]);
  });

  // The reader reads « – » / « néant » as an empty cell (valeur null, brut kept, no probleme):
  // the rules must not call it unreadable.
  it('an avenant writing « – » for no AE gets no erreur', () => {
    expect(erreurs('qa-avenant-masa')).toEqual([]);
  });
});

describe('what each QA convention exercises in the reader', () => {
  it('an avenant keeps its restated (last) échéancier and its prorogued end date, not the initial one', () => {
    const { convention } = lire('qa-avenant-masa');
    expect(convention.dateFin).toBe('2025-12-31');
    expect(convention.sources!.echeancier).toBe(35);
    // « – » is an empty cell, read as null without a problem.
    // The text's en dash comes out normalised to a hyphen (texte/normalisation).
    expect(lire('qa-avenant-masa').contexte.echeancier[3]!.ae).toEqual({ brut: '-', valeur: null, position: { ligne: 39 } });
  });

  it('the signature date is the one after « Fait à Paris, le », not the visas or avenants above it', () => {
    expect(lire('qa-avenant-masa').convention.sources!.dateSignature).toBe(47);
    expect(lire('qa-lettres-discordantes').convention.dateSignature).toBe('2024-04-05');
    // Two signatures side by side: the later one.
    expect(lire('qa-avenant-dgos-prose').convention.dateSignature).toBe('2025-05-14');
  });

  it('a header with no year cell (`AE<TAB>CP`) reads the year from each row', () => {
    const { contexte } = lire('qa-dgac-ae-cp-seuls');
    expect(contexte.echeancier.map((l) => [l.annee.valeur, l.ae.brut, l.cp.brut])).toEqual([
      [2024, '700 000 €', '500 000 €'],
      [2025, '500 000 €', '700 000 €'],
    ]);
  });

  it('bare figures under « montants en milliers d\'euros » are thousands of euros, the text kept as written', () => {
    const { contexte } = lire('qa-drees-milliers-euros');
    expect(contexte.echeancier[0]!.ae).toEqual({ brut: '150', valeur: 15000000, position: { ligne: 26 } });
  });

  it('a ceiling in figures then words then a label (« 300 000 euros (trois cent mille euros) en AE et … en CP »)', () => {
    expect(lire('qa-drees-milliers-euros').convention.plafond).toEqual({ ae: 30000000, cp: 30000000 });
  });

  it('CRLF and U+00A0 / U+202F inside amounts read like plain text', () => {
    const crlf = texte('qa-culture-crlf-insecables');
    expect(crlf).toContain('\r\n');
    expect(crlf).toMatch(/\u202f/);
    const a = lireConvention(crlf);
    expect(a.convention).toEqual(lireConvention(crlf.replace(/\r\n/g, '\n')).convention);
    expect(a.contexte.texte!.some((l) => l.includes('\r'))).toBe(false);
  });
});

describe('variants read inline (one sentence or table each)', () => {
  const texteAvec = (corps: string) =>
    `Convention de délégation de gestion\n\nEntre\n\nLa Direction générale de la santé (DGS),\nCi-après dénommée « le délégant »,\n\nEt\n\nLa Direction interministérielle du numérique (DINUM),\nCi-après dénommée « le délégataire »,\n\nIl a été convenu ce qui suit :\n\nArticle 1 : Objet\n\n${corps}\n`;

  it('a ceiling given HT then TTC is the TTC amount (credits are TTC)', () => {
    const { convention } = lireConvention(texteAvec('Le montant maximum de la délégation est de 80 000 € HT, soit 96 000 € TTC.'));
    expect(convention.plafond).toEqual({ ae: 9600000 });
  });

  it.each([
    ['Année\tAE (k€)\tCP (k€)\n2024\t700\t500', 70000000, 50000000],
    ['Année\tAE (en M€)\tCP (en M€)\n2024\t1,2\t0,5', 120000000, 50000000],
    ['Année\tAE (en €)\tCP (en €)\n2024\t700 000\t500 000', 70000000, 50000000],
    ['Année\tAE (k€)\tCP (k€)\n2024\t700 000 €\t500 000 €', 70000000, 50000000],
  ])('the unit of a column header applies to bare figures only: %j', (tableau, ae, cp) => {
    expect(lireConvention(texteAvec(tableau)).convention.echeancier).toEqual([{ annee: 2024, ae, cp }]);
  });

  it('a header without a year cell is read only when the rows carry the year', () => {
    expect(lireConvention(texteAvec('| AE | CP |\n|---|---|\n| 2024 | 700 000 € | 500 000 € |')).convention.echeancier).toEqual([
      { annee: 2024, ae: 70000000, cp: 50000000 },
    ]);
    // Rows of the header's width: no year to read, no table (echeancier-absent then says so).
    expect(lireConvention(texteAvec('AE\tCP\n700 000 €\t500 000 €')).convention.echeancier).toEqual([]);
  });
});
