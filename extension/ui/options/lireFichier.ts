// Reads a chosen or dropped file as text in slices, reporting progress, so that a large registry
// (tens of thousands of lines) shows a moving progress bar instead of a frozen page.
// UTF-8 first (BOM dropped); a file that is not valid UTF-8 is read as Windows-1252, the encoding
// spreadsheet software on French Windows uses for CSV exports.

export const TAILLE_TRANCHE = 256 * 1024;
/** Same bound as the `importer` message accepts. */
export const TAILLE_MAX = 50_000_000;

export type ResultatLecture = { ok: true; texte: string; encodage: 'utf-8' | 'windows-1252' } | { ok: false; erreur: string };

export async function lireFichier(
  fichier: Blob,
  surProgres: (lus: number, total: number) => void = () => {},
): Promise<ResultatLecture> {
  if (fichier.size > TAILLE_MAX) {
    return { ok: false, erreur: `Fichier trop gros (${megaOctets(fichier.size)}) : 50 Mo au plus.` };
  }
  const morceaux: Uint8Array[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let texte = '';
  let utf8Valide = true;
  surProgres(0, fichier.size);
  try {
    for (let debut = 0; debut < fichier.size; debut += TAILLE_TRANCHE) {
      const octets = new Uint8Array(await lireTranche(fichier.slice(debut, debut + TAILLE_TRANCHE)));
      morceaux.push(octets);
      if (utf8Valide) {
        try {
          texte += utf8.decode(octets, { stream: true });
        } catch {
          utf8Valide = false;
        }
      }
      surProgres(Math.min(debut + TAILLE_TRANCHE, fichier.size), fichier.size);
      // Let the page paint the progress bar between two slices.
      await new Promise((fin) => setTimeout(fin, 0));
    }
    if (utf8Valide) {
      try {
        texte += utf8.decode();
        return { ok: true, texte, encodage: 'utf-8' };
      } catch {
        // a truncated character at the very end: fall back below
      }
    }
    return { ok: true, texte: new TextDecoder('windows-1252').decode(concatener(morceaux)), encodage: 'windows-1252' };
  } catch (e) {
    return { ok: false, erreur: `Lecture du fichier impossible (${e instanceof Error ? e.message : String(e)}).` };
  }
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

function concatener(morceaux: Uint8Array[]): Uint8Array {
  const total = morceaux.reduce((n, m) => n + m.length, 0);
  const tout = new Uint8Array(total);
  let position = 0;
  for (const m of morceaux) {
    tout.set(m, position);
    position += m.length;
  }
  return tout;
}

export function megaOctets(octets: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(octets / 1_000_000)} Mo`;
}
