// Import (registry JSON/CSV, or a convention text shown for review first) and export.
import { detecterFormat } from '../../../shared/lecture/detection';
import { lireConvention } from '../../../shared/lecture/convention';
import { estReconnaissable } from '../../../shared/lecture/convention/reconnaissable';
import { ecrireRegistreCsv, ecrireRegistreJson, lireRegistreCsv, lireRegistreJson, type Registre } from '../../../shared/registre/format';
import { statut } from '../../../shared/statut';
import { verifier } from '../../../shared/verifier';
import type { Convention } from '../../../shared/model';
import { libelleChamp } from '../../../shared/champs';
import { marquerModifications } from '../../../shared/registre/modifications';
import { nomCourt } from '../../../shared/registre/nom';
import type { ApercuConvention, ErreurImport, RefusEdition, Reponses, RequeteDe } from '../messages';
import { conventionOuNull, refus, verifierEdition } from './edition';
import { resumerConvention } from '../resume';
import { startupsParCle } from '../../../shared/registre/liens';
import { enregistrerRegistre, RegistreRefuse } from '../stockage';
import type { ConventionStockee } from '../db';
import type { Etat } from './etat';

type Format = 'json' | 'csv' | 'texte';

/** The format from the file's extension, else from its content. */
export function devinerFormat(contenu: string, nomFichier?: string): Format | { erreur: string } {
  const extension = nomFichier?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  if (extension === 'txt' || extension === 'md') return 'texte';
  const detecte = detecterFormat(contenu);
  if (detecte === 'registre-json') return 'json';
  if (detecte === 'registre-csv') return 'csv';
  if (detecte === 'convention') return 'texte';
  return {
    erreur:
      "Ce fichier ressemble à un échéancier seul : importez un registre (JSON, ou CSV d'une ligne par convention et par année avec les colonnes id, annee, ae, cp) ou le texte d'une convention.",
  };
}

async function importerTexte(etat: Etat, r: RequeteDe<'importer'>): Promise<Reponses['importer']> {
  const aujourdhui = etat.aujourdhui();
  const lecture = lireConvention(r.contenu);
  if (!estReconnaissable(lecture.convention)) {
    return {
      ok: false,
      erreurs: [{ message: "Ce texte ne ressemble pas à une convention : ni ses parties ni ses dates ou montants n'ont pu être lus." }],
    };
  }
  lecture.contexte.aujourdhui = aujourdhui;
  const constats = verifier(lecture.contexte);
  const reglages = await etat.reglages();
  const s = statut(lecture.convention, undefined, aujourdhui, { constats, clotures: reglages.clotures });
  const registre = await etat.registre();
  const apercu: ApercuConvention = {
    convention: lecture.convention,
    constats,
    statut: s,
    resume: resumerConvention(lecture.convention, s, {
      nombreConstats: constats.length,
      startups: startupsParCle(registre.startups),
    }),
  };
  if (!r.confirmer) return { ok: true, enregistre: false, apercu };
  const refus = await enregistrerOuRefuser(etat, { version: 1, conventions: [lecture.convention], executions: [], startups: [], incubateurs: [] }, r.nomFichier);
  if (refus) return refus;
  return { ok: true, enregistre: true, nombre: 1, apercu };
}

/** Writes an imported registry; the database's own check (the same schema) answers as a refusal, not a crash. */
async function enregistrerOuRefuser(etat: Etat, registre: Registre, nomFichier?: string): Promise<{ ok: false; erreurs: ErreurImport[] } | null> {
  try {
    await enregistrerRegistre(etat.db, registre, { origine: 'import', ...(nomFichier && { provenance: { nom: nomFichier } }) });
  } catch (e) {
    if (e instanceof RegistreRefuse) return { ok: false, erreurs: e.erreurs };
    throw e;
  }
  etat.invalider();
  return null;
}

