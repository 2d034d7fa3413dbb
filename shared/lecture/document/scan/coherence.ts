// What an OCR'd convention reads differently from itself, or cannot tell, said field by field:
// - a party's acronym or a Chorus code that the rest of the document writes with one letter more
//   at an edge (« SG-MEN » read where the document says « SG-MENJ »: a letter lost at a cell's
//   edge) or with one confusable character changed (O/0, I/1, S/5, B/8…), at least as often;
// - an alphanumeric code where a letter O, I, l, S or B touches a digit, or a digit 0, 1, 5 or 8
//   stands between letters: the OCR confuses them and the code's grammar allows both.
// Nothing is corrected here: each doubt is a finding on the field, for the review.
import type { Constat, Convention } from '../../../model';
import type { LigneDocument } from '../types';

export interface ChampLu {
  champ: string;
  /** French name of the field in the message (« le sigle du délégant »). */
  libelle: string;
  valeur: string;
}

const PAIRES_CONFUSES = ['O0', 'Oo', 'o0', 'I1', 'l1', 'Il', 'S5', 'B8', 'EF', 'MN', 'Z2', 'G6', 'Q0', 'D0', 'CG', 'UV'];
const confuses = (a: string, b: string): boolean => PAIRES_CONFUSES.some((p) => (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a));

/** `b` is `a` with one character more at an end, or `a` with one confusable character changed. */
export function variante(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 3) return false;
  if (b.length === a.length + 1) return b.startsWith(a) || b.endsWith(a);
  if (b.length !== a.length) return false;
  let ecarts = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!confuses(a[i]!, b[i]!) || ++ecarts > 1) return false;
  }
  return ecarts === 1;
}

/** Tokens of the text that may be acronyms or codes (two capitals or digits at least), counted. */
export function jetons(texte: string): Map<string, number> {
  const compte = new Map<string, number>();
  for (const m of texte.matchAll(/[A-Za-z0-9À-ÿ][A-Za-z0-9À-ÿ&/-]*[A-Za-z0-9À-ÿ]/g)) {
    const jeton = m[0];
    if ((jeton.match(/[A-Z0-9]/g)?.length ?? 0) < 2) continue;
    compte.set(jeton, (compte.get(jeton) ?? 0) + 1);
  }
  return compte;
}

export type ConventionACodes = Partial<Pick<Convention, 'delegant' | 'delegataire' | 'autresParties' | 'uo' | 'bop' | 'chorus'>>;

/** The acronyms and codes of a convention worth checking, with their field keys. */
export function champsACodes(convention: ConventionACodes): ChampLu[] {
  const champs: ChampLu[] = [];
  const ajouter = (champ: string, libelle: string, valeur: string | undefined) => valeur && champs.push({ champ, libelle, valeur });
  ajouter('delegant.sigle', 'le sigle du délégant', convention.delegant?.sigle);
  ajouter('delegataire.sigle', 'le sigle du délégataire', convention.delegataire?.sigle);
  convention.autresParties?.forEach((p, k) => ajouter(`autresParties.${k}.sigle`, "le sigle d'une autre partie", p.sigle));
  ajouter('uo', "l'UO", convention.uo);
  ajouter('bop', 'le BOP', convention.bop);
  const c = convention.chorus;
  ajouter('chorus.centreFinancier', 'le centre financier', c?.centreFinancier);
  ajouter('chorus.domaineFonctionnel', 'le domaine fonctionnel', c?.domaineFonctionnel);
  ajouter('chorus.centreDeCout', 'le centre de coût', c?.centreDeCout);
  c?.activites?.forEach((a, k) => ajouter(`chorus.activites.${k}`, "l'activité", a));
  return champs;
}

/** A letter the OCR takes for a digit touching a digit, or such a digit between two letters. */
export function lettreEtChiffreConfondus(code: string): string | null {
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    const avant = code[i - 1] ?? '';
    const apres = code[i + 1] ?? '';
    if (/[OIlSB]/.test(c) && (/\d/.test(avant) || /\d/.test(apres))) return c;
    if (/[0158]/.test(c) && /[A-Za-z]/.test(avant) && /[A-Za-z]/.test(apres)) return c;
  }
  return null;
}

const NOM_CONFUSION: Record<string, string> = { O: 'O et 0', '0': 'O et 0', I: 'I et 1', '1': 'I et 1', l: 'l et 1', S: 'S et 5', '5': 'S et 5', B: 'B et 8', '8': 'B et 8' };

/** Doubts on the acronyms and codes of a convention read from an OCR'd document (positions: the field only). */
export function constatsDeCoherence(convention: ConventionACodes, lignes: readonly LigneDocument[], regle: string): Constat[] {
  const texte = lignes.map((l) => l.texte).join('\n');
  const compte = jetons(texte);
  const champs = champsACodes(convention);
  const connus = new Set(champs.map((c) => c.valeur));
  const constats: Constat[] = [];
  for (const { champ, libelle, valeur } of champs) {
    const vu = compte.get(valeur) ?? 0;
    const autres = [...compte].filter(([j, n]) => !connus.has(j) && n >= Math.max(1, vu) && variante(valeur, j)).sort((a, b) => b[1] - a[1]);
    if (autres.length) {
      const [jeton, n] = autres[0]!;
      constats.push({
        regle,
        gravite: 'avertissement',
        message: `Champ « ${champ} » : ${libelle} est lu « ${valeur} », mais le document écrit aussi « ${jeton} » (${n} fois) : l'OCR a pu perdre ou changer une lettre ; vérifiez-le sur le document.`,
        position: { champ },
      });
      continue;
    }
    const confondu = !champ.endsWith('.sigle') ? lettreEtChiffreConfondus(valeur.replace(/^\d{4}-/, '')) : null;
    if (confondu) {
      constats.push({
        regle,
        gravite: 'avertissement',
        message: `Champ « ${champ} » : ${libelle} est lu « ${valeur} » par l'OCR, qui confond ${NOM_CONFUSION[confondu]} là où lettres et chiffres se touchent ; vérifiez-le sur le document.`,
        position: { champ },
      });
    }
  }
  return constats;
}
