// A zip writer for hostile inputs: entries stored or deflated as asked, with the flags, methods,
// duplicate names and zip64 records a test needs, which a normal zip library would refuse to write.
import { deflateSync } from 'fflate';

export interface EntreeBrute {
  nom: string;
  donnees: Uint8Array | string;
  /** 0 stored, 8 deflate (default), or any other method number to test refusal. */
  methode?: number;
  drapeaux?: number;
  /** Compressed bytes given as is (corrupt deflate data). */
  brut?: Uint8Array;
}

const octets = (d: Uint8Array | string) => (typeof d === 'string' ? new TextEncoder().encode(d) : d);

/** CRC-32 (the zip's checksum; readers that check it would otherwise refuse the file for the wrong reason). */
function crc32(donnees: Uint8Array): number {
  let crc = 0xffffffff;
  for (const o of donnees) {
    crc ^= o;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

class Tampon {
  private morceaux: Uint8Array[] = [];
  longueur = 0;
  u16(v: number) {
    return this.ajouter(new Uint8Array([v & 255, (v >> 8) & 255]));
  }
  u32(v: number) {
    return this.ajouter(new Uint8Array([v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255]));
  }
  u64(v: number) {
    return this.u32(v % 2 ** 32).u32(Math.floor(v / 2 ** 32));
  }
  ajouter(o: Uint8Array) {
    this.morceaux.push(o);
    this.longueur += o.length;
    return this;
  }
  octets(): Uint8Array {
    const tout = new Uint8Array(this.longueur);
    let p = 0;
    for (const m of this.morceaux) tout.set(m, p), (p += m.length);
    return tout;
  }
}

/** A zip of `entrees`; `zip64` writes the 64-bit end records and extra fields (required past 65 535 entries). */
export function zipBrut(entrees: readonly EntreeBrute[], options: { zip64?: boolean } = {}): Uint8Array {
  const zip64 = options.zip64 ?? entrees.length > 0xfffe;
  const t = new Tampon();
  const centrale = new Tampon();
  for (const e of entrees) {
    const donnees = octets(e.donnees);
    const methode = e.methode ?? 8;
    const compresse = e.brut ?? (methode === 8 ? deflateSync(donnees) : donnees);
    const nom = new TextEncoder().encode(e.nom);
    const crc = crc32(donnees);
    const position = t.longueur;
    const extraLocal = zip64 ? new Tampon().u16(1).u16(16).u64(donnees.length).u64(compresse.length).octets() : new Uint8Array();
    t.u32(0x04034b50).u16(zip64 ? 45 : 20).u16(e.drapeaux ?? 0).u16(methode).u16(0).u16(0x21).u32(crc);
    t.u32(zip64 ? 0xffffffff : compresse.length).u32(zip64 ? 0xffffffff : donnees.length).u16(nom.length).u16(extraLocal.length);
    t.ajouter(nom).ajouter(extraLocal).ajouter(compresse);
    const extra = zip64 ? new Tampon().u16(1).u16(24).u64(donnees.length).u64(compresse.length).u64(position).octets() : new Uint8Array();
    centrale.u32(0x02014b50).u16(zip64 ? 45 : 20).u16(zip64 ? 45 : 20).u16(e.drapeaux ?? 0).u16(methode).u16(0).u16(0x21).u32(crc);
    centrale.u32(zip64 ? 0xffffffff : compresse.length).u32(zip64 ? 0xffffffff : donnees.length).u16(nom.length).u16(extra.length).u16(0).u16(0).u16(0).u32(0);
    centrale.u32(zip64 ? 0xffffffff : position).ajouter(nom).ajouter(extra);
  }
  const debutCentrale = t.longueur;
  t.ajouter(centrale.octets());
  if (zip64) {
    const fin64 = t.longueur;
    t.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(entrees.length).u64(entrees.length).u64(centrale.longueur).u64(debutCentrale);
    t.u32(0x07064b50).u32(0).u64(fin64).u32(1);
  }
  const plein = (v: number, max: number) => (zip64 ? max : v);
  t.u32(0x06054b50).u16(0).u16(0).u16(plein(entrees.length, 0xffff)).u16(plein(entrees.length, 0xffff));
  t.u32(plein(centrale.longueur, 0xffffffff)).u32(plein(debutCentrale, 0xffffffff)).u16(0);
  return t.octets();
}
