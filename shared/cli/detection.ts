// Tells what kind of document a text is, from its content (never from its file name alone).
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

/** Prose: article headings, or long lines without any cell separator, are not a table. */
function ressembleAUnTexte(texte: string): boolean {
  if (/^\W*(article\s+(1|premier|\d+)\b|entre\b|fait\s+a\b)/im.test(normaliserTexte(texte))) return true;
  return texte.split(/\r?\n/).some((l) => l.length > 200 && !SEPARATEURS.test(l));
}

export function detecterFormat(texte: string): FormatDocument {
  const debut = texte.trimStart();
  if (debut.startsWith('{') || debut.startsWith('[')) return 'registre-json';
  if (estEnteteRegistre(premiereLigne(texte))) return 'registre-csv';
  if (ressembleAUnTexte(texte)) return 'convention';
  const lignes = texte.split(/\r?\n/).filter((l) => l.trim() !== '');
  const tabulaire = lignes.length > 0 && lignes.filter((l) => SEPARATEURS.test(l)).length / lignes.length >= 0.5;
  return tabulaire ? 'tableau-csv' : 'convention';
}
