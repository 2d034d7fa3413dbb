// `jauge parse|check` on documents and `jauge registre construire` on a folder: a real process, real files.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jauge as jaugeConstruite } from '../aides/cli';
import { lireRegistreJson } from '../../shared/registre/format';
import { FIXTURES_DOCUMENTS, PARTAGE, RACINE } from '../aides/partage';

const ATTENDU = JSON.parse(readFileSync(path.join(PARTAGE, 'spec/seeds.expected.json'), 'utf8'));

const jauge = (...args: string[]) => jaugeConstruite(args);

describe('jauge parse|check sur des documents', () => {
  it.each(['000.pdf', '000.docx', '000.odt'])('parse --json %s : les champs du spec, et d’où chacun vient', (fichier) => {
    const r = jauge('parse', path.join(FIXTURES_DOCUMENTS, fichier), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const convention = JSON.parse(r.stdout);
    const { constats: _c, ...attendu } = ATTENDU['000_f79b61af944d2ba6.txt'];
    for (const [champ, valeur] of Object.entries(attendu)) expect([champ, convention[champ]]).toEqual([champ, valeur]);
    expect(convention.document.format).toBe(fichier.slice(4));
    const source = convention.document.sources.dateSignature;
    expect(source.extrait).toContain('28 MARS 2024');
    if (fichier.endsWith('.pdf')) expect(source.page).toBe(convention.document.pages - 1);
  });

  it('check --json sur un PDF à en-têtes : constats du texte, positions avec la page, doutes de la couche à part', () => {
    const r = jauge('check', path.join(FIXTURES_DOCUMENTS, '002-entetes.pdf'), '--json', '--today', '2026-11-24');
    expect(r.code).toBe(0);
    const sortie = JSON.parse(r.stdout);
    expect(sortie.constats.map((c: { regle: string }) => c.regle)).toContain('articles-mal-numerotes');
    for (const c of sortie.constats) if (c.position?.ligne) expect(c.position.page).toBeGreaterThanOrEqual(1);
    expect(sortie.document.constats.map((c: { regle: string }) => c.regle)).toEqual(['document-en-tetes-retires']);
  });

  it('un PDF protégé, un PDF sans texte : code 2 et une raison en français', () => {
    const chiffre = jauge('parse', path.join(FIXTURES_DOCUMENTS, 'chiffre.pdf'));
    expect(chiffre.code).toBe(2);
    expect(chiffre.stderr).toMatch(/protégé par un mot de passe/);
  });
});

describe('jauge registre construire', () => {
  const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-registre-'));
  for (const f of ['000.pdf', '001.docx', '003.odt', '004-entetes.pdf']) copyFileSync(path.join(FIXTURES_DOCUMENTS, f), path.join(dossier, f));
  copyFileSync(path.join(PARTAGE, 'seeds/002_9c47eb9a90aa973e.txt'), path.join(dossier, '002.txt'));

  it('une ligne par fichier, un bilan, le registre JSON ; même dossier, même sortie à l’octet près', () => {
    const sortie = path.join(tmpdir(), `registre-${process.pid}.json`);
    const a = jauge('registre', 'construire', dossier, '-o', sortie);
    const premier = readFileSync(sortie);
    const b = jauge('registre', 'construire', dossier, '-o', sortie);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(readFileSync(sortie).equals(premier)).toBe(true);
    expect(a.stdout.split('\n').slice(0, 5)).toEqual([
      '⚠ 000.pdf : lu avec 2\u00a0constats — dgefp-2024-03-28 (DGEFP → DINUM) : code-chorus-mal-forme',
      '⚠ 001.docx : lu avec 1\u00a0constat — dne-2023-08-31 (DNE → DINUM) : code-chorus-mal-forme',
      '⚠ 002.txt : lu avec 2\u00a0constats — dgefp-2020-12-16 (DGEFP → DINUM) : articles-mal-numerotes, code-chorus-mal-forme',
      '⚠ 003.odt : lu avec 1\u00a0constat — dinum-2024-03-27 (DINUM → DGEFP) : articles-mal-numerotes',
      '✔ 004-entetes.pdf : lu — menjs-2021-01-26 (MENJS → DINUM)',
    ]);
    expect(a.stdout).toContain('5\u00a0fichiers, 1\u00a0lu, 4\u00a0lus avec constats, 0\u00a0illisible');
    const registre = JSON.parse(premier.toString('utf8'));
    expect(registre.conventions.map((c: { id: string }) => c.id)).toEqual(['dgefp-2024-03-28', 'dne-2023-08-31', 'dgefp-2020-12-16', 'dinum-2024-03-27', 'menjs-2021-01-26']);
    // The registry it writes is one the registry reader accepts.
    expect(lireRegistreJson(premier.toString('utf8')).ok).toBe(true);
  }, 240_000);

  it('écrit aussi un registre CSV ; un fichier illisible donne le code 2 et sa raison, les autres sont écrits', () => {
    writeFileSync(path.join(dossier, 'abime.pdf'), readFileSync(path.join(FIXTURES_DOCUMENTS, 'tronque.pdf')));
    const csv = path.join(tmpdir(), `registre-${process.pid}.csv`);
    const r = jauge('registre', 'construire', dossier, '-o', csv);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("✖ abime.pdf : illisible — n'est pas un PDF lisible (fichier corrompu ou tronqué).");
    expect(readFileSync(csv, 'utf8')).toContain('menjs-2021-01-26;');
  }, 120_000);

  it('usage : -o manquant ou d’une autre extension, dossier introuvable', () => {
    expect(jauge('registre', 'construire', dossier).stderr).toMatch(/indiquez le registre à écrire avec -o/);
    expect(jauge('registre', 'construire', dossier, '-o', 'r.xlsx').code).toBe(2);
    expect(jauge('registre', 'construire', path.join(dossier, 'absent'), '-o', 'r.json').stderr).toMatch(/dossier introuvable/);
  });
});
