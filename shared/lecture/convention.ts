// Reads the text of a convention (délégation de gestion, FAST partnership, avenant) into a
// `Convention`, and builds the context the rules check. Each field has its own reader under
// ./convention/; this file puts their results together, records the line each value came from
// (`sources`), and keeps what could not be read visible to the rules: an absent field, an
// échéancier cell with its raw text and `probleme`, the lines of the text. It never throws: a
// reader that fails only loses its own field.
import { Convention, type Partie, type Position, type TypeConvention } from '../model';
import type { ContexteRegle, LigneLue, MontantEnLettres, ValeurLue } from '../modele/lu';
import { lireAnneesParAvenant } from './convention/annees-par-avenant';
import { blocsDeProse, choisirEcheancierAvenant, lireAvenant, tableauxCandidats, type ChoixEcheancier } from './convention/avenant';
import { lireIncubateur, lireStartups } from './convention/beta';
import { lireChorus } from './convention/chorus';
import { lireComitesSemestriels } from './convention/comites';
import { lireDateFin } from './convention/date-fin';
import { creerDocument, type DocumentConvention, type Trouve } from './convention/document';
import { echeancierEnProse } from './convention/echeancier-prose';
import { echeancierVu } from './convention/echeancier-vu';
import { tableauxEcheancier, versConvention, type EcheancierLu } from './convention/echeancier-texte';
import { lireMontantFast } from './convention/fast';
import { identifiant } from './convention/identifiant';
import { lireBop, lireProgramme, lireUo } from './convention/imputation';
import { montantsEnLettres } from './convention/montants-en-lettres';
import { lireParties } from './convention/parties';
import { lirePlafond } from './convention/plafond';
import { lirePreavis } from './convention/preavis';
import { lireDateSignature } from './convention/signature';
import { lireType } from './convention/type';

export interface LectureConvention {
  convention: Convention;
  contexte: ContexteRegle;
}

export interface OptionsLecture {
  /** The registry id to give the convention; else one is derived from the délégant and the signature date. */
  id?: string;
}

/** Runs one field's reader; a reader that throws loses its field, never the whole reading. */
function tenter<T>(lire: () => T, defaut: T): T {
  try {
    return lire();
  } catch {
    return defaut;
  }
}

/**
 * The échéancier to keep when a text holds several: a convention's first table is its own; an
 * avenant's is the one it announces as new (see ./convention/avenant), tables first, else prose.
 */
function choisirEcheancier(doc: DocumentConvention, tableaux: EcheancierLu[], type: TypeConvention): ChoixEcheancier {
  if (type !== 'avenant') {
    const tableau = tableaux[0] ?? tenter(() => echeancierEnProse(doc), null) ?? undefined;
    return tableau ? { tableau } : {};
  }
  const candidats = tableaux.length > 0 ? tableauxCandidats(doc, tableaux) : blocsDeProse(doc, tenter(() => echeancierEnProse(doc), null));
  return choisirEcheancierAvenant(candidats);
}

/** Where a field was read: exactly, or the first line of any of its sub-fields (`chorus` → `chorus.centreFinancier`). */
function localisateur(sources: Record<string, number>) {
  return (champ: string) => {
    const exacte = sources[champ];
    if (exacte !== undefined) return { ligne: exacte };
    const lignes = Object.entries(sources)
      .filter(([cle]) => cle.startsWith(`${champ}.`))
      .map(([, ligne]) => ligne);
    return lignes.length > 0 ? { ligne: Math.min(...lignes) } : null;
  };
}

/**
 * The readers count the normalised text's lines; what leaves the reader counts the lines of the
 * text as written (a vertical tab or U+2028 splits a line, a page break may join two).
 */
function versLignesOriginales(doc: DocumentConvention) {
  const position = <P extends Position | null>(p: P): P =>
    p !== null && typeof p.ligne === 'number' ? ({ ...p, ligne: doc.ligneOrigine(p.ligne) } as P) : p;
  const valeur = <T>(v: ValeurLue<T>): ValeurLue<T> => ({ ...v, position: position(v.position) });
  return {
    position,
    valeur,
    ligne: (l: LigneLue): LigneLue => {
      const copie: LigneLue = { ...l, annee: valeur(l.annee), ae: valeur(l.ae), cp: valeur(l.cp), position: position(l.position) };
      if (l.aeEngagees) copie.aeEngagees = valeur(l.aeEngagees);
      if (l.cpPayes) copie.cpPayes = valeur(l.cpPayes);
      return copie;
    },
    sources: (sources: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(sources).map(([champ, ligne]) => [champ, doc.ligneOrigine(ligne)])),
  };
}

