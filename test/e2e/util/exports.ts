// Reads back the dashboard's exports as a user's tools would (CSV with papaparse, .xlsx with exceljs,
// ICS with ical.js), with the format checks shared by the Chromium and Firefox tests.
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { genererConventions } from '../../../bench/generateurs';
import type { Portefeuille } from '../../../shared/portefeuille';
import { regrouperClotures } from '../../../shared/portefeuille/calendrier';
import { uidEvenement } from '../../../shared/portefeuille/ics';
import { ecrireRegistreJson } from '../../../shared/registre/format';
import { regles } from '../../../shared/regles';

/** Every rule's id (`programme-discordant`): never shown to a person, nor written in a file for one. */
export const IDS_REGLES = regles.map((r) => r.meta.id);

/**
 * Fails on what a person must never read in an export: a rule's id, a path into a registry
 * (`conventions[7]`), a link into the extension (which opens nowhere outside the browser).
 */
export function sansInternes(texte: string, quoi: string): void {
  const trouves = [
    ...IDS_REGLES.filter((id) => new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(texte)),
    ...['conventions[', 'chrome-extension://', 'moz-extension://'].filter((m) => texte.includes(m)),
  ];
  expect(trouves, `${quoi} : ${trouves.join(', ')}`).toEqual([]);
}

/** The text of an .xlsx: every XML part of the archive (cells, shared strings, sheet names). */
export function textesXlsx(octets: Buffer): string {
  const parties = unzipSync(new Uint8Array(octets));
  return Object.entries(parties)
    .filter(([nom]) => nom.endsWith('.xml'))
    .map(([, contenu]) => strFromU8(contenu))
    .join('\n');
}

export interface Fichier {
  nom: string;
  octets: Buffer;
}

export function lireCsv(octets: Buffer): Record<string, string>[] {
  const texte = octets.toString('utf8');
  expect(texte.charCodeAt(0)).toBe(0xfeff);
  const lu = Papa.parse<Record<string, string>>(texte.slice(1), { delimiter: ';', header: true, skipEmptyLines: true });
  expect(lu.errors).toEqual([]);
  return lu.data;
}

export async function lireXlsx(octets: Buffer): Promise<ExcelJS.Workbook> {
  const classeur = new ExcelJS.Workbook();
  await classeur.xlsx.load(octets as never);
  return classeur;
}

