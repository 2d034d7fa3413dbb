import { describe, expect, it } from 'vitest';
import { formaterMontant, formaterMontantCourt, lireMontant } from '../../shared/montant';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function centimes(entree: string | number | null | undefined): number {
  const r = lireMontant(entree);
  if (!r.ok) throw new Error(`attendu ok pour ${String(entree)} : ${r.erreur}`);
  return r.centimes;
}

function erreur(entree: string | number | null | undefined): string {
  const r = lireMontant(entree);
  if (r.ok) throw new Error(`attendu une erreur pour ${String(entree)}, lu ${r.centimes}`);
  return r.erreur;
}

describe('lireMontant — what people type', () => {
  it.each<[string, number]>([
    ['2 500 000 €', 250_000_000],
    ['90 000€', 9_000_000],
    ['0 €', 0],
    ['0', 0],
    ['1 900 000,50 €', 190_000_050],
    ['1 900 000,5 €', 190_000_050],
    ['2.500.000 €', 250_000_000],
    ['1.900,50 €', 190_050],
    ["2 millions d'euros", 200_000_000],
    ['2 millions d’euros', 200_000_000],
    ["1,5 million d'euros", 150_000_000],
    ['1,5 M€', 150_000_000],
    ['1,5 M €', 150_000_000],
    ['1,5 MEUR', 150_000_000],
    ['800 k€', 80_000_000],
    ['800 K€', 80_000_000],
    ['800 KEUR', 80_000_000],
    ['300 k', 30_000_000],
    ['1,2 Md€', 120_000_000_000],
    ['3 milliards d’euros', 300_000_000_000],
    ['2 Mds€', 200_000_000_000],
    ['1,234567 M€', 123_456_700],
    ['2500000 EUR', 250_000_000],
    ['EUR 2 500 000', 250_000_000],
    ['€ 300', 30_000],
    ['2 500 000 euros', 250_000_000],
    ['1 euro', 100],
    ['  2 500 000 €  ', 250_000_000],
    [`2${NBSP}500${NBSP}000${NBSP}€`, 250_000_000],
    [`2${NNBSP}500${NNBSP}000${NNBSP}€`, 250_000_000],
    [`2${NNBSP}500${NBSP}000 €`, 250_000_000],
    ['2500000,00', 250_000_000],
    ['0,01 €', 1],
    ['0,5 €', 50],
    ['+300 €', 30_000],
    ['1 000 000 000 000 €', 100_000_000_000_000],
  ])('%j → %i centimes', (entree, attendu) => {
    expect(centimes(entree)).toBe(attendu);
  });

  it('reads negative amounts as negative numbers (a rule reports them)', () => {
    expect(centimes('-500 €')).toBe(-50_000);
    expect(centimes('- 500 €')).toBe(-50_000);
    expect(centimes('\u2212500 €')).toBe(-50_000);
    expect(centimes('(500 €)')).toBe(-50_000);
    expect(centimes('-1,5 M€')).toBe(-150_000_000);
    expect(centimes('-0 €')).toBe(0);
    expect(Object.is(centimes('-0 €'), -0)).toBe(false);
    expect(erreur('(-500 €)')).toContain('deux signes moins');
  });

  it('reads a sheet cell number as euros, rounded to the cent without float drift', () => {
    expect(centimes(1234.56)).toBe(123_456);
    expect(centimes(2_500_000)).toBe(250_000_000);
    expect(centimes(0)).toBe(0);
    expect(centimes(-12.5)).toBe(-1250);
    expect(centimes(0.1 + 0.2)).toBe(30);
    expect(centimes(1.15)).toBe(115);
    expect(centimes(4.35)).toBe(435);
    expect(centimes(8.2)).toBe(820);
    expect(centimes(19_000_000.07)).toBe(1_900_000_007);
    expect(lireMontant(0.1 + 0.2)).toEqual({ ok: true, centimes: 30 });
  });

  it('rounds a cell with real extra decimals half away from zero, with a warning', () => {
    expect(lireMontant(1.005)).toEqual({ ok: true, centimes: 101, avertissement: 'Montant 1,005 € arrondi au centime.' });
    expect(lireMontant(-1.005)).toEqual({ ok: true, centimes: -101, avertissement: 'Montant 1,005 € arrondi au centime.' });
    expect(lireMontant(1.234)).toEqual({ ok: true, centimes: 123, avertissement: 'Montant 1,234 € arrondi au centime.' });
    expect(lireMontant(1e-9)).toMatchObject({ ok: true, centimes: 0 });
  });

  it('refuses non-finite and oversized cell numbers', () => {
    expect(erreur(Number.NaN)).toBe('Montant illisible : le calcul ne donne pas un nombre (erreur #NOMBRE!). Corrigez la formule ou écrivez le montant à la main.');
    expect(erreur(Number.POSITIVE_INFINITY)).toBe(erreur(Number.NaN));
    expect(erreur(1e15)).toContain('Montant trop grand');
  });

  it('says an empty amount is empty', () => {
    expect(lireMontant('')).toEqual({ ok: false, erreur: 'Montant vide.' });
    expect(lireMontant('   ')).toEqual({ ok: false, erreur: 'Montant vide.' });
    expect(lireMontant(`${NBSP}${NNBSP}`)).toEqual({ ok: false, erreur: 'Montant vide.' });
    expect(lireMontant(null)).toEqual({ ok: false, erreur: 'Montant vide.' });
    expect(lireMontant(undefined)).toEqual({ ok: false, erreur: 'Montant vide.' });
  });

  it('reports 1.900 and 1,900 as ambiguous, saying what to write instead', () => {
    expect(erreur('1.900')).toBe(
      'Montant ambigu : «\u00a01.900\u00a0» peut se lire 1\u00a0900\u00a0€ ou 1,9\u00a0€ ' +
        '(le « . » sépare-t-il les milliers ou les décimales ?). ' +
        'Écrivez « 1\u00a0900\u00a0€ » (milliers séparés par une espace) ou « 1,9\u00a0€ » (décimales après une virgule).',
    );
    expect(erreur('1,900')).toContain('Montant ambigu');
    expect(erreur('1,900 €')).toContain('« , »');
    expect(erreur('12.500 €')).toContain('12\u00a0500\u00a0€');
    expect(erreur('1.500 M€')).toContain('1\u00a0500\u00a0M€ ou 1,5\u00a0M€');
  });

  it('reads a dot that cannot be a thousands separator as a decimal point, with a warning', () => {
    expect(lireMontant('1234.5')).toEqual({
      ok: true,
      centimes: 123_450,
      avertissement: 'Point lu comme séparateur décimal ; en français, écrivez une virgule.',
    });
    expect(lireMontant('1 900 000.50 €')).toMatchObject({ ok: true, centimes: 190_000_050 });
    expect(lireMontant('12.5 k€')).toMatchObject({ ok: true, centimes: 1_250_000 });
  });

  it('refuses more than two decimals', () => {
    expect(erreur('12,345 €')).toContain('Montant ambigu'); // could be 12 345 €
    expect(erreur('1234,567 €')).toBe(
      'Montant illisible : «\u00a01234,567 €\u00a0» a plus de deux décimales ; un montant s\'écrit au centime près (« 1 900 000,50 € »).',
    );
    expect(erreur('0,505 €')).toContain('plus de deux décimales');
    expect(erreur('1,2345678912 M€')).toContain('centime exact');
    // Trailing zeros beyond the cent are harmless with a multiplier.
    expect(centimes('1,50000000 M€')).toBe(150_000_000);
  });

  it('refuses badly grouped digits and English grouping, quoting the input', () => {
    expect(erreur('2 50 000 €')).toContain('groupés par trois');
    expect(erreur('2 50 000 €')).toContain('«\u00a02 50 000 €\u00a0»');
    expect(erreur('2,500,000')).toBe(
      'Montant illisible : «\u00a02,500,000\u00a0» — en français la virgule sépare les décimales, pas les milliers. ' +
        'Écrivez « 2\u00a0500\u00a0000 € ».',
    );
    expect(erreur('2,500,000.50')).toContain('« 2\u00a0500\u00a0000,50 € »');
    expect(erreur('25.00.000')).toContain('Montant illisible');
  });

  it('refuses anything else with a French reason quoting the input', () => {
    for (const entree of ['abc', '12 € HT', '€', '1,2,3', '5 $', '12 pommes', '--5', '1e6', '0x10', ',50 €', '2 500 000 € 2']) {
      const e = erreur(entree);
      expect(e).toMatch(/^Montant (illisible|ambigu)/);
      expect(e).toContain(entree);
    }
    expect(erreur('abc')).toBe(
      'Montant illisible : «\u00a0abc\u00a0» ne contient pas de chiffres. Écrivez par exemple « 2 500 000 € » ou « 1 900 000,50 € ».',
    );
  });

  it('refuses amounts beyond a safe integer of cents', () => {
    expect(erreur('100 000 000 000 000 €')).toContain('Montant trop grand');
    expect(erreur('100 000 Md€')).toContain('Montant trop grand');
    expect(centimes('90 000 Md€')).toBe(9_000_000_000_000_000);
  });

  it('reads an amount written in words, asking for figures', () => {
    expect(lireMontant("deux millions d'euros")).toEqual({
      ok: true,
      centimes: 200_000_000,
      avertissement: `Montant écrit en lettres, lu 2${NNBSP}000${NNBSP}000${NBSP}€ ; écrivez-le en chiffres.`,
    });
  });

  it('never throws on odd values', () => {
    expect(lireMontant({} as unknown as string).ok).toBe(false);
    expect(lireMontant(true as unknown as string).ok).toBe(false);
  });
});

