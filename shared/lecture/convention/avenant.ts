// What an avenant changes: its number, the articles of the convention it modifies, the date of the
// convention it amends — and which of its échéanciers is the new one. An avenant often quotes the
// article it replaces, table included, before « est remplacé par » the new wording: the amounts read
// must be the new ones, never the quoted old ones. When the text holds several échéanciers and says
// of none that it is the new one, nothing is taken and the reading says so (rule
// `avenant-echeancier-ambigu`): a wrong amount without a finding is worse than no amount.
import type { Avenant } from '../../model';
import { estVide, type DocumentConvention, type Trouve } from './document';
import { datesDansLigne } from './dates-texte';
import type { EcheancierLu } from './echeancier-texte';
import { lignesDuTitre } from './type';

export interface AvenantLu {
  avenant: Avenant;
  /** Lines (1-based) by field path: `avenant.numero`, `avenant.articlesModifies.0`, `avenant.dateConventionInitiale`. */
  sources: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Number

/** « Avenant n° 3 », « AVENANT N°2 », « Avenant numéro 1 », « AUTRE N° 4 à la délégation » (folded). */
const NUMERO_TITRE = [
  /\bavenant\s*(?:n\s*[°o]|numero)\s*(\d{1,3})\b/,
  /\bn\s*[°o]\s*(\d{1,3})\s+(?:a|au|a la) (?:la )?(?:convention|delegation|protocole)\b/,
];
/** In the body, only the avenant's own name counts: « l'avenant n° 1 » there is an earlier one. */
const NUMERO_CORPS = /\b(?:le|du|au) present avenant\s*(?:n\s*[°o]|numero)\s*(\d{1,3})\b/;

function lireNumero(doc: DocumentConvention): Trouve<number> | null {
  for (const i of lignesDuTitre(doc)) {
    for (const re of NUMERO_TITRE) {
      const m = re.exec(doc.pliees[i]!);
      if (m && Number(m[1]) > 0) return { valeur: Number(m[1]), ligne: i + 1 };
    }
  }
  for (let i = 0; i < doc.pliees.length; i++) {
    const m = NUMERO_CORPS.exec(doc.pliees[i]!);
    if (m && Number(m[1]) > 0) return { valeur: Number(m[1]), ligne: i + 1 };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The convention amended

/**
 * « la convention du 4 mai 2018 », « convention de délégation de gestion du … », « convention
 * « Fonds national d'amorçage » en date du … », « conclue le … », « délégation de gestion n° 75-915 du … »:
 * the date must follow the convention's name, so that « publiée au Journal officiel du … » and the
 * avenant's own date are never taken.
 */
const CONVENTION_DATEE =
  /\b(?:convention|delegation de gestion)(?:\s+(?:de delegation de gestion|de partenariat|de gestion|financiere|initiale|constitutive|n\s*[°o]\s*[\w./-]+|«[^»]{0,200}»))*\s*,?\s+(?:en date du|du|conclue? le|signee? le|passee? le)\s+$/;

function lireDateConvention(doc: DocumentConvention): Trouve<string> | null {
  const titre = lignesDuTitre(doc);
  const ordre = [...titre, ...doc.pliees.map((_, i) => i).filter((i) => !titre.includes(i))];
  for (const i of ordre) {
    for (const d of datesDansLigne(doc.propres[i]!, doc.pliees[i]!)) {
      if (d.date && CONVENTION_DATEE.test(doc.pliees[i]!.slice(Math.max(0, d.debut - 300), d.debut))) return { valeur: d.date, ligne: i + 1 };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Articles modified

/** A line that changes something (on its own or with the line it runs on to after a quoted table). */
const MODIFIE = /\bmodifi|\bremplac|\bredige|\bredaction\b|\bcomplet(?:e|ee|ees|es|ent|er)\b|\bajout|\bsupprim|\babrog|\binser/;
const NUMERO_ARTICLE = String.raw`(?:1er|premier|\d+(?:[.-]\d+)*(?:\s*(?:bis|ter|quater)\b)?)`;
const ARTICLE = new RegExp(String.raw`\b(?:l')?(?:articles?|points?)\s+(${NUMERO_ARTICLE}(?:\s*(?:,|et)\s*${NUMERO_ARTICLE})*)`, 'g');
const ANNEXE = /\bannexes?\b(?:\s+(?:n\s*[°o]\s*)?(\d+|[ivx]+\b))?/g;
const PREAMBULE = /\bpreambule\b/g;
/** What a reference is cited for, not changed: « comme le prévoient les dispositions de l'article 9.10 ». */
const CITEE_AVANT = /(?:\bprevo\w*|\bprevue?s?|\bapplication|\bconformement|\ben vertu)\b[^.;:,]{0,50}$/;
/** « L'annexe 2 est remplacée par l'annexe jointe »: what comes after is the new text, not a part changed. */
const REMPLACE_PAR = /\bremplace(?:e|s|es)?\s+par\b/;
/** An article of another text (« l'article 8 de la loi … »), or of the avenant itself. */
const AUTRE_TEXTE_APRES =
  /^\s*,?\s*(?:de la loi|du decret|du code|de l'ordonnance|de l'arrete|de la directive|du reglement|de la constitution|(?:du|de ce|de cet) (?:present )?avenant|ci-(?:dessous|apres))/;
/** The avenant's own article heading (« Article 2 – Modification de l'article 3 »): not a reference. */
const ENTETE_AVENANT = /^\s*(?:[-–—:.]|$)/;
/** Where the avenant's clauses start; before it, a preamble tells why, and cites. */
const DISPOSITIF = /\b(?:(?:il|ils) (?:a|ont|est) (?:ete )?convenu|conviennent|il est arrete|decident)\b/;

/** Quoted text (« … », over several lines) blanked out: a new wording cites articles it does not change. */
function sansCitations(pliees: string[]): string[] {
  let profondeur = 0;
  return pliees.map((l) => {
    // Most lines hold no guillemet: kept, or blanked whole inside a quotation, without a walk.
    if (!l.includes('«') && !l.includes('»')) return profondeur > 0 ? ' '.repeat(l.length) : l;
    const sortie: string[] = [];
    for (const c of l) {
      if (c === '«') profondeur++;
      const dedans = profondeur > 0;
      if (c === '»') profondeur = Math.max(0, profondeur - 1);
      sortie.push(dedans ? ' ' : c);
    }
    return sortie.join('');
  });
}

function nomArticle(numero: string): string {
  return numero.replace(/\s+/g, ' ').replace(/^(?:1er|premier)$/, '1');
}

/** The references a (quote-free) line makes to parts of the convention, in order. */
function references(ligne: string, propre: string): Array<{ index: number; nom: string }> {
  const trouvees: Array<{ index: number; nom: string }> = [];
  const nouveauTexte = REMPLACE_PAR.exec(ligne)?.index ?? Infinity;
  const cite = (index: number, fin: number) =>
    index > nouveauTexte || CITEE_AVANT.test(ligne.slice(Math.max(0, index - 60), index)) || AUTRE_TEXTE_APRES.test(ligne.slice(fin));
  for (const m of ligne.matchAll(ARTICLE)) {
    const fin = m.index + m[0].length;
    if (cite(m.index, fin)) continue;
    if (m.index <= 2 && !m[0].startsWith("l'") && ENTETE_AVENANT.test(ligne.slice(fin))) continue;
    for (const numero of m[1]!.split(/\s*(?:,|\bet\b)\s*/)) if (numero.trim()) trouvees.push({ index: m.index, nom: nomArticle(numero.trim()) });
  }
  for (const m of ligne.matchAll(ANNEXE)) {
    const fin = m.index + m[0].length;
    // « annexé » folds to « annexe »; « en annexe au présent avenant » is the avenant's own annex.
    if (/[éÉ]/.test(propre.charAt(m.index + 6)) || /\ben $/.test(ligne.slice(0, m.index)) || cite(m.index, fin)) continue;
    if (/^\s*(?:au|du|a la|de la|de ce|de cet) (?:present )?avenant/.test(ligne.slice(fin))) continue;
    trouvees.push({ index: m.index, nom: m[1] ? `annexe ${m[1].toUpperCase()}` : 'annexe' });
  }
  for (const m of ligne.matchAll(PREAMBULE)) if (!cite(m.index, m.index + m[0].length)) trouvees.push({ index: m.index, nom: 'préambule' });
  return trouvees.sort((a, b) => a.index - b.index);
}

/** Index (0-based) of the line after which the clauses start, or -1 (the whole text is read). */
function debutDispositif(doc: DocumentConvention): number {
  for (let i = 0; i < doc.pliees.length; i++) if (DISPOSITIF.test(doc.pliees[i]!)) return i;
  return -1;
}

function lireArticles(doc: DocumentConvention): Array<Trouve<string>> {
  const lignes = sansCitations(doc.pliees);
  const vus = new Set<string>();
  const articles: Array<Trouve<string>> = [];
  for (let i = debutDispositif(doc) + 1; i < lignes.length; i++) {
    const ligne = lignes[i]!;
    if (estVide(ligne)) continue;
    if (!MODIFIE.test(ligne) && !MODIFIE.test(suite(doc, lignes, i))) continue;
    for (const r of references(ligne, doc.propres[i]!)) {
      if (vus.has(r.nom)) continue;
      vus.add(r.nom);
      articles.push({ valeur: r.nom, ligne: i + 1 });
    }
  }
  return articles;
}

/**
 * The words a line introducing a quoted table runs on to: « L'échéancier figurant à l'article 4,
 * rappelé ci-dessous : » <table> « est remplacé par … » (the next prose line, in lower case).
 */
function suite(doc: DocumentConvention, lignes: string[], i: number): string {
  if (!/:\s*$/.test(lignes[i]!)) return '';
  for (let j = i + 1; j < lignes.length && j <= i + 40; j++) {
    const l = doc.propres[j]!;
    if (estVide(l) || l.includes('\t') || /^\s*\|/.test(l) || /\S {2,}\S/.test(l)) continue;
    return /^\s*[a-zàâéèêëîïôûüç]/.test(l) ? lignes[j]! : '';
  }
  return '';
}

/** What an avenant's text says it changes; null when it says none of it. */
export function lireAvenant(doc: DocumentConvention): AvenantLu | null {
  const numero = lireNumero(doc);
  const date = lireDateConvention(doc);
  const articles = lireArticles(doc);
  if (!numero && !date && articles.length === 0) return null;
  const sources: Record<string, number> = {};
  if (numero) sources['avenant.numero'] = numero.ligne;
  articles.forEach((a, k) => (sources[`avenant.articlesModifies.${k}`] = a.ligne));
  if (date) sources['avenant.dateConventionInitiale'] = date.ligne;
  const avenant: Avenant = {
    ...(numero ? { numero: numero.valeur } : {}),
    articlesModifies: articles.map((a) => a.valeur),
    ...(date ? { dateConventionInitiale: date.valeur } : {}),
  };
  return { avenant, sources };
}

// ---------------------------------------------------------------------------------------------
// The new échéancier

/** What introduces the new wording or the new table. */
const NOUVEAU = new RegExp(
  [
    String.raw`\bremplace(?:e|s|es)?\s+(?:comme suit|par)\b`,
    String.raw`\b(?:redige|modifie|complete)(?:e|s|es)? (?:comme suit|ainsi qu'il suit)`,
    String.raw`\b(?:est|sont) ainsi (?:redige|modifie|complete)`,
    String.raw`\bnouvelle redaction\b`,
    String.raw`\bnouvel echeancier\b`,
    String.raw`\becheancier (?:modifie|revise|actualise)\b`,
    String.raw`\bse lit (?:desormais|comme suit)\b`,
    String.raw`\b(?:est|sont) desormais\b`,
    String.raw`\b(?:est|sont) porte(?:e|s|es)? a\b`,
    String.raw`\bdevien(?:t|nent)\s*:`,
  ].join('|'),
);
/** How many non-empty lines above a table may say it is the new one. */
const LIGNES_AVANT = 4;

export interface ChoixEcheancier {
  /** The échéancier the avenant sets, if one can be told. */
  tableau?: EcheancierLu;
  /** Header lines (1-based) of the échéanciers the text holds when it does not say which one is new. */
  ambigu?: number[];
}

/** Last line (1-based) an échéancier spans. */
function derniereLigne(t: EcheancierLu): number {
  return Math.max(t.entete, ...t.lignes.map((l) => l.position.ligne ?? t.entete), t.total?.position.ligne ?? t.entete);
}

/** True when one of the few lines above the échéancier (not above the previous one) says it is the new one. */
function estAnnonceNouveau(doc: DocumentConvention, t: EcheancierLu, fin: number): boolean {
  // The header line itself may carry it (« est ainsi rédigé : - au titre de 2024 : … »).
  if (NOUVEAU.test(doc.pliees[t.entete - 1] ?? '')) return true;
  for (let j = t.entete - 2, vues = 0; j >= fin && vues < LIGNES_AVANT; j--) {
    if (estVide(doc.pliees[j]!)) continue;
    vues++;
    if (NOUVEAU.test(doc.pliees[j]!)) return true;
  }
  return false;
}

/** An échéancier the avenant's text holds, and whether the text announces it as the new one. */
export interface Candidat {
  tableau: EcheancierLu;
  nouveau: boolean;
}

/** The échéancier tables of an avenant, each with whether a line above announces it as new. */
export function tableauxCandidats(doc: DocumentConvention, tableaux: EcheancierLu[]): Candidat[] {
  return tableaux.map((t, k) => ({ tableau: t, nouveau: estAnnonceNouveau(doc, t, k > 0 ? derniereLigne(tableaux[k - 1]!) : 0) }));
}

/**
 * Rows of an échéancier written in prose, in blocks of neighbouring lines. A line that announces
 * the new wording starts a block: « L'article 3, qui prévoyait « en 2024 : 100 € en AE et 100 € en
 * CP », est remplacé par : » — a row whose year stands before « remplacé par » on that line is the
 * quoted old one, alone in its block and never new.
 */
export function blocsDeProse(doc: DocumentConvention, prose: EcheancierLu | null): Candidat[] {
  if (!prose) return [];
  const blocs: Candidat[] = [];
  let courant: Candidat | null = null;
  let precedente = -Infinity;
  // The marker of a line whose quoted old row stands before it announces the rows that follow.
  let annonce = false;
  const fermer = () => {
    if (courant) blocs.push(courant);
    courant = null;
  };
  for (const l of prose.lignes) {
    const ligne = l.position.ligne ?? 0;
    const pliee = doc.pliees[ligne - 1] ?? '';
    const marque = NOUVEAU.exec(pliee);
    const annee = pliee.indexOf(l.annee.brut);
    if (marque && annee >= 0 && annee < marque.index) {
      // The old row quoted before « est remplacé par »: its own block, never the new one.
      fermer();
      blocs.push({ tableau: { lignes: [l], entete: ligne }, nouveau: false });
      precedente = ligne;
      annonce = true;
      continue;
    }
    if (!courant || marque || ligne - precedente > 3) {
      fermer();
      courant = { tableau: { lignes: [], entete: ligne }, nouveau: false };
      courant.nouveau = annonce || marque !== null || estAnnonceNouveau(doc, courant.tableau, blocs.length > 0 ? derniereLigne(blocs[blocs.length - 1]!.tableau) : 0);
    }
    courant.tableau.lignes.push(l);
    precedente = ligne;
    annonce = false;
  }
  fermer();
  return blocs;
}

/**
 * The échéancier an avenant sets among those its text holds (tables, or blocks of prose): the last
 * one announced as new (« est remplacé par », « est ainsi rédigé », « nouvelle rédaction »…); the
 * only one when there is one; none, with their first lines, when several stand without a word
 * saying which replaces which.
 */
export function choisirEcheancierAvenant(candidats: Candidat[]): ChoixEcheancier {
  if (candidats.length === 0) return {};
  const nouveaux = candidats.filter((c) => c.nouveau);
  if (nouveaux.length > 0) return { tableau: nouveaux[nouveaux.length - 1]!.tableau };
  if (candidats.length === 1) return { tableau: candidats[0]!.tableau };
  return { ambigu: candidats.map((c) => c.tableau.entete) };
}
