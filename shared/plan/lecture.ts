// Plan reader: a 2-D grid (a sheet's values, a CSV) → the plan's input. Staff type it as they like:
// a key `Paiement` (value to its right, or after a colon), a table `Mois | Consommation`, a table
// `Bon de commande | Émis en | Montant | Du | Au`, and optionally the convention's `Année | AE | CP`
// table (read by the échéancier table reader). Tables sit anywhere, in any column order, separated by
// empty rows; amounts as the échéancier reader reads them (k€ headers, `-`, `néant`); a `Total` row
// ends a table. What cannot be read is reported with its cell, never guessed.
import type { LigneEcheancier, Position } from '../model';
import type { ContexteRegle } from '../modele/lu';
import { lireTableaux, type Cellule, type OptionsTableaux } from '../lecture/tableau';
import { nomCellule, nomPlage } from '../lecture/tableau/a1';
import { estVide, lireCellule, lireMontantCellule, lireTexteCellule, type CelluleLue, type Lecture } from '../lecture/tableau/cellule';
import { nettoyerEntete, uniteEntete, type Unite } from '../lecture/tableau/entetes';
import { citer, normaliserTexte } from '../texte';
import { formaterMois } from '../mois';
import { lireMoisCellule, type MoisLu } from './mois-lecture';
import { problemeColonne, problemesMoisEnDouble, problemeTableau, type Doublon, type ProblemePlan } from './doublons';
import { MODE_PAR_DEFAUT, type BonDeCommande, type ConsommationMois, type EntreePlan, type ModePaiement } from '../modele/plan';

type ColonnePlan = 'mois' | 'consommation' | 'bon' | 'emisEn' | 'montant' | 'du' | 'au';

const MOTIFS: ReadonlyArray<readonly [ColonnePlan, RegExp]> = [
  ['mois', /^(?:mois|mois de (?:consommation|travail)|periode)$/],
  ['consommation', /^(?:consommations?(?: (?:mensuelles?|prevues?|previsionnelles?|realisees?))?|travail(?: prevu| fait)?|depenses?(?: mensuelles?)?|services? faits?)$/],
  ['bon', /^(?:bons? de commande|bc|n° (?:de )?bc|bon|commande|nom|intitule|libelle)$/],
  ['emisEn', /^(?:emise?s? (?:en|le)|emission|date d'emission|mois d'emission|emise?s?)$/],
  ['montant', /^(?:montants?(?: du bon| engages?| ttc| ht)?|ae(?: engagees?)?)$/],
  ['du', /^(?:du|de|debut|periode du|debut de (?:la )?periode|mois de debut|premier mois)$/],
  ['au', /^(?:au|a|fin|jusqu'a|jusqu'au|periode au|fin de (?:la )?periode|mois de fin|dernier mois)$/],
];

/** A `Total` row (or `Sous-total`) closes the table; its figures are people's sums, not months. */
const TOTAL = /^(?:sous[\s-]*)?(?:total|totaux|montant\s+total)(?![\p{L}\p{N}])/iu;
const CLE_PAIEMENT = /^(?:mode de )?paiements?(?: des services faits)?$/;
const MENSUEL = /^(?:mensuels?|mensuelles?|services? faits? (?:partiels? )?mensuels?|chaque mois|tous les mois|sfpm)$/;
const FIN_DE_PERIODE = /^(?:(?:en |a la )?fin(?:[\s-]de[\s-](?:la )?(?:periode|bon|commande))?|service fait unique|a la fin)$/;

export type { ProblemePlan } from './doublons';

export interface PlanLu {
  entree: EntreePlan;
  /** Cells that could not be read (the plan is read without them). */
  problemes: ProblemePlan[];
  /** A1 ranges of the tables found. */
  plages: { consommation?: string; bonsDeCommande?: string; echeancier?: string; paiement?: string };
  /** The convention's échéancier table as the table reader read it (its rules run on it). */
  contexteEcheancier?: ContexteRegle;
}

export type ResultatPlan = { ok: true; plan: PlanLu } | { ok: false; erreur: string };

function colonneDe(texte: string): ColonnePlan | null {
  if (texte.length === 0 || texte.length > 60 || /\d/.test(texte)) return null;
  const t = nettoyerEntete(texte);
  for (const [type, motif] of MOTIFS) if (motif.test(t)) return type;
  return null;
}

