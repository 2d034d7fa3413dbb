// Sync: the user's registry (JSON or CSV at a URL they chose) and the beta.gouv.fr startups list.
// A failed or invalid fetch changes nothing in the data; its reason and time are recorded.
import { concatenerOctets, decoderTexte } from '../../shared/texte/encodage';
import { lireRegistreCsv, lireRegistreJson } from '../../shared/registre/format';
import { couper } from '../../shared/texte';
import type { Etat } from './gestionnaire/etat';
import { LIBELLE_TAILLE_IMPORT, TAILLE_IMPORT } from './limites';
import type { BilanSynchro, EtatSynchro, ErreurImport, ResultatSynchro } from './messages';
import { enregistrerMiroir } from './miroir';
import { decrireSource, type SourceRegistre } from './sources/source';
import { telechargerParChaine } from './sources/chaine';
import { fusionnerStartupsApi, type ConventionRetiree } from './stockage';
import { URL_API_STARTUPS, lireStartupsApi } from './startups-api';

export const ALARME_SYNCHRO = 'jauge-synchro';
/**
 * Beyond this many bytes (decoded: a gzip body counts once inflated), a response is refused: reading
 * stops there, the rest is never downloaded (the beta.gouv.fr startups list; a registry stops sooner,
 * at the import limit, lib/limites).
 */
export const TAILLE_MAXIMALE = 50 * 1024 * 1024;
const DELAI_MS = 30_000;
/** Longest error message kept (each one): a registry's own errors quote cut input, this is the last guard. */
const LONGUEUR_MESSAGE = 300;

type Telechargement =
  | { ok: true; texte: string; typeContenu: string; chaine: string[] }
  | { ok: false; message: string; chaine?: string[]; aAutoriser?: string };

function origineDe(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return couper(url);
  }
}

const ENTIER = new Intl.NumberFormat('fr-FR');
const mo = (octets: number) => `${Math.round(octets / 1048576)} Mo`;

/**
 * Reads a body chunk by chunk and stops at `max` bytes: a 300 MB chunked body or a gzip bomb is
 * cancelled after `max` bytes, never read whole. Null when the cap was passed.
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

interface OptionsTelechargement {
  /** Bytes accepted, decoded. */
  max: number;
  /** `Registre trop volumineux` or `Réponse trop volumineuse`, then where from and the limit. */
  tropGros: (origine: string) => string;
  /** The Grist key and the only origin it may go to. */
  cle?: { valeur: string; origine: string };
}

