// THE list of the add-on's global entry points. The build (../../build.ts) turns each exported function
// below into a top-level `function name(…)` in dist/Code.js, which is what Apps Script calls: menu
// items, the sidebar's google.script.run, the simple triggers. The custom functions are declared
// in ../fonctions/Fonctions.js (Sheets reads their JSDoc there) and call `fonctions` below.
import { compter } from '../../../../shared/texte';
import type { ApiServeur, Rapport, ResultatEffacement } from '../contrat';
import { detailComptes, verdict } from '../../commun/verdict';
import {
  afficherPanneau,
  ajouterMenu,
  creerFeuilleEntete,
  aujourdhui,
  dateEnIso,
  notifier,
  origineDeLaPlage,
  selectionner,
  textesDesDates,
} from './adaptateur';
import { dispositionRegistre, nomLibre } from './disposition-registre';
import { effacerMarques as effacer } from './effacer-marques';
import { echeancierConstatsFormule, echeancierDepuisPlanFormule, montantEnChiffresFormule, montantEnLettresFormule, proteger } from './fonctions';
import { verifierEcheancier as verifier } from './verifier-echeancier';
import { verifierRegistre as verifierLeRegistre } from './verifier-registre';

/** Installed from the Marketplace (or a test deployment): same as opening the sheet. */
export function onInstall(e: GoogleAppsScript.Events.AddonOnInstall) {
  onOpen(e);
}

/**
 * Adds the Extensions › Jauge menu. The menu needs no authorization, so in AuthMode.NONE (add-on not
 * yet used in this document) that is all it does: no sheet read, no properties.
 */
export function onOpen(e: GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall) {
  void e;
  ajouterMenu();
}

/** Menu « Ouvrir le panneau ». */
export function ouvrirPanneau() {
  afficherPanneau();
}

/** Sidebar: checks the active sheet, marks the faulty cells, returns the report. */
export function verifierEcheancier(): Rapport {
  return enFrancais('La vérification a échoué', () => verifier('feuille'));
}

/** Sidebar: checks only the selected cells, marks the faulty ones, returns the report. */
export function verifierSelection(): Rapport {
  return enFrancais('La vérification a échoué', () => verifier('selection'));
}

/**
 * Sidebar and menu: checks the active sheet as a registry (the CSV layout of `jauge registre
 * construire`), every convention with the rules of `jauge check`; marks the faulty cells. Its
 * findings carry `regle`, `gravite`, `message` and `position`, as `jauge check --json` gives them.
 */
export function verifierRegistre(): Rapport {
  return enFrancais('La vérification du registre a échoué', verifierLeRegistre);
}

/** Sidebar: removes Jauge's marks and puts back the earlier backgrounds and notes. */
export function effacerMarques(): ResultatEffacement {
  return enFrancais('L\u2019effacement des marques a échoué', effacer);
}

/** Sidebar: selects a finding's cell (on the sheet that was checked). */
export function selectionnerCellule(a1: string, feuille?: string) {
  enFrancais('La cellule n\u2019a pas pu être sélectionnée', () => selectionner(a1, feuille));
}

/** Menu « Vérifier l'échéancier »: the same check, answered by a toast. */
export function menuVerifierEcheancier() {
  annoncer(verifierEcheancier());
}

/** Menu « Vérifier la sélection ». */
export function menuVerifierSelection() {
  annoncer(verifierSelection());
}

/** Menu « Vérifier le registre ». */
export function menuVerifierRegistre() {
  const rapport = verifierRegistre();
  if (!rapport.registre) {
    notifier('Cette feuille n\u2019a pas la disposition d\u2019un registre (colonnes id, annee, ae, cp attendues). Extensions › Jauge › Créer une feuille registre en donne une.');
    return;
  }
  const { conventions } = rapport.registre;
  notifier(`${compter(conventions, 'convention')} lue${conventions > 1 ? 's' : ''} — ${detailComptes(rapport.comptes)}. Détail : Extensions › Jauge › Ouvrir le panneau.`);
}

/** Menu « Créer une feuille registre »: a new sheet with the registry's header row, never over an existing one. */
export function menuCreerFeuilleRegistre() {
  const nom = enFrancais('La feuille registre n\u2019a pas pu être créée', () => {
    const { entete, notes } = dispositionRegistre();
    return creerFeuilleEntete((pris) => nomLibre(pris), entete, notes);
  });
  notifier(`Feuille « ${nom} » créée : une ligne par convention et par année ; la note de chaque en-tête dit quoi écrire. Puis Extensions › Jauge › Vérifier le registre.`);
}

function annoncer(rapport: Rapport) {
  if (rapport.tableaux.length === 0 && !rapport.plan) {
    notifier(`Aucun échéancier trouvé dans ${rapport.source === 'selection' ? 'la sélection' : 'la feuille'} (en-têtes Année, AE, CP attendus).`);
  } else {
    notifier(`${verdict(rapport.comptes)} — ${detailComptes(rapport.comptes)}. Détail : Extensions › Jauge › Ouvrir le panneau.`);
  }
}

/** Menu « Effacer les marques ». */
export function menuEffacerMarques() {
  const { cellulesRestaurees } = effacerMarques();
  notifier(
    cellulesRestaurees > 0
      ? `Marques effacées sur ${compter(cellulesRestaurees, 'cellule')} : fonds et notes d\u2019avant remis.`
      : 'Aucune marque de Jauge à effacer.',
  );
}

/** The custom functions' work, called by the declarations in Fonctions.js. */
export const fonctions = {
  MONTANT_EN_LETTRES: (montant: unknown, orthographe1990?: unknown) =>
    proteger('MONTANT_EN_LETTRES', () => montantEnLettresFormule(montant, orthographe1990)),
  MONTANT_EN_CHIFFRES: (texte: unknown) => proteger('MONTANT_EN_CHIFFRES', () => montantEnChiffresFormule(texte)),
  ECHEANCIER_DEPUIS_PLAN: (consommation: unknown, bonsDeCommande: unknown, paiement?: unknown) =>
    proteger('ECHEANCIER_DEPUIS_PLAN', () => echeancierDepuisPlanFormule(consommation, bonsDeCommande, paiement)),
  ECHEANCIER_CONSTATS: (plage: unknown, dateSignature?: unknown, dateFin?: unknown, plafond?: unknown) =>
    proteger('ECHEANCIER_CONSTATS', () =>
      echeancierConstatsFormule(plage, dateSignature, dateFin, plafond, {
        aujourdhui,
        origine: () => origineDeLaPlage('ECHEANCIER_CONSTATS'),
        dateEnIso,
        textesDesDates,
      }),
    ),
};

/** Errors reaching the sidebar or a menu carry a French sentence, not an internal message alone. */
function enFrancais<T>(quoi: string, travail: () => T): T {
  try {
    return travail();
  } catch (e) {
    throw new Error(`${quoi} : ${e instanceof Error ? e.message : String(e)}`);
  }
}

({ verifierEcheancier, verifierSelection, verifierRegistre, effacerMarques, selectionnerCellule }) satisfies ApiServeur;