export function lireModePaiement(texte: string): ModePaiement | null {
  const t = normaliserTexte(texte).replace(/[-_]/g, ' ').replace(/\s+/g, ' ').trim();
  if (MENSUEL.test(t)) return 'mensuel';
  if (FIN_DE_PERIODE.test(t)) return 'fin-de-periode';
  return null;
}

/**
 * A month typed as text (`2025-04`, `avril 2025`, `04/2025`, a date), read as a plan's month cell is:
 * the registry's plan columns read their months here.
 */
export function lireMois(texte: string): Lecture<MoisLu> {
  return lireMoisCellule({ valeur: texte, brut: texte.trim(), absente: false });
}

interface Entete {
  r: number;
  colonnes: Map<ColonnePlan, number>;
  unite: Unite | null;
  /** Columns of a kind met again in the row (the first is read). */
  doublons: { type: ColonnePlan; brut: string; premiere: number; seconde: number }[];
}

/** A header row of the consumption table (Mois + Consommation) or of the orders' table (Bon, Émis en, Montant, Du, Au). */
function lireEntete(r: number, largeur: number, cellule: (r: number, c: number) => CelluleLue): { consommation?: Entete; bons?: Entete } {
  const colonnes = new Map<ColonnePlan, number>();
  const unites = new Map<ColonnePlan, Unite | null>();
  const doublons: Entete['doublons'] = [];
  for (let c = 0; c < largeur; c++) {
    const brut = cellule(r, c).brut;
    const type = colonneDe(brut);
    if (type && colonnes.has(type)) doublons.push({ type, brut, premiere: colonnes.get(type)!, seconde: c });
    else if (type) {
      colonnes.set(type, c);
      unites.set(type, uniteEntete(brut));
    }
  }
  const resultat: { consommation?: Entete; bons?: Entete } = {};
  const estBons = colonnes.has('emisEn') && colonnes.has('montant') && colonnes.has('du') && colonnes.has('au');
  if (estBons) {
    const bons = new Map([...colonnes].filter(([t]) => t !== 'mois' && t !== 'consommation'));
    resultat.bons = { r, colonnes: bons, unite: unites.get('montant') ?? null, doublons: doublons.filter((d) => bons.has(d.type)) };
  }
  // `Mois | Montant` (the blog's own layout) is a consumption table when it is not an orders' header.
  const consommation = colonnes.get('consommation') ?? (estBons ? undefined : colonnes.get('montant'));
  if (colonnes.has('mois') && consommation !== undefined) {
    const type: ColonnePlan = colonnes.has('consommation') ? 'consommation' : 'montant';
    const lues = new Map<ColonnePlan, number>([['mois', colonnes.get('mois')!], ['consommation', consommation]]);
    const enDouble = doublons.filter((d) => d.type === 'mois' || d.type === type);
    resultat.consommation = { r, colonnes: lues, unite: unites.get(type) ?? null, doublons: enDouble };
  }
  return resultat;
}

/**
 * Reads a plan from a grid. `ok: false` only when no plan is there at all (neither a consumption
 * table nor an orders' table); unreadable cells are `problemes`.
 */
