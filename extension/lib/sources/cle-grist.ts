// The API key of a private Grist document: kept in the browser's storage.local only, never in the
// settings the options page reads back, never in the registry, an export or a message; sent as
// `Authorization: Bearer …` to the document's own origin and nowhere else.
import { browser } from 'wxt/browser';

const CLE_STOCKAGE = 'jauge.grist.cleApi';

/** Grist keys are 40 hex characters; any token of 8 to 200 URL-safe characters is accepted. */
export function cleGristValide(cle: string): boolean {
  return /^[A-Za-z0-9_.~+/=-]{8,200}$/.test(cle);
}

export async function lireCleGrist(): Promise<string | null> {
  const lu = await browser.storage.local.get(CLE_STOCKAGE);
  const cle = lu[CLE_STOCKAGE];
  return typeof cle === 'string' && cle !== '' ? cle : null;
}

/** Saves the key (null removes it). */
export async function ecrireCleGrist(cle: string | null): Promise<void> {
  if (cle === null) await browser.storage.local.remove(CLE_STOCKAGE);
  else await browser.storage.local.set({ [CLE_STOCKAGE]: cle });
}
