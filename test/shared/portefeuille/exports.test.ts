// The portfolio's exports as their readers see them: the CSV read back with papaparse (French
// numbers and dates, formulas neutralised), the ICS parsed by ical.js and checked against RFC 5545's
// shape (CRLF, lines of at most 75 octets, all-day dates, stable UIDs).
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Convention } from '../../../shared/model';
import { construirePortefeuille } from '../../../shared/portefeuille';
import { COLONNES_EXPORT } from '../../../shared/portefeuille/colonnes';
import { ecrirePortefeuilleCsv } from '../../../shared/portefeuille/csv';
import { echapperTexte, ecrireIcs, plierLigne } from '../../../shared/portefeuille/ics';
import { statut } from '../../../shared/statut';
import { conventionDeTest } from '../../aides/conventions';

function portefeuille(conventions: Convention[], aujourdhui: string) {
  const entrees = conventions.map((convention) => ({ convention, statut: statut(convention, undefined, aujourdhui) }));
  return construirePortefeuille(entrees, { startups: [{ slug: 'mission-a', nom: 'Mission « A »' }], incubateurs: [] }, aujourdhui);
}

const piege = conventionDeTest({
  id: 'c;1',
  titre: '=HYPERLINK("http://x")',
  delegant: { sigle: '+DGEFP' },
  uo: '@UO',
  startups: ['mission-a'],
  dateFin: '2027-12-31',
  preavisMois: 3,
  comitesSemestriels: true,
  echeancier: [{ annee: 2026, ae: 123_456_78, cp: 5 }],
});

describe('CSV du portefeuille', () => {
  it('BOM, « ; », CRLF, nombres et dates à la française, formules neutralisées', () => {
    const p = portefeuille([piege, conventionDeTest()], '2025-06-01');
    const csv = ecrirePortefeuilleCsv(p.lignes);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    const lu = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(lu.errors).toEqual([]);
    const [entete, ligne] = lu.data;
    expect(entete).toEqual(COLONNES_EXPORT.map((c) => c.titre));
    const cellule = (titre: string) => ligne![entete!.indexOf(titre)];
    // The convention by its name (its title here, protected from formulas); its id only in the last column.
    expect(cellule('Convention')).toBe(`'=HYPERLINK("http://x")`);
    expect(cellule('Identifiant')).toBe('c;1');
    expect(cellule('Partenaire')).toBe("'+DGEFP");
    expect(cellule('UO')).toBe("'@UO");
    expect(cellule('Startups')).toBe('Mission « A »');
    expect(cellule('AE (€)')).toBe('123456,78');
    expect(cellule('CP (€)')).toBe('0,05');
    expect(cellule('Début')).toBe('28/03/2024');
    expect(cellule('Fin')).toBe('31/12/2027');
    expect(cellule('Phase')).toBe('en cours');
    expect(cellule('Échéance')).toMatch(/^J-\d+$/);
    // No cell starts a formula once read back.
    for (const c of lu.data.flat()) expect(c).not.toMatch(/^[=+\-@]/);
  });
});

describe('ICS du portefeuille', () => {
  const p = portefeuille([piege], '2025-06-01');
  const ics = ecrireIcs(p.evenements, { horodatage: '2025-06-01T08:30:00Z', lien: (id) => `https://beta.gouv.fr/startups/${encodeURIComponent(id)}.html` });

  it('a la forme de la RFC 5545 : CRLF, lignes de 75 octets au plus, PRODID, VERSION', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const ligne of ics.split('\r\n')) expect(new TextEncoder().encode(ligne).length).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  });

  it('se relit avec ical.js : un événement d’une journée par date clé, avec sa convention en mots (nom, parties, dates) et son lien', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const evenements = cal.getAllSubcomponents('vevent');
    expect(evenements).toHaveLength(p.evenements.length);
    expect(p.evenements.length).toBeGreaterThan(5);
    for (const [i, v] of evenements.entries()) {
      const e = new ICAL.Event(v);
      const attendu = p.evenements[i]!;
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(attendu.date);
      expect(e.endDate.toString() > attendu.date).toBe(true);
      expect(e.summary).toBe(`${attendu.libelle} — ${attendu.convention}`);
      expect(e.description).toContain('=HYPERLINK("http://x") (+DGEFP → DINUM), du 28 mars 2024 au 31 décembre 2027, pour Mission « A ».');
      expect(e.description).not.toContain('c;1');
      expect(v.getFirstPropertyValue('url')).toBe('https://beta.gouv.fr/startups/c%3B1.html');
      expect(v.getFirstPropertyValue('dtstamp')!.toString()).toBe('2025-06-01T08:30:00Z');
    }
  });

  it('UID stables : un export plus tard garde l’UID de chaque date encore à venir', () => {
    const plusTard = portefeuille([piege], '2025-10-15');
    const uids = (texte: string) => new ICAL.Component(ICAL.parse(texte)).getAllSubcomponents('vevent').map((v): [string, string] => [String(v.getFirstPropertyValue('uid')), String(v.getFirstPropertyValue('dtstart'))]);
    const avant = new Map(uids(ics));
    const apres = uids(ecrireIcs(plusTard.evenements, { horodatage: '2025-10-15' }));
    expect(apres.length).toBeGreaterThan(0);
    for (const [uid, date] of apres) if (date >= '2025-10-15' && avant.has(uid)) expect(avant.get(uid)).toBe(date);
    expect(apres.filter(([uid]) => avant.has(uid)).length).toBe(apres.length);
    // One UID per event: no two events of the file share one.
    expect(avant.size).toBe(uids(ics).length);
  });

  it('échappe les TEXT et plie sans couper un caractère UTF-8', () => {
    expect(echapperTexte('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const longue = `SUMMARY:${'é'.repeat(100)}`;
    const pliee = plierLigne(longue);
    for (const l of pliee.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(pliee.replace(/\r\n /g, '')).toBe(longue);
  });
});