export function lirePlan(valeurs: Cellule[][], options: OptionsTableaux = {}): ResultatPlan {
  if (!Array.isArray(valeurs)) return { ok: false, erreur: 'aucune grille à lire.' };
  const affichees = Array.isArray(options.affichees) ? options.affichees : undefined;
  const origineLigne = options.origine?.ligne ?? 1;
  const origineColonne = options.origine?.colonne ?? 1;
  const position = (r: number, c: number): Position => ({ cellule: nomCellule(r + origineLigne, c + origineColonne), ligne: r + origineLigne, colonne: c + origineColonne });
  const cellule = (r: number, c: number): CelluleLue => lireCellule(valeurs, affichees, r, c);
  const largeur = valeurs.reduce((m, l) => Math.max(m, Array.isArray(l) ? l.length : 0), 0);

  const problemes: ProblemePlan[] = [];
  const consommation: ConsommationMois[] = [];
  const bons: BonDeCommande[] = [];
  const plages: PlanLu['plages'] = {};
  let paiement: ModePaiement | null = null;
  let tableConso = false;
  let tableBons = false;

  const plage = (e: Entete, fin: number) => {
    const cols = [...e.colonnes.values()];
    return nomPlage(e.r + origineLigne, Math.min(...cols) + origineColonne, fin + origineLigne, Math.max(...cols) + origineColonne);
  };
  const ligneVide = (r: number, e: Entete) => [...e.colonnes.values()].every((c) => estVide(cellule(r, c)));
  const estTotal = (r: number, e: Entete) => [...e.colonnes.values()].some((c) => TOTAL.test(cellule(r, c).brut));
  // A key row (`Paiement | mensuel`) right under a table is not one of its rows.
  const estCle = (r: number, e: Entete) => [...e.colonnes.values()].some((c) => CLE_PAIEMENT.test(nettoyerEntete(cellule(r, c).brut.split(':')[0]!)));
  const finDeTable = (r: number, e: Entete) => ligneVide(r, e) || estTotal(r, e) || estCle(r, e);

  const doublon = (d: Entete['doublons'][number], r: number): Doublon => ({
    libelle: d.brut.trim(),
    lue: nomCellule(r + origineLigne, d.premiere + origineColonne),
    ignoree: nomCellule(r + origineLigne, d.seconde + origineColonne),
    position: position(r, d.seconde),
  });

  for (let r = 0; r < valeurs.length; r++) {
    // The payment key, anywhere: `Paiement | mensuel` or `Paiement : fin de période`.
    for (let c = 0; c < largeur; c++) {
      const brut = cellule(r, c).brut;
      if (brut === '' || brut.length > 80) continue;
      const [cle, ...apres] = brut.split(':');
      if (!CLE_PAIEMENT.test(nettoyerEntete(cle!))) continue;
      let valeur = apres.join(':').trim();
      let ou = position(r, c);
      for (let d = 1; valeur === '' && d <= 3; d++) {
        const voisine = cellule(r, c + d);
        if (!estVide(voisine)) {
          valeur = voisine.brut;
          ou = position(r, c + d);
        }
      }
      if (valeur === '') continue;
      const mode = lireModePaiement(valeur);
      if (mode === null) {
        problemes.push({ message: `Mode de paiement illisible : ${citer(valeur)}. Écrivez « mensuel » (services faits mensuels) ou « fin de période ».`, position: ou });
      } else {
        paiement = mode;
        plages.paiement = ou.cellule!;
      }
    }

    const { consommation: eConso, bons: eBons } = lireEntete(r, largeur, cellule);
    if (eConso && tableConso) {
      // A second consumption table is not read: say which one is, and whether they cover the same months.
      const mois = new Set(consommation.map((c) => c.mois));
      let fin = r;
      let memes = false;
      for (let i = r + 1; i < valeurs.length && !finDeTable(i, eConso); i++) {
        fin = i;
        memes ||= mois.has(lireMoisCellule(cellule(i, eConso.colonnes.get('mois')!)).valeur?.mois ?? '');
      }
      problemes.push(problemeTableau('Mois | Consommation', plages.consommation!, plage(eConso, fin), memes, position(r, eConso.colonnes.get('consommation')!)));
    }
    if (eBons && tableBons) {
      let fin = r;
      for (let i = r + 1; i < valeurs.length && !finDeTable(i, eBons); i++) fin = i;
      problemes.push(problemeTableau('Bon de commande | Émis en | Montant | Du | Au', plages.bonsDeCommande!, plage(eBons, fin), false, position(r, eBons.colonnes.get('montant')!)));
    }
    for (const e of [eConso && !tableConso ? eConso : undefined, eBons && !tableBons ? eBons : undefined]) {
      for (const d of e?.doublons ?? []) problemes.push(problemeColonne(doublon(d, r)));
    }
    if (eConso && !tableConso) {
      tableConso = true;
      let fin = r;
      for (let i = r + 1; i < valeurs.length && !finDeTable(i, eConso); i++) {
        fin = i;
        const celMois = cellule(i, eConso.colonnes.get('mois')!);
        const celMontant = cellule(i, eConso.colonnes.get('consommation')!);
        const m = lireMoisCellule(celMois);
        const montant = lireMontantCellule(celMontant, eConso.unite);
        if (m.probleme) problemes.push({ message: m.probleme, position: position(i, eConso.colonnes.get('mois')!) });
        if (montant.probleme) problemes.push({ message: `Consommation illisible : ${montant.probleme}`, position: position(i, eConso.colonnes.get('consommation')!) });
        else if (montant.valeur !== null && montant.valeur < 0) {
          problemes.push({
            message: `Consommation négative (${celMontant.brut}) : le travail d'un mois ne peut pas être négatif. Corrigez le mois concerné plutôt que d'écrire un montant négatif.`,
            position: position(i, eConso.colonnes.get('consommation')!),
          });
        } else if (m.valeur && montant.valeur !== null && montant.valeur !== 0) {
          consommation.push({ mois: m.valeur.mois, montant: montant.valeur, position: position(i, eConso.colonnes.get('consommation')!) });
        } else if (!m.valeur && !m.probleme && montant.valeur) {
          problemes.push({ message: `Consommation de ${celMontant.brut} sans mois : écrivez le mois dans la même ligne.`, position: position(i, eConso.colonnes.get('mois')!) });
        }
      }
      plages.consommation = plage(eConso, fin);
    }
    if (eBons && !tableBons) {
      tableBons = true;
      let fin = r;
      for (let i = r + 1; i < valeurs.length && !finDeTable(i, eBons); i++) {
        fin = i;
        const bon = lireBon(i, eBons, cellule, position, problemes, bons.length + 1);
        if (bon) bons.push(bon);
      }
      plages.bonsDeCommande = plage(eBons, fin);
    }
  }

  problemes.push(...problemesMoisEnDouble(consommation));
  if (!tableConso && !tableBons) {
    return {
      ok: false,
      erreur: 'aucun plan trouvé : il faut un tableau « Mois | Consommation » et un tableau « Bon de commande | Émis en | Montant | Du | Au ».',
    };
  }

  const plan: PlanLu = { entree: { consommation, bonsDeCommande: bons, paiement: paiement ?? MODE_PAR_DEFAUT }, problemes, plages };
  const echeanciers = lireTableaux(valeurs, options).filter((t) => t.disposition === 'echeancier');
  const contexte = echeanciers[0]?.contextes[0];
  if (contexte) {
    plan.contexteEcheancier = contexte;
    plan.plages.echeancier = echeanciers[0]!.plage;
    plan.entree.echeancier = contexte.convention.echeancier.map((l): LigneEcheancier => ({ ...l }));
  }
  return { ok: true, plan };
}

