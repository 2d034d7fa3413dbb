// THE list of the Docs add-on's global entry points. The build (../../../build.ts) turns each exported
// function below into a top-level `function name(…)` in dist/docs-addon/Code.js, which is what Apps
// Script calls: menu items, the sidebar's google.script.run, the simple triggers. Names shared with the
// Sheets add-on (onOpen, onInstall, ouvrirPanneau, effacerMarques, menuEffacerMarques) do the same job.
import { compter } from '../../../../shared/texte';
import type { ApiServeurDocs, Cible, RapportDocs, ResultatEffacementDocs, ResultatInsertion } from '../contrat';
import { afficherPanneau, ajouterMenu, alerter, endroitDuMontant, insererApresLeCurseur, insererTexte, lireProprietes, remplacerProprietes, selectionnerParagraphe } from './adaptateur';
import { effacerMarques as effacer } from './effacer-marques';
import { echeancierDuPlan, ErreurInsertion, lettresApres } from './insertions';
import { verifierConvention as verifier } from './verifier-convention';

/** Document property remembering the spelling chosen in the sidebar, for the menu's insertion. */
const CLE_ORTHOGRAPHE = 'jauge.docs.orthographe1990';

/** Installed from the Marketplace (or a test deployment): same as opening the document. */
export function onInstall(e: GoogleAppsScript.Events.AddonOnInstall) {
  onOpen(e);
}

/**
 * Adds the Extensions › Jauge menu. The menu needs no authorization, so in AuthMode.NONE (add-on not
 * yet used in this document) that is all it does: no document read, no properties.
 */
export function onOpen(e: GoogleAppsScript.Events.DocsOnOpen | GoogleAppsScript.Events.AddonOnInstall) {
  void e;
  ajouterMenu();
}

/** Menu « Vérifier la convention »: the sidebar, which checks the document as it opens. */
export function ouvrirPanneau() {
  afficherPanneau();
}

/** Menu « Insérer l'échéancier d'un plan »: the sidebar on its plan tool (a plan is pasted there). */
export function ouvrirPanneauPlan() {
  afficherPanneau('plan');
}

/**
 * Sidebar: checks the document as `jauge check` checks its text, marks the faulty paragraphs and table
 * rows with a background, returns `{ constats: [{ regle, gravite, message, position }] }` (the CLI's
 * shape) with what the sidebar needs besides. The text itself is never changed.
 */
export function verifierConvention(): RapportDocs {
  return enFrancais('La vérification a échoué', verifier);
}

/** Sidebar and menu: puts back the backgrounds the marked ranges had, the person's highlights included. */
export function effacerMarques(): ResultatEffacementDocs {
  return enFrancais('L\u2019effacement des marques a échoué', effacer);
}

/** Sidebar: selects a finding's paragraph or table cell and scrolls to it. */
export function selectionnerConstat(cible: Cible) {
  enFrancais('Le passage n\u2019a pas pu être sélectionné', () => selectionnerParagraphe(cible));
}

/**
 * Sidebar and menu: writes the selected amount in words right after it (« 2 500 000 € » → « 2 500 000 €
 * (deux millions cinq cent mille euros) »), traditional or 1990 spelling. One insertion, at that place.
 */
export function insererMontantEnLettres(orthographe1990?: boolean): ResultatInsertion {
  return enFrancais('Le montant n\u2019a pas été écrit en lettres', () => {
    // The sidebar's choice is remembered for the menu, which has no checkbox.
    const proprietes = lireProprietes();
    const retenue = proprietes[CLE_ORTHOGRAPHE] === 'oui';
    const choix = typeof orthographe1990 === 'boolean' ? orthographe1990 : retenue;
    if (choix !== retenue) remplacerProprietes({ ...proprietes, [CLE_ORTHOGRAPHE]: choix ? 'oui' : 'non' });
    const endroit = endroitDuMontant();
    if (!endroit) throw new ErreurInsertion('Sélectionnez un montant en chiffres dans le texte (par exemple « 2 500 000 € »).');
    const ajout = lettresApres(endroit.contenu, { selection: endroit.selection, apres: endroit.apres, orthographe1990: choix });
    insererTexte(endroit, ajout);
    return { insere: ajout.trim().replace(/^\(|\)$/g, '') };
  });
}

/**
 * Sidebar: inserts, after the paragraph holding the cursor, the échéancier a pasted plan asks for (the
 * plan module's sentence, then the table Année | AE | CP with amounts in figures and words, Total).
 */
export function insererEcheancierDuPlan(plan: string): ResultatInsertion {
  return enFrancais('L\u2019échéancier n\u2019a pas été inséré', () => {
    const { phrase, lignes } = echeancierDuPlan(plan);
    insererApresLeCurseur(phrase, lignes);
    return { insere: `${phrase} (${compter(lignes.length - 2, 'année')})` };
  });
}

/** Menu « Effacer les marques ». */
export function menuEffacerMarques() {
  const { plagesRestaurees, plagesPerdues } = effacerMarques();
  const perdues = plagesPerdues > 0 ? ` ${compter(plagesPerdues, 'passage')} marqué${plagesPerdues > 1 ? 's' : ''} n\u2019${plagesPerdues > 1 ? 'ont' : 'a'} pas été retrouvé${plagesPerdues > 1 ? 's' : ''} (texte modifié depuis).` : '';
  alerter(plagesRestaurees > 0 ? `Marques effacées sur ${compter(plagesRestaurees, 'passage')} : fonds d\u2019avant remis.${perdues}` : `Aucune marque de Jauge à effacer.${perdues}`);
}

/** Menu « Insérer le montant en lettres »: the spelling last chosen in the sidebar (traditional by default). */
export function menuInsererMontantEnLettres() {
  try {
    insererMontantEnLettres();
  } catch (e) {
    alerter(e instanceof Error ? e.message : String(e));
  }
}

/** Errors reaching the sidebar or a menu carry a French sentence; a helper's own message is enough. */
function enFrancais<T>(quoi: string, travail: () => T): T {
  try {
    return travail();
  } catch (e) {
    if (e instanceof ErreurInsertion) throw new Error(e.message);
    throw new Error(`${quoi} : ${e instanceof Error ? e.message : String(e)}`);
  }
}

({ verifierConvention, effacerMarques, selectionnerConstat, insererMontantEnLettres, insererEcheancierDuPlan }) satisfies ApiServeurDocs;
