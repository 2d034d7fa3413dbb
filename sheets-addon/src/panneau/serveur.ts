// The one way the sidebar talks to the server: google.script.run wrapped in typed promises, checked
// against ApiServeur (../contrat.ts), so a renamed server function or a wrong argument fails the typecheck.
import type { ApiServeur } from '../contrat';

type Reussite = (resultat: unknown) => void;
type Echec = (erreur: unknown) => void;
/** The part of HtmlService's client API the sidebar uses. */
interface Executeur {
  withSuccessHandler(f: Reussite): Executeur;
  withFailureHandler(f: Echec): Executeur;
  [fonction: string]: unknown;
}

declare global {
  // Provided by HtmlService inside Google Sheets (and by a stand-in in the end-to-end tests).
  var google: { script: { run: Executeur } } | undefined;
}

export type NomServeur = keyof ApiServeur;

/** Calls a server function; resolves with its result, rejects with an Error carrying a French message. */
export function appeler<K extends NomServeur>(nom: K, ...args: Parameters<ApiServeur[K]>): Promise<ReturnType<ApiServeur[K]>> {
  return new Promise((resolve, reject) => {
    const run = globalThis.google?.script?.run;
    if (!run) {
      reject(new Error('Le panneau doit être ouvert depuis Google Sheets (Extensions › Jauge › Ouvrir le panneau).'));
      return;
    }
    const executeur = run
      .withSuccessHandler((resultat) => resolve(resultat as ReturnType<ApiServeur[K]>))
      .withFailureHandler((erreur) => reject(versErreur(erreur)));
    const fonction = executeur[nom];
    if (typeof fonction !== 'function') {
      reject(new Error(`Le serveur ne propose pas la fonction « ${nom} » : mettez à jour le module Jauge.`));
      return;
    }
    (fonction as (...a: unknown[]) => void).apply(executeur, args);
  });
}

function versErreur(e: unknown): Error {
  if (e instanceof Error) return e;
  const message = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return new Error(message || 'Le serveur n\u2019a pas répondu.');
}
