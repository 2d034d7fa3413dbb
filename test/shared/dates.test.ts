import { describe, expect, it } from 'vitest';
import {
  ajouterJours,
  ajouterMois,
  estBissextile,
  estDateIso,
  formaterDate,
  formaterDateCourte,
  joursDansMois,
  joursEntre,
  lireDate,
} from '../../shared/dates';

function date(texte: string): string {
  const r = lireDate(texte);
  if (!r.ok) throw new Error(`attendu ok pour ${texte} : ${r.erreur}`);
  return r.date;
}

function erreur(texte: string): string {
  const r = lireDate(texte);
  if (r.ok) throw new Error(`attendu une erreur pour ${texte}, lu ${r.date}`);
  return r.erreur;
}

describe('lireDate — as conventions write dates', () => {
  it.each<[string, string]>([
    ['28 MARS 2024', '2024-03-28'],
    ['26 JAN. 2021', '2021-01-26'],
    ['26 janv. 2021', '2021-01-26'],
    ['5 avr. 2024', '2024-04-05'],
    ['31/8/2023', '2023-08-31'],
    ['30/06/2022', '2022-06-30'],
    ['27/03/2024', '2024-03-27'],
    ['1/1/2022', '2022-01-01'],
    ['30.06.2022', '2022-06-30'],
    ['30-06-2022', '2022-06-30'],
    ['1er juillet 2025', '2025-07-01'],
    ['1 er juillet 2025', '2025-07-01'],
    ['1ᵉʳ juillet 2025', '2025-07-01'],
    ['premier juillet 2025', '2025-07-01'],
    ['16 décembre 2020', '2020-12-16'],
    ['16 decembre 2020', '2020-12-16'],
    ['16 DÉCEMBRE 2020', '2020-12-16'],
    ['1er janvier 2022', '2022-01-01'],
    ['le 28 mars 2024', '2024-03-28'],
    ['Le 28 mars 2024,', '2024-03-28'],
    ['jeudi 28 mars 2024', '2024-03-28'],
    ['le jeudi 28 mars 2024', '2024-03-28'],
    ['29 février 2024', '2024-02-29'],
    ['3 fevrier 2021', '2021-02-03'],
    ['3 févr. 2021', '2021-02-03'],
    ['15 aout 2024', '2024-08-15'],
    ['15 août 2024', '2024-08-15'],
    ['14 juil. 2024', '2024-07-14'],
    ['4 sept. 2024', '2024-09-04'],
    ['4 sep 2024', '2024-09-04'],
    ['8 oct. 2023', '2023-10-08'],
    ['11 nov. 2023', '2023-11-11'],
    ['31 déc. 2025', '2025-12-31'],
    ['2 mai 2022', '2022-05-02'],
    ['20 juin 2022', '2022-06-20'],
    ['05 avril 2024', '2024-04-05'],
    ['28\u00a0mars\u00a02024', '2024-03-28'],
    ['2024-03-28', '2024-03-28'],
    ['2024-3-8', '2024-03-08'],
    ['  2024-03-28  ', '2024-03-28'],
  ])('%j → %s', (texte, attendu) => {
    expect(date(texte)).toBe(attendu);
  });

  it('reports dates that do not exist, saying why', () => {
    expect(erreur('31/02/2024')).toBe('Date impossible : «\u00a031/02/2024\u00a0» — février 2024 compte 29 jours, le 31 n\'existe pas.');
    expect(erreur('29 février 2023')).toBe(
      'Date impossible : «\u00a029 février 2023\u00a0» — février 2023 compte 28 jours, le 29 n\'existe pas.',
    );
    expect(erreur('31 avril 2024')).toContain('avril 2024 compte 30 jours');
    expect(erreur('2024-02-30')).toContain('février 2024 compte 29 jours');
    expect(erreur('0/03/2024')).toContain('commence le 1er');
    expect(erreur('12/13/2024')).toBe("Date impossible : «\u00a012/13/2024\u00a0» — il n'y a pas de mois 13 (les mois vont de 1 à 12).");
    expect(erreur('2024-00-10')).toContain("pas de mois 0");
  });

  it('refuses two-digit years, unknown months and improbable years', () => {
    expect(erreur('31/8/23')).toBe("Date illisible : «\u00a031/8/23\u00a0» — écrivez l'année sur quatre chiffres (« 31/08/2023 »).");
    expect(erreur('28 mars 24')).toContain("l'année sur quatre chiffres");
    expect(erreur('28 marss 2024')).toContain('« marss » n\'est pas un nom de mois');
    expect(erreur('28 mars 1024')).toContain("l'année 1024 est hors de la période attendue");
  });

  it('refuses anything else in French, quoting the input', () => {
    for (const texte of ['demain', 'mars 2024', '28 mars', '2024', '28/03', '28/03-2024', '2024/03/28T10:00', 'le 32']) {
      const e = erreur(texte);
      expect(e).toMatch(/^Date (illisible|impossible|improbable)/);
      expect(e).toContain(texte);
    }
    expect(erreur('demain')).toBe(
      'Date illisible : «\u00a0demain\u00a0». Écrivez par exemple « 28 mars 2024 », « 28/03/2024 » ou « 2024-03-28 ».',
    );
    expect(lireDate('')).toEqual({ ok: false, erreur: 'Date vide.' });
    expect(lireDate('   ')).toEqual({ ok: false, erreur: 'Date vide.' });
    expect(lireDate(undefined as unknown as string)).toEqual({ ok: false, erreur: 'Date vide.' });
  });
});

