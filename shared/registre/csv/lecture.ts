// Reading a registry CSV (format: ./colonnes.ts), streamed line by line: the header names the columns,
// then one line per convention and year; every error in French with its file line and column.
import { z } from 'zod';
import { parcourirCsv } from '../../lecture/csv';
import type { Execution, LigneEcheancier, LigneExecution } from '../../model';
import { couper, normaliserTexte } from '../../texte';
import { raisonIssue } from '../json';
import { plafonnerErreurs, ERREURS_MAX, Registre, type ErreurRegistre, type ResultatRegistre } from '../schema';
import { Echec, eurosSimples, lireAnnee, lireEuros, raisonAnneeCellule, texteDeCellule } from './cellules';
import type { Brouillon, Lecteur } from './colonne';
import { COLONNES, colonneDuChemin, colonneProche, DE_LIGNE, LECTEURS, nomColonne, OBLIGATOIRES, type Colonne } from './colonnes';

const FR = z.locales.fr();

interface EnCours extends Brouillon {
  /**
   * The convention cells of its first line (trimmed, by convention column): later lines compare theirs
   * with them, nothing allocated per line. Columns first filled on a later line go to `ensuite`. Only
   * these texts are kept, not the line: a streamed line is garbage as soon as it has been read.
   */
  premiere: string[];
  rangPremiere: number;
  ensuite?: Map<number, { texte: string; rang: number }>;
  /** Execution lines, created with the first one. */
  lignes?: LigneExecution[];
  avecExecution: boolean;
}

interface ErreurBrute {
  rang: number;
  champ?: string;
  message: (ligneDe: (rang: number) => number) => string;
}
type Texte = string | ((ligneDe: (rang: number) => number) => string);

