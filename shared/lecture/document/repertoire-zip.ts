// A zip's central directory, as Word and LibreOffice read it (not the local headers a stream sees):
// each entry's name, method, flags, compressed size and where its data lies. Zip64 (more than
// 65 535 entries, or sizes and offsets past 4 GiB in the format) is read too. No decompression here
// (detection.ts uses it to tell a .docx from an .odt; zip.ts inflates the entries it needs).
import { ENTREES_ZIP_MAX } from './limites';

export interface EntreeZip {
  nom: string;
  /** 0: stored, 8: deflate. */
  methode: number;
  /** General-purpose flags (bit 0: encrypted). */
  drapeaux: number;
  tailleCompressee: number;
  /** Offset of the entry's local header. */
  position: number;
}

export type RepertoireZip = { ok: true; entrees: EntreeZip[] } | { ok: false; raison: string };

const SIGNATURE_FIN = 0x06054b50;
const SIGNATURE_LOCALISATEUR_64 = 0x07064b50;
const SIGNATURE_FIN_64 = 0x06064b50;
const SIGNATURE_CENTRALE = 0x02014b50;
const PLEIN_16 = 0xffff;
const PLEIN_32 = 0xffffffff;

/** A little-endian 64-bit integer, refused (NaN) past 2^53. */
function lire64(vue: DataView, position: number): number {
  const haut = vue.getUint32(position + 4, true);
  return haut >= 0x200000 ? NaN : haut * 2 ** 32 + vue.getUint32(position, true);
}

/** The end-of-central-directory record sits in the last 22 + 65 535 bytes (its comment follows it). */
function trouverFin(vue: DataView): number {
  for (let i = vue.byteLength - 22; i >= Math.max(0, vue.byteLength - 22 - PLEIN_16); i--) if (vue.getUint32(i, true) === SIGNATURE_FIN) return i;
  return -1;
}

/** The zip64 extra field (id 1): the 64-bit values of the fields whose 32-bit value is 0xFFFFFFFF, in this order. */
function extra64(vue: DataView, debut: number, fin: number, champs: { taille: boolean; compressee: boolean; position: boolean }) {
  for (let p = debut; p + 4 <= fin; ) {
    const id = vue.getUint16(p, true);
    const longueur = vue.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const valeur = () => {
        if (q + 8 > p + 4 + longueur) return NaN;
        const v = lire64(vue, q);
        q += 8;
        return v;
      };
      const taille = champs.taille ? valeur() : undefined;
      const compressee = champs.compressee ? valeur() : undefined;
      const position = champs.position ? valeur() : undefined;
      return { taille, compressee, position };
    }
    p += 4 + longueur;
  }
  return null;
}

export function lireRepertoireZip(octets: Uint8Array): RepertoireZip {
  const vue = new DataView(octets.buffer, octets.byteOffset, octets.byteLength);
  const fin = octets.length >= 22 ? trouverFin(vue) : -1;
  if (fin < 0) return { ok: false, raison: "répertoire central introuvable : archive tronquée ou qui n'est pas un zip" };
  let nombre = vue.getUint16(fin + 10, true);
  let position = vue.getUint32(fin + 16, true);
  if (nombre === PLEIN_16 || position === PLEIN_32 || vue.getUint32(fin + 12, true) === PLEIN_32) {
    // Zip64: a locator just before the record points to the 64-bit record.
    const localisateur = fin - 20;
    if (localisateur < 0 || vue.getUint32(localisateur, true) !== SIGNATURE_LOCALISATEUR_64) {
      // 65 535 entries exactly, written without zip64: the 32-bit offset is then a real one.
      if (position === PLEIN_32) return { ok: false, raison: 'archive zip64 sans son localisateur' };
    } else {
      const fin64 = lire64(vue, localisateur + 8);
      if (!(fin64 + 56 <= octets.length) || vue.getUint32(fin64, true) !== SIGNATURE_FIN_64) return { ok: false, raison: 'enregistrement de fin zip64 introuvable' };
      nombre = lire64(vue, fin64 + 32);
      position = lire64(vue, fin64 + 48);
    }
  }
  if (!Number.isFinite(position) || Number.isNaN(nombre)) return { ok: false, raison: 'répertoire central illisible' };
  const entrees: EntreeZip[] = [];
  const decodeur = new TextDecoder();
  for (let n = 0; n < nombre; n++) {
    if (position + 46 > octets.length || vue.getUint32(position, true) !== SIGNATURE_CENTRALE) return { ok: false, raison: 'répertoire central endommagé' };
    if (entrees.length >= ENTREES_ZIP_MAX) {
      return { ok: false, raison: `plus de ${ENTREES_ZIP_MAX.toLocaleString('fr-FR')} entrées dans l'archive (un document en a quelques dizaines)` };
    }
    const longueurNom = vue.getUint16(position + 28, true);
    const longueurExtra = vue.getUint16(position + 30, true);
    const longueurCommentaire = vue.getUint16(position + 32, true);
    let tailleCompressee = vue.getUint32(position + 20, true);
    let local = vue.getUint32(position + 42, true);
    const debutExtra = position + 46 + longueurNom;
    if (tailleCompressee === PLEIN_32 || local === PLEIN_32 || vue.getUint32(position + 24, true) === PLEIN_32) {
      const champs = { taille: vue.getUint32(position + 24, true) === PLEIN_32, compressee: tailleCompressee === PLEIN_32, position: local === PLEIN_32 };
      const valeurs = extra64(vue, debutExtra, Math.min(octets.length, debutExtra + longueurExtra), champs);
      if (!valeurs) return { ok: false, raison: 'entrée zip64 sans ses tailles' };
      if (valeurs.compressee !== undefined) tailleCompressee = valeurs.compressee;
      if (valeurs.position !== undefined) local = valeurs.position;
      if (Number.isNaN(tailleCompressee) || Number.isNaN(local)) return { ok: false, raison: 'entrée zip64 illisible' };
    }
    entrees.push({
      nom: decodeur.decode(octets.subarray(position + 46, Math.min(octets.length, position + 46 + longueurNom))),
      methode: vue.getUint16(position + 10, true),
      drapeaux: vue.getUint16(position + 8, true),
      tailleCompressee,
      position: local,
    });
    position = debutExtra + longueurExtra + longueurCommentaire;
  }
  return { ok: true, entrees };
}

/** Where an entry's data starts (after its local header), or null when the header is not there. */
export function debutDonnees(octets: Uint8Array, entree: EntreeZip): number | null {
  const vue = new DataView(octets.buffer, octets.byteOffset, octets.byteLength);
  if (entree.position + 30 > octets.length || vue.getUint32(entree.position, true) !== 0x04034b50) return null;
  return entree.position + 30 + vue.getUint16(entree.position + 26, true) + vue.getUint16(entree.position + 28, true);
}
