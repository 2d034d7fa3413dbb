// The custom functions' work (their JSDoc and global names live in ../fonctions/Fonctions.js, which
// Sheets reads for its formula help). Arguments arrive as Sheets gives them: a number, a text, a
// boolean, a Date or '' for one cell, a 2-D array for a range. Bad arguments throw an Error whose
// message, in French, is all Sheets shows.
import type { ContexteRegle } from '../../../../shared/modele/lu';
import { lireDate } from '../../../../shared/dates';
import { lireTableaux, type Cellule } from '../../../../shared/lecture/tableau';
import { lireMontantEnLettres, montantEnLettres } from '../../../../shared/lettres';
import { lireMontant } from '../../../../shared/montant';
import { lireModePaiement, lirePlan } from '../../../../shared/plan/lecture';
import { analyserPlan, totauxPlan } from '../../../../shared/plan/analyse';
import { lireMoisCellule } from '../../../../shared/plan/mois-lecture';
import { lireCellule } from '../../../../shared/lecture/tableau/cellule';
import { citer } from '../../../../shared/texte';
import { verifier } from '../../../../shared/verifier';
import type { Gravite } from '../contrat';
import { celluleDe } from './rapport';

/** An argument error: its message is shown as is. */
export class ErreurFormule extends Error {}

type Grille = unknown[][];

function estPlage(v: unknown): v is Grille {
  return Array.isArray(v) && v.every((ligne) => Array.isArray(ligne));
}

function estVide(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function apercu(v: unknown): string {
  if (v instanceof Date) return 'une date';
  if (typeof v === 'boolean') return v ? 'VRAI' : 'FAUX';
  return citer(String(v), 40);
}

/** Applies `f` to one value, or to every cell of a range (errors then name the cell in the range). */
function surChaqueCellule<T>(v: unknown, f: (x: unknown) => T): T | T[][] {
  if (!estPlage(v)) return f(v);
  return v.map((ligne, i) =>
    ligne.map((x, j) => {
      try {
        return f(x);
      } catch (e) {
        if (e instanceof ErreurFormule) throw new ErreurFormule(`Ligne ${i + 1}, colonne ${j + 1} de la plage : ${e.message}`);
        throw e;
      }
    }),
  );
}

function lireBooleen(v: unknown, nom: string): boolean {
  if (estVide(v)) return false;
  if (typeof v === 'boolean') return v;
  throw new ErreurFormule(`${nom} doit valoir VRAI ou FAUX, pas ${apercu(v)}.`);
}

function centimesDe(v: unknown, nom: string): number {
  if (typeof v === 'boolean' || v instanceof Date || estPlage(v) || (typeof v !== 'number' && typeof v !== 'string')) {
    throw new ErreurFormule(`${nom} : montant attendu (un nombre ou un texte comme « 2 500 000 € »), pas ${Array.isArray(v) ? 'une plage' : apercu(v)}.`);
  }
  const lu = lireMontant(v);
  if (!lu.ok) throw new ErreurFormule(`${nom} : ${lu.erreur}`);
  return lu.centimes;
}

/** MONTANT_EN_LETTRES(montant; [orthographe_1990]) */
export function montantEnLettresFormule(montant: unknown, orthographe1990?: unknown): string | string[][] {
  const options = { orthographe1990: lireBooleen(orthographe1990, 'orthographe_1990') };
  return surChaqueCellule(montant, (v) => {
    if (estVide(v)) return '';
    return montantEnLettres(centimesDe(v, 'montant'), options);
  });
}

/** MONTANT_EN_CHIFFRES(texte) → euros (a number Sheets can format). */
export function montantEnChiffresFormule(texte: unknown): number | string | (number | string)[][] {
  return surChaqueCellule(texte, (v) => {
    if (estVide(v)) return '';
    if (typeof v !== 'string') {
      throw new ErreurFormule(`texte attendu, écrit en lettres (« deux millions cinq cent mille euros »), pas ${apercu(v)}.`);
    }
    const lu = lireMontantEnLettres(v);
    if (!lu.ok) throw new ErreurFormule(lu.erreur);
    return lu.centimes / 100;
  });
}

/** What ECHEANCIER_CONSTATS needs from Apps Script (provided by the adapter). */
export interface Environnement {
  aujourdhui(): string;
  /** Sheet row/column of the range's top-left cell, null when it cannot be known. */
  origine(): { ligne: number; colonne: number } | null;
  dateEnIso(d: Date): string;
  textesDesDates(valeurs: unknown[][]): string[][] | undefined;
}

const LIBELLES: Readonly<Record<Gravite, string>> = { erreur: 'Erreur', avertissement: 'Avertissement', information: 'Information' };

function dateDe(v: unknown, nom: string, env: Environnement): string | undefined {
  if (estVide(v)) return undefined;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new ErreurFormule(`${nom} : date invalide.`);
    return env.dateEnIso(v);
  }
  if (typeof v === 'string') {
    const lu = lireDate(v);
    if (!lu.ok) throw new ErreurFormule(`${nom} : ${lu.erreur}`);
    return lu.date;
  }
  throw new ErreurFormule(`${nom} : date attendue (une cellule date ou un texte comme « 28/03/2024 »), pas ${Array.isArray(v) ? 'une plage' : apercu(v)}.`);
}

