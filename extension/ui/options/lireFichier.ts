// Reads a chosen or dropped file as text in slices, reporting progress, so that a large registry
// (tens of thousands of lines) shows a moving progress bar instead of a frozen page.
// Decoded once read by the shared decoder (shared/texte/encodage.ts): UTF-8, UTF-16 with BOM, and
// Windows-1252, the encoding spreadsheet software on French Windows uses for CSV exports; any other
// encoding or a binary file is refused with its name.
import { concatenerOctets, decoderTexte, type Encodage } from '../../../shared/texte/encodage';
import { LIBELLE_TAILLE_IMPORT, TAILLE_IMPORT } from '../../lib/limites';

export const TAILLE_TRANCHE = 256 * 1024;

export type ResultatLecture = { ok: true; texte: string; encodage: Encodage } | { ok: false; erreur: string };

export async function lireFichier(
  fichier: Blob,
  surProgres: (lus: number, total: number) => void = () => {},
): Promise<ResultatLecture> {
  if (fichier.size > TAILLE_IMPORT) {
    const nom = typeof (fichier as File).name === 'string' && (fichier as File).name !== '' ? ` « ${(fichier as File).name} »` : '';
    return { ok: false, erreur: `Fichier${nom} trop gros (${megaOctets(fichier.size)}) : ${LIBELLE_TAILLE_IMPORT} au plus, soit ${new Intl.NumberFormat('fr-FR').format(TAILLE_IMPORT)} octets.` };
  }
  const morceaux: Uint8Array[] = [];
  surProgres(0, fichier.size);
  try {
    for (let debut = 0; debut < fichier.size; debut += TAILLE_TRANCHE) {
      morceaux.push(new Uint8Array(await lireTranche(fichier.slice(debut, debut + TAILLE_TRANCHE))));
      surProgres(Math.min(debut + TAILLE_TRANCHE, fichier.size), fichier.size);
      // Let the page paint the progress bar between two slices.
      await new Promise((fin) => setTimeout(fin, 0));
    }
  } catch (e) {
    return { ok: false, erreur: `Lecture du fichier impossible (${e instanceof Error ? e.message : String(e)}).` };
  }
  const nom = typeof (fichier as File).name === 'string' && (fichier as File).name !== '' ? (fichier as File).name : 'choisi';
  const lu = decoderTexte(concatenerOctets(morceaux), nom, { accepterWindows1252: true });
  return lu.ok ? { ok: true, texte: lu.texte, encodage: lu.encodage } : lu;
}

/** One slice through FileReader (progress-friendly, and available in every browser and in happy-dom). */
function lireTranche(tranche: Blob): Promise<ArrayBuffer> {
  if (typeof FileReader === 'undefined') return tranche.arrayBuffer();
  return new Promise((resolve, reject) => {
    const lecteur = new FileReader();
    lecteur.onload = () => resolve(lecteur.result as ArrayBuffer);
    lecteur.onerror = () => reject(lecteur.error ?? new Error('erreur de lecture'));
    lecteur.readAsArrayBuffer(tranche);
  });
}

/** In Mo of 1 048 576 bytes, like the limit (`25,6 Mo`). */
export function megaOctets(octets: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(octets / 1_048_576)}\u00a0Mo`;
}