export async function importer(etat: Etat, r: RequeteDe<'importer'>): Promise<Reponses['importer']> {
  if (r.contenu.trim() === '') return { ok: false, erreurs: [{ message: 'Le fichier est vide.' }] };
  const format = r.format ?? devinerFormat(r.contenu, r.nomFichier);
  if (typeof format === 'object') return { ok: false, erreurs: [{ message: format.erreur }] };
  if (format === 'texte') return importerTexte(etat, r);
  const lu = format === 'json' ? lireRegistreJson(r.contenu) : lireRegistreCsv(r.contenu);
  if (!lu.ok) return { ok: false, erreurs: lu.erreurs };
  // All or nothing: the registry was fully validated above, and is written in one transaction.
  const refus = await enregistrerOuRefuser(etat, lu.registre, r.nomFichier);
  if (refus) return refus;
  return { ok: true, enregistre: true, nombre: lu.registre.conventions.length };
}

/**
 * Saves conventions read from documents once the person has reviewed them: each is checked as an edit
 * of what was read (the schema, then the rules: see edition.ts), and the batch is written in one
 * transaction, so a single refused one saves none. The corrected fields are marked.
 */
export async function enregistrerConventions(etat: Etat, r: RequeteDe<'enregistrer-conventions'>): Promise<Reponses['enregistrer-conventions']> {
  const aujourdhui = etat.aujourdhui();
  const conventions: Convention[] = [];
  const erreurs: ErreurImport[] = [];
  const verifications: (RefusEdition | null)[] = [];
  for (const { nomFichier, convention, lue } of r.conventions) {
    const reference = lue === undefined ? null : conventionOuNull(lue);
    const e = verifierEdition(convention, reference, aujourdhui);
    const refuse = !e.convention || e.bloquant || (e.aConfirmer && !r.confirmer);
    verifications.push(refuse ? refus(e) : null);
    if (!refuse) conventions.push(reference ? marquerModifications(reference, e.convention!, aujourdhui) : e.convention!);
    for (const x of e.erreurs) erreurs.push({ message: `« ${nomFichier} », ${libelleChamp(x.champ).replace(/^./, (c) => c.toLowerCase())} : ${x.message}` });
    if (e.bloquant && e.erreurs.length === 0) erreurs.push({ message: `« ${nomFichier} » : une correction crée une erreur, signalée à son champ.` });
  }
  if (verifications.some((v) => v !== null)) {
    if (erreurs.length === 0) erreurs.push({ message: 'Des corrections appellent des constats, signalés à leurs champs : confirmez-les pour enregistrer.' });
    return { ok: false, erreurs, verifications };
  }
  const ids = conventions.map((c) => c.id);
  const doublon = ids.find((id, i) => ids.indexOf(id) !== i);
  if (doublon) {
    const nom = conventions.find((c) => c.id === doublon)!;
    return { ok: false, erreurs: [{ message: `Deux conventions du lot sont la même (${nomCourt(nom)}) : corrigez le délégant ou la date de signature de l'une d'elles, ou retirez-en une.` }] };
  }
  // A document says nothing of the startups a registry linked to its convention, nor of its
  // execution: re-importing the signed PDF of a known convention keeps both (links are carried
  // over, the execution table is not touched). One transaction: all the batch, or nothing.
  const db = etat.db;
  await db.transaction('rw', db.conventions, async () => {
    const existantes = await db.conventions.bulkGet(ids);
    const fusionnees = conventions.map((c, i): ConventionStockee => {
      const avant = existantes[i];
      const source = { origine: 'import' as const, provenance: { nom: r.conventions[i]!.nomFichier } };
      if (!avant) return { ...c, ...source };
      return {
        ...c,
        ...(!c.startups?.length && avant.startups?.length ? { startups: avant.startups } : {}),
        ...(!c.incubateur && avant.incubateur ? { incubateur: avant.incubateur } : {}),
        ...source,
      };
    });
    await db.conventions.bulkPut(fusionnees);
  });
  etat.invalider();
  return { ok: true, nombre: conventions.length };
}

export async function exporter(etat: Etat, r: RequeteDe<'exporter'>): Promise<Reponses['exporter']> {
  const aujourdhui = etat.aujourdhui();
  const registre = { ...(await etat.registre()), genereLe: aujourdhui };
  if (r.format === 'json') {
    return { nomFichier: `jauge-registre-${aujourdhui}.json`, contenu: ecrireRegistreJson(registre), type: 'application/json' };
  }
  return { nomFichier: `jauge-registre-${aujourdhui}.csv`, contenu: ecrireRegistreCsv(registre), type: 'text/csv;charset=utf-8' };
}
