// The parties, read from the « Entre … Et … » section that opens every convention. Each block
// names one party: its name line (« La Délégation … (DGEFP), représentée par : »), its address,
// its representative and the role the text gives it (« Ci-après dénommée « le délégant » »).
// Roles come from the words délégant / délégataire (also the typo « délégrant » and compounds
// such as « partenaire-délégataire »). A party given no role takes the role still free — the
// DINUM is the délégataire of a délégation and the délégant of a FAST partnership (the fund's
// money is the DINUM's, seed 003) — and is a third party when both are taken (seed 002's DNUM).
import type { Partie, TypeConvention } from '../../model';
import { estVide, type DocumentConvention, type Trouve } from './document';
import { indexEntre } from './type';

export interface PartiesLues {
  delegant?: Trouve<Partie>;
  delegataire?: Trouve<Partie>;
  autres: Trouve<Partie>[];
}

type Role = 'delegant' | 'delegataire';

interface Bloc {
  /** 0-based indexes of the block's non-empty lines. */
  lignes: number[];
  /** The first line's text when it began with « Entre » / « Et » followed by the name. */
  premiereLigne?: string;
}

/** Lines that close the parties section: visas, preamble, articles. */
const FIN_PARTIES = /^(?:vu\b|vus\b|preambule|il a ete convenu|il est convenu|il est arrete|article\b|considerant|et ensemble|apres avoir|expose|sommaire)/;
const LIGNES_PARTIES_MAX = 80;

/** An acronym as administrations write them: DGEFP, MENJS, SG-MENJ, DGS-CNAM, MENJS-MESRI, DGFiP, GIP PDI. */
export function estSigle(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 25) return false;
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

function roleDe(pliee: string): Role | null {
  const delegataire = /\bdelegataire\b/.exec(pliee);
  const delegant = /\bdelegr?ant\b/.exec(pliee);
  if (delegataire && delegant) return delegataire.index < delegant.index ? 'delegataire' : 'delegant';
  if (delegataire) return 'delegataire';
  if (delegant) return 'delegant';
  return null;
}

/** The role a block gives its party; a line naming it (« dénommée », « ci-après », guillemets) wins. */
function roleDuBloc(doc: DocumentConvention, bloc: Bloc): Role | null {
  let premier: Role | null = null;
  for (const i of bloc.lignes) {
    const l = doc.pliees[i]!;
    const role = roleDe(l);
    if (!role) continue;
    if (/denomm|ci-apres|ci apres|[«"“]/.test(l)) return role;
    premier ??= role;
  }
  return premier;
}

/** The party's name: the name line without its article, acronym and what follows. */
function nomDe(ligne: string): string | undefined {
  let nom = ligne;
  const parenthese = sigleEntreParentheses(nom);
  if (parenthese) nom = nom.slice(0, parenthese.debut);
  nom = nom
    .split(/,|;|\s+(?:représenté|represente|sise?\b|dont\b|ci-après|ci-apres|située?\b)/i)[0]!
    .replace(/^\s*(?:entre|et)\s*[:,]?\s+/i, '')
    .replace(/^\s*(?:la|le|les)\s+|^\s*l['’]\s*/i, '')
    .replace(/[\s:,;.]+$/, '')
    .trim();
  if (nom.length < 3 || nom.length > 160 || !/[a-zA-ZÀ-ÿ]{3}/.test(nom)) return undefined;
  return nom.charAt(0).toLocaleUpperCase('fr-FR') + nom.slice(1);
}

function partieDuBloc(doc: DocumentConvention, bloc: Bloc): Trouve<Partie> | null {
  const premiere = bloc.lignes[0];
  if (premiere === undefined) return null;
  const ligneNom = bloc.premiereLigne ?? doc.propres[premiere]!;
  let sigle = sigleEntreParentheses(ligneNom)?.sigle;
  for (const i of bloc.lignes.slice(1)) {
    if (sigle) break;
    sigle = sigleEntreParentheses(doc.propres[i]!)?.sigle;
  }
  for (const i of bloc.lignes) {
    if (sigle) break;
    sigle = sigleEntreGuillemets(doc.propres[i]!) ?? undefined;
  }
  if (sigle) return { valeur: { sigle }, ligne: premiere + 1 };
  // A party is known by its acronym (ids, badges, the registry); its full name is kept only
  // when the text gives it no acronym, so that it still has a name.
  const nom = nomDe(ligneNom);
  return nom ? { valeur: { nom }, ligne: premiere + 1 } : null;
}

/** Splits the « Entre … Et … Et … » section into one block per party. */
function blocsDesParties(doc: DocumentConvention): Bloc[] {
  const debut = indexEntre(doc);
  if (debut < 0) return [];
  const blocs: Bloc[] = [];
  let courant: Bloc = { lignes: [] };
  const fermer = () => {
    if (courant.lignes.length > 0) blocs.push(courant);
    courant = { lignes: [] };
  };
  const reste = doc.propres[debut]!.replace(/^\s*entre\b\s*(?:les soussignés|les soussignes)?\s*[:,]?\s*/i, '');
  if (!estVide(reste)) courant = { lignes: [debut], premiereLigne: reste };
  const fin = Math.min(doc.pliees.length, debut + LIGNES_PARTIES_MAX);
  for (let i = debut + 1; i < fin; i++) {
    const l = doc.pliees[i]!.trim();
    if (l === '') continue;
    if (FIN_PARTIES.test(l)) break;
    if (/^et\s*[,:;]?$/.test(l) || /^d'autre part\s*[,;.]?$/.test(l)) {
      fermer();
      continue;
    }
    // « Et la Direction … (DINUM) » on one line opens the next block.
    if (/^et\s+(?:la|le|les|l')\s*/.test(l) && sigleEntreParentheses(doc.propres[i]!)) {
      fermer();
      courant = { lignes: [i], premiereLigne: doc.propres[i]!.replace(/^\s*et\s+/i, '') };
      continue;
    }
    courant.lignes.push(i);
  }
  fermer();
  return blocs;
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
    const role = roleDuBloc(doc, bloc);
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
  for (const partie of sansRole.filter((p) => !estDinum(p.valeur))) {
    if (!lues[roleMinistere]) lues[roleMinistere] = partie;
    else lues.autres.push(partie);
  }
  lues.autres.sort((a, b) => a.ligne - b.ligne);
  return lues;
}
