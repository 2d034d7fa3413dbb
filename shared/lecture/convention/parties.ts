// The parties, read from the « Entre … Et … » section that opens every convention. Each block
// names one party: its name line (« La Délégation … (DGEFP), représentée par : »), its address,
// its representative and the role the text gives it (« Ci-après dénommée « le délégant » »).
// Roles come from the words délégant / délégataire (also the typo « délégrant » and compounds
// such as « partenaire-délégataire »). A party given no role takes the role still free — the
// DINUM is the délégataire of a délégation and the délégant of a FAST partnership (the fund's
// money is the DINUM's, seed 003) — and is a third party when both are taken (seed 002's DNUM).
import type { Partie, TypeConvention } from '../../model';
import { estVide, plier, type DocumentConvention, type Trouve } from './document';
import { indexEntre, OUVERTURE_PARTIES } from './type';

export interface PartiesLues {
  delegant?: Trouve<Partie>;
  delegataire?: Trouve<Partie>;
  autres: Trouve<Partie>[];
}

type Role = 'delegant' | 'delegataire';

/** A piece of a line of the parties section: a whole line, or the part of it one party holds. */
interface Segment {
  /** 0-based line index. */
  ligne: number;
  propre: string;
  /** `propre` folded (same length). */
  pliee: string;
}

/** The segments naming one party (or several co-holders of one role). */
type Bloc = Segment[];

/** Lines that close the parties section: visas, preamble, articles. */
const FIN_PARTIES = /^(?:vu\b|vus\b|preambule|il a ete convenu|il est convenu|il est arrete|il a ete prealablement|article\b|considerant|et ensemble|apres avoir|expose|sommaire)/;
const LIGNES_PARTIES_MAX = 80;

/** An acronym as administrations write them: DGEFP, MENJS, SG-MENJ, DGS-CNAM, MENJS-MESRI, DGFiP, GIP PDI. */
export function estSigle(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 25) return false;
  // A postal box or mail code is not a party's acronym: « Fort de Bicêtre (BP7) », « (CS 70001) ».
  if (/^(?:BP|CS|TSA|SP|CP)\s?\d/i.test(t)) return false;
  const mot = '[A-ZÀ-Ý][A-Za-zÀ-ÿ0-9]*(?:[-–/&][A-Za-zÀ-ÿ0-9]+)*';
  // Two words at most, the second in capitals too (« GIP PDI », not « Paris Cedex »).
  if (!new RegExp(`^${mot}(?: [A-ZÀ-Ý][A-ZÀ-Ý0-9]+)?$`).test(t)) return false;
  const lettres = t.replace(/[^A-Za-zÀ-ÿ]/g, '');
  const majuscules = t.replace(/[^A-ZÀ-Ý]/g, '');
  return majuscules.length >= 2 && majuscules.length * 2 >= lettres.length;
}

/** The first acronym written between parentheses in a line: `… professionnelle (DGEFP),` → DGEFP. */
function sigleEntreParentheses(ligne: string): { sigle: string; debut: number } | null {
  const re = /\(\s*([^()]{1,30}?)\s*\)/g;
  for (let m = re.exec(ligne); m; m = re.exec(ligne)) {
    if (estSigle(m[1]!)) return { sigle: m[1]!.replace('–', '-'), debut: m.index };
  }
  return null;
}

/** An acronym named between guillemets: « la DINUM », « le délégataire » ou « la DGEFP ». */
function sigleEntreGuillemets(ligne: string): string | null {
  const re = /[«"“]\s*(?:(?:la|le|les|l['’])\s*)?([^»"”]{1,30}?)\s*[»"”]/gi;
  for (let m = re.exec(ligne); m; m = re.exec(ligne)) {
    if (estSigle(m[1]!)) return m[1]!;
  }
  return null;
}

/** The role a folded text gives: délégataire(s), co-délégataires, délégant (and the typo « délégrant »). */
function roleDe(pliee: string): Role | null {
  const delegataire = /\b(?:co-?)?delegataires?\b/.exec(pliee);
  const delegant = /\b(?:co-?)?delegr?ants?\b/.exec(pliee);
  if (delegataire && delegant) return delegataire.index < delegant.index ? 'delegataire' : 'delegant';
  if (delegataire) return 'delegataire';
  if (delegant) return 'delegant';
  return null;
}

