// The artifact that ships: dist/sheets-addon as `npm run sheets:build` writes it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assurerConstruction, POINTS_ENTREE } from '../util/charger';

let dossier = '';
const lire = (f: string) => readFileSync(path.join(dossier, f), 'utf8');

beforeAll(async () => {
  dossier = await assurerConstruction();
});

describe('Code.js', () => {
  it('est un script classique : il se compile comme tel, sans import, export ni require', () => {
    const code = lire('Code.js');
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow();
    const sansCommentaires = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(sansCommentaires).not.toMatch(/^\s*(?:import|export)\s/m);
    expect(sansCommentaires).not.toMatch(/\brequire\(|\b__require\b/);
  });

  it('déclare une fonction de premier niveau par point d’entrée, qui délègue au bundle', () => {
    const code = lire('Code.js');
    for (const nom of POINTS_ENTREE) {
      expect(code).toMatch(new RegExp(`^function ${nom}\\([^)]*\\) \\{\\n  return __jauge\\.${nom}\\(`, 'm'));
    }
    const declarees = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();
    expect(declarees).toEqual([...POINTS_ENTREE].sort());
  });

  it('se charge dans un contexte nu : aucun global Node ni navigateur nécessaire au chargement', () => {
    const contexte = vm.createContext({});
    vm.runInContext(lire('Code.js'), contexte);
    for (const nom of POINTS_ENTREE) expect(typeof contexte[nom]).toBe('function');
  });
});

describe('Fonctions.js', () => {
  it('garde l’aide en français de chaque fonction personnalisée, avec @customfunction', () => {
    const texte = lire('Fonctions.js');
    expect(texte).toBe(readFileSync(path.resolve('sheets-addon/src/sheets/fonctions/Fonctions.js'), 'utf8'));
    for (const nom of ['MONTANT_EN_LETTRES', 'MONTANT_EN_CHIFFRES', 'ECHEANCIER_CONSTATS', 'ECHEANCIER_DEPUIS_PLAN']) {
      const m = new RegExp(`/\\*\\*([\\s\\S]*?)\\*/\\s*function ${nom}\\(`).exec(texte);
      expect(m, nom).not.toBeNull();
      expect(m![1]).toContain('@customfunction');
      expect(m![1]).toMatch(/@param/);
      expect(m![1]).toMatch(/[éèàç]/);
    }
    expect(() => new vm.Script(texte)).not.toThrow();
  });
});

describe('appsscript.json', () => {
  it('demande exactement les deux portées attendues, en V8, à l’heure de Paris', () => {
    const manifeste = JSON.parse(lire('appsscript.json'));
    expect([...manifeste.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifeste.runtimeVersion).toBe('V8');
    expect(manifeste.timeZone).toBe('Europe/Paris');
  });
});

describe('Sidebar.html', () => {
  it('est un seul fichier autonome en français : JS et CSS en ligne, aucune ressource externe', () => {
    const html = lire('Sidebar.html');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/);
    // Exactly one closing script tag: the bundle never closes the element early.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });

  it('ne tire pas les lecteurs ni zod : le panneau dessine, le serveur lit (le plan avait porté le fichier à 432 Ko)', () => {
    const html = lire('Sidebar.html');
    expect(html).not.toContain('ZodError');
    expect(Buffer.byteLength(html)).toBeLessThan(120 * 1024);
  });
});
