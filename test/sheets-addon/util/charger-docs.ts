// Loads the REAL dist/docs-addon/Code.js (built by ./construction.ts) into a Node vm context whose only
// globals are the fake DocumentApp and services of ./document.ts, as Apps Script loads the project.
import path from 'node:path';
import vm from 'node:vm';
import { DOSSIER_DOCS } from '../../../sheets-addon/build';
import type { Cible, RapportDocs, ResultatEffacementDocs, ResultatInsertion } from '../../../sheets-addon/src/docs/contrat';
import { FauxDocument } from './document';
import { corpsDepuisTexte } from './document-modele';
import { contexteAppsScript, fonctionsGlobales, scriptConstruit } from './vm-apps-script';

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

/**
 * Loads Code.js into a fresh context bound to `document`. `aujourdhui` fixes the clock seen by the
 * add-on; results cross back as JSON, as google.script.run sends them.
 */
export function chargerDocs(document: FauxDocument, options: { aujourdhui?: string } = {}): { module: ModuleDocs; contexte: vm.Context } {
  const { contexte, royaume } = contexteAppsScript(options.aujourdhui);
  document.lier(royaume);
  Object.assign(contexte, document.globaux());
  scriptConstruit(path.join(DOSSIER_DOCS, 'Code.js'), 'Code.js').runInContext(contexte);
  const module = fonctionsGlobales<ModuleDocs>(contexte, POINTS_ENTREE_DOCS);
  return { module, contexte };
}

/** A fake document made from a convention's text (headings, list items, bold, tables), its sidebar served from dist. */
export function documentDepuisTexte(texte: string): FauxDocument {
  return new FauxDocument(corpsDepuisTexte(texte), DOSSIER_DOCS);
}