/** The arguments win over key–value cells of the range; findings on them then have no cell. */
function imposer(contexte: ContexteRegle, champs: { dateSignature?: string; dateFin?: string; plafond?: number }): void {
  const imposes = new Set<string>();
  const convention = contexte.convention;
  if (champs.dateSignature !== undefined) { convention.dateSignature = champs.dateSignature; imposes.add('dateSignature'); }
  if (champs.dateFin !== undefined) { convention.dateFin = champs.dateFin; imposes.add('dateFin'); }
  // A lone « Plafond » cell is read as the AE ceiling by the table reader: same for the argument.
  if (champs.plafond !== undefined) { convention.plafond = { ...convention.plafond, ae: champs.plafond }; imposes.add('plafond.ae'); imposes.add('plafond'); }
  if (imposes.size === 0) return;
  const localiser = contexte.localiser.bind(contexte);
  contexte.localiser = (champ) => (imposes.has(champ) ? null : localiser(champ));
}

/** ECHEANCIER_CONSTATS(plage; [date_signature]; [date_fin]; [plafond]) → rows [cellule, gravité, règle, message]. */
export function echeancierConstatsFormule(plage: unknown, dateSignature: unknown, dateFin: unknown, plafond: unknown, env: Environnement): string | string[][] {
  if (!estPlage(plage) || plage.length < 2) {
    throw new ErreurFormule('plage attendue : sélectionnez le tableau entier, en-têtes compris (par exemple B3:E12), avec une ligne Année / AE / CP.');
  }
  const champs = {
    dateSignature: dateDe(dateSignature, 'date_signature', env),
    dateFin: dateDe(dateFin, 'date_fin', env),
    plafond: estVide(plafond) ? undefined : centimesDe(plafond, 'plafond'),
  };
  const origine = env.origine();
  const aujourdhui = env.aujourdhui();
  const affichees = env.textesDesDates(plage);
  const tableaux = lireTableaux(plage as Cellule[][], {
    origine: origine ?? { ligne: 1, colonne: 1 },
    aujourdhui,
    ...(affichees ? { affichees } : {}),
  });
  if (tableaux.length === 0) {
    throw new ErreurFormule('aucun échéancier dans la plage : il faut une ligne d\u2019en-têtes avec Année, AE et CP (dans n\u2019importe quel ordre).');
  }
  const lignes: string[][] = [];
  for (const tableau of tableaux) {
    for (const contexte of tableau.contextes) {
      imposer(contexte, champs);
      contexte.aujourdhui ??= aujourdhui;
      for (const constat of verifier(contexte)) {
        const a1 = celluleDe(constat.position);
        const cellule = !a1 || origine ? a1 : `${a1} (relative à la plage)`;
        lignes.push([cellule, LIBELLES[constat.gravite], constat.regle, constat.message]);
      }
    }
  }
  return lignes.length > 0 ? lignes : 'Aucun constat';
}

