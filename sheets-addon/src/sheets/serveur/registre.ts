// « Vérifier le registre » without Apps Script: a sheet in the registry CSV layout (the columns
// `jauge registre construire` writes, any order, the header in one of the first rows) → the registry,
// read by the CSV reader, then every convention checked by the same rules as `jauge check`. Each finding
// is put on the cell it is about: a reading error on its row and column, a rule's finding on the
// convention's row and column of the field (`echeancier.1.cp` → the CP cell of its second line).
import type { Position } from '../../../../shared/model';
import { contexteDepuisConvention } from '../../../../shared/modele/contexte';
import { nomColonne, type Colonne } from '../../../../shared/registre/csv/colonnes';
import { registreDepuisGrille } from '../../../../shared/registre/csv/lecture';
import { nomCellule, nomPlage } from '../../../../shared/lecture/tableau/a1';
import { texteValeur, type Cellule } from '../../../../shared/lecture/tableau/cellule';
import { verifier } from '../../../../shared/verifier';
import type { ConstatRapport } from '../contrat';

/** Rule id of the findings that say why the registry could not be read at all. */
export const REGISTRE_ILLISIBLE = 'registre-illisible';
/** How far down the header may be (a title and a blank row above it are common). */
const LIGNES_AVANT_ENTETE = 20;
const OBLIGATOIRES: readonly Colonne[] = ['id', 'annee', 'ae', 'cp'];

export interface GrilleRegistre {
  valeurs: readonly (readonly Cellule[])[];
  /** 1-based sheet row and column of the grid's top-left cell. */
  origine: { ligne: number; colonne: number };
  aujourdhui: string;
}

export type AnalyseRegistre =
  | { trouve: false }
  | {
      trouve: true;
      /** A1 range of the registry, header included. */
      plage: string;
      /** Conventions read (0 when the registry could not be read). */
      conventions: number;
      /** Reading errors, or the rules' findings, each on its cell. */
      constats: ConstatRapport[];
    };

/**
 * The text of each cell as the CSV reader takes it: a typed number from its value (`2500000`, a year
 * 2023 whatever its format), a date as ISO, a boolean as vrai/faux, a text as typed.
 */
export function grilleTexte(valeurs: readonly (readonly Cellule[])[]): string[][] {
  return valeurs.map((ligne) => ligne.map((v) => texteValeur(v)));
}

/** Row (0-based in the grid) of the registry's header and its columns, or null. */
export function trouverEntete(grille: readonly (readonly string[])[]): { rang: number; colonnes: Map<Colonne, number> } | null {
  for (let r = 0; r < Math.min(grille.length, LIGNES_AVANT_ENTETE); r++) {
    const colonnes = new Map<Colonne, number>();
    grille[r]!.forEach((texte, c) => {
      const nom = texte.trim() === '' ? null : nomColonne(texte);
      if (nom !== null && !colonnes.has(nom)) colonnes.set(nom, c);
    });
    if (OBLIGATOIRES.every((c) => colonnes.has(c))) return { rang: r, colonnes };
  }
  return null;
}

export function analyserRegistre(entree: GrilleRegistre): AnalyseRegistre {
  const grille = grilleTexte(entree.valeurs);
  const entete = trouverEntete(grille);
  if (!entete) return { trouve: false };
  const { ligne: l0, colonne: c0 } = entree.origine;
  const lignes = grille.slice(entete.rang);
  // Blank rows at the bottom are not part of the registry's range.
  let derniere = lignes.length - 1;
  while (derniere > 0 && lignes[derniere]!.every((t) => t.trim() === '')) derniere--;
  const largeur = grille.reduce((m, l) => Math.max(m, l.length), 1);
  const plage = nomPlage(l0 + entete.rang, c0, l0 + entete.rang + derniere, c0 + largeur - 1);
  const cellule = (rangGrille: number, colonne: number | undefined) => (colonne === undefined ? nomCellule(l0 + rangGrille, c0) : nomCellule(l0 + rangGrille, c0 + colonne));

  const lu = registreDepuisGrille(lignes, l0 + entete.rang);
  if (!lu.ok) {
    const constats = lu.erreurs.map((e): ConstatRapport => {
      const rangGrille = e.ligne === undefined ? null : e.ligne - l0;
      const colonne = e.champ === undefined ? undefined : colonneDErreur(e.champ, entete.colonnes, grille[entete.rang]!);
      const a1 = rangGrille === null ? '' : cellule(rangGrille, colonne);
      return {
        cellule: a1,
        gravite: 'erreur',
        regle: REGISTRE_ILLISIBLE,
        message: e.message,
        position: a1 ? { cellule: a1, ...(e.champ ? { champ: e.champ } : {}) } : null,
      };
    });
    return { trouve: true, plage, conventions: 0, constats };
  }

  const { conventions, executions } = lu.registre;
  const provenance = provenanceDesLignes(lignes, entete.colonnes);
  const constats: ConstatRapport[] = [];
  for (const c of conventions) {
    const e = executions.find((x) => x.conventionId === c.id);
    for (const k of verifier(contexteDepuisConvention(c, e, entree.aujourdhui))) {
      const champ = k.position?.champ;
      const rangs = provenance.get(c.id);
      const place = rangs && champ ? placeDuChamp(champ, rangs, entete.colonnes, lignes) : rangs ? { rang: rangs.toutes[0]!, colonne: entete.colonnes.get('id') } : null;
      const a1 = place ? cellule(entete.rang + place.rang, place.colonne) : '';
      const position: Position = { ...(k.position ?? {}), ...(a1 ? { cellule: a1 } : {}) };
      constats.push({ cellule: a1, gravite: k.gravite, regle: k.regle, message: k.message, position, conventionId: c.id });
    }
  }
  return { trouve: true, plage, conventions: conventions.length, constats };
}