function lire(texte: string, options: OptionsLecture): LectureConvention {
  const doc: DocumentConvention = creerDocument(texte);
  const sources: Record<string, number> = {};
  const noter = <T>(champ: string, trouve: Trouve<T> | null | undefined): T | undefined => {
    if (!trouve) return undefined;
    sources[champ] = trouve.ligne;
    return trouve.valeur;
  };

  const type: TypeConvention = noter('type', tenter(() => lireType(doc), null)) ?? 'delegation-de-gestion';
  const parties = tenter(() => lireParties(doc, type), { autres: [] });
  const partie = (champ: string, trouve: Trouve<Partie> | undefined): Partie => {
    if (!trouve) return {};
    sources[champ] = trouve.ligne;
    if (trouve.valeur.nom) sources[`${champ}.nom`] = trouve.ligne;
    if (trouve.valeur.sigle) sources[`${champ}.sigle`] = trouve.ligne;
    return trouve.valeur;
  };
  const delegant = partie('delegant', parties.delegant);
  const delegataire = partie('delegataire', parties.delegataire);
  const autresParties = parties.autres.map((p, k) => partie(`autresParties.${k}`, p));

  const dateSignature = noter('dateSignature', tenter(() => lireDateSignature(doc), null));
  const dateFin = noter('dateFin', tenter(() => lireDateFin(doc), null));

  const chorusLu = tenter(() => lireChorus(doc), { chorus: {}, sources: {} });
  Object.assign(sources, chorusLu.sources);
  const uoTrouve = tenter(() => lireUo(doc), null) ?? chorusLu.uo ?? null;
  const uo = noter('uo', uoTrouve);
  const bop = noter('bop', tenter(() => lireBop(doc), null) ?? chorusLu.bop ?? null);
  const centreFinancier =
    chorusLu.chorus.centreFinancier !== undefined && sources['chorus.centreFinancier'] !== undefined
      ? { valeur: chorusLu.chorus.centreFinancier, ligne: sources['chorus.centreFinancier'] }
      : null;
  const programme = noter('programme', tenter(() => lireProgramme(doc, [uoTrouve, centreFinancier]), null));

  const plafondLu = tenter(() => lirePlafond(doc), null);
  if (plafondLu) Object.assign(sources, plafondLu.sources);
  const montantFast = noter('montantFast', tenter(() => lireMontantFast(doc, type), null));

  const tableaux = tenter(() => tableauxEcheancier(doc), []);
  const choix = tenter(() => choisirEcheancier(doc, tableaux, type), {});
  const tableau = choix.tableau;
  const lignesLues: LigneLue[] = tableau?.lignes ?? [];
  const { echeancier, sources: sourcesEcheancier } = versConvention(lignesLues);
  if (tableau) sources.echeancier = tableau.entete;
  Object.assign(sources, sourcesEcheancier);

  const startups = noter('startups', tenter(() => lireStartups(doc), null));
  const incubateur = noter('incubateur', tenter(() => lireIncubateur(doc), null));
  const preavisMois = noter('preavisMois', tenter(() => lirePreavis(doc), null));
  const comitesSemestriels = noter('comitesSemestriels', tenter(() => lireComitesSemestriels(doc), null));
  const parAvenant = tenter(() => lireAnneesParAvenant(doc), null);
  if (parAvenant) {
    // The field's line is its first sentence; each year also keeps its own (`anneesParAvenant.0`).
    sources.anneesParAvenant = Math.min(...parAvenant.lignes);
    parAvenant.lignes.forEach((ligne, k) => (sources[`anneesParAvenant.${k}`] = ligne));
  }

  const avenantLu = type === 'avenant' ? tenter(() => lireAvenant(doc), null) : null;
  if (avenantLu) {
    Object.assign(sources, avenantLu.sources);
    // The field's line: where its first part was read.
    const lignes = Object.values(avenantLu.sources);
    if (lignes.length > 0) sources.avenant = Math.min(...lignes);
  }

  const id = options.id && options.id.trim() !== '' ? options.id.trim() : identifiant(delegant, dateSignature, doc.texte.lignes);
  const origine = versLignesOriginales(doc);
  const chorus = chorusLu.chorus;
  const convention: Convention = {
    id,
    type,
    delegant,
    delegataire,
    ...(autresParties.length > 0 ? { autresParties } : {}),
    ...(dateSignature !== undefined ? { dateSignature } : {}),
    ...(dateFin !== undefined ? { dateFin } : {}),
    ...(uo !== undefined ? { uo } : {}),
    ...(programme !== undefined ? { programme } : {}),
    ...(bop !== undefined ? { bop } : {}),
    ...(Object.keys(chorus).length > 0 ? { chorus } : {}),
    ...(plafondLu && Object.keys(plafondLu.plafond).length > 0 ? { plafond: plafondLu.plafond } : {}),
    ...(montantFast !== undefined ? { montantFast } : {}),
    echeancier,
    ...(startups !== undefined ? { startups } : {}),
    ...(incubateur !== undefined ? { incubateur } : {}),
    ...(preavisMois !== undefined ? { preavisMois } : {}),
    ...(comitesSemestriels !== undefined ? { comitesSemestriels } : {}),
    ...(parAvenant ? { anneesParAvenant: parAvenant.annees } : {}),
    ...(avenantLu ? { avenant: avenantLu.avenant } : {}),
    sources: origine.sources(sources),
  };

  const paires: MontantEnLettres[] = tenter(() => montantsEnLettres(doc), []).map((p) => ({
    chiffres: origine.valeur(p.chiffres),
    lettres: p.lettres,
    position: origine.position(p.position),
  }));
  const lu = tableau?.total;
  const total = lu ? { ae: origine.valeur(lu.ae), cp: origine.valeur(lu.cp), position: origine.position(lu.position) } : undefined;
  const vu = lignesLues.length === 0 ? tenter(() => echeancierVu(doc), null) : null;
  const echeancierNonLu = vu ? { position: { ligne: doc.ligneOrigine(vu.ligne) }, entete: vu.entete } : undefined;
  const contexte: ContexteRegle = {
    convention,
    echeancier: lignesLues.map(origine.ligne),
    ...(total ? { total } : {}),
    ...(parties.sansRole?.length
      ? { partiesSansRole: parties.sansRole.map((p) => ({ designation: p.valeur.sigle ?? p.valeur.nom ?? '', position: { ligne: doc.ligneOrigine(p.ligne) } })) }
      : {}),
    ...(choix.ambigu ? { echeanciersAvenant: choix.ambigu.map((ligne) => ({ ligne: doc.ligneOrigine(ligne) })) } : {}),
    ...(echeancierNonLu ? { echeancierNonLu } : {}),
    texte: doc.texte.lignes,
    ligneOrigine: doc.texte.ligneOrigine,
    montantsEnLettres: paires,
    aujourdhui: undefined,
    localiser: localisateur(convention.sources ?? {}),
  };
  return { convention, contexte };
}

