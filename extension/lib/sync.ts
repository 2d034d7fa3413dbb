// Sync: the user's registry (JSON or CSV at a URL they chose) and the beta.gouv.fr startups list.
// A failed or invalid fetch changes nothing in the data; its reason and time are recorded.
import { lireRegistreCsv, lireRegistreJson } from '../../shared/registre/format';
import type { Etat } from './gestionnaire/etat';
import type { EtatSynchro, ErreurImport, ResultatSynchro } from './messages';
import { enregistrerRegistre, fusionnerStartupsApi } from './stockage';
import { URL_API_STARTUPS, lireStartupsApi } from './startups-api';

export const ALARME_SYNCHRO = 'jauge-synchro';
/** Beyond this, a response is refused rather than read (a registry of 10 000 lines is ~2 MB). */
export const TAILLE_MAXIMALE = 50 * 1024 * 1024;
const DELAI_MS = 30_000;

type Telechargement = { ok: true; texte: string; typeContenu: string } | { ok: false; message: string };

async function telecharger(etat: Etat, url: string): Promise<Telechargement> {
  const origine = (() => {
    try {
      return new URL(url).origin;
    } catch {
      return url;
    }
  })();
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
  if (!reponse.ok) return { ok: false, message: `Le serveur ${origine} a répondu HTTP ${reponse.status}${reponse.statusText ? ` (${reponse.statusText})` : ''}.` };
  const longueur = Number(reponse.headers.get('content-length') ?? '0');
  if (longueur > TAILLE_MAXIMALE) return { ok: false, message: `Réponse trop volumineuse (${Math.round(longueur / 1048576)} Mo ; 50 Mo au plus).` };
  let texte: string;
  try {
    texte = await reponse.text();
  } catch {
    return { ok: false, message: `Réponse interrompue depuis ${origine}.` };
  }
  if (texte.length > TAILLE_MAXIMALE) return { ok: false, message: 'Réponse trop volumineuse (50 Mo au plus).' };
  return { ok: true, texte, typeContenu: reponse.headers.get('content-type') ?? '' };
}

function decrireErreurs(erreurs: ErreurImport[]): string {
  const premieres = erreurs.slice(0, 3).map((e) => e.message);
  const reste = erreurs.length > 3 ? ` (et ${erreurs.length - 3} autres erreurs)` : '';
  return `Registre invalide, rien n'a été modifié : ${premieres.join(' ; ')}${reste}.`;
}

async function enregistrerResultat(etat: Etat, cle: 'registre' | 'startups', resultat: ResultatSynchro): Promise<void> {
  const avant = await etat.db.synchro.get(cle);
  const derniereReussite = resultat.ok ? resultat.le : avant && 'derniereReussite' in avant ? avant.derniereReussite : undefined;
  await etat.db.synchro.put({ cle, dernier: resultat, ...(derniereReussite && { derniereReussite }) });
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
      await enregistrerRegistre(etat.db, lu.registre);
      etat.invalider();
      const n = lu.registre.conventions.length;
      resultat = { ok: true, le, message: `${n} convention${n > 1 ? 's' : ''} mise${n > 1 ? 's' : ''} à jour depuis ${new URL(url).host}.`, nombre: n };
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
