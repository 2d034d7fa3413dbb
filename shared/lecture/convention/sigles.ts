// Acronyms of the parties: how administrations write them (DGEFP, SG-MENJ, DG Trésor), where a text
// gives one to a party (between parentheses or guillemets, elsewhere in the text after the party's
// name, or as a capital token that spells the name's initials: « BOP MILDT » for the « Mission
// interministérielle de lutte contre la drogue et la toxicomanie »).
import { plier, type DocumentConvention } from './document';

/** An acronym as administrations write them: DGEFP, MENJS, SG-MENJ, DGS-CNAM, MENJS-MESRI, DGFiP, GIP PDI, DG Trésor. */
export function estSigle(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 25) return false;
  // A postal box or mail code is not a party's acronym: « Fort de Bicêtre (BP7) », « (CS 70001) ».
  if (/^(?:BP|CS|TSA|SP|CP)\s?\d/i.test(t)) return false;
  // « DG Trésor », « DG Enseignement scolaire » is not: a capital acronym and one capitalised word.
  if (/^(?!BP |CS )[A-Z]{2,3} [A-ZÀ-Ý][a-zà-ÿ]{2,}$/.test(t)) return true;
  const mot = '[A-ZÀ-Ý][A-Za-zÀ-ÿ0-9]*(?:[-–/&][A-Za-zÀ-ÿ0-9]+)*';
  // Two words at most, the second in capitals too (« GIP PDI », not « Paris Cedex »).
  if (!new RegExp(`^${mot}(?: [A-ZÀ-Ý][A-ZÀ-Ý0-9]+)?$`).test(t)) return false;
  const lettres = t.replace(/[^A-Za-zÀ-ÿ]/g, '');
  const majuscules = t.replace(/[^A-ZÀ-Ý]/g, '');
  return majuscules.length >= 2 && majuscules.length * 2 >= lettres.length;
}

/** The first acronym written between parentheses in a line: `… professionnelle (DGEFP),` → DGEFP. */
export function sigleEntreParentheses(ligne: string): { sigle: string; debut: number } | null {
  const re = /\(\s*([^()]{1,30}?)\s*\)/g;
  for (let m = re.exec(ligne); m; m = re.exec(ligne)) {
    if (estSigle(m[1]!)) return { sigle: m[1]!.replace('–', '-'), debut: m.index };
  }
  return null;
}

/** An acronym named between guillemets: « la DINUM », « le délégataire » ou « la DGEFP ». */
export function sigleEntreGuillemets(ligne: string): string | null {
  const re = /[«"“]\s*(?:(?:la|le|les|l['’])\s*)?([^»"”]{1,30}?)\s*[»"”]/gi;
  for (let m = re.exec(ligne); m; m = re.exec(ligne)) {
    if (estSigle(m[1]!)) return m[1]!;
  }
  return null;
}

/** How many words of a party's name must stand before « (SIGLE) » elsewhere in the text. */
const MOTS_MIN = 4;

const echapper = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The acronym the text gives a party elsewhere than in its « Entre » block: the preamble's « le
 * directeur de l'administration générale, du personnel et du budget (DAGPB) », the title's « l'institut
 * national de la statistique et des études économiques (INSEE) ». The name's beginning (or its end,
 * from five words) must stand right before the parenthesis.
 */
export function sigleAilleurs(doc: DocumentConvention, nom: string, motsMin = MOTS_MIN): string | undefined {
  const mots = plier(nom).split(/\s+/);
  const essais: string[] = [];
  for (let n = mots.length; n >= motsMin; n--) essais.push(mots.slice(0, n).join(' '));
  for (let n = mots.length - 1; n >= motsMin + 1; n--) essais.push(mots.slice(-n).join(' '));
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

/** Small words an acronym leaves out (« de la », « et »). */
const MOTS_VIDES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en']);
/** Words an acronym may keep or leave out (« lutte contre la drogue » → L D or L C D). */
const MOTS_FACULTATIFS = new Set(['contre', 'pour', 'sur', 'par', 'entre', 'avec', 'sous', 'chez']);

/** The name's words that an acronym spells, each marked optional or not. */
function initiales(nom: string): { lettre: string; facultative: boolean }[] {
  return plier(nom)
    .split(/[\s'’-]+/)
    .filter((m) => /^[a-z]/.test(m) && !MOTS_VIDES.has(m))
    .map((m) => ({ lettre: m[0]!, facultative: MOTS_FACULTATIFS.has(m) }));
}

/** A person's title: « directeur …, secrétaire général …, ministre … ». */
const PERSONNE = /^(?:(?:le|la)\s+)?(?:directeur|directrice|delegue|deleguee|secretaire|chef|cheffe|commissaire|president|presidente|responsable|ministre|prefet|prefete|recteur|rectrice|garde des sceaux)\b/;

/** Whether `sigle` spells the initials of `nom`'s words, skipping only optional ones. */
export function epelleLesInitiales(sigle: string, nom: string): boolean {
  const lettres = plier(sigle).replace(/[^a-z]/g, '');
  const mots = initiales(nom);
  if (lettres.length < 3 || mots.length < 3) return false;
  // Both cursors move together; an optional word may be skipped.
  const attendues = (i: number, j: number): boolean => {
    if (i === lettres.length) return mots.slice(j).every((m) => m.facultative);
    if (j === mots.length) return false;
    if (mots[j]!.lettre === lettres[i] && attendues(i + 1, j + 1)) return true;
    return mots[j]!.facultative && attendues(i, j + 1);
  };
  return attendues(0, 0);
}

/**
 * A capital token of the party's own lines (« …, BOP MILDT action n° 15 du programme 129 ») that
 * spells the party's name's initials. Only its own lines: a header's « MENJS - DGESCO B1 » names services, not parties.
 */
export function sigleDesInitiales(lignes: readonly string[], nom: string): string | undefined {
  // An acronym names a service, not the person at its head (« directrice des affaires financières » is not « DAF »).
  if (PERSONNE.test(plier(nom)) || initiales(nom).length < 3) return undefined;
  for (const ligne of lignes) {
    for (const m of ligne.matchAll(/(?<![\p{L}\d-])([A-Z]{3,8})(?![\p{L}\d-])/gu)) {
      if (epelleLesInitiales(m[1]!, nom)) return m[1]!;
    }
  }
  return undefined;
}
