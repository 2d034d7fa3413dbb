// What loading a built Apps Script project into a Node vm takes, for both add-ons (charger.ts for
// Sheets, charger-docs.ts for Docs): the built files compiled once per version, a fresh context whose
// clock can be fixed, and the project's global functions called as google.script.run calls them.
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import type { Royaume } from './services';

const scripts = new Map<string, vm.Script>();

/** The built file at `chemin`, compiled once per modification time. */
export function scriptConstruit(chemin: string, nom: string): vm.Script {
  const cle = `${chemin}@${statSync(chemin).mtimeMs}`;
  let s = scripts.get(cle);
  if (!s) scripts.set(cle, (s = new vm.Script(readFileSync(chemin, 'utf8'), { filename: nom })));
  return s;
}

/**
 * A fresh context and its realm's Date and Error. With `aujourdhui`, Date() and Date.now() in the
 * context say 10:00 UTC that day, the clock the add-on then sees.
 */
export function contexteAppsScript(aujourdhui?: string): { contexte: vm.Context; royaume: Royaume } {
  const contexte = vm.createContext({});
  if (aujourdhui) {
    const instant = Date.parse(`${aujourdhui}T10:00:00Z`);
    vm.runInContext(
      `(() => { const D = Date; class DateFixe extends D { constructor(...a) { if (a.length === 0) super(${instant}); else super(...a); } static now() { return ${instant}; } }
        globalThis.Date = DateFixe; })();`,
      contexte,
    );
  }
  return { contexte, royaume: vm.runInContext('({ Date, Error })', contexte) as Royaume };
}

/**
 * The global functions `noms` of the project loaded in `contexte`, as the sidebar's calls reach them:
 * an error keeps only its message (what Apps Script shows), a result crosses back as JSON.
 */
export function fonctionsGlobales<M>(contexte: vm.Context, noms: readonly (keyof M & string)[]): M {
  const appeler =
    (nom: string) =>
    (...args: unknown[]): unknown => {
      const f = (contexte as Record<string, unknown>)[nom];
      if (typeof f !== 'function') throw new Error(`Code.js ne déclare pas la fonction globale ${nom}.`);
      let resultat: unknown;
      try {
        resultat = f(...args);
      } catch (e) {
        // Errors from the vm's realm: keep only what Apps Script would show, the message.
        throw new Error((e as { message?: string })?.message ?? String(e));
      }
      return resultat === undefined ? undefined : JSON.parse(JSON.stringify(resultat));
    };
  return Object.fromEntries(noms.map((n) => [n, appeler(n)])) as unknown as M;
}
