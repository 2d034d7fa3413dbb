// Checks the bytes of an input file before anyone reads them: the CLI's boundary for unreadable input.

/** Inputs above this size are refused: conventions are a few dozen KB, registries a few MB. */
export const TAILLE_MAXIMALE = 20 * 1024 * 1024;

export type ResultatFichier = { ok: true; texte: string } | { ok: false; erreur: string };

const KIO = 1024;

function tailleLisible(octets: number): string {
  if (octets < KIO * KIO) return `${Math.ceil(octets / KIO)} Kio`;
  return `${(octets / KIO / KIO).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mio`;
}

export function erreurTropGros(nom: string, taille: number): string {
  return `Le fichier « ${nom} » est trop gros (${tailleLisible(taille)}) : la limite est de ${tailleLisible(TAILLE_MAXIMALE)}.`;
}

/** Decodes a file as UTF-8 text, refusing empty, oversized, binary and non-UTF-8 content in French. */
export function decoderFichierTexte(octets: Uint8Array, nom: string): ResultatFichier {
  if (octets.length === 0) return { ok: false, erreur: `Le fichier « ${nom} » est vide.` };
  if (octets.length > TAILLE_MAXIMALE) return { ok: false, erreur: erreurTropGros(nom, octets.length) };
  // A NUL byte never occurs in a text file: this is a PDF, an image, a .xlsx…
  const nul = octets.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      erreur: `Le fichier « ${nom} » est binaire (octet nul à la position ${nul + 1}) : attendu un texte UTF-8 (convention .txt/.md, tableau .csv, registre .json).`,
    };
  }
  let texte: string;
  try {
    texte = new TextDecoder('utf-8', { fatal: true }).decode(octets);
  } catch {
    return {
      ok: false,
      erreur: `Le fichier « ${nom} » n'est pas encodé en UTF-8 : réenregistrez-le en UTF-8 (par exemple « CSV UTF-8 » dans Excel).`,
    };
  }
  if (texte.charCodeAt(0) === 0xfeff) texte = texte.slice(1);
  if (texte.trim() === '') return { ok: false, erreur: `Le fichier « ${nom} » ne contient que des espaces.` };
  return { ok: true, texte };
}
