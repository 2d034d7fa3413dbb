// A raw PDF writer for the campaign: objects and content streams written as given, a correct
// cross-reference table (unless a case breaks it on purpose), so that what each page shows, and what
// lies hidden in it, is exactly known. The base convention is laid out as lines and a three-column table.
import { CONVENTION } from './bureautique';

export const LARGEUR = 595;
export const HAUTEUR = 842;

/** WinAnsi bytes of a string, escaped as a PDF literal string. */
export function chainePdf(s: string): string {
  let sortie = '';
  for (const c of s) {
    const code = c === '€' ? 0x80 : c === '’' ? 0x92 : c.charCodeAt(0);
    if (c === '(' || c === ')' || c === '\\') sortie += `\\${c}`;
    else if (code < 0x20 || code > 0x7e) sortie += `\\${(code & 0xff).toString(8).padStart(3, '0')}`;
    else sortie += c;
  }
  return `(${sortie})`;
}

/** `BT … ET` drawing `texte` at (x, y from the top), in font `/F1` unless told. */
export const texte = (t: string, x: number, y: number, police = 'F1', taille = 11) => `BT /${police} ${taille} Tf ${x} ${HAUTEUR - y} Td ${chainePdf(t)} Tj ET`;

export interface Objets {
  /** Object bodies; object n is `corps[n - 1]`. */
  corps: string[];
  racine: number;
}

/** Assembles numbered objects into a PDF with its xref table and trailer. */
export function assemblerPdf({ corps, racine }: Objets, options: { xrefFausse?: boolean; sansFin?: boolean; trailer?: string } = {}): Uint8Array {
  let pdf = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const positions: number[] = [];
  corps.forEach((c, i) => {
    positions.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${c}\nendobj\n`;
  });
  const xref = pdf.length;
  const decalage = options.xrefFausse ? 7 : 0;
  pdf += `xref\n0 ${corps.length + 1}\n0000000000 65535 f \n${positions.map((p) => `${String(p + decalage).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${corps.length + 1} /Root ${racine} 0 R ${options.trailer ?? ''}>>\nstartxref\n${xref}\n`;
  if (!options.sansFin) pdf += '%%EOF\n';
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0) & 0xff);
}

const POLICE = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

export interface Page {
  contenu: string;
  /** Extra font resources beyond /F1 (name → object body). */
  polices?: Record<string, string>;
  mediaBox?: string;
  rotate?: number;
}

/** Pages drawn with Helvetica (`/F1`) and their own fonts; one content stream each. */
export function pdfPages(pages: readonly Page[]): Objets {
  const corps: string[] = ['', '', POLICE];
  const enfants: number[] = [];
  for (const page of pages) {
    const polices = [`/F1 3 0 R`];
    for (const [nom, police] of Object.entries(page.polices ?? {})) {
      corps.push(police);
      polices.push(`/${nom} ${corps.length} 0 R`);
    }
    corps.push(`<< /Length ${page.contenu.length} >>\nstream\n${page.contenu}\nendstream`);
    const contenu = corps.length;
    corps.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox ${page.mediaBox ?? `[0 0 ${LARGEUR} ${HAUTEUR}]`}${page.rotate ? ` /Rotate ${page.rotate}` : ''} /Resources << /Font << ${polices.join(' ')} >> >> /Contents ${contenu} 0 R >>`,
    );
    enfants.push(corps.length);
  }
  corps[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  corps[1] = `<< /Type /Pages /Kids [${enfants.map((e) => `${e} 0 R`).join(' ')}] /Count ${enfants.length} >>`;
  return { corps, racine: 1 };
}

/** One line of the base convention: its text, or the table row's cells. */
export type LigneConvention = { y: number; texte: string } | { y: number; cellules: string[] };

/** The base convention laid out from the top of the page (14 pt lines, blocks 8 pt apart). */
export function lignesConvention(): LigneConvention[] {
  const c = CONVENTION;
  const lignes: LigneConvention[] = [];
  let y = 60;
  const bloc = (t: string) => (lignes.push({ y, texte: t }), (y += 22));
  for (const t of c.avant) bloc(t);
  for (const r of c.echeancier) lignes.push({ y, cellules: r }), (y += 16);
  y += 8;
  bloc(c.dureeTitre);
  bloc(`${c.dureeDebut}${c.fin}.`);
  bloc(c.signature);
  return lignes;
}

export const COLONNES = [72, 200, 330];

/** The content stream of the base convention; `apres` draws more (hidden material) at the end, `table` extra rows' y. */
export function contenuConvention(options: { apres?: string; cellule?: (texte: string, x: number, y: number) => string } = {}): string {
  const dessin = options.cellule ?? ((t: string, x: number, y: number) => texte(t, x, y));
  const ops = lignesConvention().map((l) => ('texte' in l ? texte(l.texte, 72, l.y) : l.cellules.map((t, i) => dessin(t, COLONNES[i]!, l.y)).join('\n')));
  return `${ops.join('\n')}\n${options.apres ?? ''}`;
}

/** y of the row under the échéancier's last row, where a hidden 2026 row goes. */
export function yRangeeSuivante(): number {
  const rangees = lignesConvention().filter((l) => 'cellules' in l);
  return rangees[rangees.length - 1]!.y + 16;
}

/** The y of the duration sentence, for a hidden end date laid over or beside it. */
export function yDuree(): number {
  return lignesConvention().find((l) => 'texte' in l && l.texte.startsWith(CONVENTION.dureeDebut))!.y;
}
