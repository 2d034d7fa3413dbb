// What a saved registry address means: where Jauge fetches it, which hosts the browser must let it
// read (asked once, at save, from the options page), the chain of hosts it expects, and advice in
// French. The options page shows it before saving; the background fetches from it. Pure: no browser API.
import { CONSEIL_PUBLIER_SHEETS, MOTIFS_GOOGLE, lireAdresseSheets } from './google-sheets';
import { CONSEIL_GRIST, adresseApiGrist, estHoteGrist } from './grist';

export type GenreSource = 'google-sheets' | 'data-gouv' | 'grist' | 'adresse';

export interface SourceRegistre {
  genre: GenreSource;
  /** The address the extension fetches first. */
  url: string;
  /** Host permissions the chain needs (`https://docs.google.com/*`), asked together at save. */
  motifs: string[];
  /** The hosts the chain is expected to cross, in order (`docs.google.com`, `*.googleusercontent.com`). */
  chaineAttendue: string[];
  /** What Jauge will read, in French. */
  description: string;
  /** Advice when the address works only under a condition (a sheet shared by link, a version that changes). */
  conseil?: string;
  /** Grist: the origin the API key may be sent to (never to another host of the chain). */
  origineCle?: string;
}

export type ResultatSource = { ok: true; source: SourceRegistre } | { ok: false; erreur: string };

export const MOTIFS_DATA_GOUV = ['https://www.data.gouv.fr/*', 'https://static.data.gouv.fr/*'];

/** Host permission pattern of one URL's host: `https://exemple.fr/*`. */
export function motifHote(u: URL): string {
  return `${u.protocol}//${u.hostname}/*`;
}

/** Whether a host permission pattern (`https://*.googleusercontent.com/*`) covers a URL's host. */
export function motifCouvre(motif: string, u: URL): boolean {
  const m = /^(https?|\*):\/\/(\*|\*\.[^/]+|[^/*]+)\/\*$/.exec(motif);
  if (!m) return false;
  if (m[1] !== '*' && `${m[1]}:` !== u.protocol) return false;
  const hote = m[2]!;
  if (hote === '*') return true;
  if (hote.startsWith('*.')) return u.hostname === hote.slice(2) || u.hostname.endsWith(hote.slice(1));
  return u.hostname === hote;
}

function dataGouv(u: URL): ResultatSource | null {
  if (u.hostname === 'static.data.gouv.fr') {
    return {
      ok: true,
      source: {
        genre: 'data-gouv',
        url: u.href,
        motifs: ['https://static.data.gouv.fr/*'],
        chaineAttendue: ['static.data.gouv.fr'],
        description: 'Fichier d’une ressource de data.gouv.fr.',
        conseil:
          'Cette adresse change à chaque nouvelle version de la ressource : collez plutôt son lien stable, https://www.data.gouv.fr/fr/datasets/r/<identifiant>, qui mène toujours à la dernière version.',
      },
    };
  }
  if (u.hostname !== 'www.data.gouv.fr' && u.hostname !== 'data.gouv.fr') return null;
  if (/^(\/[a-z]{2})?(\/api\/1)?\/datasets\/r\/[\w-]+\/?$/.test(u.pathname)) {
    return {
      ok: true,
      source: {
        genre: 'data-gouv',
        url: new URL(u.pathname + u.search, 'https://www.data.gouv.fr').href,
        motifs: MOTIFS_DATA_GOUV,
        chaineAttendue: ['www.data.gouv.fr', 'static.data.gouv.fr'],
        description: 'Lien stable d’une ressource de data.gouv.fr : il mène à sa dernière version, sur static.data.gouv.fr.',
      },
    };
  }
  return {
    ok: false,
    erreur:
      'Cette adresse de data.gouv.fr n’est pas celle d’un fichier. Ouvrez le jeu de données, puis la ressource du registre, et collez son lien stable, de la forme https://www.data.gouv.fr/fr/datasets/r/<identifiant>.',
  };
}

function googleSheets(u: URL): ResultatSource | null {
  const lu = lireAdresseSheets(u);
  if (!lu) return null;
  if (lu.genre === 'erreur') return { ok: false, erreur: lu.erreur };
  const commun = { genre: 'google-sheets' as const, url: lu.url, motifs: MOTIFS_GOOGLE, chaineAttendue: ['docs.google.com', '*.googleusercontent.com'] };
  if (lu.genre === 'publiee') {
    return { ok: true, source: { ...commun, description: 'Feuille Google publiée sur le Web, lue en CSV.' } };
  }
  return {
    ok: true,
    source: {
      ...commun,
      description: lu.depuisEdition ? `Feuille Google ouverte dans Sheets : Jauge lira son export CSV, ${lu.url}.` : 'Export CSV d’une feuille Google.',
      conseil: `L’export ne se lit que si la feuille est partagée à « Tous les utilisateurs qui ont le lien ». Sinon, publiez-la. ${CONSEIL_PUBLIER_SHEETS}`,
    },
  };
}

function grist(u: URL, table: string): ResultatSource {
  const lu = adresseApiGrist(u, table);
  if (!lu.ok) return lu;
  return {
    ok: true,
    source: {
      genre: 'grist',
      url: lu.url,
      motifs: [motifHote(u)],
      chaineAttendue: [u.hostname],
      description: `Table « ${table} » du document Grist ${lu.document} sur ${u.hostname}, lue en CSV par l’API de Grist.`,
      origineCle: u.origin,
    },
  };
}

/**
 * The source behind a saved address (and, for Grist, its table). The address is already checked by
 * the settings' schema (https, no credentials); this says where it leads.
 */
export function decrireSource(adresse: string, table?: string | null): ResultatSource {
  let u: URL;
  try {
    u = new URL(adresse.trim());
  } catch {
    return { ok: false, erreur: 'Adresse invalide : elle doit commencer par https://' };
  }
  const t = table?.trim();
  if (t) return grist(u, t);
  if (estHoteGrist(u.hostname)) {
    return { ok: false, erreur: `C’est une adresse Grist : indiquez aussi la table du registre. ${CONSEIL_GRIST}` };
  }
  const connue = googleSheets(u) ?? dataGouv(u);
  if (connue) return connue;
  return {
    ok: true,
    source: {
      genre: 'adresse',
      url: u.href,
      motifs: [motifHote(u)],
      chaineAttendue: [u.hostname],
      description: `Registre JSON ou CSV publié sur ${u.hostname}.`,
    },
  };
}