const ENTETE_CONSOMMATION = ['Mois', 'Consommation'];
const ENTETE_BONS = ['Bon de commande', 'Émis en', 'Montant', 'Du', 'Au'];

/** The range's non-empty rows, with the default header first when its first row is data (a month in its first or second cell). */
function avecEntete(plage: Grille, entete: readonly string[], colonneMois: number): Cellule[][] {
  const lignes = plage.filter((l) => l.some((v) => !estVide(v))) as Cellule[][];
  const premier = lignes[0];
  if (premier === undefined) return [];
  const donnee = lireMoisCellule(lireCellule(lignes, undefined, 0, colonneMois)).valeur !== null;
  return donnee ? [[...entete], ...lignes] : lignes;
}

/**
 * ECHEANCIER_DEPUIS_PLAN(consommation; bons_de_commande; [paiement]) → rows [Année, AE, Consommation, CP]
 * in euros, then Total. The ranges may hold their header row or not (then: Mois, Consommation; Bon de
 * commande, Émis en, Montant, Du, Au — or, with four columns, no name).
 */
export function echeancierDepuisPlanFormule(consommation: unknown, bons: unknown, paiement: unknown): (string | number)[][] {
  if (!estPlage(consommation)) throw new ErreurFormule('consommation : plage attendue, deux colonnes Mois et Consommation (par exemple A2:B26).');
  if (!estPlage(bons)) throw new ErreurFormule('bons_de_commande : plage attendue, colonnes Bon de commande, Émis en, Montant, Du, Au (par exemple D2:H6).');
  let mode: ReturnType<typeof lireModePaiement> = 'mensuel';
  if (!estVide(paiement)) {
    mode = typeof paiement === 'string' ? lireModePaiement(paiement) : null;
    if (mode === null) throw new ErreurFormule(`paiement : « mensuel » ou « fin de période » attendu, pas ${apercu(paiement)}.`);
  }
  const largeurBons = bons.reduce((m, l) => Math.max(m, l.length), 0);
  const enteteBons = largeurBons === 4 ? ENTETE_BONS.slice(1) : ENTETE_BONS;
  const grille: Cellule[][] = [
    ...avecEntete(consommation, ENTETE_CONSOMMATION, 0),
    [],
    ...avecEntete(bons, enteteBons, largeurBons === 4 ? 0 : 1),
    [],
    ['Paiement', mode === 'mensuel' ? 'mensuel' : 'fin de période'],
  ];
  const lu = lirePlan(grille);
  if (!lu.ok) throw new ErreurFormule(lu.erreur);
  // A formula returns figures only: what cannot be read stops it; warnings (a month typed twice is summed) do not.
  const [probleme, ...autres] = lu.plan.problemes.filter((p) => (p.gravite ?? 'erreur') === 'erreur');
  if (probleme) throw new ErreurFormule(`${probleme.message}${autres.length > 0 ? ` (et ${autres.length} autre${autres.length > 1 ? 's' : ''} problème${autres.length > 1 ? 's' : ''})` : ''}`);
  const analyse = analyserPlan(lu.plan.entree);
  const total = totauxPlan(analyse);
  return [
    ['Année', 'AE', 'Consommation', 'CP'],
    ...analyse.annees.map((a) => [a.annee, a.ae / 100, a.consommation / 100, a.cp / 100]),
    ['Total', total.ae / 100, total.consommation / 100, total.cp / 100],
  ];
}

/**
 * Runs a custom function: argument errors keep their message; anything else becomes a French
 * message too (Sheets shows the message only, never a stack).
 */
export function proteger<T>(nom: string, travail: () => T): T {
  try {
    return travail();
  } catch (e) {
    if (e instanceof ErreurFormule) throw new Error(`${nom} : ${e.message}`);
    const raison = e instanceof Error ? e.message : String(e);
    throw new Error(`${nom} : erreur inattendue (${raison}). Signalez-la avec les valeurs en cause.`);
  }
}
