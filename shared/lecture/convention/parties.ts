// The parties, read from the « Entre … Et … » section that opens every convention. Each block
// names one party: its name line (« La Délégation … (DGEFP), représentée par : »), its address,
// its representative and the role the text gives it (« Ci-après dénommée « le délégant » »).
// Roles come from the words délégant / délégataire (also the typo « délégrant » and compounds
// such as « partenaire-délégataire »). A party given no role takes the role still free — the
// DINUM is the délégataire of a délégation and the délégant of a FAST partnership (the fund's
// money is the DINUM's, seed 003) — and is a third party when both are taken (seed 002's DNUM).
import type { Partie, TypeConvention } from '../../model';
import { estVide, type DocumentConvention, type Trouve } from './document';
import { partieMinistre } from './parties-ministres';
import { attribuerRolesImplicites, type PartiesLues, type PartieSansRole, type Role } from './parties-roles';
import { estSigle, sigleAilleurs, sigleDesInitiales, sigleEntreGuillemets, sigleEntreParentheses } from './sigles';
import { indexEntre, OUVERTURE_PARTIES } from './type';

export { estSigle };

export type { PartiesLues };

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

/** The role a folded text gives: délégataire(s), co-délégataires, délégant (and the typo « délégrant »). */
export function roleDe(pliee: string): Role | null {
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
  /\s*[,;]\s*(?=represent|design|denomm|ci-apres|ci apres|sise?\b|situe|dont\b|adresse|domicili|etablissement|groupement|association|societe|agissant|responsable\b|bop\b|budget operationnel|programme\b|action n|(?:co-?)?delegataires?\b|(?:co-?)?delegants?\b|d'une part|d'autre part|\d)|\s*;|\s+(?:represent|designe|denomm|ci-apres|sise?\b|situee?\b|dont\b)|\s*$/;

/** The party's name: the name segment without what introduces it, its acronym and its description. */
/** A signatory's name before the function, as old Bulletins write it: « Marie (Etienne), directeur de … ». */
const SIGNATAIRE = /^[a-z][a-z'-]+ \([a-z][a-z' -]+\),\s*/;

/** Where the name starts in a segment: after « Entre », « Et », « D'autre part, », the article, an old Bulletin's signatory. */
function debutDuNom(segment: Segment): number {
  const debut = PREFIXE_PARTIE.exec(segment.pliee)?.[0].length ?? 0;
  return debut + (SIGNATAIRE.exec(segment.pliee.slice(debut))?.[0].length ?? 0);
}

function nomDe(segment: Segment): string | undefined {
  const debut = debutDuNom(segment);
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

/** A segment that names a party of its own: an article, a name, its representative (« La DO (…), représentée par »). */
// Also a name without article that a legal entity's description follows (« Bpifrance, société
// anonyme, dont le siège est … », « Bpifrance Investissement dont le siège est … »).
const DEBUT_DE_PARTIE = /^\s*(?:[•·▪◦*-]\s*)?(?:et\s+)?(?:(?:la|le|les|l')\s*\S.{0,300}?\brepresente|[a-z][^,;:()]{1,80}(?:,\s*societe [a-z ]{2,30})?,?\s+dont le siege\b)/;

function partieDuBloc(doc: DocumentConvention, bloc: Bloc): Trouve<Partie> | null {
  const premier = bloc[0];
  if (!premier) return null;
  const ligne = premier.ligne + 1;
  // A minister, named with the director who acts for them: the minister is the name.
  const debut = debutDuNom(premier);
  const ministre = partieMinistre(doc, premier.propre.slice(debut), premier.pliee.slice(debut));
  if (ministre) return { valeur: ministre, ligne };
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
  const ailleurs = sigleAilleurs(doc, nom) ?? sigleDesInitiales(bloc.map((s) => s.propre), nom);
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

/** The end of a party's role in guillemets, then a second party's name and seat on the same line. */
const SECONDE_PARTIE_SUR_LA_LIGNE = /[»"”]\s*,\s*(?=[a-z][^,;:()«»"]{1,80},?\s+dont le siege\b)/;

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
    // « … le « gestionnaire subventions », Bpifrance Investissement dont le siège … »: a second party on the line.
    const suivante = SECONDE_PARTIE_SUR_LA_LIGNE.exec(pliee.slice(de));
    if (suivante) {
      ajouter(i, de, de + suivante.index + 1);
      de += suivante.index + suivante[0].length;
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
  return reunirCoParties(blocs).flatMap(coParties);
}

/** A role's plural (« dénommés ci-après le « délégataire » »): the parties just named hold it together. */
const ROLE_COMMUN = /\b(?:denommes|denommees|designes|designees)\b/;

/**
 * « La direction générale … représentée par X / et la direction des affaires financières représentée
 * par Y / dénommés ci-après le « délégataire » »: the second line opened a block of its own, but the
 * plural role covers both; they are one block of co-holders (the first holds the role).
 */
function reunirCoParties(blocs: Bloc[]): Bloc[] {
  const reunis: Bloc[] = [];
  for (const bloc of blocs) {
    const precedent = reunis[reunis.length - 1];
    const coPartie = /^\s*et\s+(?:la|le|les|l')/.test(bloc[0]?.pliee ?? '') && bloc.some((s) => ROLE_COMMUN.test(s.pliee));
    if (precedent && coPartie && roleDuBloc(precedent) === null) precedent.push(...bloc);
    else reunis.push(bloc);
  }
  return reunis;
}

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
  const sansRole: PartieSansRole[] = [];
  for (const bloc of blocs) {
    const partie = partieDuBloc(doc, bloc);
    if (!partie) continue;
    const role = roleDuBloc(bloc);
    if (role && !lues[role]) lues[role] = partie;
    else if (role) lues.autres.push(partie);
    else sansRole.push({ partie, pliee: bloc.map((s) => s.pliee).join(' ') });
  }
  attribuerRolesImplicites(doc, type, lues, sansRole);
  lues.autres.sort((a, b) => a.ligne - b.ligne);
  return lues;
}
