// Reads a file named on the command line into text, refusing what cannot be read (exit 2).
import { decoderFichierTexte } from './fichier';
import type { EnvironnementCli } from './sortie';

export function lireDocument(chemin: string | undefined, env: EnvironnementCli): { ok: true; texte: string } | { ok: false; erreur: string } {
  if (!chemin) return { ok: false, erreur: 'indiquez le fichier à lire.' };
  const lu = env.lireFichier(chemin);
  if (!lu.ok) return lu;
  return decoderFichierTexte(lu.octets, chemin);
}
