// The Docs artifact that ships: dist/docs-addon as `npm run sheets:build` writes it, beside the Sheets one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_DOCS } from '../../../sheets-addon/build';
import { assurerConstruction, POINTS_ENTREE_DOCS } from '../util/charger-docs';
import { POINTS_ENTREE } from '../util/charger';

const lire = (f: string) => readFileSync(path.join(DOSSIER_DOCS, f), 'utf8');

beforeAll(async () => {
  await assurerConstruction();
});

describe('dist/docs-addon', () => {
  it('holds one Apps Script project: Code.js, Sidebar.html, appsscript.json, and no custom functions', () => {
    for (const f of ['Code.js', 'Sidebar.html', 'appsscript.json']) expect(lire(f).length).toBeGreaterThan(0);
    expect(() => lire('Fonctions.js')).toThrow();
  });

  it('Code.js est un script classique qui déclare un point d’entrée de premier niveau par fonction du module', () => {
    const code = lire('Code.js');
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow();
    const sansCommentaires = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(sansCommentaires).not.toMatch(/^\s*(?:import|export)\s/m);
    expect(sansCommentaires).not.toMatch(/\brequire\(|\b__require\b/);
    const declarees = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();
    expect(declarees).toEqual([...POINTS_ENTREE_DOCS].sort());
    const contexte = vm.createContext({});
    vm.runInContext(code, contexte);
    for (const nom of POINTS_ENTREE_DOCS) expect(typeof contexte[nom]).toBe('function');
  });

  it('porte les mêmes noms que le module Sheets pour ce que les deux font (menus, panneau, effacement)', () => {
    const communs = POINTS_ENTREE_DOCS.filter((n) => (POINTS_ENTREE as readonly string[]).includes(n)).sort();
    expect(communs).toEqual(['effacerMarques', 'menuEffacerMarques', 'onInstall', 'onOpen', 'ouvrirPanneau']);
  });

  it('appsscript.json demande exactement documents.currentonly et script.container.ui, en V8, à l’heure de Paris', () => {
    const manifeste = JSON.parse(lire('appsscript.json'));
    expect([...manifeste.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/documents.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifeste.runtimeVersion).toBe('V8');
    expect(manifeste.timeZone).toBe('Europe/Paris');
  });

  it('Sidebar.html est un seul fichier autonome en français, sans zod ni lecteurs', () => {
    const html = lire('Sidebar.html');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('ZodError');
    expect(Buffer.byteLength(html)).toBeLessThan(120 * 1024);
  });
});
