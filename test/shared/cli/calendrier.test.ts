// `jauge calendrier` and `jauge status --csv` through the CLI's dispatcher, with an environment
// that keeps written files in memory; and once as a real process writing a real file (-o).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { executerCli } from '../../../shared/cli/jauge';
import type { EnvironnementCli } from '../../../shared/cli/sortie';
import { ecrireRegistreJson } from '../../../shared/registre/format';
import { conventionDeTest } from '../../aides/conventions';
import { jauge } from '../../aides/cli';

function environnement(fichiers: Record<string, string> = {}) {
  const ecrits = new Map<string, string | Uint8Array>();
  const env: EnvironnementCli = {
    aujourdhui: '2025-06-01',
    lireFichier: (chemin) => (chemin in fichiers ? { ok: true, octets: new TextEncoder().encode(fichiers[chemin]) } : { ok: false, erreur: `fichier introuvable : « ${chemin} ».` }),
    ecrireFichier: (chemin, contenu) => {
      if (chemin.startsWith('/interdit/')) return { ok: false, erreur: `écriture refusée : « ${chemin} » (droits insuffisants).` };
      ecrits.set(chemin, contenu);
      return { ok: true };
    },
  };
  return { env, ecrits };
}

const evenementsIcs = (texte: string) => new ICAL.Component(ICAL.parse(texte)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('jauge calendrier', () => {
  it('sans -o : le calendrier ICS du registre par défaut sur stdout, toutes les dates à venir', async () => {
    const { env } = environnement();
    const r = await executerCli(['calendrier', '--today', '2025-06-01'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const evenements = evenementsIcs(r.stdout);
    expect(evenements.map((e) => e.startDate.toString())).toEqual(['2025-09-28', '2025-09-30', '2025-11-30', '2025-12-12', '2025-12-31']);
    expect(evenements.map((e) => e.uid)).toContain('fin.dgefp-2024-03-28@jauge.beta.gouv.fr');
    expect(evenements[4]!.summary).toMatch(/^Fin de la convention — DGEFP · /);
  });

  it('-o écrit le fichier et le dit ; un registre donné ; une date lointaine ajoute les comités suivants', async () => {
    const registre = ecrireRegistreJson({
      version: 1,
      conventions: [conventionDeTest({ id: 'a', dateFin: '2027-12-31', comitesSemestriels: true, startups: ['ma-startup'] })],
      executions: [],
      startups: [{ slug: 'ma-startup', nom: 'Ma startup' }],
      incubateurs: [],
    });
    const { env, ecrits } = environnement({ 'r.json': registre });
    const r = await executerCli(['calendrier', '--registry', 'r.json', '-o', 'dates.ics'], env);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^\d+ dates clés écrites dans « dates\.ics »\.\n$/);
    const evenements = evenementsIcs(String(ecrits.get('dates.ics')));
    expect(evenements.filter((e) => /Comité d'investissement semestriel/.test(e.summary)).map((e) => e.startDate.toString())).toEqual([
      '2025-09-28',
      '2026-03-28',
      '2026-09-28',
      '2027-03-28',
      '2027-09-28',
    ]);
    expect(evenements[0]!.component.getFirstPropertyValue('url')).toBe('https://beta.gouv.fr/startups/ma-startup.html');
  });

  it('erreurs en français, code 2 : registre introuvable, -o impossible, -o sans valeur', async () => {
    const { env } = environnement();
    expect(await executerCli(['calendrier', '--registry', 'absent.json'], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('fichier introuvable') });
    expect(await executerCli(['calendrier', '-o', '/interdit/x.ics'], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('écriture refusée') });
    expect(await executerCli(['calendrier', '-o'], env)).toMatchObject({ code: 2, stderr: expect.stringContaining("L'option -o attend une valeur.") });
  });
});

describe('jauge status --csv', () => {
  it('le CSV du tableau de bord : une ligne par convention, relu par papaparse', async () => {
    const { env } = environnement();
    const r = await executerCli(['status', '--csv', '--today', '2025-06-01'], env);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffConvention;Type;Partenaire;')).toBe(true);
    const lu = Papa.parse<Record<string, string>>(r.stdout.slice(1), { delimiter: ';', header: true, skipEmptyLines: true });
    expect(lu.data).toHaveLength(5);
    expect(lu.data.find((l) => l.Identifiant === 'dgefp-2024-03-28')).toMatchObject({ Convention: 'Convention DGEFP du 28 mars 2024', 'AE (€)': '2500000', Phase: 'en cours', Échéance: 'J-119' });
  });

  it('--csv -o écrit le fichier ; une startup choisit ses conventions', async () => {
    const { env, ecrits } = environnement();
    const r = await executerCli(['status', 'classe-a-12', '--csv', '-o', 'tableau.csv'], env);
    expect(r.stdout).toBe('1 convention écrite dans « tableau.csv ».\n');
    expect(String(ecrits.get('tableau.csv'))).toContain('menjs-2021-01-26');
  });
});

describe('en vrai processus', () => {
  it('jauge calendrier -o écrit un fichier iCalendar lisible', () => {
    const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-calendrier-'));
    const fichier = path.join(dossier, 'dates.ics');
    const r = jauge(['calendrier', '--today', '2025-06-01', '-o', fichier]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(evenementsIcs(readFileSync(fichier, 'utf8'))).toHaveLength(5);
  });
});
