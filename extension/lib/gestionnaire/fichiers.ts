// Import (registry JSON/CSV, or a convention text shown for review first) and export.
import { detecterFormat } from '../../../shared/cli/detection';
import { lireConvention } from '../../../shared/lecture/convention';
import { ecrireRegistreCsv, ecrireRegistreJson, lireRegistreCsv, lireRegistreJson, type Registre } from '../../../shared/registre/format';
import { statut } from '../../../shared/statut';
import { verifier } from '../../../shared/verifier';
import type { Convention } from '../../../shared/model';
import type { ApercuConvention, ErreurImport, Reponses, RequeteDe } from '../messages';
import { resumerConvention } from '../resume';
import { startupsParCle } from '../../../shared/registre/liens';
import { enregistrerRegistre, RegistreRefuse } from '../stockage';
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

/** A text from which nothing identifying was read is not a convention. */
function estReconnaissable(c: Convention): boolean {
  const partie = Boolean(c.delegant.sigle || c.delegant.nom || c.delegataire.sigle || c.delegataire.nom);
  return partie && Boolean(c.dateSignature || c.dateFin || c.echeancier.length > 0 || c.montantFast !== undefined);
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
  const refus = await enregistrerOuRefuser(etat, { version: 1, conventions: [lecture.convention], executions: [], startups: [], incubateurs: [] });
  if (refus) return refus;
  return { ok: true, enregistre: true, nombre: 1, apercu };
}

/** Writes an imported registry; the database's own check (the same schema) answers as a refusal, not a crash. */
async function enregistrerOuRefuser(etat: Etat, registre: Registre): Promise<{ ok: false; erreurs: ErreurImport[] } | null> {
  try {
    await enregistrerRegistre(etat.db, registre, { origine: 'import' });
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
  const refus = await enregistrerOuRefuser(etat, lu.registre);
  if (refus) return refus;
  return { ok: true, enregistre: true, nombre: lu.registre.conventions.length };
}

export async function exporter(etat: Etat, r: RequeteDe<'exporter'>): Promise<Reponses['exporter']> {
  const aujourdhui = etat.aujourdhui();
  const registre = { ...(await etat.registre()), genereLe: aujourdhui };
  if (r.format === 'json') {
    return { nomFichier: `jauge-registre-${aujourdhui}.json`, contenu: ecrireRegistreJson(registre), type: 'application/json' };
  }
  return { nomFichier: `jauge-registre-${aujourdhui}.csv`, contenu: ecrireRegistreCsv(registre), type: 'text/csv;charset=utf-8' };
}
