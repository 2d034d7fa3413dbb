// Unzips the few parts a .docx or an .odt needs, with fflate, streaming so that a zip bomb stops at
// DECOMPRESSE_MAX bytes instead of filling the memory: declared sizes are never trusted.
import { Unzip, UnzipInflate } from 'fflate';
import { DECOMPRESSE_MAX, enMio } from './limites';
import type { Redacteur } from './redaction';
import type { FormatLu, OptionsLecture, ResultatDocument } from './types';

export type ResultatZip = { ok: true; parties: Map<string, Uint8Array> } | { ok: false; erreur: string };

export function extraireParties(octets: Uint8Array, noms: readonly string[], nomFichier: string): ResultatZip {
  const morceaux = new Map<string, Uint8Array[]>();
  let total = 0;
  let tropGros = false;
  let erreur: string | undefined;
  const unzip = new Unzip((fichier) => {
    if (!noms.includes(fichier.name) || tropGros) return;
    const liste: Uint8Array[] = [];
    morceaux.set(fichier.name, liste);
    fichier.ondata = (err, donnees) => {
      if (err) {
        erreur ??= err.message;
        return;
      }
      total += donnees.length;
      if (total > DECOMPRESSE_MAX) {
        tropGros = true;
        fichier.terminate();
        return;
      }
      liste.push(donnees);
    };
    fichier.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Pushed in slices of 4 KiB: deflate expands at most ~1 000 times, so each push yields a few MiB
    // at most, and a bomb stops within a few slices of the limit instead of inflating everything.
    const tranche = 4 * 1024;
    for (let i = 0; i < octets.length && !tropGros; i += tranche) unzip.push(octets.subarray(i, i + tranche), i + tranche >= octets.length);
  } catch (e) {
    erreur ??= e instanceof Error ? e.message : String(e);
  }
  if (tropGros) {
    return { ok: false, erreur: `Le fichier « ${nomFichier} » se décompresse en plus de ${enMio(DECOMPRESSE_MAX)} : refusé (archive piégée ou document démesuré).` };
  }
  if (erreur !== undefined) return { ok: false, erreur: `Le fichier « ${nomFichier} » est une archive endommagée (${erreur}).` };
  const parties = new Map<string, Uint8Array>();
  for (const [nom, liste] of morceaux) {
    const tout = new Uint8Array(liste.reduce((n, m) => n + m.length, 0));
    let position = 0;
    for (const m of liste) {
      tout.set(m, position);
      position += m.length;
    }
    parties.set(nom, tout);
  }
  return { ok: true, parties };
}

/** A .docx or an .odt: one XML part unzipped (bounded), walked into lines. `manque` names what is absent, in French. */
export function lireDocumentZip(
  octets: Uint8Array,
  options: OptionsLecture,
  format: Extract<FormatLu, 'docx' | 'odt'>,
  partie: string,
  manque: string,
  lire: (xml: string) => Redacteur,
): ResultatDocument {
  const zip = extraireParties(octets, [partie], options.nom);
  if (!zip.ok) return zip;
  const contenu = zip.parties.get(partie);
  if (!contenu) return { ok: false, erreur: `Le fichier « ${options.nom} » n'a pas ${manque} (${partie} absent).` };
  const lignes = lire(new TextDecoder().decode(contenu)).lignes();
  return { ok: true, document: { format, texte: '', lignes, pages: 1, constats: [] } };
}
