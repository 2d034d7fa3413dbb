// Writes small real PDFs for tests: pages of text runs placed at exact positions (Helvetica, the
// PDF's standard font, WinAnsi encoding), with a correct cross-reference table. PDF.js reads them
// like any other file, so the layout rebuilding is tested on known geometry.

export interface Texte {
  texte: string;
  x: number;
  /** From the top of the page, in points (the PDF's own y goes up from the bottom). */
  y: number;
  taille?: number;
}

const LARGEUR = 595;
const HAUTEUR = 842;

/** WinAnsi's own code points above Latin-1's control range. */
const WIN_ANSI: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96, '—': 0x97 };

/** A PDF string literal in WinAnsi (Latin-1 for French letters; € is 0x80 there). */
function chaine(s: string): string {
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

export function pdfMinimal(pages: readonly (readonly Texte[])[]): Uint8Array {
  const objets: string[] = [];
  const ajouter = (corps: string) => objets.push(corps) - 1 + 1;
  const catalogue = ajouter('');
  const racinePages = ajouter('');
  const police = ajouter('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const enfants: number[] = [];
  for (const textes of pages) {
    const flux = textes.map((t) => `BT /F1 ${t.taille ?? 11} Tf 1 0 0 1 ${t.x} ${HAUTEUR - t.y} Tm ${chaine(t.texte)} Tj ET`).join('\n');
    const contenu = ajouter(`<< /Length ${flux.length} >>\nstream\n${flux}\nendstream`);
    enfants.push(ajouter(`<< /Type /Page /Parent ${racinePages} 0 R /MediaBox [0 0 ${LARGEUR} ${HAUTEUR}] /Resources << /Font << /F1 ${police} 0 R >> >> /Contents ${contenu} 0 R >>`));
  }
  objets[catalogue - 1] = `<< /Type /Catalog /Pages ${racinePages} 0 R >>`;
  objets[racinePages - 1] = `<< /Type /Pages /Kids [${enfants.map((e) => `${e} 0 R`).join(' ')}] /Count ${enfants.length} >>`;
  let pdf = '%PDF-1.4\n';
  const positions: number[] = [];
  objets.forEach((corps, i) => {
    positions.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${corps}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objets.length + 1}\n0000000000 65535 f \n${positions.map((p) => `${String(p).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objets.length + 1} /Root ${catalogue} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1 bytes, one per character (the strings above are escaped to ASCII).
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0));
}
