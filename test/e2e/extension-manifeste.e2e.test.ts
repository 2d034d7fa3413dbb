// The built manifests ask for exactly the expected permissions, and the Firefox build passes
// addons-linter (pinned) with 0 errors; warnings are listed so the README can explain each one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOTIFS_GOOGLE } from '../../extension/lib/sources/google-sheets';
import { MOTIFS_DATA_GOUV, motifCouvre } from '../../extension/lib/sources/source';
import { RACINE, SORTIE } from './util/navigateur';

const lire = (dossier: string) => JSON.parse(readFileSync(path.join(SORTIE, dossier, 'manifest.json'), 'utf8'));

describe('manifeste Chrome MV3', () => {
  const m = lire('chrome-mv3');

  it('permissions exactement : storage, alarms, contextMenus, webRequest ; hôte beta.gouv.fr ; hôtes de synchro en option', () => {
    expect([...m.permissions].sort()).toEqual(['alarms', 'contextMenus', 'storage', 'webRequest']);
    expect(m.host_permissions).toEqual(['https://beta.gouv.fr/*']);
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    expect(m.optional_permissions).toBeUndefined();
  });

  it('les hôtes des registres partagés (Google Sheets publié, data.gouv.fr, Grist) sont couverts par les hôtes en option, demandés à l’enregistrement', () => {
    const besoins = [...MOTIFS_GOOGLE, ...MOTIFS_DATA_GOUV, 'https://grist.numerique.gouv.fr/*', 'https://docs.getgrist.com/*'];
    for (const motif of besoins) {
      const exemple = new URL(motif.replace('*.', 'doc-0s-sheets.').replace(/\/\*$/, '/'));
      expect(m.optional_host_permissions.some((o: string) => motifCouvre(o, exemple)), motif).toBe(true);
      expect(m.host_permissions.some((o: string) => motifCouvre(o, exemple)), `${motif} n’est pas accordé d’office`).toBe(false);
    }
  });

  it('scripts de contenu limités à beta.gouv.fr ; pas de code distant ; raccourci clavier pour la popup', () => {
    const motifs = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(motifs.every((u: string) => u.startsWith('https://beta.gouv.fr/'))).toBe(true);
    expect(m.background.service_worker).toBe('background.js');
    // WebAssembly (the options page's OCR) is the only thing the pages' CSP adds; no eval.
    expect(JSON.stringify(m)).not.toMatch(/(?<!wasm-)unsafe-eval|http:\/\/(?!localhost)/);
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" });
    expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+J');
    expect(m.action.default_popup).toBe('popup.html');
  });
});

describe('script de contenu (les deux navigateurs)', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s : une amorce à document_idle, puis les fonctionnalités, sans webextension-polyfill (API native du navigateur)', (dossier) => {
    const m = lire(dossier);
    const scripts = m.content_scripts as { run_at: string; js: string[] }[];
    expect(scripts.map((c) => c.run_at)).toEqual(scripts.map(() => 'document_idle'));
    expect(scripts.flatMap((c) => c.js)).toEqual(['betagouv-amorce.js']);
    const amorce = readFileSync(path.join(SORTIE, dossier, 'betagouv-amorce.js'), 'utf8');
    // The stub imports the features' file by its extension URL, and holds nothing else of weight.
    expect(amorce).toContain('runtime.getURL(');
    expect(amorce).toContain('"/betagouv-fonctionnalites.js"');
    expect(amorce.length).toBeLessThan(2_000);
    const fonctionnalites = readFileSync(path.join(SORTIE, dossier, 'betagouv-fonctionnalites.js'), 'utf8');
    for (const [fichier, code] of [['betagouv-amorce.js', amorce], ['betagouv-fonctionnalites.js', fonctionnalites]]) {
      // The polyfill's own marker; the background still has it (it answers with promises through it).
      expect(code, fichier).not.toContain('__mozWebExtensionPolyfillReject__');
    }
    expect(fonctionnalites).toContain('runtime.sendMessage');
    expect(readFileSync(path.join(SORTIE, dossier, 'background.js'), 'utf8')).toContain('__mozWebExtensionPolyfillReject__');
  });

  it('Chrome : le fichier des fonctionnalités n’est exposé qu’à beta.gouv.fr, par une adresse de session ; Firefox : pas exposé', () => {
    expect(lire('chrome-mv3').web_accessible_resources).toEqual([{ resources: ['betagouv-fonctionnalites.js'], matches: ['https://beta.gouv.fr/*'], use_dynamic_url: true }]);
    expect(lire('firefox-mv2').web_accessible_resources).toBeUndefined();
  });
});

describe('manifeste Firefox MV2', () => {
  const dossier = path.join(SORTIE, 'firefox-mv2');

  it('mêmes permissions (MV2 les range dans permissions / optional_permissions)', () => {
    const m = lire('firefox-mv2');
    expect([...m.permissions].sort()).toEqual(['alarms', 'contextMenus', 'https://beta.gouv.fr/*', 'storage', 'webRequest']);
    expect(m.optional_permissions).toEqual(['https://*/*']);
    expect(m.commands._execute_browser_action.suggested_key.default).toBe('Alt+Shift+J');
    expect(m.browser_specific_settings.gecko.id).toBe('jauge@beta.gouv.fr');
  });

  it('addons-linter : 0 erreur (avertissements listés)', () => {
    expect(existsSync(dossier)).toBe(true);
    const binaire = path.join(RACINE, 'node_modules/.bin/addons-linter');
    let sortie: string;
    try {
      sortie = execFileSync(binaire, ['--output', 'json', '--boring', dossier], { encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
    } catch (e) {
      // addons-linter exits non-zero when it finds errors; its JSON is still on stdout.
      sortie = (e as { stdout?: string }).stdout ?? '';
    }
    const rapport = JSON.parse(sortie) as { errors: { code: string; message: string; file?: string }[]; warnings: { code: string; message: string; file?: string }[] };
    const resume = (l: typeof rapport.errors) => l.map((x) => `${x.code} ${x.file ?? ''} : ${x.message}`);
    console.info(`addons-linter : ${rapport.errors.length} erreur(s), ${rapport.warnings.length} avertissement(s)\n${resume(rapport.warnings).join('\n')}`);
    expect(resume(rapport.errors)).toEqual([]);
    // Only the expected kinds of warning: Preact's own innerHTML code path (dangerouslySetInnerHTML,
    // unused by us); in the dashboard's on-demand exceljs chunk only, its bundled lodash / core-js
    // global lookups `self || Function("return this")()` (never reached: `self` exists in a page) and a
    // setImmediate shim that would compile a string argument (exceljs passes functions); and the
    // `Function` constructor inside PDF.js and tesseract.js (loaded by the options page only): the
    // pages' CSP has no 'unsafe-eval', so those paths cannot run (PDF.js is told isEvalSupported false;
    // the import e2e reads PDFs and scans under that CSP).
    const bibliotheque = (fichier = '') =>
      /^chunks\/xlsx-[\w-]+\.js$/.test(fichier) || fichier === 'ocr/worker.min.js' || /tesseract|pdfjs/i.test(readFileSync(path.join(dossier, fichier), 'utf8').slice(0, 200_000));
    for (const w of rapport.warnings) {
      if (w.code === 'DANGEROUS_EVAL' && bibliotheque(w.file)) continue;
      expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
    }
  });
});
