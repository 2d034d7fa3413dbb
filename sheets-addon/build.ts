// Builds the Google Sheets add-on into dist/sheets-addon/ (`npm run sheets:build`):
//   Code.js         the server code: an esbuild IIFE (`var __jauge = …`) followed by one top-level
//                   `function name(…)` per function exported by src/serveur/index.ts, carrying its
//                   JSDoc (Apps Script only calls top-level function declarations);
//   Fonctions.js    the custom functions, copied as written (Sheets reads their JSDoc);
//   Sidebar.html    the Preact sidebar, JS and CSS inlined into one file (HtmlService serves one file);
//   appsscript.json the manifest.
// Every output is checked before it is written: a classic script, no module syntax, entry points
// and custom functions that exist in the bundle, the expected OAuth scopes.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const ICI = path.dirname(fileURLToPath(import.meta.url));
const RACINE = path.resolve(ICI, '..');
export const DOSSIER_SORTIE = path.join(RACINE, 'dist', 'sheets-addon');
export const NOM_GLOBAL = '__jauge';
const ENTREE_SERVEUR = path.join(ICI, 'src', 'serveur', 'index.ts');
const ENTREE_PANNEAU = path.join(ICI, 'src', 'panneau', 'index.tsx');
const FONCTIONS = path.join(ICI, 'src', 'fonctions', 'Fonctions.js');
const MANIFESTE = path.join(ICI, 'appsscript.json');

/** The only scopes the add-on may ask for: the current spreadsheet, and its menus and sidebar. */
export const PORTEES_ATTENDUES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
] as const;

export interface Resume {
  dossier: string;
  pointsEntree: string[];
  fonctionsPersonnalisees: string[];
  tailles: Record<string, number>;
}

const COMMUN: BuildOptions = {
  bundle: true,
  write: false,
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'silent',
};

/** Builds everything into `dossier` (dist/sheets-addon by default) and returns what it wrote. */
export async function construire(dossier: string = DOSSIER_SORTIE): Promise<Resume> {
  const serveur = await construireServeur();
  const fonctions = await verifierFonctions(serveur.bundle);
  const panneau = await construirePanneau();
  const manifeste = await lireManifeste();

  const fichiers: Record<string, string> = {
    'Code.js': serveur.code,
    'Fonctions.js': fonctions.texte,
    'Sidebar.html': panneau,
    'appsscript.json': manifeste,
  };
  await rm(dossier, { recursive: true, force: true });
  await mkdir(dossier, { recursive: true });
  for (const [nom, contenu] of Object.entries(fichiers)) await writeFile(path.join(dossier, nom), contenu);
  return {
    dossier,
    pointsEntree: serveur.pointsEntree,
    fonctionsPersonnalisees: fonctions.noms,
    tailles: Object.fromEntries(Object.entries(fichiers).map(([nom, contenu]) => [nom, Buffer.byteLength(contenu)])),
  };
}

// ---- Server: IIFE + generated top-level declarations -------------------------------------------

/**
 * zod re-exports every locale (≈ 300 KB of messages in 40 languages) through its `locales` namespace.
 * Apps Script parses all of Code.js on every run, custom functions included, and Jauge never switches
 * zod's locale (English is registered directly by zod's schemas.js), so the namespace is cut down to
 * `en` and `fr` here.
 */
const zodSansLocales: Plugin = {
  name: 'zod-sans-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: path.resolve(path.dirname(args.importer), '../locales'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: 'export { default as en } from "./en.js";\nexport { default as fr } from "./fr.js";\n',
      resolveDir: args.path,
      loader: 'js',
    }));
  },
};

async function construireServeur(): Promise<{ code: string; bundle: string; pointsEntree: string[] }> {
  const resultat = await build({
    ...COMMUN,
    entryPoints: [ENTREE_SERVEUR],
    outfile: path.join(RACINE, 'dist', '.serveur', 'Code.js'),
    format: 'iife',
    globalName: NOM_GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    plugins: [zodSansLocales],
    // Apps Script's V8 runs modern JavaScript; ES2019 syntax keeps a margin without polyfills.
    target: 'es2019',
    minifySyntax: true,
    minifyWhitespace: true,
  });
  const bundle = texteUnique(resultat.outputFiles);

  // The bundle must load in a bare context (no require, no process, no DOM), like Apps Script's.
  const contexte = vm.createContext({});
  vm.runInContext(`${bundle}\n;globalThis.__espace = ${NOM_GLOBAL};`, contexte, { filename: 'Code.js' });
  const espace = (contexte as { __espace?: Record<string, unknown> }).__espace ?? {};
  const exportees = Object.keys(espace).filter((nom) => typeof espace[nom] === 'function').sort();

  // index.ts is the one list of entry points: each export must be declared there, with its JSDoc.
  const source = await readFile(ENTREE_SERVEUR, 'utf8');
  const declarations = new Map<string, { jsdoc: string; parametres: string[] }>();
  for (const m of source.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export function (\w+)\s*\(([^)]*)\)/g)) {
    const parametres = m[3]!
      .split(',')
      .map((p) => p.trim().split(/[?:=\s]/)[0]!)
      .filter(Boolean);
    declarations.set(m[2]!, { jsdoc: m[1] ?? '', parametres });
  }
  const absentes = exportees.filter((nom) => !declarations.has(nom));
  if (absentes.length > 0) throw new Error(`Points d'entrée exportés sans déclaration « export function » dans index.ts : ${absentes.join(', ')}`);
  const sansDoc = exportees.filter((nom) => !declarations.get(nom)!.jsdoc);
  if (sansDoc.length > 0) throw new Error(`Points d'entrée sans JSDoc dans index.ts : ${sansDoc.join(', ')}`);

  const declarationsGlobales = exportees.map((nom) => {
    const { jsdoc, parametres } = declarations.get(nom)!;
    const p = parametres.join(', ');
    return `${jsdoc}\nfunction ${nom}(${p}) {\n  return ${NOM_GLOBAL}.${nom}(${p});\n}`;
  });
  const code = [
    '// Jauge — module complémentaire Google Sheets. Fichier généré par sheets-addon/build.ts : ne pas modifier.',
    bundle.trimEnd(),
    '',
    '// ---- Points d\u2019entrée Apps Script (générés depuis src/serveur/index.ts) ----',
    declarationsGlobales.join('\n\n'),
    '',
  ].join('\n');
  verifierScriptClassique(code, 'Code.js');
  return { code, bundle, pointsEntree: exportees };
}

