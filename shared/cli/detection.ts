// Tells what kind of document a text is, from its content (never from its file name alone).
import { normaliser } from '../lecture/normalisation';
import { normaliserTexte } from '../texte';

export type FormatDocument = 'registre-json' | 'registre-csv' | 'tableau-csv' | 'convention';

const SEPARATEURS = /[;\t,]/;

function premiereLigne(texte: string): string {
  for (const ligne of texte.split(/\r?\n/)) if (ligne.trim() !== '') return ligne;
  return '';
}

/** A registry CSV names one line per convention and year: an id column and a year column. */
function estEnteteRegistre(ligne: string): boolean {
  const colonnes = ligne.split(SEPARATEURS).map((c) => normaliserTexte(c.replace(/"/g, '')));
  const a = (nom: string) => colonnes.includes(nom);
  return (a('id') || a('identifiant')) && a('annee') && a('ae') && a('cp');
}

/** Lines only prose has: an article heading, the parties' « Entre », a visa, the signature's « Fait à ». */
const LIGNE_DE_CONVENTION = /^\W*(article\s+(1|premier|\d+)\b|entre\b|fait\s+(a|en)\b|vu\s+l[ea]\b)/;
/** A title (« Convention de délégation de gestion », « Avenant n° 2 à… »): several words, unlike a column named Convention. */
const TITRE = /^\W*(convention|avenant)\s+\S+\s+\S+/;

function estLigneDeConvention(ligne: string): boolean {
  // Cells of a table: `;`, tab, or the empty cells of a comma CSV (`Titre,,` or `a,,b`).
  if (/[;\t]|,\s*,|,\s*$/.test(ligne)) return false;
  const l = normaliserTexte(ligne);
  return LIGNE_DE_CONVENTION.test(l) || TITRE.test(l);
}

/** Prose: lines that open a convention's parts, or long lines without any cell separator, are not a table. */
function ressembleAUnTexte(lignes: readonly string[]): boolean {
  return lignes.some((l) => estLigneDeConvention(l) || (l.length > 200 && !SEPARATEURS.test(l)));
}

/** Sentences (several words and a final stop) are prose even when a comma sits in them. */
function estUnePhrase(ligne: string): boolean {
  return /[.:;!?»)]\s*$/.test(ligne.trim()) && ligne.trim().split(/\s+/).length >= 6;
}

export function detecterFormat(brut: string): FormatDocument {
  // Read as the readers will: line separators, invisible characters (lecture/normalisation).
  const texte = normaliser(brut).texte;
  const debut = texte.trimStart();
  if (debut.startsWith('{') || debut.startsWith('[')) return 'registre-json';
  if (estEnteteRegistre(premiereLigne(texte))) return 'registre-csv';
  const lignes = texte.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (ressembleAUnTexte(lignes)) return 'convention';
  const tabulaire = lignes.length > 0 && lignes.filter((l) => SEPARATEURS.test(l) && !estUnePhrase(l)).length / lignes.length >= 0.5;
  return tabulaire ? 'tableau-csv' : 'convention';
}
