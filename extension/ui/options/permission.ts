// Host permissions for the user's registry, asked at run time (optional host permissions): every
// host its chain needs (a published Google Sheet: docs.google.com and *.googleusercontent.com),
// in one prompt, so the user grants them once, knowingly. It must be called straight from the
// click/submit handler, before any other await, or the browser no longer sees a user gesture and
// refuses to show its prompt.
import { browser } from 'wxt/browser';

export type ResultatAcces = { ok: true; motifs: string[] } | { ok: false; erreur: string };

/** Permissions the extension always has: never asked, never given back. */
const OBLIGATOIRES = new Set(['https://beta.gouv.fr/*']);

export async function demanderAcces(motifs: string[]): Promise<ResultatAcces> {
  if (motifs.length === 0) return { ok: false, erreur: 'Adresse invalide : elle doit commencer par https://' };
  try {
    const accorde = await browser.permissions.request({ origins: motifs });
    if (accorde) return { ok: true, motifs };
    return {
      ok: false,
      erreur: `Accès refusé : sans la permission de lire ${listeLisible(motifs)}, Jauge ne peut pas télécharger ce registre.`,
    };
  } catch (e) {
    return { ok: false, erreur: `Le navigateur n'a pas pu demander l'accès à ${listeLisible(motifs)} (${e instanceof Error ? e.message : String(e)}).` };
  }
}

/** Gives back the hosts of a registry no longer synced (except those still needed); failures do not matter. */
export async function retirerAcces(motifs: string[], encoreUtiles: string[] = []): Promise<void> {
  const aRendre = motifs.filter((m) => !OBLIGATOIRES.has(m) && !encoreUtiles.includes(m));
  if (aRendre.length === 0) return;
  try {
    await browser.permissions.remove({ origins: aRendre });
  } catch {
    // not granted, or the API is missing: nothing to give back
  }
}

/** `https://docs.google.com et https://*.googleusercontent.com`. */
export function listeLisible(motifs: string[]): string {
  const noms = motifs.map((m) => m.replace(/\/\*$/, ''));
  return noms.length <= 1 ? (noms[0] ?? '') : `${noms.slice(0, -1).join(', ')} et ${noms[noms.length - 1]}`;
}
