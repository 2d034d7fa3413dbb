// Host permission for the user's registry origin, asked at run time (optional_host_permissions).
// It must be called straight from the click/submit handler, before any other await, or the
// browser no longer sees a user gesture and refuses to show its prompt.
import { browser } from 'wxt/browser';
import { motifOrigine } from '../../lib/messages';

export type ResultatAcces = { ok: true; motif: string } | { ok: false; erreur: string };

export async function demanderAcces(url: string): Promise<ResultatAcces> {
  const motif = motifOrigine(url);
  if (!motif) return { ok: false, erreur: 'Adresse invalide : elle doit commencer par https://' };
  try {
    const accorde = await browser.permissions.request({ origins: [motif] });
    if (accorde) return { ok: true, motif };
    return {
      ok: false,
      erreur: `Accès refusé : sans la permission de lire ${origineLisible(motif)}, Jauge ne peut pas télécharger ce registre.`,
    };
  } catch (e) {
    return { ok: false, erreur: `Le navigateur n'a pas pu demander l'accès à ${origineLisible(motif)} (${e instanceof Error ? e.message : String(e)}).` };
  }
}

/** Gives back an origin's permission when its URL is removed; failures do not matter. */
export async function retirerAcces(url: string): Promise<void> {
  const motif = motifOrigine(url);
  if (!motif || motif === 'https://beta.gouv.fr/*') return; // required permission, never removed
  try {
    await browser.permissions.remove({ origins: [motif] });
  } catch {
    // the permission was not granted, or the API is missing: nothing to give back
  }
}

function origineLisible(motif: string): string {
  return motif.replace(/\/\*$/, '');
}
