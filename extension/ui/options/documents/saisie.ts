// The review form's values for one convention read from a document, and their application back
// onto the convention: what the user corrected is read like the reader reads a document
// (French dates, amounts as typed), and anything unreadable is a French error naming the field.
import { lireDate } from '../../../../shared/dates';
import { formaterMontant, lireMontant } from '../../../../shared/montant';
import type { Convention } from '../../../../shared/model';

export interface SaisieEcheancier {
  annee: number;
  ae: string;
  cp: string;
}

export interface Saisie {
  delegant: string;
  delegataire: string;
  dateSignature: string;
  dateFin: string;
  uo: string;
  programme: string;
  echeancier: SaisieEcheancier[];
}

/** The simple fields of the review, with their label and their key in `convention.sources`. */
export const CHAMPS_SIMPLES = [
  { cle: 'delegant', source: 'delegant.sigle', libelle: 'Délégant (sigle)' },
  { cle: 'delegataire', source: 'delegataire.sigle', libelle: 'Délégataire (sigle)' },
  { cle: 'dateSignature', source: 'dateSignature', libelle: 'Date de signature' },
  { cle: 'dateFin', source: 'dateFin', libelle: 'Date de fin' },
  { cle: 'uo', source: 'uo', libelle: 'Unité opérationnelle (UO)' },
  { cle: 'programme', source: 'programme', libelle: 'Programme' },
] as const satisfies readonly { cle: Exclude<keyof Saisie, 'echeancier'>; source: string; libelle: string }[];

const montant = (centimes: number | null | undefined): string => (centimes === null || centimes === undefined ? '' : formaterMontant(centimes));

export function saisieInitiale(c: Convention): Saisie {
  return {
    delegant: c.delegant.sigle ?? '',
    delegataire: c.delegataire.sigle ?? '',
    dateSignature: c.dateSignature ?? '',
    dateFin: c.dateFin ?? '',
    uo: c.uo ?? '',
    programme: c.programme ?? '',
    echeancier: c.echeancier.map((l) => ({ annee: l.annee, ae: montant(l.ae), cp: montant(l.cp) })),
  };
}

export type ResultatSaisie = { ok: true; convention: Convention } | { ok: false; erreurs: string[] };

/** The convention as the user confirmed it; the reader's other fields (Chorus, startups, sources…) are kept. */
export function appliquerSaisie(c: Convention, s: Saisie): ResultatSaisie {
  const erreurs: string[] = [];
  /** A corrected value read as a document's would be; empty is absent; unreadable is an error naming its field. */
  function lire<T>(valeur: string, libelle: string, lecteur: (s: string) => { ok: true; v: T } | { ok: false; erreur: string }): T | undefined {
    if (valeur.trim() === '') return undefined;
    const lu = lecteur(valeur);
    if (lu.ok) return lu.v;
    erreurs.push(`${libelle} : ${lu.erreur}`);
    return undefined;
  }
  const date = (valeur: string, libelle: string) => lire(valeur, libelle, (t) => ((r) => (r.ok ? { ok: true as const, v: r.date } : r))(lireDate(t)));
  const centimes = (valeur: string, libelle: string) => lire(valeur, libelle, (t) => ((r) => (r.ok ? { ok: true as const, v: r.centimes } : r))(lireMontant(t))) ?? null;
  const texte = (valeur: string): string | undefined => (valeur.trim() === '' ? undefined : valeur.trim());
  const { dateSignature: _s, dateFin: _f, uo: _u, programme: _p, ...reste } = c;
  const dateSignature = date(s.dateSignature, 'Date de signature');
  const dateFin = date(s.dateFin, 'Date de fin');
  const uo = texte(s.uo);
  const programme = texte(s.programme);
  const convention: Convention = {
    ...reste,
    delegant: { ...c.delegant, ...(texte(s.delegant) ? { sigle: texte(s.delegant) } : {}) },
    delegataire: { ...c.delegataire, ...(texte(s.delegataire) ? { sigle: texte(s.delegataire) } : {}) },
    ...(dateSignature ? { dateSignature } : {}),
    ...(dateFin ? { dateFin } : {}),
    ...(uo ? { uo } : {}),
    ...(programme ? { programme } : {}),
    echeancier: s.echeancier.map((l) => ({
      annee: l.annee,
      ae: centimes(l.ae, `AE ${l.annee}`),
      cp: centimes(l.cp, `CP ${l.annee}`),
    })),
  };
  if (dateSignature && dateFin && dateFin < dateSignature) erreurs.push('Date de fin : elle précède la date de signature.');
  return erreurs.length ? { ok: false, erreurs } : { ok: true, convention };
}