describe('formaterDate and formaterDateCourte', () => {
  it.each<[string, string, string]>([
    ['2025-12-31', '31 décembre 2025', '31 déc. 2025'],
    ['2022-01-01', '1er janvier 2022', '1er janv. 2022'],
    ['2021-01-26', '26 janvier 2021', '26 janv. 2021'],
    ['2024-02-29', '29 février 2024', '29 févr. 2024'],
    ['2024-03-28', '28 mars 2024', '28 mars 2024'],
    ['2024-04-05', '5 avril 2024', '5 avr. 2024'],
    ['2024-05-02', '2 mai 2024', '2 mai 2024'],
    ['2024-06-20', '20 juin 2024', '20 juin 2024'],
    ['2024-07-14', '14 juillet 2024', '14 juil. 2024'],
    ['2024-08-15', '15 août 2024', '15 août 2024'],
    ['2024-09-04', '4 septembre 2024', '4 sept. 2024'],
    ['2023-10-08', '8 octobre 2023', '8 oct. 2023'],
    ['2023-11-11', '11 novembre 2023', '11 nov. 2023'],
  ])('%s → %j / %j', (iso, longue, courte) => {
    expect(formaterDate(iso)).toBe(longue);
    expect(formaterDateCourte(iso)).toBe(courte);
    expect(date(longue)).toBe(iso);
    expect(date(courte)).toBe(iso);
  });

  it('returns a non-ISO input unchanged rather than inventing a date', () => {
    expect(formaterDate('2024-02-30')).toBe('2024-02-30');
    expect(formaterDateCourte('n/a')).toBe('n/a');
  });
});

describe('calendar arithmetic (UTC days, no clock)', () => {
  it('adds days across months, years and leap days', () => {
    expect(ajouterJours('2024-02-28', 1)).toBe('2024-02-29');
    expect(ajouterJours('2024-02-28', 2)).toBe('2024-03-01');
    expect(ajouterJours('2023-02-28', 1)).toBe('2023-03-01');
    expect(ajouterJours('2025-12-31', 1)).toBe('2026-01-01');
    expect(ajouterJours('2026-01-01', -1)).toBe('2025-12-31');
    expect(ajouterJours('2024-03-28', 0)).toBe('2024-03-28');
    expect(ajouterJours('2000-02-28', 1)).toBe('2000-02-29');
    expect(ajouterJours('1900-02-28', 1)).toBe('1900-03-01');
    expect(ajouterJours('2024-01-01', 366)).toBe('2025-01-01');
    expect(ajouterJours('1970-01-01', -1)).toBe('1969-12-31');
  });

  it('adds months clamped to the month end', () => {
    expect(ajouterMois('2024-01-31', 1)).toBe('2024-02-29');
    expect(ajouterMois('2023-01-31', 1)).toBe('2023-02-28');
    expect(ajouterMois('2024-03-31', -1)).toBe('2024-02-29');
    expect(ajouterMois('2024-03-28', 21)).toBe('2025-12-28');
    expect(ajouterMois('2024-12-15', -13)).toBe('2023-11-15');
    expect(ajouterMois('2025-12-31', -3)).toBe('2025-09-30');
    expect(ajouterMois('2024-05-31', 12)).toBe('2025-05-31');
    expect(ajouterMois('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('counts days between two dates (a - de)', () => {
    expect(joursEntre('2024-01-01', '2025-01-01')).toBe(366);
    expect(joursEntre('2025-01-01', '2026-01-01')).toBe(365);
    expect(joursEntre('2025-12-31', '2025-11-24')).toBe(-37);
    expect(joursEntre('2024-03-28', '2024-03-28')).toBe(0);
    expect(joursEntre('1970-01-01', '2000-01-01')).toBe(10_957);
  });

  it('checks ISO dates and throws a French RangeError on invalid ones', () => {
    expect(estDateIso('2024-02-29')).toBe(true);
    expect(estDateIso('2023-02-29')).toBe(false);
    expect(estDateIso('2024-3-8')).toBe(false);
    expect(estDateIso('28/03/2024')).toBe(false);
    expect(() => ajouterJours('2023-02-29', 1)).toThrow(new RangeError('Date ISO attendue (AAAA-MM-JJ) : «\u00a02023-02-29\u00a0».'));
    expect(() => ajouterMois('x', 1)).toThrow(RangeError);
    expect(() => joursEntre('2024-01-01', '')).toThrow(RangeError);
    expect(() => ajouterJours('2024-01-01', 1.5)).toThrow(RangeError);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(estBissextile)).toEqual([false, true, false, true]);
    expect(joursDansMois(2024, 2)).toBe(29);
    expect(joursDansMois(2023, 2)).toBe(28);
    expect(joursDansMois(2024, 4)).toBe(30);
    expect(joursDansMois(2024, 12)).toBe(31);
  });
});