async function telecharger(etat: Etat, url: string, options: OptionsTelechargement): Promise<Telechargement> {
  const observation = etat.deps.observerRedirections?.();
  let resultat;
  try {
    resultat = await telechargerParChaine(
      url,
      { cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(DELAI_MS) },
      {
        fetch: etat.deps.fetch,
        ...(etat.deps.autorise && { autorise: etat.deps.autorise }),
        ...(observation && { observateur: observation }),
        ...(options.cle && { entetes: (u: URL) => (u.origin === options.cle!.origine ? { Authorization: `Bearer ${options.cle!.valeur}` } : undefined) }),
      },
    );
  } finally {
    observation?.arreter();
  }
  if (!resultat.ok) return { ok: false, message: resultat.message, chaine: resultat.chaine, ...(resultat.aAutoriser && { aAutoriser: resultat.aAutoriser }) };
  const { reponse, chaine } = resultat;
  const finale = origineDe(chaine[chaine.length - 1]!);
  if (!reponse.ok) {
    await reponse.body?.cancel().catch(() => undefined);
    const refus = reponse.status === 401 || reponse.status === 403 ? ' : accès refusé (document privé ? clé absente ou invalide ?)' : '';
    return { ok: false, chaine, message: `Le serveur ${finale} a répondu HTTP ${reponse.status}${reponse.statusText ? ` (${couper(reponse.statusText, 40)})` : ''}${refus}.` };
  }
  const longueur = Number(reponse.headers.get('content-length') ?? '0');
  if (longueur > options.max) {
    await reponse.body?.cancel().catch(() => undefined);
    return { ok: false, chaine, message: `${options.tropGros(finale)} (${mo(longueur)} annoncés).` };
  }
  let octets: Uint8Array | null;
  try {
    octets = await lireCorpsPlafonne(reponse, options.max);
  } catch {
    return { ok: false, chaine, message: `Réponse interrompue depuis ${finale}.` };
  }
  if (octets === null) return { ok: false, chaine, message: `${options.tropGros(finale)} ; la lecture s'est arrêtée là.` };
  const lu = decoderTexte(octets, new URL(url).pathname.split('/').pop() || finale, { accepterWindows1252: true });
  if (!lu.ok) return { ok: false, chaine, message: lu.erreur };
  return { ok: true, chaine, texte: lu.texte, typeContenu: reponse.headers.get('content-type') ?? '' };
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

/**
 * What a sync did, in words: « 12 conventions à jour, 2 ajoutées, 1 retirée (plus dans la source),
 * 1 modifiée à la main gardée. », then the names of the removed and of the kept ones.
 */
export function decrireBilan(bilan: BilanSynchro, retirees: ConventionRetiree[], gardeesHorsSource: ConventionRetiree[]): string {
  // [count, singular, plural]: French keeps 0 and 1 singular.
  const parties: [number, string, string][] = [
    [bilan.aJour, 'à jour', 'à jour'],
    [bilan.ajoutees, 'ajoutée', 'ajoutées'],
    [bilan.retirees, 'retirée (plus dans la source)', 'retirées (plus dans la source)'],
    [bilan.gardees, 'modifiée à la main gardée', 'modifiées à la main gardées'],
  ];
  const dites = parties.filter(([n], i) => n > 0 || i === 0);
  // « 2 conventions ajoutées » rather than « 0 convention à jour, 2 ajoutées ».
  const retenues = dites.length > 1 && bilan.aJour === 0 ? dites.slice(1) : dites;
  const mots = retenues.map(([n, un, plusieurs], i) => {
    const texte = `${ENTIER.format(n)} ${i === 0 ? `convention${n >= 2 ? 's' : ''} ` : ''}${n >= 2 ? plusieurs : un}`;
    return texte;
  });
  let phrase = `${mots.join(', ')}.`;
  if (retirees.length > 0) phrase += ` Retirée${retirees.length >= 2 ? 's' : ''} : ${nommer(retirees)}.`;
  if (gardeesHorsSource.length > 0) {
    const n = gardeesHorsSource.length;
    phrase += ` Absente${n >= 2 ? 's' : ''} de la source mais gardée${n >= 2 ? 's' : ''} car modifiée${n >= 2 ? 's' : ''} à la main : ${nommer(gardeesHorsSource)}.`;
  }
  return phrase;
}

/** The saved registry's source, with the Grist key when there is one (read from storage.local at each sync). */
async function sourceDuRegistre(etat: Etat, url: string, tableGrist: string | null): Promise<{ ok: true; source: SourceRegistre; cle?: string } | { ok: false; message: string }> {
  const decrite = decrireSource(url, tableGrist);
  if (!decrite.ok) return { ok: false, message: decrite.erreur };
  const cle = decrite.source.origineCle ? await etat.deps.cleGrist?.() : null;
  return { ok: true, source: decrite.source, ...(cle && { cle }) };
}

export async function synchroniserRegistre(etat: Etat, url: string, tableGrist: string | null = null): Promise<ResultatSynchro> {
  const le = etat.horodatage();
  const source = await sourceDuRegistre(etat, url, tableGrist);
  const telecharge: Telechargement = !source.ok
    ? { ok: false, message: source.message }
    : await telecharger(etat, source.source.url, {
        max: TAILLE_IMPORT,
        tropGros: (origine) => `Registre trop volumineux depuis ${origine} : ${LIBELLE_TAILLE_IMPORT} au plus, comme pour un fichier importé`,
        ...(source.cle && { cle: { valeur: source.cle, origine: source.source.origineCle! } }),
      });
  let resultat: ResultatSynchro;
  const chaine = telecharge.chaine ? { chaine: telecharge.chaine } : {};
  if (!telecharge.ok) {
    resultat = { ok: false, le, message: telecharge.message, ...chaine, ...(telecharge.aAutoriser && { aAutoriser: telecharge.aAutoriser }) };
  } else {
    const enJson = /json/i.test(telecharge.typeContenu) || /^\s*[[{]/.test(telecharge.texte);
    const lu = enJson ? lireRegistreJson(telecharge.texte) : lireRegistreCsv(telecharge.texte);
    if (!lu.ok) {
      resultat = { ok: false, le, message: decrireErreurs(lu.erreurs), ...chaine };
    } else {
      const { bilan, retirees, gardeesHorsSource } = await enregistrerMiroir(etat.db, lu.registre, { le, provenance: { url } });
      etat.invalider();
      const r = retirees.length;
      resultat = {
        ok: true,
        le,
        message: decrireBilan(bilan, retirees, gardeesHorsSource),
        nombre: lu.registre.conventions.length,
        bilan,
        ...chaine,
        ...(r > 0 && { retirees: { nombre: r, conventions: retirees.slice(0, RETIREES_MAX) } }),
      };
    }
  }
  await enregistrerResultat(etat, 'registre', resultat);
  return resultat;
}

export async function actualiserStartups(etat: Etat): Promise<ResultatSynchro> {
  const le = etat.horodatage();
  const telecharge = await telecharger(etat, URL_API_STARTUPS, {
    max: TAILLE_MAXIMALE,
    tropGros: (origine) => `Réponse trop volumineuse depuis ${origine} : ${mo(TAILLE_MAXIMALE)} au plus`,
  });
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
    tableGrist: reglages.synchro.tableGrist,
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
        if (reglages.synchro.url) await synchroniserRegistre(this.etat, reglages.synchro.url, reglages.synchro.tableGrist);
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