describe('formaterMontant', () => {
  it.each<[number, string]>([
    [250_000_000, `2${NNBSP}500${NNBSP}000${NBSP}€`],
    [190_000_050, `1${NNBSP}900${NNBSP}000,50${NBSP}€`],
    [0, `0${NBSP}€`],
    [5, `0,05${NBSP}€`],
    [100, `1${NBSP}€`],
    [123_456, `1${NNBSP}234,56${NBSP}€`],
    [-50, `-0,50${NBSP}€`],
    [-123_456, `-1${NNBSP}234,56${NBSP}€`],
    [9_007_199_254_740_991, `90${NNBSP}071${NNBSP}992${NNBSP}547${NNBSP}409,91${NBSP}€`],
  ])('%i → %j', (c, attendu) => {
    expect(formaterMontant(c)).toBe(attendu);
  });

  it('shows cents when asked', () => {
    expect(formaterMontant(250_000_000, { decimales: true })).toBe(`2${NNBSP}500${NNBSP}000,00${NBSP}€`);
    expect(formaterMontant(0, { decimales: true })).toBe(`0,00${NBSP}€`);
    expect(formaterMontant(-100, { decimales: true })).toBe(`-1,00${NBSP}€`);
    expect(formaterMontant(190_000_050, { decimales: false })).toBe(`1${NNBSP}900${NNBSP}000,50${NBSP}€`);
  });

  it('reads back what it writes', () => {
    for (const c of [0, 1, 99, 100, 123_456, 250_000_000, 190_000_050, -50_000, 9_007_199_254_740_991]) {
      expect(lireMontant(formaterMontant(c))).toEqual({ ok: true, centimes: c });
      expect(lireMontant(formaterMontant(c, { decimales: true }))).toEqual({ ok: true, centimes: c });
    }
  });
});