function lireBon(
  i: number,
  e: Entete,
  cellule: (r: number, c: number) => CelluleLue,
  position: (r: number, c: number) => Position,
  problemes: ProblemePlan[],
  rang: number,
): BonDeCommande | null {
  const ou = (champ: ColonnePlan) => position(i, e.colonnes.get(champ)!);
  const colNom = e.colonnes.get('bon');
  const nom = colNom === undefined ? null : lireTexteCellule(cellule(i, colNom)).valeur;
  const nomAffiche = nom ?? `bon n° ${rang}`;
  const positions: BonDeCommande['positions'] = { emisEn: ou('emisEn'), montant: ou('montant'), du: ou('du'), au: ou('au') };
  if (colNom !== undefined) positions.nom = ou('bon');
  const avant = problemes.length;
  const lireMoisDe = (champ: 'emisEn' | 'du' | 'au', libelle: string) => {
    const lu = lireMoisCellule(cellule(i, e.colonnes.get(champ)!));
    if (lu.probleme) problemes.push({ message: `Bon de commande ${citer(nomAffiche, 40)}, ${libelle} : ${lu.probleme}`, position: ou(champ) });
    else if (lu.valeur === null) problemes.push({ message: `Bon de commande ${citer(nomAffiche, 40)} : ${libelle} manquant.`, position: ou(champ) });
    return lu.valeur;
  };
  const emis = lireMoisDe('emisEn', '« Émis en »');
  const montant = lireMontantCellule(cellule(i, e.colonnes.get('montant')!), e.unite);
  if (montant.probleme) problemes.push({ message: `Bon de commande ${citer(nomAffiche, 40)}, montant : ${montant.probleme}`, position: ou('montant') });
  else if (montant.valeur === null) problemes.push({ message: `Bon de commande ${citer(nomAffiche, 40)} : montant manquant.`, position: ou('montant') });
  else if (montant.valeur < 0) problemes.push({ message: `Bon de commande ${citer(nomAffiche, 40)} : montant négatif.`, position: ou('montant') });
  const du = lireMoisDe('du', '« Du »');
  const au = lireMoisDe('au', '« Au »');
  if (du && au && au.mois < du.mois) {
    problemes.push({
      message: `Bon de commande ${citer(nomAffiche, 40)} : sa période finit (${formaterMois(au.mois)}) avant de commencer (${formaterMois(du.mois)}).`,
      position: ou('au'),
    });
  }
  if (problemes.length > avant || !emis || !du || !au || montant.valeur === null) return null;
  const bon: BonDeCommande = { nom: nomAffiche, emisEn: emis.mois, montant: montant.valeur, du: du.mois, au: au.mois, position: { ligne: ou('montant').ligne! }, positions };
  if (emis.jour !== undefined) bon.emisLeJour = emis.jour;
  return bon;
}
