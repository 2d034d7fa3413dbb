// Roles the « Entre » blocks do not state, read from where the text does state them — never from
// the order the parties come in. A party without a role takes one only when the text or the domain
// tells: the DINUM's usual role, the State giving to its operator (« ci-après dénommé l'« Opérateur » »),
// a sentence « X délègue à Y » / « X confie à Y », or the one role left when exactly one party is
// left. Otherwise the roles stay unread and `sansRole` lists the parties, for a finding.
import type { Partie, TypeConvention } from '../../model';
import { plier, type DocumentConvention, type Trouve } from './document';

export type Role = 'delegant' | 'delegataire';

export interface PartiesLues {
  delegant?: Trouve<Partie>;
  delegataire?: Trouve<Partie>;
  autres: Trouve<Partie>[];
  /** Parties the text names without a role that could not be told apart: their roles are left unread. */
  sansRole?: Trouve<Partie>[];
}

export interface PartieSansRole {
  partie: Trouve<Partie>;
  /** The block's folded text, for the words that name it (« l'« Opérateur » »). */
  pliee: string;
}

/** The DINUM, or the DINSIC it was called before 2019. */
export const estDinum = (p: Partie) => /^(?:DINUM|DINSIC)$/i.test(p.sigle ?? '') || /interminist[ée]rielle du num[ée]rique/i.test(p.nom ?? '');

/** « L'Etat, représenté par le Premier ministre … »: the State funds what it hands over. */
const estEtat = (p: Partie) => /^(?:l')?etat$/.test(plier(p.nom ?? '').trim());

/** « ci-après dénommé l'« Opérateur » »: the one who receives the funds to carry out the action. */
const estOperateur = (pliee: string) => /(?:denomm|designe)\w*\s+(?:ci-apres\s+)?(?:l['’]\s*)?[«"“]?\s*(?:l['’]\s*)?operateur\b/.test(pliee);

/** Words of a party that a sentence may name it by: its acronym, or its name without the article. */
function designations(p: Partie): string[] {
  const noms = [p.sigle, p.nom].filter((x): x is string => !!x && x.length >= 3);
  return noms.map((n) => plier(n).replace(/^(?:la|le|les|l')\s*/, '').trim());
}

/**
 * « La DGEFP délègue à la DINUM … », « le ministre de la justice confie au ministre de l'économie … »:
 * who stands before the verb gives, who stands after receives. Only a sentence naming two of the
 * parties, one on each side, counts.
 */
function rolesParDelegation(doc: DocumentConvention, parties: PartieSansRole[]): Map<PartieSansRole, Role> {
  const roles = new Map<PartieSansRole, Role>();
  const verbe = /\b(?:delegue|deleguent|confie|confient)\s+(?:a|au|aux)\b/;
  for (const ligne of doc.pliees) {
    const m = verbe.exec(ligne);
    if (!m) continue;
    const avant = ligne.slice(Math.max(0, m.index - 200), m.index);
    const apres = ligne.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const donne = parties.filter((p) => designations(p.partie.valeur).some((d) => avant.includes(d)));
    const recoit = parties.filter((p) => designations(p.partie.valeur).some((d) => apres.includes(d)));
    if (donne.length === 1 && recoit.length === 1 && donne[0] !== recoit[0]) {
      roles.set(donne[0]!, 'delegant');
      roles.set(recoit[0]!, 'delegataire');
      return roles;
    }
  }
  return roles;
}

/** Gives roles to the parties the blocks left without one, where the text or the domain tells. */
export function attribuerRolesImplicites(doc: DocumentConvention, type: TypeConvention, lues: PartiesLues, sansRole: PartieSansRole[]): void {
  let restantes = [...sansRole];
  const prendre = (p: PartieSansRole, role: Role) => {
    lues[role] = p.partie;
    restantes = restantes.filter((r) => r !== p);
  };
  // The DINUM is the délégataire of a délégation and the délégant of a FAST partnership (the fund is its own).
  const roleDinum: Role = type === 'partenariat-fast' ? 'delegant' : 'delegataire';
  for (const p of restantes.filter((r) => estDinum(r.partie.valeur))) {
    if (!lues[roleDinum]) prendre(p, roleDinum);
  }
  for (const p of restantes.filter((r) => estEtat(r.partie.valeur))) {
    if (!lues.delegant) prendre(p, 'delegant');
  }
  for (const p of restantes.filter((r) => estOperateur(r.pliee))) {
    if (!lues.delegataire) prendre(p, 'delegataire');
  }
  for (const [p, role] of rolesParDelegation(doc, restantes)) {
    if (!lues[role]) prendre(p, role);
  }
  // One role left and one party left to hold it: the text's other role says which.
  const libres = () => (['delegant', 'delegataire'] as const).filter((r) => !lues[r]);
  if (libres().length === 1 && restantes.length === 1) prendre(restantes[0]!, libres()[0]!);
  if (restantes.length === 0) return;
  if (libres().length === 0) {
    lues.autres.push(...restantes.map((r) => r.partie));
    return;
  }
  // The text names parties without saying who delegates to whom: no guess.
  lues.sansRole = restantes.map((r) => r.partie);
}
