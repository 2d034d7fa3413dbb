// Fetches a registry by following its redirects one step at a time (at most 5), each step checked
// before any request is made to it: HTTPS only, no local or private address reached from a public
// name, and only hosts the user granted. The browser's `fetch(…, { redirect: 'manual' })` answers a
// redirect with an opaque response that hides its Location (measured in Chromium 156 and Firefox
// ESR 153, test/e2e/extension-synchro); the background's webRequest listener reads it from the
// response headers (observateur.ts). Node's fetch (unit tests) shows the Location itself.
import { origineLisible, refusEtape } from './adresses';
import { motifHote } from './source';

export const REDIRECTIONS_MAX = 5;

/** Where a redirect answered by `url` leads, as the browser saw it (null when it could not tell in time). */
export interface ObservateurRedirections {
  destination(url: string): Promise<string | null>;
}

export interface DependancesChaine {
  fetch: typeof fetch;
  /** Whether the user granted this URL's host (each redirect's target is checked before it is fetched). */
  autorise?: (url: URL) => Promise<boolean>;
  observateur?: ObservateurRedirections;
  /** Extra headers for one step (Grist's key, for its own origin only). */
  entetes?: (url: URL) => Record<string, string> | undefined;
}

export type ResultatChaine =
  | { ok: true; reponse: Response; chaine: string[] }
  | { ok: false; message: string; chaine: string[]; /** A host to grant for the chain to go on. */ aAutoriser?: string; reseau?: boolean };

/** The hosts of a chain as shown to a person: `docs.google.com → doc-0s-sheets.googleusercontent.com`. */
export function decrireChaine(chaine: readonly string[]): string {
  return chaine.map((u) => new URL(u).host).join(' → ');
}

function estRedirection(r: Response): boolean {
  return r.type === 'opaqueredirect' || (r.status >= 300 && r.status < 400 && r.headers.has('location'));
}

export async function telechargerParChaine(adresse: string, init: RequestInit, deps: DependancesChaine): Promise<ResultatChaine> {
  const depart = new URL(adresse);
  depart.hash = '';
  let etape = depart;
  const chaine = [depart.href];
  for (;;) {
    let reponse: Response;
    try {
      const entetes = deps.entetes?.(etape);
      reponse = await deps.fetch(etape.href, { ...init, redirect: 'manual', ...(entetes && { headers: entetes }) });
    } catch (e) {
      return { ok: false, chaine, reseau: true, message: raisonReseau(e, etape) };
    }
    if (!estRedirection(reponse)) return { ok: true, reponse, chaine };
    await reponse.body?.cancel().catch(() => undefined);
    const ici = `Le serveur ${origineLisible(etape)}`;
    const opaque = reponse.type === 'opaqueredirect';
    // The browser reports the redirects of granted hosts only: without the grant, no need to wait.
    if (opaque && deps.autorise && !(await deps.autorise(etape))) {
      return {
        ok: false,
        chaine,
        aAutoriser: motifHote(etape),
        message: `${ici} redirige ailleurs, et le navigateur ne dit vers où qu'aux sites autorisés : synchronisation refusée. Enregistrez de nouveau l'adresse dans les options pour accorder l'accès à ${etape.hostname}.`,
      };
    }
    const cible = opaque ? await deps.observateur?.destination(etape.href) : reponse.headers.get('location');
    if (!cible) {
      return {
        ok: false,
        chaine,
        message: `${ici} redirige ailleurs, mais le navigateur n'a pas dit vers où : synchronisation refusée. Enregistrez de nouveau l'adresse dans les options pour autoriser Jauge à suivre ses redirections.`,
      };
    }
    let suivante: URL;
    try {
      suivante = new URL(cible, etape);
    } catch {
      return { ok: false, chaine, message: `${ici} redirige vers une adresse invalide : synchronisation refusée.` };
    }
    suivante.hash = '';
    chaine.push(suivante.href);
    if (chaine.length - 1 > REDIRECTIONS_MAX) {
      return { ok: false, chaine, message: `Plus de ${REDIRECTIONS_MAX} redirections depuis ${origineLisible(depart)} (${decrireChaine(chaine)}) : synchronisation refusée.` };
    }
    const refus = refusEtape(depart, suivante);
    if (refus) return { ok: false, chaine, message: `${ici} redirige vers ${refus} : synchronisation refusée (${decrireChaine(chaine)}).` };
    if (deps.autorise && !(await deps.autorise(suivante))) {
      return {
        ok: false,
        chaine,
        aAutoriser: motifHote(suivante),
        message: `${ici} redirige vers ${origineLisible(suivante)}, un site que vous n'avez pas autorisé : synchronisation refusée (${decrireChaine(chaine)}). Autorisez-le dans les options si vous lui faites confiance.`,
      };
    }
    etape = suivante;
  }
}

function raisonReseau(e: unknown, etape: URL): string {
  const raison = e instanceof Error && e.name === 'TimeoutError' ? 'pas de réponse à temps' : 'réseau indisponible, adresse injoignable ou accès refusé';
  return `Téléchargement impossible depuis ${origineLisible(etape)} (${raison}). Vérifiez l'adresse et l'autorisation d'accès à ce site dans les options.`;
}
