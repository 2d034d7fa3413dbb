// One builder for Jauge's two Google editor add-ons, from one source tree (`npm run sheets:build`):
//   dist/sheets-addon/  the Google Sheets add-on (src/sheets/ + src/commun/);
//   dist/docs-addon/    the Google Docs add-on (src/docs/ + src/commun/).
// Each folder is one Apps Script project, pushed by clasp:
//   Code.js         the server code: an esbuild IIFE (`var __jauge = …`) followed by one top-level
//                   `function name(…)` per function exported by the host's serveur/index.ts, carrying
//                   its JSDoc (Apps Script only calls top-level function declarations);
//   Fonctions.js    (Sheets only) the custom functions, copied as written (Sheets reads their JSDoc);
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
export const NOM_GLOBAL = '__jauge';

/** One host: where its sources are, where it is written, what it may ask for. */
export interface Hote {
  nom: 'sheets' | 'docs';
  /** « Google Sheets », for messages. */
  libelle: string;
  dossier: string;
  entreeServeur: string;
  entreePanneau: string;
  manifeste: string;
  /** The only OAuth scopes the manifest may ask for. */
  portees: readonly string[];
  /** Custom functions file (Sheets only). */
  fonctions?: string;
}

const CURRENT_UI = 'https://www.googleapis.com/auth/script.container.ui';

export const SHEETS: Hote = {
  nom: 'sheets',
  libelle: 'Google Sheets',
  dossier: path.join(RACINE, 'dist', 'sheets-addon'),
  entreeServeur: path.join(ICI, 'src', 'sheets', 'serveur', 'index.ts'),
  entreePanneau: path.join(ICI, 'src', 'sheets', 'panneau', 'index.tsx'),
  manifeste: path.join(ICI, 'src', 'sheets', 'appsscript.json'),
  // The current spreadsheet, and its menus and sidebar.
  portees: ['https://www.googleapis.com/auth/spreadsheets.currentonly', CURRENT_UI],
  fonctions: path.join(ICI, 'src', 'sheets', 'fonctions', 'Fonctions.js'),
};

export const DOCS: Hote = {
  nom: 'docs',
  libelle: 'Google Docs',
  dossier: path.join(RACINE, 'dist', 'docs-addon'),
  entreeServeur: path.join(ICI, 'src', 'docs', 'serveur', 'index.ts'),
  entreePanneau: path.join(ICI, 'src', 'docs', 'panneau', 'index.tsx'),
  manifeste: path.join(ICI, 'src', 'docs', 'appsscript.json'),
  // The current document, and its menus and sidebar.
  portees: ['https://www.googleapis.com/auth/documents.currentonly', CURRENT_UI],
};

export const HOTES: readonly Hote[] = [SHEETS, DOCS];

/** The Sheets add-on's folder (the DESIGN contract: `npm run build` writes it there). */
export const DOSSIER_SORTIE = SHEETS.dossier;
export const DOSSIER_DOCS = DOCS.dossier;
/** The Sheets add-on's scopes (kept for the tests that compare them). */
export const PORTEES_ATTENDUES = SHEETS.portees;

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

/** Builds both add-ons and returns what each wrote. */
export async function construire(): Promise<Resume[]> {
  const resumes: Resume[] = [];
  for (const hote of HOTES) resumes.push(await construireHote(hote));
  return resumes;
}

/** Builds one add-on into `dossier` (its dist folder by default) and returns what it wrote. */
export async function construireHote(hote: Hote, dossier: string = hote.dossier): Promise<Resume> {
  const serveur = await construireServeur(hote);
  const fonctions = hote.fonctions ? await verifierFonctions(hote.fonctions, serveur.bundle) : null;
  const panneau = await construirePanneau(hote);
  const manifeste = await lireManifeste(hote);

  const fichiers: Record<string, string> = {
    'Code.js': serveur.code,
    ...(fonctions ? { 'Fonctions.js': fonctions.texte } : {}),
    'Sidebar.html': panneau,
    'appsscript.json': manifeste,
  };
  await rm(dossier, { recursive: true, force: true });
  await mkdir(dossier, { recursive: true });
  for (const [nom, contenu] of Object.entries(fichiers)) await writeFile(path.join(dossier, nom), contenu);
  return {
    dossier,
    pointsEntree: serveur.pointsEntree,
    fonctionsPersonnalisees: fonctions?.noms ?? [],
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

/**
 * papaparse (CSV, used for a plan pasted into the Docs sidebar) requires Node's `stream` only to parse a
 * Node stream, which Apps Script never hands it: an empty module stands in, so the bundle stays a classic
 * script with no `require` left.
 */
const sansStream: Plugin = {
  name: 'sans-stream',
  setup(b) {
    b.onResolve({ filter: /^stream$/ }, () => ({ path: 'stream', namespace: 'jauge-vide' }));
    b.onLoad({ filter: /.*/, namespace: 'jauge-vide' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

async function construireServeur(hote: Hote): Promise<{ code: string; bundle: string; pointsEntree: string[] }> {
  const resultat = await build({
    ...COMMUN,
    entryPoints: [hote.entreeServeur],
    outfile: path.join(RACINE, 'dist', `.serveur-${hote.nom}`, 'Code.js'),
    format: 'iife',
    globalName: NOM_GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    plugins: [zodSansLocales, sansStream],
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
  const source = await readFile(hote.entreeServeur, 'utf8');
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
    `// Jauge — module complémentaire ${hote.libelle}. Fichier généré par sheets-addon/build.ts : ne pas modifier.`,
    bundle.trimEnd(),
    '',
    `// ---- Points d\u2019entrée Apps Script (générés depuis src/${hote.nom}/serveur/index.ts) ----`,
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

async function verifierFonctions(fichier: string, bundle: string): Promise<{ texte: string; noms: string[] }> {
  const texte = await readFile(fichier, 'utf8');
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

async function construirePanneau(hote: Hote): Promise<string> {
  const resultat = await build({
    ...COMMUN,
    entryPoints: [hote.entreePanneau],
    outdir: path.join(RACINE, 'dist', `.panneau-${hote.nom}`),
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

async function lireManifeste(hote: Hote): Promise<string> {
  const manifeste = JSON.parse(await readFile(hote.manifeste, 'utf8')) as { runtimeVersion?: string; oauthScopes?: string[] };
  if (manifeste.runtimeVersion !== 'V8') throw new Error(`appsscript.json (${hote.libelle}) : runtimeVersion doit valoir "V8".`);
  const portees = [...(manifeste.oauthScopes ?? [])].sort();
  if (portees.join() !== [...hote.portees].sort().join()) {
    throw new Error(`appsscript.json (${hote.libelle}) : portées OAuth ${portees.join(', ')} ; attendues exactement ${hote.portees.join(', ')}.`);
  }
  return `${JSON.stringify(manifeste, null, 2)}\n`;
}

// ---- Command line --------------------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  construire()
    .then((resumes) => {
      for (const r of resumes) {
        const tailles = Object.entries(r.tailles)
          .map(([nom, octets]) => `${nom} ${(octets / 1024).toFixed(1)} Ko`)
          .join(', ');
        console.log(`Module construit dans ${path.relative(RACINE, r.dossier)} : ${tailles}.`);
        const fonctions = r.fonctionsPersonnalisees.length > 0 ? ` Fonctions personnalisées : ${r.fonctionsPersonnalisees.join(', ')}.` : '';
        console.log(`  Points d'entrée : ${r.pointsEntree.join(', ')}.${fonctions}`);
      }
    })
    .catch((e: unknown) => {
      console.error(`Échec de la construction des modules Google : ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    });
}
