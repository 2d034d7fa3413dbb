// Recognises column headers and key cells as people write them in a sheet: any case, with or without
// accents, `_` or spaces, with a unit (`AE (en €)`), spelled out (`Autorisations d'engagement`).
import { normaliserTexte } from '../../texte';
import { uniteDe } from '../convention/echeancier-texte';

/** What a column of a table holds. The échéancier needs `ae` and `cp`; the rest is optional. */
export type TypeColonne =
  | 'annee'
  | 'ae'
  | 'cp'
  | 'aeEngagees'
  | 'cpPayes'
  | 'convention'
  | 'type'
  | 'titre'
  | 'delegant'
  | 'delegantNom'
  | 'delegataire'
  | 'delegataireNom'
  | 'dateSignature'
  | 'dateFin'
  | 'uo'
  | 'programme'
  | 'centreFinancier'
  | 'plafondAe'
  | 'plafondCp'
  | 'startups'
  | 'incubateur';

const AE = "(?:ae|a\\.e\\.?|autorisations? d'engagements?)";
const CP = '(?:cp|c\\.p\\.?|credits? de paiements?)';
const MONTANT = '(?:montants? (?:des |en |d\')?)?';

/** Order matters: execution columns (`AE engagées`) are tried before the plain `AE`. */
const MOTIFS: ReadonlyArray<readonly [TypeColonne, RegExp]> = [
  ['annee', /^(?:annees?|exercices?(?: budgetaires?)?|an|annee budgetaire|millesime)$/],
  ['aeEngagees', new RegExp(`^(?:${MONTANT}${AE} (?:engagees?|consommees?|executees?|realisees?)|engagements?(?: realises?| juridiques?)?|montants? engages?)$`)],
  ['cpPayes', new RegExp(`^(?:${MONTANT}${CP} (?:payes?|consommes?|mandates?|executes?|realises?|decaisses?|verses?)|paiements?(?: realises?)?|montants? (?:payes?|mandates?))$`)],
  ['ae', new RegExp(`^${MONTANT}${AE}(?: (?:prevues?|programmees?|ouvertes?|deleguees?|previsionnelles?|initiales?|a deleguer))?$`)],
  ['cp', new RegExp(`^${MONTANT}${CP}(?: (?:prevus?|programmes?|ouverts?|delegues?|previsionnels?|initiaux|a deleguer))?$`)],
  ['convention', /^(?:convention|identifiant|id|ref|reference|n°|no|numero)(?: (?:de (?:la )?)?convention)?$/],
  ['type', /^type(?: de (?:la )?convention)?$/],
  ['titre', /^(?:titre|intitule|objet)$/],
  ['delegant', /^(?:delegant(?: sigle)?|sigle (?:du )?delegant)$/],
  ['delegantNom', /^(?:delegant nom|nom (?:du )?delegant)$/],
  ['delegataire', /^(?:delegataire(?: sigle)?|sigle (?:du )?delegataire)$/],
  ['delegataireNom', /^(?:delegataire nom|nom (?:du )?delegataire)$/],
  ['dateSignature', /^(?:date (?:de (?:la )?)?signature|signee? le|signature)$/],
  ['dateFin', /^(?:date (?:de )?fin|fin|echeance|date d'echeance|fin de (?:la )?convention)$/],
  ['uo', /^(?:uo|unite operationnelle)$/],
  ['programme', /^(?:programme|prog\.?|programme budgetaire)$/],
  ['centreFinancier', /^(?:centre financier|cf)$/],
  ['plafondCp', new RegExp(`^plafond (?:des |de |en )?${CP}$`)],
  ['plafondAe', new RegExp(`^(?:plafond(?: (?:des |d'|en )?${AE})?|montant maximum|montant max(?:imal)?)$`)],
  ['startups', /^(?:startups?|start-ups?|startups? d'etat|produits?)$/],
  ['incubateur', /^incubateur$/],
];

/**
 * Folds a header for matching: normalised, `_` as a space, a trailing `:`/`*` and a unit removed
 * (`AE (en €)`, `CP en euros`, `Autorisations d'engagement (AE)`).
 */
export function nettoyerEntete(texte: string): string {
  return normaliserTexte(texte.replace(/_/g, ' '))
    .replace(/\s*\((?:en )?(?:€|eur|euros?|ae|cp|ttc|k€|keur|m€|meur|(?:milliers|millions) d'euros)\)/g, '')
    .replace(/\s+(?:en )?(?:€|eur|euros?|k€|keur|m€|meur|(?:milliers|millions) d'euros)$/, '')
    .replace(/\s*€$/, '')
    .replace(/\s*[:*]+$/, '')
    .trim();
}

/** A multiple of the euro that bare figures are written in. */
export type Unite = 'k€' | 'M€' | 'Md€';

/**
 * The unit an amount header gives its bare figures (`AE (k€)`, `CP en milliers d'euros`), or null for
 * euros. Without it `1 200` under `AE (k€)` would be read as 1 200 €, a thousand times too little.
 */
export function uniteEntete(texte: string): Unite | null {
  return texte.length === 0 || texte.length > 200 ? null : uniteDe(normaliserTexte(texte));
}

/** The kind of column a header names, or null. Cheap rejection first: headers are short and digit-free. */
export function typeEntete(texte: string): TypeColonne | null {
  if (texte.length === 0 || texte.length > 60 || /\d/.test(texte)) return null;
  const t = nettoyerEntete(texte);
  for (const [type, motif] of MOTIFS) if (motif.test(t)) return type;
  return null;
}

/** The amount a words column spells out: a named one (`AE en lettres`), or the amount column before it. */
export type CibleLettres = 'ae' | 'cp' | 'aeEngagees' | 'cpPayes' | 'precedente';

const EN_LETTRES = /^(.*?)\s*\(?(?:ecrits? |ecrites? )?en (?:toutes )?lettres\)?$/;
const MONTANT_SEUL = /^(?:montants?|sommes?|total)?$/;

/** A words column header: `AE en lettres`, `Montant en lettres`, `En lettres`, `CP (en toutes lettres)`. */
export function enteteLettres(texte: string): CibleLettres | null {
  if (texte.length === 0 || texte.length > 60 || /\d/.test(texte)) return null;
  const m = EN_LETTRES.exec(nettoyerEntete(texte));
  if (!m) return null;
  const quoi = m[1]!.trim();
  if (MONTANT_SEUL.test(quoi)) return 'precedente';
  const type = typeEntete(quoi);
  return type === 'ae' || type === 'cp' || type === 'aeEngagees' || type === 'cpPayes' ? type : null;
}

/**
 * The column kinds whose values are the convention's (registry layout, extra columns of an échéancier,
 * key cells near a table): all but the échéancier's year and amounts. The order is the reading order.
 */
export const COLONNES_CONVENTION: readonly TypeColonne[] = [
  'convention',
  'type',
  'titre',
  'delegant',
  'delegantNom',
  'delegataire',
  'delegataireNom',
  'dateSignature',
  'dateFin',
  'uo',
  'programme',
  'centreFinancier',
  'plafondAe',
  'plafondCp',
  'startups',
  'incubateur',
];

/** Key cells near a table (`Date de signature`, `Plafond`…): the column kinds that can describe a convention. */
const CLES: ReadonlySet<TypeColonne> = new Set(COLONNES_CONVENTION);

export interface CleLue {
  cle: TypeColonne;
  /** The value written in the same cell after a colon (`Date de fin : 31/12/2025`), if any. */
  valeurDansLaCellule?: string;
  /** The unit the key gives its bare figures (`Plafond (k€)`). */
  unite?: Unite;
}

/** A key cell: `Date de fin`, `Date de fin :`, or `Date de fin : 31/12/2025` in one cell. */
export function lireCle(texte: string): CleLue | null {
  if (texte.length === 0 || texte.length > 120) return null;
  const deuxPoints = texte.indexOf(':');
  if (deuxPoints > 0 && deuxPoints < texte.length - 1) {
    const cle = typeEnteteCle(texte.slice(0, deuxPoints));
    const valeur = texte.slice(deuxPoints + 1).trim();
    if (cle && valeur !== '') return avecUnite({ cle, valeurDansLaCellule: valeur }, texte.slice(0, deuxPoints));
  }
  const cle = typeEnteteCle(texte);
  return cle ? avecUnite({ cle }, texte) : null;
}

function avecUnite(cle: CleLue, texte: string): CleLue {
  if (cle.cle !== 'plafondAe' && cle.cle !== 'plafondCp') return cle;
  const unite = uniteEntete(texte);
  return unite === null ? cle : { ...cle, unite };
}

function typeEnteteCle(texte: string): TypeColonne | null {
  const type = typeEntete(texte);
  return type !== null && CLES.has(type) ? type : null;
}
