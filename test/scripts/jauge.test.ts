// The `jauge` CLI as people run it: a real process, real files, exit codes and the JSON contracts (the
// bundle of test/aides/cli.ts; one test runs scripts/jauge.ts through tsx and compares).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jauge as jaugeConstruite, jaugeParTsx } from '../aides/cli';

const RACINE = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.resolve(RACINE, '../shared/seeds');
const ATTENDU = JSON.parse(readFileSync(path.resolve(RACINE, '../shared/spec/seeds.expected.json'), 'utf8'));
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

const jauge = (...args: string[]) => jaugeConstruite(args);

const temporaire = mkdtempSync(path.join(tmpdir(), 'jauge-cli-'));
function fichier(nom: string, contenu: string | Uint8Array): string {
  const chemin = path.join(temporaire, nom);
  writeFileSync(chemin, contenu);
  return chemin;
}

describe('jauge parse --json', () => {
  it.each(seeds)('%s donne les champs de seeds.expected.json', (seed) => {
    const r = jauge('parse', path.join(SEEDS, seed), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const convention = JSON.parse(r.stdout);
    const { constats: _ignores, ...attendu } = ATTENDU[seed];
    for (const [champ, valeur] of Object.entries(attendu)) expect([champ, convention[champ]]).toEqual([champ, valeur]);
  });
});

describe('jauge parse sur un avenant', () => {
  const avenant = path.resolve(RACINE, 'test/fixtures/conventions/qa-avenant-dgos-prose.txt');

  it('dit en clair ce que l’avenant modifie, en texte et en JSON', () => {
    const phrase = 'Avenant n°\u00a02 — modifie l\'article 4 de la convention du 7 mars 2023';
    const texte = jauge('parse', avenant);
    expect(texte.code).toBe(0);
    expect(texte.stdout.split('\n')[1]).toBe(`  ${phrase}`);
    const json = JSON.parse(jauge('parse', avenant, '--json').stdout);
    expect([json.avenant, json.descriptionAvenant]).toEqual([{ numero: 2, articlesModifies: ['4'], dateConventionInitiale: '2023-03-07' }, phrase]);
    expect(json.sources).toMatchObject({ avenant: 1, 'avenant.numero': 1, 'avenant.articlesModifies.0': 24, 'avenant.dateConventionInitiale': 2 });
  });
});

describe('jauge check --json', () => {
  it.each(seeds)('%s : les règles attendues, aucune autre erreur, code de sortie cohérent', (seed) => {
    const r = jauge('check', path.join(SEEDS, seed), '--json', '--today', '2026-11-24');
    const { constats } = JSON.parse(r.stdout) as { constats: { regle: string; gravite: string; message: string; position: unknown }[] };
    const attendues: string[] = ATTENDU[seed].constats;
    for (const c of constats) expect(Object.keys(c).sort()).toEqual(['gravite', 'message', 'position', 'regle']);
    expect(new Set(constats.map((c) => c.regle))).toEqual(new Set([...attendues, ...constats.filter((c) => c.gravite !== 'erreur').map((c) => c.regle)]));
    for (const id of attendues) expect(constats.map((c) => c.regle)).toContain(id);
    const erreurs = constats.filter((c) => c.gravite === 'erreur');
    expect(erreurs.every((c) => attendues.includes(c.regle))).toBe(true);
    expect(r.code).toBe(erreurs.length > 0 ? 1 : 0);
  });

  it('vérifie un échéancier CSV et situe la faute à la cellule', () => {
    const csv = fichier('echeancier.csv', 'Année;AE;CP\n2024;100 000 €;120 000 €\n2025;;\n');
    const r = jauge('check', csv, '--json');
    expect(r.code).toBe(1);
    const { constats } = JSON.parse(r.stdout);
    expect(constats).toContainEqual(expect.objectContaining({ regle: 'cp-cumules-superieurs-ae', gravite: 'erreur', position: expect.objectContaining({ cellule: 'C2' }) }));
  });
});

describe('jauge status', () => {
  it('donne le statut de chaque convention du registre par défaut, à la date donnée', () => {
    const r = jauge('status', '--json', '--today', '2026-11-24');
    expect(r.code).toBe(0);
    const sortie = JSON.parse(r.stdout);
    expect(sortie.aujourdhui).toBe('2026-11-24');
    expect(sortie.statuts).toHaveLength(5);
    for (const s of sortie.statuts) expect(s.statut.phase).toBe('echue');
  });

  it('filtre par slug de startup (lien direct) et affiche du français', () => {
    const r = jauge('status', 'classe-a-12', '--today', '2026-11-24');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('statut au 24 novembre 2026');
    expect(r.stdout).toContain('MENJS → DINUM');
    expect(r.stdout).toContain('échue le 31 décembre 2021');
  });

  it('lancé par tsx comme `npm run jauge` : la même sortie que le paquet construit pour les tests', () => {
    const args = ['status', '--json', '--today', '2026-11-24'];
    const parTsx = jaugeParTsx(args);
    expect(parTsx.stderr).toBe('');
    expect(parTsx.code).toBe(0);
    expect(parTsx.stdout).toBe(jauge(...args).stdout);
  });
});

describe('jauge words', () => {
  it('écrit un montant en lettres, dans les deux orthographes', () => {
    expect(jauge('words', '2500000').stdout).toBe('deux millions cinq cent mille euros\n');
    expect(jauge('words', '2 500 000 €', '--1990').stdout).toBe('deux millions cinq-cent-mille euros\n');
  });
});

describe('entrées illisibles et usage : code 2 et message français sur stderr', () => {
  it.each([
    ['fichier absent', ['check', path.join(temporaire, 'absent.txt')], 'fichier introuvable'],
    ['fichier vide', ['check', fichier('vide.txt', '')], 'est vide'],
    ['fichier binaire', ['parse', fichier('b.pdf', new Uint8Array([0x25, 0x50, 0, 1]))], 'format non reconnu'],
    ['pas UTF-8', ['check', fichier('l.csv', new Uint8Array([0x41, 0xe9, 0x3b, 0x42]))], 'est encodé en Windows-1252 (Latin-1, l’encodage des CSV d’Excel sous Windows), pas en UTF-8'],
    ['commande inconnue', ['verifie'], 'commande inconnue « verifie »'],
    ['option inconnue', ['check', 'x', '--jsn'], 'Option inconnue : --jsn.'],
    ['date invalide', ['status', '--today', '31/02/2024'], '--today'],
    ['registre invalide', ['status', '--registry', fichier('r.json', '{"version":1,"conventions":[{"id":""}]}')], 'registre'],
  ])('%s', (_nom, args, message) => {
    const r = jauge(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });
});
