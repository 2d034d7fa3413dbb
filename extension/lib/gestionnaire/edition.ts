// A person's edits, checked as an import is: the one schema first (a value it refuses is named at its
// field), then the rules. A rule error the edit brings (on a changed field, or a finding the version
// before did not have) refuses the save; a warning it brings is shown at its field and must be
// accepted knowingly (`confirmer`). Findings the reading already had never block: the document says
// what it says. Saved edits carry their marks (shared/registre/modifications).
import type { Constat, Convention, Execution } from '../../../shared/model';
import { Convention as SchemaConvention } from '../../../shared/model';
import { contexteDepuisConvention } from '../../../shared/modele/contexte';
import { raisonIssue } from '../../../shared/registre/json';
import { champsModifies, marquerModifications } from '../../../shared/registre/modifications';
import { majusculeInitiale } from '../../../shared/texte';
import { verifier } from '../../../shared/verifier';
import { ZOD_FR, type ErreurChamp, type RefusEdition, type Reponses, type RequeteDe, type VerificationConvention } from '../messages';
import type { Etat } from './etat';

export interface Edition extends VerificationConvention {
  /** The convention as the schema reads it, when it does. */
  convention?: Convention;
  /** A value the schema refuses, or a rule error the edit brings. */
  bloquant: boolean;
  /** Warnings the edit brings, to accept before saving. */
  aConfirmer: boolean;
}

const cleConstat = (c: Constat): string => `${c.regle}|${c.position?.champ ?? ''}`;
const surChamp = (champ: string | undefined, modifies: readonly string[]): boolean =>
  champ !== undefined && modifies.some((m) => champ === m || champ.startsWith(`${m}.`));

/** Reads an unknown value as a convention, or null (a reference that does not parse is no reference). */
export function conventionOuNull(valeur: unknown): Convention | null {
  const lu = SchemaConvention.safeParse(valeur);
  return lu.success ? lu.data : null;
}

/** Checks a convention as edited against the version before the edit (`reference`), if any. */
export function verifierEdition(brute: unknown, reference: Convention | null, aujourdhui: string, execution?: Execution): Edition {
  const lu = SchemaConvention.safeParse(brute, ZOD_FR);
  if (!lu.success) {
    const erreurs: ErreurChamp[] = lu.error.issues.map((issue) => ({ champ: issue.path.map(String).join('.'), message: majusculeInitiale(raisonIssue(issue, brute)) }));
    return { erreurs, constats: [], modifies: [], bloquant: true, aConfirmer: false };
  }
  const convention = lu.data;
  const modifies = reference ? champsModifies(reference, convention) : [];
  const constats = verifier(contexteDepuisConvention(convention, execution, aujourdhui));
  const avant = new Set(reference ? verifier(contexteDepuisConvention(reference, execution, aujourdhui)).map(cleConstat) : constats.map(cleConstat));
  const apportes = constats.filter((c) => c.gravite !== 'information' && (!avant.has(cleConstat(c)) || surChamp(c.position?.champ, modifies)));
  const bloquant = apportes.some((c) => c.gravite === 'erreur');
  return { convention, erreurs: [], constats, modifies, bloquant, aConfirmer: !bloquant && apportes.length > 0 };
}

/** What a refused edit answers: the checks, and whether accepting the warnings is all that is missing. */
export function refus(e: Edition): RefusEdition {
  return { ok: false, erreurs: e.erreurs, constats: e.constats, modifies: e.modifies, aConfirmer: !e.bloquant && e.aConfirmer };
}

export async function verifierConventionEditee(etat: Etat, r: RequeteDe<'verifier-convention'>): Promise<Reponses['verifier-convention']> {
  const reference = r.reference === undefined ? null : conventionOuNull(r.reference);
  const id = reference?.id;
  const execution = id ? await etat.db.executions.get(id) : undefined;
  const { erreurs, constats, modifies } = verifierEdition(r.convention, reference, etat.aujourdhui(), execution);
  return { erreurs, constats, modifies };
}

export async function modifierConvention(etat: Etat, r: RequeteDe<'modifier-convention'>): Promise<Reponses['modifier-convention']> {
  const brute = r.convention as { id?: unknown } | null;
  const id = brute && typeof brute === 'object' && typeof brute.id === 'string' ? brute.id : '';
  const stockee = id ? await etat.db.conventions.get(id) : undefined;
  if (!stockee) {
    const message = "Cette convention n'est plus enregistrée (une synchronisation ou une réinitialisation l'a retirée) : rien n'a été modifié.";
    return { ok: false, erreurs: [{ champ: '', message }], constats: [], modifies: [], aConfirmer: false };
  }
  // What the store keeps beside the registry's fields: where it came from, and the sync's differences
  // waiting for the person's choice (lib/sources/fusion), which an edit does not settle.
  const { origine, provenance, ecartsSource, ...reference } = stockee;
  const execution = await etat.db.executions.get(id);
  const aujourdhui = etat.aujourdhui();
  const e = verifierEdition(r.convention, reference, aujourdhui, execution);
  if (!e.convention || e.bloquant || (e.aConfirmer && !r.confirmer)) return refus(e);
  const marquee = marquerModifications(reference, e.convention, aujourdhui);
  await etat.db.conventions.put({ ...marquee, ...(origine && { origine }), ...(provenance && { provenance }), ...(ecartsSource && { ecartsSource }) });
  etat.invalider();
  return { ok: true, convention: marquee };
}

export async function referentielBetaGouv(etat: Etat): Promise<Reponses['referentiel-betagouv']> {
  const registre = await etat.registre();
  return {
    startups: registre.startups.map(({ slug, nom, incubateur, anciensSlugs }) => ({
      slug,
      nom,
      ...(incubateur && { incubateur }),
      ...(anciensSlugs && { anciensSlugs }),
    })),
    incubateurs: registre.incubateurs,
  };
}
