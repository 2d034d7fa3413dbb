// Client side of messages.ts, kept free of zod (only type imports) so content scripts stay small.
import { browser } from 'wxt/browser';
import type { Reponses, RequeteDe, Resultat, TypeRequete } from './messages';

/**
 * Sends a request to the background and returns its envelope. Never throws: a closed
 * background, an invalidated extension context or a malformed answer become `{ ok: false }`.
 */
export async function envoyer<T extends TypeRequete>(requete: RequeteDe<T>): Promise<Resultat<Reponses[T]>> {
  try {
    const reponse: unknown = await browser.runtime.sendMessage(requete);
    if (reponse && typeof reponse === 'object' && 'ok' in reponse) return reponse as Resultat<Reponses[T]>;
    return { ok: false, erreur: "L'extension n'a pas répondu." };
  } catch (e) {
    const texte = e instanceof Error ? e.message : String(e);
    if (/context invalidated/i.test(texte)) {
      return { ok: false, erreur: "L'extension a été mise à jour : rechargez la page." };
    }
    return { ok: false, erreur: `L'extension n'a pas pu répondre (${texte}).` };
  }
}
