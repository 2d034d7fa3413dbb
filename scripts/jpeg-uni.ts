// A valid baseline JPEG of any size in one flat grey, written without an image library: every
// 8 × 8 block is its DC coefficient alone (the first block sets it, the others repeat it at six
// bits each), so a 20 000 × 20 000 image weighs under 5 Mio while any decoder that opens it must
// produce 400 million pixels. Used to build hostile scans (scripts/scans-hostiles.ts).

const octets = (...valeurs: number[]): number[] => valeurs;
const seize = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];

/** The standard luminance Huffman tables (ITU T.81, K.3): counts by length, then symbols. */
const DC_COMPTES = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_SYMBOLES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_COMPTES = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
// Only the first symbols matter here (EOB is 0x00, code 1010); the rest complete the table.
const AC_SYMBOLES = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1,
  0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39,
  0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75,
  0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
  0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8,
  0xd9, 0xda, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
];

/** Bits into bytes, with the 0x00 a JPEG puts after every 0xFF of entropy-coded data. */
class Bits {
  private parties: Uint8Array[] = [];
  private tampon = new Uint8Array(1 << 16);
  private n = 0;
  private accu = 0;
  private compte = 0;
  ecrire(valeur: number, longueur: number): void {
    for (let i = longueur - 1; i >= 0; i--) {
      this.accu = (this.accu << 1) | ((valeur >> i) & 1);
      if (++this.compte === 8) this.octet();
    }
  }
  private octet(): void {
    this.pousser(this.accu);
    if (this.accu === 0xff) this.pousser(0);
    this.accu = 0;
    this.compte = 0;
  }
  private pousser(o: number): void {
    if (this.n === this.tampon.length) {
      this.parties.push(this.tampon);
      this.tampon = new Uint8Array(1 << 16);
      this.n = 0;
    }
    this.tampon[this.n++] = o;
  }
  fin(): Uint8Array[] {
    // Pad the last byte with ones, as T.81 asks.
    while (this.compte !== 0) this.ecrire(1, 1);
    return [...this.parties, this.tampon.subarray(0, this.n)];
  }
}

/** A grey baseline JPEG `largeur × hauteur` of flat grey `niveau` (0–255, rounded to a multiple of 2). */
export function jpegUni(largeur: number, hauteur: number, niveau = 254): Uint8Array {
  const entete = [
    ...octets(0xff, 0xd8),
    // Quantisation table 0: 16 everywhere (only the DC step matters).
    ...octets(0xff, 0xdb), ...seize(67), 0, ...Array<number>(64).fill(16),
    // Baseline frame: 8 bits, the size, one component sampled 1 × 1 with table 0.
    ...octets(0xff, 0xc0), ...seize(11), 8, ...seize(hauteur), ...seize(largeur), 1, 1, 0x11, 0,
    ...octets(0xff, 0xc4), ...seize(3 + 16 + DC_SYMBOLES.length), 0x00, ...DC_COMPTES, ...DC_SYMBOLES,
    ...octets(0xff, 0xc4), ...seize(3 + 16 + AC_SYMBOLES.length), 0x10, ...AC_COMPTES, ...AC_SYMBOLES,
    ...octets(0xff, 0xda), ...seize(8), 1, 1, 0x00, 0, 63, 0,
  ];
  // DC = 8 × (level − 128) / 16; category and bits as T.81 F.1.2.1 codes them.
  const dc = Math.max(-63, Math.min(63, Math.round((niveau - 128) / 2)));
  const categorie = dc === 0 ? 0 : Math.floor(Math.log2(Math.abs(dc))) + 1;
  const CODES_DC: [number, number][] = [[0b00, 2], [0b010, 3], [0b011, 3], [0b100, 3], [0b101, 3], [0b110, 3], [0b1110, 4]];
  const bits = new Bits();
  const blocs = Math.ceil(largeur / 8) * Math.ceil(hauteur / 8);
  for (let b = 0; b < blocs; b++) {
    if (b === 0) {
      const [code, longueur] = CODES_DC[categorie]!;
      bits.ecrire(code, longueur);
      if (categorie) bits.ecrire(dc > 0 ? dc : dc + (1 << categorie) - 1, categorie);
    } else bits.ecrire(0b00, 2);
    // End of block: no AC coefficient.
    bits.ecrire(0b1010, 4);
  }
  const parties = [Uint8Array.from(entete), ...bits.fin(), Uint8Array.from([0xff, 0xd9])];
  const sortie = new Uint8Array(parties.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parties) {
    sortie.set(p, i);
    i += p.length;
  }
  return sortie;
}
