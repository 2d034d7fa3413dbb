// A small PDF writer for crafted test files: pages whose content streams are written by hand (so
// that text can be white, clipped, invisible, covered, turned or outside the page), Helvetica and
// Helvetica-Bold in WinAnsi, a Helvetica whose ToUnicode map lies, an optional-content layer that
// is off, and JPEG images. Used by scripts/fixtures-visibilite.ts; the outputs are committed.
import { deflateSync } from 'node:zlib';

export const LARGEUR = 595;
export const HAUTEUR = 842;

/** WinAnsi's code points above Latin-1's control range. */
const WIN_ANSI: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96, '—': 0x97, '«': 0xab, '»': 0xbb };

/** A PDF string literal in WinAnsi (French letters and € included). */
export function chaine(s: string): string {
  let sortie = '';
  for (const c of s) {
    const code = WIN_ANSI[c] ?? c.charCodeAt(0);
    if (code > 0xff) throw new Error(`caractère hors WinAnsi : ${c}`);
    if (c === '(' || c === ')' || c === '\\') sortie += `\\${c}`;
    else if (code < 0x20 || code > 0x7e) sortie += `\\${code.toString(8).padStart(3, '0')}`;
    else sortie += c;
  }
  return `(${sortie})`;
}

/** Fonts every page can use: F1 Helvetica, F2 Helvetica-Bold, F3 Helvetica whose ToUnicode says « 1 » for the glyph « seven ». */
export type Police = 'F1' | 'F2' | 'F3';

export interface Image {
  /** A baseline JPEG (DCTDecode), grey or RGB. */
  jpeg: Uint8Array;
  largeur: number;
  hauteur: number;
  gris: boolean;
}

export interface PageALaMain {
  /** The content stream, in PDF operators (y up from the bottom, as PDF has it). */
  contenu: string;
  /** Images the content paints as /Im0, /Im1… */
  images?: Image[];
  /** Content between `/OC /Cache BDC … EMC` is in a layer that is off. */
  calque?: boolean;
}

const CMAP_MENTEUSE = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Menteuse def /CMapType 2 def',
  '1 begincodespacerange <00> <FF> endcodespacerange',
  // Every printable code maps to itself, but the glyph « seven » (0x37) says « 1 ».
  '1 beginbfrange <20> <7E> <0020> endbfrange',
  '1 beginbfchar <37> <0031> endbfchar',
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

/** Text at (x, y from the top) in a font, size and grey or RGB colour, with the render mode given. */
export function texte(t: string, x: number, yHaut: number, options: { taille?: number; police?: Police; couleur?: string; mode?: number } = {}): string {
  const { taille = 10, police = 'F1', couleur = '0 g', mode = 0 } = options;
  return `BT ${couleur} ${mode} Tr /${police} ${taille} Tf 1 0 0 1 ${x.toFixed(2)} ${(HAUTEUR - yHaut).toFixed(2)} Tm ${chaine(t)} Tj ET`;
}

/** A filled rectangle, from its top-left corner (y from the top). */
export function rectangle(x: number, yHaut: number, l: number, h: number, couleur = '1 g'): string {
  return `${couleur} ${x.toFixed(2)} ${(HAUTEUR - yHaut - h).toFixed(2)} ${l.toFixed(2)} ${h.toFixed(2)} re f`;
}

/** A stroked segment (y from the top). */
export function segment(x0: number, y0: number, x1: number, y1: number, epaisseur = 0.75): string {
  return `${epaisseur} w 0 G ${x0.toFixed(2)} ${(HAUTEUR - y0).toFixed(2)} m ${x1.toFixed(2)} ${(HAUTEUR - y1).toFixed(2)} l S`;
}

function objetFlux(dictionnaire: string, octets: Uint8Array): Uint8Array {
  return concat([ascii(`<< ${dictionnaire} /Length ${octets.length} >>\nstream\n`), octets, ascii('\nendstream')]);
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function concat(parts: Uint8Array[]): Uint8Array {
  const sortie = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    sortie.set(p, i);
    i += p.length;
  }
  return sortie;
}

/** The PDF of these pages (A4), with a correct cross-reference table. */
export function pdfALaMain(pages: readonly PageALaMain[]): Uint8Array {
  const objets: Uint8Array[] = [];
  const ajouter = (o: Uint8Array | string) => objets.push(typeof o === 'string' ? ascii(o) : o);
  ajouter('<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >> >>');
  ajouter(''); // the page tree, written once the pages are numbered
  ajouter('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  ajouter('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  ajouter('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 7 0 R >>');
  ajouter('<< /Type /OCG /Name (Calque masqué) >>');
  ajouter(objetFlux('', ascii(CMAP_MENTEUSE)));
  const enfants: number[] = [];
  for (const p of pages) {
    const images = (p.images ?? []).map((im) => {
      ajouter(objetFlux(`/Type /XObject /Subtype /Image /Width ${im.largeur} /Height ${im.hauteur} /ColorSpace /${im.gris ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode`, im.jpeg));
      return objets.length;
    });
    ajouter(objetFlux('/Filter /FlateDecode', deflateSync(Buffer.from(p.contenu, 'latin1'))));
    const contenu = objets.length;
    const xobjets = images.length ? `/XObject << ${images.map((n, i) => `/Im${i} ${n} 0 R`).join(' ')} >>` : '';
    ajouter(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${LARGEUR} ${HAUTEUR}] /Contents ${contenu} 0 R ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> ${xobjets} /Properties << /Cache 6 0 R >> >> >>`,
    );
    enfants.push(objets.length);
  }
  objets[1] = ascii(`<< /Type /Pages /Kids [${enfants.map((e) => `${e} 0 R`).join(' ')}] /Count ${enfants.length} >>`);
  const morceaux: Uint8Array[] = [ascii('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n')];
  let position = morceaux[0]!.length;
  const positions: number[] = [];
  objets.forEach((o, i) => {
    positions.push(position);
    const m = concat([ascii(`${i + 1} 0 obj\n`), o, ascii('\nendobj\n')]);
    morceaux.push(m);
    position += m.length;
  });
  morceaux.push(
    ascii(
      `xref\n0 ${objets.length + 1}\n0000000000 65535 f \n${positions.map((p) => `${String(p).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size ${objets.length + 1} /Root 1 0 R >>\nstartxref\n${position}\n%%EOF\n`,
    ),
  );
  return concat(morceaux);
}
