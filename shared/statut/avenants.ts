// Years whose amounts the convention leaves to a future avenant and that still wait for it: the
// figures behind the `avenant-attendu` alert. Read from `convention.anneesParAvenant`, so a registry
// convention (no text) gets the alert as a convention read from its text does.
import type { Convention } from '../model';
import { bornes } from './calendrier';

/**
 * The years of `anneesParAvenant`, in increasing order and once each, that are inside the term
 * (signature year to end year), have no AE in the échéancier yet (an AE of 0 is a figure someone
 * wrote: the avenant is then signed or no longer needed) and are not over on `aujourdhui` (once a
 * year is past, its credits can no longer be opened for it: another alert must say what to do).
 */
export function anneesEnAttenteDAvenant(convention: Convention, aujourdhui: string): number[] {
  const renvoyees = Array.isArray(convention.anneesParAvenant) ? convention.anneesParAvenant : [];
  const { debut, fin } = bornes(convention);
  const premiere = Math.max(Number(aujourdhui.slice(0, 4)), debut ? Number(debut.slice(0, 4)) : -Infinity);
  const derniere = fin ? Number(fin.slice(0, 4)) : Infinity;
  const annees = new Set<number>();
  for (const annee of renvoyees) {
    if (!Number.isInteger(annee) || annee < premiere || annee > derniere) continue;
    if (convention.echeancier.some((l) => l.annee === annee && l.ae !== null)) continue;
    annees.add(annee);
  }
  return [...annees].sort((a, b) => a - b);
}