/** A reading error's column: a field name (`date_fin`), or for the header a header text as written. */
function colonneDErreur(champ: string, colonnes: ReadonlyMap<Colonne, number>, entete: readonly string[]): number | undefined {
  const nom = nomColonne(champ);
  if (nom !== null && colonnes.has(nom)) return colonnes.get(nom);
  const i = entete.findIndex((t) => t.trim() === champ);
  return i >= 0 ? i : undefined;
}

/** Grid rows (0 = header) of one convention: all of them, its échéancier lines and its execution lines, in order. */
interface Rangs {
  toutes: number[];
  echeancier: number[];
  execution: number[];
}

/**
 * Which rows hold each convention's lines, in the order the CSV reader builds them: an échéancier line
 * for each row with a year (not `execution`), an execution line for each `execution` row and for each
 * échéancier row that also carries engaged or paid amounts. Only called on a registry read without error.
 */
export function provenanceDesLignes(lignes: readonly (readonly string[])[], colonnes: ReadonlyMap<Colonne, number>): Map<string, Rangs> {
  const champ = (l: readonly string[], nom: Colonne) => {
    const c = colonnes.get(nom);
    return c === undefined ? '' : (l[c] ?? '').trim();
  };
  const parConvention = new Map<string, Rangs>();
  for (let r = 1; r < lignes.length; r++) {
    const l = lignes[r]!;
    const brut = champ(l, 'id');
    if (brut === '') continue;
    // The CSV writer's guard against formulas (`'=x`), as the reader removes it.
    const id = /^'+[=+\-@\t\r]/.test(brut) ? brut.slice(1) : brut;
    let rangs = parConvention.get(id);
    if (!rangs) parConvention.set(id, (rangs = { toutes: [], echeancier: [], execution: [] }));
    rangs.toutes.push(r);
    if (champ(l, 'annee') === '') continue;
    const nature = champ(l, 'nature').toLowerCase();
    if (nature === 'execution' || nature === 'exécution') {
      rangs.execution.push(r);
      continue;
    }
    rangs.echeancier.push(r);
    if (champ(l, 'ae_engagees') !== '' || champ(l, 'cp_payes') !== '') rangs.execution.push(r);
  }
  return parConvention;
}

/** Model field path → its CSV column, for the convention-level fields. */
function colonneDuChamp(chemin: string): Colonne | null {
  const direct: Record<string, Colonne> = {
    'delegant.sigle': 'delegant',
    'delegant.nom': 'delegant_nom',
    'delegataire.sigle': 'delegataire',
    'delegataire.nom': 'delegataire_nom',
    'execution.dateArrete': 'date_arrete',
    'avenant.numero': 'avenant_numero',
    'avenant.articlesModifies': 'avenant_articles',
    'avenant.dateConventionInitiale': 'avenant_date_convention',
    'plan.paiement': 'plan_paiement',
    'plan.consommation': 'plan_consommation',
    'plan.bonsDeCommande': 'plan_bons_de_commande',
  };
  const parties = chemin.split('.');
  for (let n = parties.length; n > 0; n--) {
    const debut = parties.slice(0, n).join('.');
    if (direct[debut]) return direct[debut]!;
    // `dateFin` → date_fin, `chorus.centreFinancier` → centre_financier, `plafond.ae` → plafond_ae.
    const serpent = debut.replace(/^chorus\./, '').replace(/\./g, '_').replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
    const nom = nomColonne(serpent);
    if (nom !== null) return nom;
  }
  return null;
}

/** Where a rule's field lies in the sheet: its line's row for échéancier and execution lines, else the convention's row that fills the column. */
function placeDuChamp(
  champ: string,
  rangs: Rangs,
  colonnes: ReadonlyMap<Colonne, number>,
  lignes: readonly (readonly string[])[],
): { rang: number; colonne: number | undefined } {
  const ligne = /^(echeancier|execution\.lignes)\.(\d+)(?:\.(\w+))?/.exec(champ);
  if (ligne) {
    const liste = ligne[1] === 'echeancier' ? rangs.echeancier : rangs.execution;
    const rang = liste[Number(ligne[2])] ?? rangs.toutes[0]!;
    const nom: Record<string, Colonne> = { annee: 'annee', ae: 'ae', cp: 'cp', aeEngagees: 'ae_engagees', cpPayes: 'cp_payes' };
    const colonne = colonnes.get(nom[ligne[3] ?? ''] ?? 'annee') ?? colonnes.get('annee');
    return { rang, colonne };
  }
  const nom = colonneDuChamp(champ);
  const colonne = nom === null ? undefined : colonnes.get(nom);
  if (colonne === undefined) return { rang: rangs.toutes[0]!, colonne: colonnes.get('id') };
  const remplie = rangs.toutes.find((r) => (lignes[r]?.[colonne] ?? '').trim() !== '');
  return { rang: remplie ?? rangs.toutes[0]!, colonne };
}
