// The one size limit of what a person imports, for a file (any kind) and for a sync alike: the
// shared constant the CLI applies to its input files, said in the same words everywhere.
import { TAILLE_MAXIMALE } from '../../shared/texte/fichier';

/** Bytes: a file's size, or a synced body's once decompressed. */
export const TAILLE_IMPORT = TAILLE_MAXIMALE;

/** `20 Mo` (Mo of 1 048 576 bytes, as the CLI's « 20 Mio »). */
export const LIBELLE_TAILLE_IMPORT = `${new Intl.NumberFormat('fr-FR').format(TAILLE_IMPORT / 1_048_576)}\u00a0Mo`;
