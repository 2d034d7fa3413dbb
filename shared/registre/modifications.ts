// What a person changed by hand in a convention, field by field, and the mark each change leaves
// (`Convention.modificationsManuelles`): the value first read, kept through later edits, and the day
// of the last change. A value edited back to what was read loses its mark. The same field paths as
// `sources` and as the rules' positions (`dateFin`, `chorus.centreFinancier`, `echeancier`…).
import type { Convention, ModificationManuelle } from '../model';

/** Every field a person can edit, by path (an échéancier, a list of startups is one field). */
export const CHAMPS_MODIFIABLES = [
  'type',
  'titre',
  'delegant.sigle',
  'delegant.nom',
  'delegataire.sigle',
  'delegataire.nom',
  'autresParties',
  'dateSignature',
  'dateFin',
  'uo',
  'programme',
  'bop',
  'chorus.axeMinisteriel1',
  'chorus.axeMinisteriel2',
  'chorus.domaineFonctionnel',
  'chorus.centreFinancier',
  'chorus.activites',
  'chorus.centreDeCout',
  'plafond.ae',
  'plafond.cp',
  'montantFast',
  'echeancier',
  'startups',
  'incubateur',
] as const;
export type ChampModifiable = (typeof CHAMPS_MODIFIABLES)[number];

/** The value at a field path (`chorus.centreFinancier`), null when absent (an empty list is absent too). */
export function valeurAuChemin(c: Convention, chemin: string): unknown {
  let v: unknown = c;
  for (const cle of chemin.split('.')) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[cle];
  }
  if (v === undefined || (Array.isArray(v) && v.length === 0)) return null;
  return v;
}

/** Keys in a fixed order, so that two equal values compare equal whatever order they were built in. */
function canonique(v: unknown): string {
  return JSON.stringify(v, (_cle, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );
}

export function memeValeur(a: unknown, b: unknown): boolean {
  return canonique(a ?? null) === canonique(b ?? null);
}

/** The editable fields whose value differs from one version of a convention to the other. */
export function champsModifies(avant: Convention, apres: Convention): ChampModifiable[] {
  return CHAMPS_MODIFIABLES.filter((chemin) => !memeValeur(valeurAuChemin(avant, chemin), valeurAuChemin(apres, chemin)));
}

/**
 * `apres` with its marks: each field changed from `avant` is marked with the value first read (the one
 * `avant` kept if it was already marked, else `avant`'s value) and `le`; a field brought back to what
 * was first read is unmarked; the other marks of `avant` are kept, and the text lines (`sources`) of
 * the changed fields are dropped. `le` is an ISO date.
 */
export function marquerModifications(avant: Convention, apres: Convention, le: string): Convention {
  const marques: Record<string, ModificationManuelle> = { ...avant.modificationsManuelles };
  const modifies = champsModifies(avant, apres);
  for (const chemin of modifies) {
    const valeurLue = chemin in marques ? marques[chemin]!.valeurLue : valeurAuChemin(avant, chemin);
    if (memeValeur(valeurLue, valeurAuChemin(apres, chemin))) delete marques[chemin];
    else marques[chemin] = { valeurLue: valeurLue ?? null, le };
  }
  const { modificationsManuelles: _anciennes, sources, ...reste } = apres;
  // A changed value was not read from that line any more: its source goes, the mark says where it came from.
  const gardees = Object.entries(sources ?? {}).filter(([cle]) => !modifies.some((m) => cle === m || cle.startsWith(`${m}.`)));
  return {
    ...reste,
    ...(gardees.length > 0 && { sources: Object.fromEntries(gardees) }),
    ...(Object.keys(marques).length > 0 && { modificationsManuelles: marques }),
  };
}
