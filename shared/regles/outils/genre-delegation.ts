// The kind of délégation de gestion a text describes, when it hands no credits year by year:
// payroll (titre 2, « solde », « rémunérations ») or acts on a whole UO or programme (the délégant
// keeps steering AE and CP, the délégataire orders the expenses). Published délégations of this
// kind (test/fixtures/reelles/07 and 08) carry no échéancier, and none is owed.

import { normaliserTexte } from '../../texte';

export type GenreSansEcheancier = 'titre-2' | 'actes';

/** « dépenses … de titre II », « crédits de titre 2 », « solde » — never « hors titre 2 », which says the opposite. */
const TITRE_2 = /(?<!hors )\btitre (?:ii|2)\b\.?(?!\d)/;
const PAIE = /\b(?:depenses de personnel|remunerations?|solde|paie)\b/;
/** The délégant keeps the credits; the délégataire carries out acts on them. */
const ACTES = [
  /\bpilotage des ae et des cp\b/,
  /\bactes de gestion et d'ordonnancement\b/,
  /\bordonnancement (?:secondaire )?des depenses\b/,
  /\bfonctions d'ordonnateur\b/,
];

export function genreSansEcheancier(texte: readonly string[]): { genre: GenreSansEcheancier; ligne: number } | null {
  const lignes = texte.map(normaliserTexte);
  const paie = lignes.some((l) => PAIE.test(l));
  for (let i = 0; i < lignes.length; i++) {
    if (TITRE_2.test(lignes[i]!) && (paie || /\bdepenses\b/.test(lignes[i]!))) return { genre: 'titre-2', ligne: i + 1 };
  }
  for (let i = 0; i < lignes.length; i++) {
    if (ACTES.some((re) => re.test(lignes[i]!))) return { genre: 'actes', ligne: i + 1 };
  }
  return null;
}
