// The one way a sidebar talks to its server: google.script.run wrapped in typed promises, checked
// against the host's API type (its contrat.ts), so a renamed server function or a wrong argument fails
// the typecheck. Each host's sidebar binds it to its API (sheets/panneau/serveur.ts, docs/panneau/serveur.ts).

type Reussite = (resultat: unknown) => void;
type Echec = (erreur: unknown) => void;
/** The part of HtmlService's client API the sidebars use. */
interface Executeur {
  withSuccessHandler(f: Reussite): Executeur;
  withFailureHandler(f: Echec): Executeur;
  [fonction: string]: unknown;
}

declare global {
  // Provided by HtmlService inside Google Sheets or Docs (and by a stand-in in the end-to-end tests).
  var google: { script: { run: Executeur } } | undefined;
}

/**
 * A typed caller for one host: `appeler(nom, ...args)` resolves with the server function's result and
 * rejects with an Error carrying a French message. `horsHote` says where the sidebar must be opened from.
 */
export function creerAppel<Api extends { [K in keyof Api]: (...args: never[]) => unknown }>(horsHote: string) {
  return function appeler<K extends keyof Api & string>(nom: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
    return new Promise((resolve, reject) => {
      const run = globalThis.google?.script?.run;
      if (!run) {
        reject(new Error(horsHote));
        return;
      }
      const executeur = run
        .withSuccessHandler((resultat) => resolve(resultat as ReturnType<Api[K]>))
        .withFailureHandler((erreur) => reject(versErreur(erreur)));
      const fonction = executeur[nom];
      if (typeof fonction !== 'function') {
        reject(new Error(`Le serveur ne propose pas la fonction « ${nom} » : mettez à jour le module Jauge.`));
        return;
      }
      (fonction as (...a: unknown[]) => void).apply(executeur, args);
    });
  };
}

function versErreur(e: unknown): Error {
  if (e instanceof Error) return e;
  const message = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return new Error(message || 'Le serveur n\u2019a pas répondu.');
}