/** The role a block gives its party; a segment naming it (« dénommée », « ci-après », guillemets) wins. */
function roleDuBloc(bloc: Bloc): Role | null {
  let premier: Role | null = null;
  for (const s of bloc) {
    const role = roleDe(s.pliee);
    if (!role) continue;
    if (/denomm|ci-apres|ci apres|designe|[«"“]/.test(s.pliee)) return role;
    premier ??= role;
  }
  return premier;
}

/** What introduces a party's name and is not part of it: bullets, « Entre », « Et », « D'autre part, ». */
const PREFIXE_PARTIE =
  /^\s*(?:[•·▪◦*-]\s*)?(?:(?:entre|et)\s*[:,]?\s+)?(?:(?:d'une|d'autre|de (?:deuxieme|seconde|troisieme|quatrieme)) part\s*[,:]\s*)?(?:(?:la|le|les)\s+|l'\s*)?/;

/** Where a party's name ends: its description (representative, role, address, legal form) begins. */
// « Le directeur de …, responsable du programme « … », représenté par … »: the responsibility is a description too.
const FIN_DU_NOM =
  /\s*[,;]\s*(?=represent|design|denomm|ci-apres|ci apres|sise?\b|situe|dont\b|adresse|domicili|etablissement|groupement|association|societe|agissant|responsable\b|(?:co-?)?delegataires?\b|(?:co-?)?delegants?\b|d'une part|d'autre part|\d)|\s*;|\s+(?:represent|designe|denomm|ci-apres|sise?\b|situee?\b|dont\b)|\s*$/;

/** The party's name: the name segment without what introduces it, its acronym and its description. */
/** A signatory's name before the function, as old Bulletins write it: « Marie (Etienne), directeur de … ». */
const SIGNATAIRE = /^[a-z][a-z'-]+ \([a-z][a-z' -]+\),\s*/;

function nomDe(segment: Segment): string | undefined {
  let debut = PREFIXE_PARTIE.exec(segment.pliee)?.[0].length ?? 0;
  debut += SIGNATAIRE.exec(segment.pliee.slice(debut))?.[0].length ?? 0;
  let propre = segment.propre.slice(debut);
  let pliee = segment.pliee.slice(debut);
  const fin = FIN_DU_NOM.exec(pliee);
  if (fin) {
    propre = propre.slice(0, fin.index);
    pliee = pliee.slice(0, fin.index);
  }
  const nom = propre.replace(/[\s:,;.]+$/, '').trim();
  if (nom.length < 3 || !/[a-zA-ZÀ-ÿ]{3}/.test(nom)) return undefined;
  return nom.charAt(0).toLocaleUpperCase('fr-FR') + nom.slice(1);
}

const NOM_MAX = 160;
/** How many words of a party's name must stand before « (SIGLE) » elsewhere in the text. */
const MOTS_MIN = 4;

/**
 * The acronym the text gives a party elsewhere than in its « Entre » block: the preamble's « le
 * directeur de l'administration générale, du personnel et du budget (DAGPB) », the title's « l'institut
 * national de la statistique et des études économiques (INSEE) ». The name's beginning (or its end,
 * from five words) must stand right before the parenthesis.
 */
function sigleAilleurs(doc: DocumentConvention, nom: string): string | undefined {
  const mots = plier(nom).split(/\s+/);
  const echapper = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const essais: string[] = [];
  for (let n = mots.length; n >= MOTS_MIN; n--) essais.push(mots.slice(0, n).join(' '));
  for (let n = mots.length - 1; n >= MOTS_MIN + 1; n--) essais.push(mots.slice(-n).join(' '));
  for (const essai of essais) {
    const re = new RegExp(`(?:^|[^a-z])${echapper(essai).replace(/ /g, '\\s+')}\\s*\\(\\s*([^()]{1,30}?)\\s*\\)`);
    for (let i = 0; i < doc.pliees.length; i++) {
      const m = re.exec(doc.pliees[i]!);
      // The folded line has the original's length: the acronym is read, with its case, from the original.
      const brut = m ? doc.propres[i]!.slice(m.index, m.index + m[0].length).match(/\(\s*([^()]{1,30}?)\s*\)$/)?.[1] : undefined;
      if (brut && estSigle(brut)) return brut;
    }
  }
  return undefined;
}

/** A segment that names a party of its own: an article, a name, its representative (« La DO (…), représentée par »). */
// Also a name without article that a legal entity's description follows (« Bpifrance, société
// anonyme, dont le siège est … », « Bpifrance Investissement dont le siège est … »).
const DEBUT_DE_PARTIE = /^\s*(?:[•·▪◦*-]\s*)?(?:(?:la|le|les|l')\s*\S.{0,300}?\brepresente|[a-z][^,;:()]{1,80}(?:,\s*societe [a-z ]{2,30})?,?\s+dont le siege\b)/;

function partieDuBloc(doc: DocumentConvention, bloc: Bloc): Trouve<Partie> | null {
  const premier = bloc[0];
  if (!premier) return null;
  const ligne = premier.ligne + 1;
  // The acronym the text names the party by (« Ci-après dénommée « DIRISI » ou le « délégant » »)
  // wins over a parenthesis of its address; then the name segment's parenthesis, then the others'.
  for (const s of bloc) {
    if (!/denomm|ci-apres|ci apres|designe/.test(s.pliee)) continue;
    const sigle = sigleEntreGuillemets(s.propre);
    if (sigle) return { valeur: { sigle }, ligne };
  }
  const sigle =
    sigleEntreParentheses(premier.propre)?.sigle ??
    bloc.slice(1).map((s) => sigleEntreParentheses(s.propre)?.sigle).find((x) => x !== undefined) ??
    bloc.map((s) => sigleEntreGuillemets(s.propre)).find((x) => x !== null) ??
    undefined;
  if (sigle) return { valeur: { sigle }, ligne };
  // A party is known by its acronym (ids, badges, the registry); its full name is kept only
  // when the text gives it no acronym, so that it still has a name.
  const nom = nomDe(premier);
  if (!nom) return null;
  const ailleurs = sigleAilleurs(doc, nom);
  if (ailleurs) return { valeur: { sigle: ailleurs }, ligne };
  return nom.length <= NOM_MAX ? { valeur: { nom }, ligne } : null;
}

/**
 * A block naming several parties under one role (« La DO …, représentée par … ; Le SEREBC …,
 * représenté par … ; Désignés sous le terme de « co-délégataires » »): one sub-block per party,
 * the segments that follow the last one (the shared role) kept with each.
 */
function coParties(bloc: Bloc): Bloc[] {
  const debuts = bloc.flatMap((s, k) => (DEBUT_DE_PARTIE.test(s.pliee) ? [k] : []));
  if (debuts.length < 2 || debuts[0] !== 0) return [bloc];
  const dernier = debuts[debuts.length - 1]!;
  let finDernier = dernier + 1;
  while (finDernier < bloc.length && roleDe(bloc[finDernier]!.pliee) === null) finDernier++;
  const commun = bloc.slice(finDernier);
  return debuts.map((d, k) => [...bloc.slice(d, k + 1 < debuts.length ? debuts[k + 1]! : finDernier), ...commun]);
}

/** « d'une part, et » inside a line: the next party starts after it (« …, d'une part, et la direction … »). */
const PASSAGE_MILIEU = /,?\s*d'une part\s*[,;]?\s*et\b\s*[,:]?\s*/;
/** A line that only closes a party: « Et », « et : », « D'une part, », « D'autre part ; », « Ainsi que : ». */
const FERMETURE = /^(?:et|ainsi que|en presence de|(?:d'une|d'autre|de (?:premiere|deuxieme|seconde|troisieme|quatrieme)) part)\s*[,:;.]?$/;
/** A line that opens the next party by its place: « D'autre part, le ministre … », « De troisième part, le service … ». */
const OUVERTURE_PAR_RANG = /^(?:d'une|d'autre|de (?:deuxieme|seconde|troisieme|quatrieme)) part\s*,/;

/** Splits the « Entre … Et … Et … » section into one block per party (or per role held jointly). */
function blocsDesParties(doc: DocumentConvention): Bloc[] {
  const debut = indexEntre(doc);
  if (debut < 0) return [];
  const blocs: Bloc[] = [];
  let courant: Bloc = [];
  const fermer = () => {
    if (courant.length > 0) blocs.push(courant);
    courant = [];
  };
  const ajouter = (ligne: number, de: number, a: number) => {
    const propre = doc.propres[ligne]!.slice(de, a);
    if (!estVide(propre)) courant.push({ ligne, propre, pliee: doc.pliees[ligne]!.slice(de, a) });
  };
  const fin = Math.min(doc.pliees.length, debut + LIGNES_PARTIES_MAX);
  for (let i = debut; i < fin; i++) {
    const pliee = doc.pliees[i]!;
    let de = 0;
    if (i === debut) {
      // What follows the opening words on its line is the first party (« Entre la direction … »).
      const ouverture = /^\s*(?:[•·▪◦*-]\s*)?/.exec(pliee)![0].length;
      const m = OUVERTURE_PARTIES.exec(pliee.slice(ouverture));
      de = ouverture + (m ? m[0].length : 0);
      de += /^\s*(?:les soussignes)?\s*[:,]?\s*/.exec(pliee.slice(de))![0].length;
    } else {
      const nue = pliee.trim().replace(/^(?:[•·▪◦*-]\s*)/, '');
      if (nue === '') continue;
      if (FIN_PARTIES.test(nue)) break;
      if (FERMETURE.test(nue)) {
        fermer();
        continue;
      }
      if (OUVERTURE_PAR_RANG.test(nue) || (/^et\s*[,:]?\s+/.test(nue) && /represent|\(|ci-apres|denomm|design/.test(nue))) fermer();
    }
    // « …, d'une part, et la direction … » on one line: two parties.
    const milieu = PASSAGE_MILIEU.exec(pliee.slice(de));
    if (milieu) {
      ajouter(i, de, de + milieu.index);
      fermer();
      de += milieu.index + milieu[0].length;
    }
    // « …, d'une part, Et » or « …, Madame X, Et » ending a line: the next line is the next party.
    const etFinal = /[,;]\s*et\s*$/.exec(pliee.slice(de));
    if (etFinal) {
      ajouter(i, de, de + etFinal.index);
      fermer();
      continue;
    }
    ajouter(i, de, pliee.length);
  }
  fermer();
  return blocs.flatMap(coParties);
}

/** The DINUM, or the DINSIC it was called before 2019. */
const estDinum = (p: Partie) => /^(?:DINUM|DINSIC)$/i.test(p.sigle ?? '') || /interminist[ée]rielle du num[ée]rique/i.test(p.nom ?? '');

/**
 * Without an « Entre » section, the parties may still be named where the text gives their
 * roles: « La DGEFP, ci-après dénommée « le délégant » ».
 */
function partiesSansEntre(doc: DocumentConvention): PartiesLues {
  const lues: PartiesLues = { autres: [] };
  for (let i = 0; i < Math.min(doc.pliees.length, LIGNES_PARTIES_MAX); i++) {
    const l = doc.pliees[i]!;
    if (!/denomm|ci-apres/.test(l)) continue;
    // A sentence naming both roles cannot tell which acronym holds which.
    if (/\bdelegataire\b/.test(l) && /\bdelegr?ant\b/.test(l)) continue;
    const role = roleDe(l);
    if (!role || lues[role]) continue;
    const sigle =
      sigleEntreParentheses(doc.propres[i]!)?.sigle ??
      sigleEntreGuillemets(doc.propres[i]!) ??
      (i > 0 ? sigleEntreParentheses(doc.propres[i - 1]!)?.sigle : undefined);
    if (sigle) lues[role] = { valeur: { sigle }, ligne: i + 1 };
  }
  return lues;
}

export function lireParties(doc: DocumentConvention, type: TypeConvention): PartiesLues {
  const blocs = blocsDesParties(doc);
  if (blocs.length === 0) return partiesSansEntre(doc);
  const lues: PartiesLues = { autres: [] };
  const sansRole: Trouve<Partie>[] = [];
  for (const bloc of blocs) {
    const partie = partieDuBloc(doc, bloc);
    if (!partie) continue;
    const role = roleDuBloc(bloc);
    if (role && !lues[role]) lues[role] = partie;
    else if (role) lues.autres.push(partie);
    else sansRole.push(partie);
  }
  // A party the text gives no role: the DINUM takes its usual role; another party takes the
  // other role when it is still free (« d'une part … d'autre part » conventions), else it is a third party.
  const roleDinum: Role = type === 'partenariat-fast' ? 'delegant' : 'delegataire';
  const roleMinistere: Role = roleDinum === 'delegant' ? 'delegataire' : 'delegant';
  for (const partie of sansRole.filter((p) => estDinum(p.valeur))) {
    if (!lues[roleDinum]) lues[roleDinum] = partie;
    else lues.autres.push(partie);
  }
  // Two parties named with no role at all (« L'Etat … ci-après dénommé l'« Etat », Et : La Caisse
  // des dépôts … »): the first gives, the second receives, as in the conventions that do name them.
  const nommeUnRole = lues.delegant !== undefined || lues.delegataire !== undefined || sansRole.some((p) => estDinum(p.valeur));
  for (const partie of sansRole.filter((p) => !estDinum(p.valeur))) {
    if (!lues[roleMinistere]) lues[roleMinistere] = partie;
    else if (!nommeUnRole && !lues[roleDinum]) lues[roleDinum] = partie;
    else lues.autres.push(partie);
  }
  lues.autres.sort((a, b) => a.ligne - b.ligne);
  return lues;
}