/** A classic script: parses as one, no module syntax, no CommonJS left over. */
export function verifierScriptClassique(code: string, nom: string): void {
  new vm.Script(code, { filename: nom });
  const sansCommentaires = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  if (/^\s*(?:import|export)\s/m.test(sansCommentaires) || /\b__require\b|\brequire\(/.test(sansCommentaires)) {
    throw new Error(`${nom} contient encore une syntaxe de module (import, export ou require).`);
  }
}

function texteUnique(fichiers: { path: string; text: string }[] | undefined, extension = '.js'): string {
  const f = (fichiers ?? []).filter((o) => o.path.endsWith(extension));
  if (f.length !== 1) throw new Error(`esbuild a produit ${f.length} fichier(s) ${extension} au lieu d'un.`);
  return f[0]!.text;
}

// ---- Custom functions: copied as written, checked against the bundle ----------------------------

async function verifierFonctions(bundle: string): Promise<{ texte: string; noms: string[] }> {
  const texte = await readFile(FONCTIONS, 'utf8');
  verifierScriptClassique(texte, 'Fonctions.js');
  const contexte = vm.createContext({});
  vm.runInContext(`${bundle}\n;globalThis.__espace = ${NOM_GLOBAL};`, contexte);
  const implementations = ((contexte as { __espace?: { fonctions?: Record<string, unknown> } }).__espace?.fonctions) ?? {};
  const noms: string[] = [];
  for (const m of texte.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*function (\w+)\s*\([^)]*\)\s*\{\s*return __jauge\.fonctions\.(\w+)\(/g)) {
    const [, jsdoc, nom, cible] = m as unknown as [string, string, string, string];
    if (nom !== cible) throw new Error(`Fonctions.js : ${nom} délègue à fonctions.${cible}.`);
    if (!/@customfunction\b/.test(jsdoc)) throw new Error(`Fonctions.js : ${nom} n'a pas l'étiquette @customfunction.`);
    if (typeof implementations[nom] !== 'function') throw new Error(`Fonctions.js : ${nom} n'existe pas dans le bundle (fonctions.${nom}).`);
    noms.push(nom);
  }
  const attendues = Object.keys(implementations).sort();
  if (noms.slice().sort().join() !== attendues.join()) {
    throw new Error(`Fonctions.js déclare ${noms.join(', ') || 'aucune fonction'} ; le bundle en fournit ${attendues.join(', ')}.`);
  }
  return { texte, noms };
}

// ---- Sidebar: one self-contained HTML file --------------------------------------------------------

async function construirePanneau(): Promise<string> {
  const resultat = await build({
    ...COMMUN,
    entryPoints: [ENTREE_PANNEAU],
    outdir: path.join(RACINE, 'dist', '.panneau'),
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = texteUnique(resultat.outputFiles, '.js').replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const css = texteUnique(resultat.outputFiles, '.css').replace(/<\/(style)/gi, '<\\/$1');
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<base target="_top">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Jauge</title>',
    `<style>${css.trim()}</style>`,
    '</head>',
    '<body>',
    '<div id="app"></div>',
    `<script>${js.trim()}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---- Manifest ----------------------------------------------------------------------------------------

async function lireManifeste(): Promise<string> {
  const manifeste = JSON.parse(await readFile(MANIFESTE, 'utf8')) as { runtimeVersion?: string; oauthScopes?: string[] };
  if (manifeste.runtimeVersion !== 'V8') throw new Error('appsscript.json : runtimeVersion doit valoir "V8".');
  const portees = [...(manifeste.oauthScopes ?? [])].sort();
  if (portees.join() !== [...PORTEES_ATTENDUES].sort().join()) {
    throw new Error(`appsscript.json : portées OAuth ${portees.join(', ')} ; attendues exactement ${PORTEES_ATTENDUES.join(', ')}.`);
  }
  return `${JSON.stringify(manifeste, null, 2)}\n`;
}

// ---- Command line --------------------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  construire()
    .then((r) => {
      const tailles = Object.entries(r.tailles)
        .map(([nom, octets]) => `${nom} ${(octets / 1024).toFixed(1)} Ko`)
        .join(', ');
      console.log(`Module Sheets construit dans ${path.relative(RACINE, r.dossier)} : ${tailles}.`);
      console.log(`Points d'entrée : ${r.pointsEntree.join(', ')}. Fonctions personnalisées : ${r.fonctionsPersonnalisees.join(', ')}.`);
    })
    .catch((e: unknown) => {
      console.error(`Échec de la construction du module Sheets : ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    });
}
