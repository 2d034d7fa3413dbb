// Checks the bytes of an input file before anyone reads them: the boundary for unreadable input, below
// both the CLI and the document layer (a .txt or .md handed to lireDocument comes through here).
import { decoderTexte } from './encodage';

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

/**
 * Decodes a file as text (UTF-8, or UTF-16 with BOM), refusing empty, oversized, binary and other
 * encodings in French, each named (see ./encodage.ts).
 */
export function decoderFichierTexte(octets: Uint8Array, nom: string): ResultatFichier {
  if (octets.length === 0) return { ok: false, erreur: `Le fichier « ${nom} » est vide.` };
  if (octets.length > TAILLE_MAXIMALE) return { ok: false, erreur: erreurTropGros(nom, octets.length) };
  const lu = decoderTexte(octets, nom, { accepterWindows1252: false });
  if (!lu.ok) return lu;
  if (lu.texte.trim() === '') return { ok: false, erreur: `Le fichier « ${nom} » ne contient que des espaces.` };
  return { ok: true, texte: lu.texte };
}
