// A synced convention meets what a person changed by hand (`modificationsManuelles`): the source's
// values are taken except for the fields the person edited, whose values stay; when the source now
// gives, for such a field, a value that differs both from the person's and from the value the person
// saw when they edited it (`valeurLue`), the difference is recorded (`ecartsSource`) for the person
// to choose, in the options page. Never a silent overwrite. Pure functions on plain objects.
import type { Convention } from '../../../shared/model';
import { memeValeur, valeurAuChemin } from '../../../shared/registre/modifications';

/** What a sync saw in the source for an edited field, waiting for the person's choice. */
export interface EcartSource {
  valeurSource: unknown;
  /** ISO date-time of the sync that first saw this value. */
  le: string;
}
export type EcartsSource = Record<string, EcartSource>;

/** A stored convention may carry its open differences with the source (ours, not the registry format's). */
export type AvecEcarts = Convention & { ecartsSource?: EcartsSource };

const segments = (chemin: string) => chemin.split('.');

/** A copy of `objet` with `valeur` at `chemin` (undefined removes the field); containers are copied, never shared. */
export function avecValeur<T extends object>(objet: T, chemin: string, valeur: unknown): T {
  const [tete, ...reste] = segments(chemin) as [string, ...string[]];
  const copie = (Array.isArray(objet) ? [...objet] : { ...objet }) as Record<string, unknown>;
  if (reste.length === 0) {
    if (valeur === undefined) delete copie[tete];
    else copie[tete] = structuredClone(valeur);
    return copie as T;
  }
  const dedans = copie[tete];
  if (dedans === null || typeof dedans !== 'object') {
    if (valeur === undefined) return copie as T;
    copie[tete] = avecValeur({}, reste.join('.'), valeur);
  } else copie[tete] = avecValeur(dedans as object, reste.join('.'), valeur);
  return copie as T;
}

export interface Fusion {
  convention: AvecEcarts;
  /** The person's values were kept where the source gives others. */
  gardee: boolean;
}

/**
 * The convention to store when a sync brings `source` and the database holds `avant`. The source's
 * own `modificationsManuelles` (someone else's edits, elsewhere) are not taken: the marks in this
 * database are this person's, and only theirs protect a field.
 */
export function fusionnerConvention(avant: AvecEcarts | undefined, source: Convention, le: string): Fusion {
  const { modificationsManuelles: _autres, ...depuisSource } = source;
  const marques = avant?.modificationsManuelles;
  if (!avant || !marques || Object.keys(marques).length === 0) return { convention: depuisSource, gardee: false };
  let convention: AvecEcarts = { ...depuisSource, modificationsManuelles: marques };
  const ecarts: EcartsSource = {};
  let gardee = false;
  for (const [champ, marque] of Object.entries(marques)) {
    const mienne = valeurAuChemin(avant, champ);
    const delaSource = valeurAuChemin(source, champ);
    convention = avecValeur(convention, champ, mienne ?? undefined);
    if (memeValeur(delaSource, mienne)) continue;
    gardee = true;
    // The source still says what the person saw when they edited: nothing new to decide.
    if (memeValeur(delaSource, marque.valeurLue)) continue;
    const deja = avant.ecartsSource?.[champ];
    ecarts[champ] = { valeurSource: delaSource, le: deja && memeValeur(deja.valeurSource, delaSource) ? deja.le : le };
  }
  if (Object.keys(ecarts).length > 0) convention.ecartsSource = ecarts;
  return { convention, gardee };
}

/**
 * The person's choice for one edited field: `mienne` keeps their value and records the source's as
 * seen (it will not be asked again until the source changes it; the date of the edit stays); `source` takes the source's value,
 * and the field is no longer an edit. Null when the field has no open difference.
 */
export function resoudreEcart(c: AvecEcarts, champ: string, choix: 'mienne' | 'source'): AvecEcarts | null {
  const ecart = c.ecartsSource?.[champ];
  const marque = c.modificationsManuelles?.[champ];
  if (!ecart || !marque) return null;
  const { [champ]: _resolu, ...autresEcarts } = c.ecartsSource!;
  const { [champ]: _marque, ...autresMarques } = c.modificationsManuelles!;
  let suite: AvecEcarts = { ...c };
  if (choix === 'mienne') {
    suite.modificationsManuelles = { ...c.modificationsManuelles, [champ]: { ...marque, valeurLue: ecart.valeurSource } };
  } else {
    suite = avecValeur(suite, champ, ecart.valeurSource === null ? undefined : ecart.valeurSource);
    if (Object.keys(autresMarques).length > 0) suite.modificationsManuelles = autresMarques;
    else delete suite.modificationsManuelles;
  }
  if (Object.keys(autresEcarts).length > 0) suite.ecartsSource = autresEcarts;
  else delete suite.ecartsSource;
  return suite;
}