describe('formaterMontantCourt', () => {
  it.each<[number, string]>([
    [250_000_000, `2,5${NBSP}M€`],
    [5_000_000, `50${NBSP}k€`],
    [120_000_000_000, `1,2${NBSP}Md€`],
    [80_000, `800${NBSP}€`],
    [0, `0${NBSP}€`],
    [1_250, `12,50${NBSP}€`],
    [100_000, `1${NBSP}k€`],
    [123_456, `1,23${NBSP}k€`],
    [245_000_000, `2,45${NBSP}M€`],
    [12_500_000_000, `125${NBSP}M€`],
    [99_999_999, `1${NBSP}M€`],
    [99_999_999_999, `1${NBSP}Md€`],
    [99_999, `999,99${NBSP}€`],
    [-150_000_000, `-1,5${NBSP}M€`],
    [100_000_000_000_000, `1${NNBSP}000${NBSP}Md€`],
  ])('%i → %j', (c, attendu) => {
    expect(formaterMontantCourt(c)).toBe(attendu);
  });

  it('is read back by lireMontant when exact', () => {
    for (const c of [250_000_000, 5_000_000, 120_000_000_000, 80_000, 245_000_000]) {
      expect(centimes(formaterMontantCourt(c))).toBe(c);
    }
  });
});