export function lireIcs(octets: Buffer) {
  const texte = octets.toString('utf8');
  expect(texte.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
  for (const ligne of texte.split('\r\n')) expect(Buffer.byteLength(ligne)).toBeLessThanOrEqual(75);
  return new ICAL.Component(ICAL.parse(texte)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/**
 * The three exports of the default registry's DGEFP view sorted by AE descending (`affiches`, the ids in
 * the table's order), each downloaded by clicking its button, read back and checked. Returns the key
 * dates the ICS should hold.
 */
export async function verifierExportsDgefp(
  telecharger: (format: 'csv' | 'xlsx' | 'ics') => Promise<Fichier>,
  affiches: readonly string[],
  p: Portefeuille,
): Promise<Portefeuille['evenements']> {
  const csv = await telecharger('csv');
  expect(csv.nom).toBe(`jauge-tableau-de-bord-${p.aujourdhui}.csv`);
  const lignes = lireCsv(csv.octets);
  expect(lignes.map((l) => l.Identifiant)).toEqual(affiches);
  expect(lignes[0]).toMatchObject({ Convention: 'Convention DGEFP du 28 mars 2024', Partenaire: 'DGEFP', 'AE (€)': '2500000', Début: '28/03/2024', Fin: '31/12/2025' });
  sansInternes(csv.octets.toString('utf8'), 'CSV');

  const xlsx = await telecharger('xlsx');
  expect(xlsx.nom).toBe(`jauge-tableau-de-bord-${p.aujourdhui}.xlsx`);
  const classeur = await lireXlsx(xlsx.octets);
  const feuille = classeur.getWorksheet('Conventions')!;
  expect(feuille.rowCount).toBe(affiches.length + 1);
  const entete = (feuille.getRow(1).values as unknown[]).slice(1);
  const cellule = (rang: number, titre: string) => feuille.getRow(rang).getCell(entete.indexOf(titre) + 1).value;
  expect(cellule(2, 'Convention')).toBe('Convention DGEFP du 28 mars 2024');
  expect(cellule(2, 'Identifiant')).toBe('dgefp-2024-03-28');
  sansInternes(textesXlsx(xlsx.octets), 'xlsx');
  expect(cellule(2, 'AE (€)')).toBe(2_500_000);
  expect(cellule(2, 'Début')).toEqual(new Date(Date.UTC(2024, 2, 28)));
  expect(typeof cellule(3, 'CP (€)')).toBe('number');
  expect(classeur.getWorksheet('Dates clés')).toBeDefined();

  const ics = await telecharger('ics');
  expect(ics.nom).toBe(`jauge-dates-cles-${p.aujourdhui}.ics`);
  // A year-end cut-off once per date, whatever the number of conventions it concerns.
  const attendus = regrouperClotures(p.evenements.filter((e) => affiches.includes(e.conventionId)));
  const evenements = lireIcs(ics.octets);
  expect(evenements.map((e) => e.uid)).toEqual(attendus.map(uidEvenement));
  // The convention in words, no link back into the extension (it opens nowhere from a calendar).
  for (const e of evenements) expect(e.component.getFirstPropertyValue('url')).toBeNull();
  for (const [i, e] of evenements.entries()) expect(e.description).toContain(`${attendus[i]!.texte}.`);
  sansInternes(ics.octets.toString('utf8'), 'ICS');
  return attendus;
}

/**
 * A registry of `nombre` of the bench's generated conventions, as the JSON the options page imports:
 * moved so that they run around `aujourdhui`, half with committees and a notice, each startup named
 * « Startup numéro N ». With the five of the default registry, nombre + 5 (an import adds).
 */
export function registreGenere(nombre: number, aujourdhui: string): string {
  const decalage = Number(aujourdhui.slice(0, 4)) - 2022;
  const conventions = genererConventions(nombre, 3).map((c, i) => ({
    ...c,
    dateSignature: c.dateSignature!.replace(/^\d{4}/, (a) => String(Number(a) + decalage)),
    dateFin: c.dateFin!.replace(/^\d{4}/, (a) => String(Number(a) + decalage)),
    echeancier: c.echeancier.map((l) => ({ ...l, annee: l.annee + decalage })),
    ...(i % 2 === 0 && { comitesSemestriels: true, preavisMois: 3 }),
  }));
  const startups = conventions.map((c, i) => ({ slug: c.startups![0]!, nom: `Startup numéro ${i + 1}` }));
  return ecrireRegistreJson({ version: 1 as const, conventions, executions: [], startups, incubateurs: [] });
}

/**
 * The three exports of a generated registry's view (`affichees`, in any order), read back: CSV rows and
 * AE sum, .xlsx numeric and date cells, ICS with every key date ahead, links back starting with `lienDetail`, and
 * the same UIDs on a second export.
 */
export async function verifierExportsGeneres(
  telecharger: (format: 'csv' | 'xlsx' | 'ics') => Promise<Fichier>,
  affichees: Portefeuille['lignes'],
  p: Portefeuille,
  lienDetail: string,
): Promise<void> {
  const brut = (await telecharger('csv')).octets;
  sansInternes(brut.toString('utf8'), 'CSV');
  const csv = lireCsv(brut);
  expect(csv).toHaveLength(affichees.length);
  expect(new Set(csv.map((l) => l.Identifiant))).toEqual(new Set(affichees.map((l) => l.id)));
  const somme = csv.reduce((s, l) => s + Math.round(Number(l['AE (€)']!.replace(',', '.')) * 100), 0);
  expect(somme).toBe(affichees.reduce((s, l) => s + l.ae, 0));

  const octetsXlsx = (await telecharger('xlsx')).octets;
  sansInternes(textesXlsx(octetsXlsx), 'xlsx');
  const classeur = await lireXlsx(octetsXlsx);
  const feuille = classeur.getWorksheet('Conventions')!;
  expect(feuille.rowCount).toBe(affichees.length + 1);
  const entete = (feuille.getRow(1).values as unknown[]).slice(1);
  const colonneAe = feuille.getColumn(entete.indexOf('AE (€)') + 1).values.slice(2) as unknown[];
  expect(colonneAe.every((v) => typeof v === 'number')).toBe(true);
  expect(Math.round((colonneAe as number[]).reduce((s, v) => s + v, 0) * 100)).toBe(somme);
  expect(feuille.getRow(2).getCell(entete.indexOf('Début') + 1).value).toBeInstanceOf(Date);

  const octetsIcs = (await telecharger('ics')).octets;
  sansInternes(octetsIcs.toString('utf8'), 'ICS');
  const ics = lireIcs(octetsIcs);
  const ids = new Set(affichees.map((l) => l.id));
  const attendus = regrouperClotures(p.evenements.filter((e) => ids.has(e.conventionId)));
  expect(ics.length).toBe(attendus.length);
  // 200 conventions or more, but one event per year-end cut-off and date.
  expect(ics.filter((e) => e.uid.startsWith('cloture-commandes-')).length).toBeLessThanOrEqual(new Set(attendus.filter((e) => e.code === 'cloture-commandes').map((e) => e.date)).size);
  // Beyond the 90 days shown on the page.
  expect(attendus.some((e) => e.jours > 90)).toBe(true);
  expect(ics.every((e) => e.startDate.isDate && e.startDate.toString() >= p.aujourdhui)).toBe(true);
  expect(new Set(ics.map((e) => e.uid)).size).toBe(ics.length);
  // No link back into the extension: it would open nowhere from Outlook or a phone.
  expect(ics.every((e) => e.component.getFirstPropertyValue('url') === null && !e.description.includes(lienDetail))).toBe(true);
  // A second export gives the same UIDs (a re-import updates the events).
  const encore = lireIcs((await telecharger('ics')).octets);
  expect(encore.map((e) => e.uid)).toEqual(ics.map((e) => e.uid));
}
