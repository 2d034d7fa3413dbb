// Loads the REAL dist/docs-addon/Code.js (built by ./construction.ts) into a Node vm context whose only
// globals are the fake DocumentApp and services of ./document.ts, as Apps Script loads the project.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { DOSSIER_DOCS } from '../../../sheets-addon/build';
import type { Cible, RapportDocs, ResultatEffacementDocs, ResultatInsertion } from '../../../sheets-addon/src/docs/contrat';
import { FauxDocument } from './document';
import { corpsDepuisTexte } from './document-modele';
import type { Royaume } from './services';

export { assurerConstruction } from './construction';

/** The functions dist/docs-addon/Code.js declares at top level. */
export const POINTS_ENTREE_DOCS: readonly (keyof ModuleDocs)[] = [
  'onOpen',
  'onInstall',
  'ouvrirPanneau',
  'ouvrirPanneauPlan',
  'verifierConvention',
  'effacerMarques',
  'selectionnerConstat',
  'insererMontantEnLettres',
  'insererEcheancierDuPlan',
  'menuEffacerMarques',
  'menuInsererMontantEnLettres',
];

export interface ModuleDocs {
  onOpen(e?: { authMode?: string }): void;
  onInstall(e?: { authMode?: string }): void;
  ouvrirPanneau(): void;
  ouvrirPanneauPlan(): void;
  verifierConvention(): RapportDocs;
  effacerMarques(): ResultatEffacementDocs;
  selectionnerConstat(cible: Cible): void;
  insererMontantEnLettres(orthographe1990?: boolean): ResultatInsertion;
  insererEcheancierDuPlan(plan: string): ResultatInsertion;
  menuEffacerMarques(): void;
  menuInsererMontantEnLettres(): void;
}

const scripts = new Map<string, vm.Script>();
function script(): vm.Script {
  const chemin = path.join(DOSSIER_DOCS, 'Code.js');
  const cle = `${chemin}@${statSync(chemin).mtimeMs}`;
  let s = scripts.get(cle);
  if (!s) scripts.set(cle, (s = new vm.Script(readFileSync(chemin, 'utf8'), { filename: 'Code.js' })));
  return s;
}

/**
 * Loads Code.js into a fresh context bound to `document`. `aujourdhui` fixes the clock seen by the
 * add-on; results cross back as JSON, as google.script.run sends them.
 */
export function chargerDocs(document: FauxDocument, options: { aujourdhui?: string } = {}): { module: ModuleDocs; contexte: vm.Context } {
  const contexte = vm.createContext({});
  if (options.aujourdhui) {
    const instant = Date.parse(`${options.aujourdhui}T10:00:00Z`);
    vm.runInContext(
      `(() => { const D = Date; class DateFixe extends D { constructor(...a) { if (a.length === 0) super(${instant}); else super(...a); } static now() { return ${instant}; } }
        globalThis.Date = DateFixe; })();`,
      contexte,
    );
  }
  document.lier(vm.runInContext('({ Date, Error })', contexte) as Royaume);
  Object.assign(contexte, document.globaux());
  script().runInContext(contexte);
  const appeler =
    (nom: keyof ModuleDocs) =>
    (...args: unknown[]): unknown => {
      const f = (contexte as Record<string, unknown>)[nom];
      if (typeof f !== 'function') throw new Error(`Code.js ne déclare pas la fonction globale ${nom}.`);
      let resultat: unknown;
      try {
        resultat = f(...args);
      } catch (e) {
        throw new Error((e as { message?: string })?.message ?? String(e));
      }
      return resultat === undefined ? undefined : JSON.parse(JSON.stringify(resultat));
    };
  const module = Object.fromEntries(POINTS_ENTREE_DOCS.map((n) => [n, appeler(n)])) as unknown as ModuleDocs;
  return { module, contexte };
}

/** A fake document made from a convention's text (headings, list items, bold, tables), its sidebar served from dist. */
export function documentDepuisTexte(texte: string): FauxDocument {
  return new FauxDocument(corpsDepuisTexte(texte), DOSSIER_DOCS);
}
