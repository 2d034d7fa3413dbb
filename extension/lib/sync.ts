// Sync: the user's registry (JSON or CSV at a URL they chose) and the beta.gouv.fr startups list.
// A failed or invalid fetch changes nothing in the data; its reason and time are recorded.
import { concatenerOctets, decoderTexte } from '../../shared/texte/encodage';
import { lireRegistreCsv, lireRegistreJson } from '../../shared/registre/format';
import { couper } from '../../shared/texte';
import type { Etat } from './gestionnaire/etat';
import type { EtatSynchro, ErreurImport, ResultatSynchro } from './messages';
import { enregistrerMiroir, fusionnerStartupsApi, type ConventionRetiree } from './stockage';
import { URL_API_STARTUPS, lireStartupsApi } from './startups-api';

export const ALARME_SYNCHRO = 'jauge-synchro';
/**
 * Beyond this many bytes (decoded: a gzip body counts once inflated), a response is refused: reading
 * stops there, the rest is never downloaded. A registry of 10 000 lines is ~2 MB; imports stop at 50 MB.
 */
export const TAILLE_MAXIMALE = 50 * 1024 * 1024;
const DELAI_MS = 30_000;
/** Longest error message kept (each one): a registry's own errors quote cut input, this is the last guard. */
const LONGUEUR_MESSAGE = 300;

type Telechargement = { ok: true; texte: string; typeContenu: string } | { ok: false; message: string };

function origineDe(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return couper(url);
  }
}

/** `https://exemple.fr` and `https://exemple.fr:8443`: the host the user granted (protocol and host name). */
function memeHote(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.protocol === y.protocol && x.hostname === y.hostname;
  } catch {
    return false;
  }
}

const mo = (octets: number) => `${Math.round(octets / 1048576)} Mo`;

/**
 * Reads a body chunk by chunk and stops at `max` bytes: a 300 MB chunked body or a gzip bomb is
 * cancelled after `max` bytes, never read whole. Null when the cap was reached.
 */
export async function lireCorpsPlafonne(reponse: Response, max: number): Promise<Uint8Array | null> {
  if (!reponse.body) return new Uint8Array(await reponse.arrayBuffer());
  const lecteur = reponse.body.getReader();
  const morceaux: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await lecteur.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await lecteur.cancel().catch(() => undefined);
      return null;
    }
    morceaux.push(value);
  }
  return concatenerOctets(morceaux);
}

async function telecharger(etat: Etat, url: string): Promise<Telechargement> {
  const origine = origineDe(url);
  let reponse: Response;
  try {
    reponse = await etat.deps.fetch(url, {
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(DELAI_MS),
    });
  } catch (e) {
    const raison = e instanceof Error && e.name === 'TimeoutError' ? `pas de réponse en ${DELAI_MS / 1000} s` : 'réseau indisponible, adresse injoignable ou accès refusé';
    return {
      ok: false,
      message: `Téléchargement impossible depuis ${origine} (${raison}). Vérifiez l'adresse et l'autorisation d'accès à ce site dans les options.`,
    };
  }
  // The user granted one host: a redirect elsewhere is refused before its body is read, so that
  // nothing from another site is ever credited to the one they chose.
  if (reponse.url && !memeHote(reponse.url, url)) {
    await reponse.body?.cancel().catch(() => undefined);
    return {
      ok: false,
      message: `Le serveur ${origine} redirige vers ${origineDe(reponse.url)}, un autre site que celui que vous avez autorisé : synchronisation refusée. Enregistrez l'adresse finale du registre si vous lui faites confiance.`,
    };
  }
  if (!reponse.ok) {
    await reponse.body?.cancel().catch(() => undefined);
    return { ok: false, message: `Le serveur ${origine} a répondu HTTP ${reponse.status}${reponse.statusText ? ` (${couper(reponse.statusText, 40)})` : ''}.` };
  }
  const longueur = Number(reponse.headers.get('content-length') ?? '0');
  const tropGros = `Réponse trop volumineuse depuis ${origine} : ${mo(TAILLE_MAXIMALE)} au plus`;
  if (longueur > TAILLE_MAXIMALE) {
    await reponse.body?.cancel().catch(() => undefined);
    return { ok: false, message: `${tropGros} (${mo(longueur)} annoncés).` };
  }
  let octets: Uint8Array | null;
  try {
    octets = await lireCorpsPlafonne(reponse, TAILLE_MAXIMALE);
  } catch {
    return { ok: false, message: `Réponse interrompue depuis ${origine}.` };
  }
  if (octets === null) return { ok: false, message: `${tropGros} ; la lecture s'est arrêtée là.` };
  const lu = decoderTexte(octets, new URL(url).pathname.split('/').pop() || origine, { accepterWindows1252: true });
  if (!lu.ok) return { ok: false, message: lu.erreur };
  return { ok: true, texte: lu.texte, typeContenu: reponse.headers.get('content-type') ?? '' };
}

/** Sentences joined without a double period: each is cut to a readable length first. */
function phrases(morceaux: string[]): string {
  return morceaux
    .map((m) => couper(m.trim(), LONGUEUR_MESSAGE).replace(/[.…]$/, (f) => (f === '…' ? '…' : '')))
    .join(' ; ');
}