function minusculeInitiale(s: string): string {
  return s.length > 0 ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Printable ASCII, never trimmed: most cells start and end with one, and then need no trim(). */
function imprimable(ch: number): boolean {
  return ch > 32 && ch < 127;
}

/** A cell of a CSV line, trimmed ('' past the end of a short line). */
function champ(ligne: readonly string[], c: number): string {
  const v = ligne[c];
  if (v === undefined) return '';
  const n = v.length;
  if (n === 0 || (imprimable(v.charCodeAt(0)) && imprimable(v.charCodeAt(n - 1)))) return v;
  return v.trim();
}

/** A line of blank fields (only separators). */
function estBlanche(ligne: readonly string[]): boolean {
  for (let c = 0; c < ligne.length; c++) {
    const v = ligne[c]!;
    if (v.length > 0 && (imprimable(v.charCodeAt(0)) || v.trim() !== '')) return false;
  }
  return true;
}

/** An amount cell: null when empty, undefined (and an error reported) when unreadable. */
function montant(t: string, nom: string, rang: number, signaler: (rang: number, champ: string, texte: string) => void): number | null | undefined {
  if (t === '') return null;
  const rapide = eurosSimples(t);
  if (rapide !== null) return rapide;
  const lu = lireEuros(t);
  if (!(lu instanceof Echec)) return lu;
  signaler(rang, nom, minusculeInitiale(lu.erreur));
  return undefined;
}

/**
 * Reads a CSV registry (format: ./colonnes.ts). All-or-nothing: any invalid cell gives `ok: false` with every
 * error (capped), each `Ligne N, champ « x » : …` in French. The CSV is streamed line by line into
 * the reader, so the file is never held as a grid of cells (which costs more to allocate and collect
 * than the reading itself); plain loops, no per-row schema objects. Never throws.
 */
export function lireRegistreCsv(texte: string): ResultatRegistre {
  try {
    // Without a quote, no field holds a line break: grid row r is file line r + 1.
    const lecteur = new LecteurRegistre(typeof texte === 'string' && texte.indexOf('"') >= 0);
    const csv = parcourirCsv(texte, (champs) => lecteur.ligne(champs));
    if (!csv.ok) return { ok: false, erreurs: [{ message: csv.erreur }] };
    return lecteur.fin();
  } catch {
    return { ok: false, erreurs: [{ message: 'Registre CSV illisible : erreur inattendue pendant la lecture.' }] };
  }
}

/**
 * The registry of a CSV already split into cells (line 1 = header). See lireRegistreCsv. A sheet's grid
 * gives `premiereLigne`, its header's row: each grid row is then one line, and errors name sheet rows.
 */
export function registreDepuisGrille(grille: readonly (readonly string[])[], premiereLigne?: number): ResultatRegistre {
  try {
    const lecteur = new LecteurRegistre(premiereLigne === undefined, premiereLigne === undefined ? 0 : premiereLigne - 1);
    for (const champs of grille) lecteur.ligne(champs);
    return lecteur.fin();
  } catch {
    return { ok: false, erreurs: [{ message: 'Registre CSV illisible : erreur inattendue pendant la lecture.' }] };
  }
}

/**
 * A registry read one CSV line at a time: the header first, then one line per convention and year.
 * Positions are kept as row ranks (0 = header) and turned into file lines only for the messages.
 */
class LecteurRegistre {
  private readonly erreurs: ErreurBrute[] = [];
  private total = 0;
  /** Rank of the next line (0 = header). */
  private rang = 0;
  /** File line of each rank, when fields may hold line breaks; else rank + 1. */
  private readonly lignesFichier: number[] | null;
  private ligneFichier = 1;
  private enteteValide = false;
  private largeur = 0;
  private cId = -1;
  private cAnnee = -1;
  private cAe = -1;
  private cCp = -1;
  private cAeEngagees = -1;
  private cCpPayes = -1;
  private cNature = -1;
  // Convention columns as three parallel arrays: this loop runs for every cell of a large file.
  private readonly indicesConvention: number[] = [];
  private readonly nomsConvention: Colonne[] = [];
  private readonly lecteursConvention: Lecteur[] = [];
  private readonly conventions = new Map<string, EnCours>();

  /** `decalage`: line of the header minus one, when rows are lines that do not start at line 1. */
  constructor(
    multiLignes: boolean,
    private readonly decalage = 0,
  ) {
    this.lignesFichier = multiLignes ? [] : null;
  }

  /** « Ligne N, champ « x » : texte » ; `mot` says « colonne » for the header. */
  private readonly signaler = (rang: number, champ: string | undefined, texte: Texte, mot = 'champ'): void => {
    this.total++;
    if (this.erreurs.length >= ERREURS_MAX) return;
    if (champ !== undefined) champ = couper(champ);
    const message = (ligneDe: (rang: number) => number): string =>
      `Ligne ${ligneDe(rang)}${champ === undefined ? '' : `, ${mot} « ${champ} »`} : ${typeof texte === 'string' ? texte : texte(ligneDe)}`;
    this.erreurs.push(champ === undefined ? { rang, message } : { rang, champ, message });
  };

  ligne(champs: readonly string[]): void {
    const rang = this.rang++;
    if (this.lignesFichier !== null) {
      this.lignesFichier.push(this.ligneFichier);
      this.ligneFichier++;
      for (const champ of champs) for (let i = champ.indexOf('\n'); i >= 0; i = champ.indexOf('\n', i + 1)) this.ligneFichier++;
    }
    if (rang === 0) this.entete(champs);
    else if (this.enteteValide) this.donnees(champs, rang);
  }

  private entete(entete: readonly string[]): void {
    const colonnes: (Colonne | null)[] = [];
    const index = new Map<Colonne, number>();
    let inconnues = 0;
    entete.forEach((brut, c) => {
      const nom = brut.trim() === '' ? null : nomColonne(brut);
      colonnes.push(nom);
      if (brut.trim() === '') return;
      if (nom === null) {
        const proche = colonneProche(brut);
        this.signaler(0, brut.trim(), `colonne inconnue${proche ? ` : vouliez-vous écrire « ${proche} » ?` : '.'}`, 'colonne');
        inconnues++;
      } else if (index.has(nom)) {
        this.signaler(0, brut.trim(), `la colonne « ${nom} » figure deux fois.`, 'colonne');
      } else index.set(nom, c);
    });
    // The list of known columns once, however many are unknown.
    if (inconnues > 0) this.signaler(0, undefined, `colonnes reconnues : ${COLONNES.join(', ')}.`);
    const manquantes = OBLIGATOIRES.filter((c) => !index.has(c));
    if (manquantes.length > 0) {
      const s = manquantes.length > 1 ? 's' : '';
      this.signaler(
        0,
        undefined,
        `colonne${s} obligatoire${s} absente${s} : ${manquantes.map((m) => `« ${m} »`).join(', ')}. L'en-tête doit nommer au moins id, annee, ae et cp.`,
      );
    }
    if (this.total > 0) return;
    this.enteteValide = true;
    this.largeur = entete.length;
    this.cId = index.get('id')!;
    this.cAnnee = index.get('annee')!;
    this.cAe = index.get('ae')!;
    this.cCp = index.get('cp')!;
    this.cAeEngagees = index.get('ae_engagees') ?? -1;
    this.cCpPayes = index.get('cp_payes') ?? -1;
    this.cNature = index.get('nature') ?? -1;
    colonnes.forEach((nom, c) => {
      if (nom === null || nom === 'id' || DE_LIGNE.has(nom) || index.get(nom) !== c) return;
      this.indicesConvention.push(c);
      this.nomsConvention.push(nom);
      this.lecteursConvention.push(LECTEURS[nom]!);
    });
  }

  private donnees(ligne: readonly string[], rang: number): void {
    const signaler = this.signaler;
    // Blank lines (or only separators) are skipped.
    if (estBlanche(ligne)) return;
    if (ligne.length > this.largeur) {
      const extra = ligne.slice(this.largeur).findIndex((v) => v.trim() !== '');
      if (extra >= 0) {
        signaler(rang, undefined, `${ligne.length} champs alors que l'en-tête en nomme ${this.largeur} (séparateur en trop, ou texte à mettre entre guillemets ?).`);
        return;
      }
    }
    const idBrut = champ(ligne, this.cId);
    if (idBrut === '') {
      signaler(rang, 'id', `identifiant de convention vide. Chaque ligne dit à quelle convention elle appartient.`);
      return;
    }
    const id = texteDeCellule(idBrut);
    let conv = this.conventions.get(id);
    const nouvelle = conv === undefined;
    if (conv === undefined) {
      conv = {
        convention: { id, type: 'delegation-de-gestion', delegant: {}, delegataire: {}, echeancier: [] },
        premiere: new Array<string>(this.indicesConvention.length),
        rangPremiere: rang,
        avecExecution: false,
      };
      this.conventions.set(id, conv);
    }
    this.champsConvention(ligne, rang, conv, nouvelle);

    const tNature = this.cNature < 0 ? '' : champ(ligne, this.cNature);
    const nature = tNature === '' || tNature === 'execution' || tNature === 'echeancier' ? tNature : normaliserTexte(tNature);
    if (nature !== '' && nature !== 'echeancier' && nature !== 'execution') {
      signaler(rang, 'nature', `« ${couper(tNature)} » inconnu ; écrivez « echeancier » (par défaut) ou « execution ».`);
      return;
    }
    const tAnnee = champ(ligne, this.cAnnee);
    const tAe = champ(ligne, this.cAe);
    const tCp = champ(ligne, this.cCp);
    const tAeEngagees = this.cAeEngagees < 0 ? '' : champ(ligne, this.cAeEngagees);
    const tCpPayes = this.cCpPayes < 0 ? '' : champ(ligne, this.cCpPayes);
    if (tAnnee === '') {
      if (tAe !== '' || tCp !== '' || tAeEngagees !== '' || tCpPayes !== '' || nature === 'execution') {
        signaler(rang, 'annee', `année vide alors que la ligne a des montants. Écrivez l'année (« 2024 »).`);
      }
      return;
    }
    const annee = lireAnnee(tAnnee);
    if (annee === null) {
      signaler(rang, 'annee', raisonAnneeCellule(tAnnee));
      return;
    }
    const ae = montant(tAe, 'ae', rang, signaler);
    const cp = montant(tCp, 'cp', rang, signaler);
    const aeEngagees = montant(tAeEngagees, 'ae_engagees', rang, signaler);
    const cpPayes = montant(tCpPayes, 'cp_payes', rang, signaler);
    if (ae === undefined || cp === undefined || aeEngagees === undefined || cpPayes === undefined) return;
    if (nature === 'execution') {
      if (ae !== null || cp !== null) {
        signaler(rang, ae !== null ? 'ae' : 'cp', `une ligne « execution » ne porte que les montants engagés et payés ; laissez ae et cp vides ou retirez « execution ».`);
        return;
      }
      (conv.lignes ??= []).push({ annee, aeEngagees, cpPayes });
      conv.avecExecution = true;
      return;
    }
    const l: LigneEcheancier = { annee, ae, cp };
    conv.convention.echeancier.push(l);
    if (aeEngagees !== null || cpPayes !== null) {
      (conv.lignes ??= []).push({ annee, aeEngagees, cpPayes });
      conv.avecExecution = true;
    }
  }

  /**
   * The convention cells of a line: read on the convention's first line; on the next ones, compared
   * with the first line's text (nothing read or allocated when equal), a different spelling of the
   * same value accepted, a different value reported.
   */
  private champsConvention(ligne: readonly string[], rang: number, conv: EnCours, nouvelle: boolean): void {
    const n = this.indicesConvention.length;
    for (let k = 0; k < n; k++) {
      const t = champ(ligne, this.indicesConvention[k]!);
      if (nouvelle) conv.premiere[k] = t;
      if (t === '') continue;
      let vu: string | undefined;
      let rangVu = conv.rangPremiere;
      if (!nouvelle) {
        vu = conv.premiere[k]!;
        if (vu === t) continue;
        if (vu === '') {
          const plusTard = conv.ensuite?.get(k);
          vu = plusTard?.texte;
          if (plusTard) rangVu = plusTard.rang;
        }
      }
      if (vu === t) continue;
      const nom = this.nomsConvention[k]!;
      if (vu === undefined) {
        const erreur = this.lecteursConvention[k]!(t, conv);
        if (erreur !== null) this.signaler(rang, nom, minusculeInitiale(erreur));
        if (!nouvelle) (conv.ensuite ??= new Map()).set(k, { texte: t, rang });
        if (nom === 'date_arrete') conv.avecExecution = true;
      } else if (!memeValeur(nom, vu, t)) {
        const texteVu = vu;
        const id = conv.convention.id;
        this.signaler(
          rang,
          nom,
          (ligneDe) =>
            `« ${couper(t)} » diffère de « ${couper(texteVu)} », donné pour la convention « ${couper(id)} » à la ligne ${ligneDe(rangVu)}. Une convention n'a qu'une valeur par champ.`,
        );
      }
    }
  }

  fin(): ResultatRegistre {
    if (this.total > 0) return this.echec();
    if (this.conventions.size === 0) {
      return { ok: false, erreurs: [{ message: "Le registre CSV n'a aucune ligne de convention sous l'en-tête." }] };
    }
    const registre: Registre = {
      version: 1,
      conventions: Array.from(this.conventions.values(), (conv) => conv.convention),
      executions: [],
      startups: [],
      incubateurs: [],
    };
    for (const conv of this.conventions.values()) {
      if (conv.avecExecution) {
        const e: Execution = { conventionId: conv.convention.id, lignes: conv.lignes ?? [] };
        if (conv.dateArrete !== undefined) e.dateArrete = conv.dateArrete;
        registre.executions.push(e);
      }
    }
    // The cells were read one by one; the one schema decides on the whole (totals, and any rule a cell
    // reader would miss), so a CSV registry is never accepted where its JSON would be refused.
    const verifie = Registre.safeParse(registre, { error: FR.localeError });
    if (!verifie.success) {
      for (const issue of verifie.error.issues) {
        const [liste, i] = issue.path;
        const id = liste === 'executions' ? registre.executions[i as number]?.conventionId : registre.conventions[i as number]?.id;
        const rang = (id !== undefined ? this.conventions.get(id)?.rangPremiere : undefined) ?? 1;
        this.signaler(rang, colonneDuChemin(issue.path.slice(2)), minusculeInitiale(raisonIssue(issue, registre)));
      }
      return this.echec();
    }
    return { ok: true, registre };
  }

  /** Turns ranks into file lines in the messages, and caps the list. */
  private echec(): ResultatRegistre {
    const lignes = this.lignesFichier;
    const fichier = (rang: number): number => lignes?.[rang] ?? rang + 1 + this.decalage;
    const finales: ErreurRegistre[] = this.erreurs.map((e) => {
      const ligne = fichier(e.rang);
      const message = e.message(fichier);
      return e.champ === undefined ? { ligne, message } : { ligne, champ: e.champ, message };
    });
    return { ok: false, erreurs: plafonnerErreurs(finales, this.total) };
  }
}

/** Two spellings of the same value (`28/03/2024` and `2024-03-28`, `2 500 000` and `2500000`). */
function memeValeur(nom: Colonne, a: string, b: string): boolean {
  const lecteur = LECTEURS[nom];
  if (!lecteur) return false;
  const brouillon = (): Brouillon => ({ convention: { id: '', type: 'delegation-de-gestion', delegant: {}, delegataire: {}, echeancier: [] } });
  const x = brouillon();
  const y = brouillon();
  if (lecteur(a, x) !== null || lecteur(b, y) !== null) return false;
  return JSON.stringify(x) === JSON.stringify(y);
}