/** The smallest valid reading, for a text nothing could be made of (or a reader bug). */
function lectureMinimale(texte: string, options: OptionsLecture): LectureConvention {
  const lignes = tenter(() => creerDocument(texte).texte.lignes, [] as string[]);
  const convention: Convention = {
    id: options.id && options.id.trim() !== '' ? options.id.trim() : tenter(() => identifiant({}, undefined, lignes), 'convention'),
    type: 'delegation-de-gestion',
    delegant: {},
    delegataire: {},
    echeancier: [],
    sources: {},
  };
  return {
    convention,
    contexte: { convention, echeancier: [], texte: lignes, montantsEnLettres: [], aujourdhui: undefined, localiser: () => null },
  };
}

/**
 * Reads a convention's text. Never throws: what cannot be read is absent from the convention
 * (or kept with its `probleme` in `contexte.echeancier`) for the rules to report.
 */
export function lireConvention(texte: string, options?: OptionsLecture): LectureConvention {
  const opts = options ?? {};
  const source = typeof texte === 'string' ? texte : String(texte ?? '');
  try {
    const lecture = lire(source, opts);
    // The model is the contract: a reading that would not validate falls back to the minimal one.
    return Convention.safeParse(lecture.convention).success ? lecture : lectureMinimale(source, opts);
  } catch {
    return lectureMinimale(source, opts);
  }
}