function decrireErreurs(erreurs: ErreurImport[]): string {
  const premieres = phrases(erreurs.slice(0, 3).map((e) => e.message));
  const reste = erreurs.length > 3 ? ` (et ${erreurs.length - 3} autres erreurs)` : '';
  return `Registre invalide, rien n'a été modifié : ${premieres}${reste}.`.replace(/…\.$/, '…');
}

async function enregistrerResultat(etat: Etat, cle: 'registre' | 'startups', resultat: ResultatSynchro): Promise<void> {
  const avant = await etat.db.synchro.get(cle);
  const derniereReussite = resultat.ok ? resultat.le : avant && 'derniereReussite' in avant ? avant.derniereReussite : undefined;
  await etat.db.synchro.put({ cle, dernier: resultat, ...(derniereReussite && { derniereReussite }) });
}

/** Names kept in a sync result (the count is always exact). */
export const RETIREES_MAX = 50;

/** « Convention DGEFP (dgefp-2024) », the first ten, then how many more. */
function nommer(retirees: ConventionRetiree[]): string {
  const noms = retirees.slice(0, 10).map((c) => (c.nom === c.id ? `« ${couper(c.id)} »` : `${couper(c.nom)} (« ${couper(c.id)} »)`));
  return retirees.length > 10 ? `${noms.join(', ')} et ${retirees.length - 10} autres` : noms.join(', ');
}

export async function synchroniserRegistre(etat: Etat, url: string): Promise<ResultatSynchro> {
  const le = etat.horodatage();
  const telecharge = await telecharger(etat, url);
  let resultat: ResultatSynchro;
  if (!telecharge.ok) {
    resultat = { ok: false, le, message: telecharge.message };
  } else {
    const enJson = /json/i.test(telecharge.typeContenu) || /^\s*[[{]/.test(telecharge.texte);
    const lu = enJson ? lireRegistreJson(telecharge.texte) : lireRegistreCsv(telecharge.texte);
    if (!lu.ok) {
      resultat = { ok: false, le, message: decrireErreurs(lu.erreurs) };
    } else {
      const retirees = await enregistrerMiroir(etat.db, lu.registre);
      etat.invalider();
      const n = lu.registre.conventions.length;
      const r = retirees.length;
      const message =
        `${n} convention${n > 1 ? 's' : ''} mise${n > 1 ? 's' : ''} à jour depuis ${new URL(url).host}` +
        (r > 0 ? ` ; ${r} retirée${r > 1 ? 's' : ''} car absente${r > 1 ? 's' : ''} du registre source : ${nommer(retirees)}.` : '.');
      resultat = {
        ok: true,
        le,
        message,
        nombre: n,
        ...(r > 0 && { retirees: { nombre: r, conventions: retirees.slice(0, RETIREES_MAX) } }),
      };
    }
  }
  await enregistrerResultat(etat, 'registre', resultat);
  return resultat;
}

export async function actualiserStartups(etat: Etat): Promise<ResultatSynchro> {
  const le = etat.horodatage();
  const telecharge = await telecharger(etat, URL_API_STARTUPS);
  let resultat: ResultatSynchro;
  if (!telecharge.ok) {
    resultat = { ok: false, le, message: telecharge.message };
  } else {
    const lu = lireStartupsApi(telecharge.texte);
    if (!lu.ok) {
      resultat = { ok: false, le, message: `Liste des startups de beta.gouv.fr non mise à jour : ${lu.erreur}` };
    } else {
      await fusionnerStartupsApi(etat.db, lu.startups, lu.incubateurs);
      etat.invalider();
      const n = lu.startups.length;
      resultat = { ok: true, le, message: `${n} startup${n > 1 ? 's' : ''} de beta.gouv.fr à jour.`, nombre: n };
    }
  }
  await enregistrerResultat(etat, 'startups', resultat);
  return resultat;
}

export async function lireEtatSynchro(etat: Etat, enCours: boolean): Promise<EtatSynchro> {
  const reglages = await etat.reglages();
  const [registre, startups] = await Promise.all([etat.db.synchro.get('registre'), etat.db.synchro.get('startups')]);
  const lire = (l: typeof registre) => (l && 'dernier' in l ? l : undefined);
  const r = lire(registre);
  const s = lire(startups);
  return {
    url: reglages.synchro.url,
    intervalleHeures: reglages.synchro.intervalleHeures,
    ...(r && { registre: r.dernier }),
    ...(r?.derniereReussite && { derniereReussiteRegistre: r.derniereReussite }),
    ...(s && { startups: s.dernier }),
    ...(s?.derniereReussite && { derniereReussiteStartups: s.derniereReussite }),
    enCours,
  };
}

/** One sync at a time: a second request while one runs waits for the same result. */
export class Synchroniseur {
  private enCours?: Promise<EtatSynchro>;

  constructor(private readonly etat: Etat) {}

  get occupe(): boolean {
    return this.enCours !== undefined;
  }

  lancer(): Promise<EtatSynchro> {
    this.enCours ??= (async () => {
      try {
        const reglages = await this.etat.reglages();
        if (reglages.synchro.url) await synchroniserRegistre(this.etat, reglages.synchro.url);
        if (reglages.synchro.startupsBetaGouv) await actualiserStartups(this.etat);
      } finally {
        this.enCours = undefined;
      }
      return lireEtatSynchro(this.etat, false);
    })();
    return this.enCours;
  }

  etatCourant(): Promise<EtatSynchro> {
    return lireEtatSynchro(this.etat, this.occupe);
  }
}
