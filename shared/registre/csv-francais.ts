// Writing a CSV that a French Excel or Sheets opens right: texts protected from formula injection
// (amounts: ecrireEuros in shared/montant.ts) and the file's shape (BOM, `;`,
// CRLF). Apart from the registry reader so that a page writing CSV does not ship the reader.
import Papa from 'papaparse';

/** A text a spreadsheet would run as a formula gets a leading `'`. */
export function protegerTexte(s: string | undefined): string {
  if (s === undefined) return '';
  return /^'*[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * Cells (already written, texts already protected) as a CSV that Excel and Sheets open right in
 * French: a BOM (UTF-8), `;` between cells, CRLF, quotes only where needed.
 */
export function ecrireCsvFrancais(donnees: readonly (readonly string[])[]): string {
  return `\ufeff${Papa.unparse(donnees as string[][], { delimiter: ';', newline: '\r\n' })}\r\n`;
}
