// The dashboard's .xlsx export, with real number and date cells (amounts in euros with a € format,
// dates as Excel dates, rates as percentages). exceljs is loaded by a dynamic import from this
// page only: a kept, MIT library that writes the Office Open XML a French Excel and Sheets open
// without a « repair », where a hand-written zip of XML parts would have to be maintained here.
import ExcelJS from 'exceljs';
import { COLONNES_EXPORT, type Valeur } from '../../../shared/portefeuille/colonnes';
import type { EvenementCalendrier } from '../../../shared/portefeuille/calendrier';
import type { LignePortefeuille } from '../../../shared/portefeuille/ligne';

const FORMAT_EUROS = '#,##0.00\\ "€"';
const FORMAT_DATE = 'dd/mm/yyyy';
const FORMAT_POURCENT = '0.0%';

/** A day as Excel keeps it: midnight UTC of that date (no time zone shift). */
const dateExcel = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

function cellule(v: Valeur): { valeur: ExcelJS.CellValue; format?: string } {
  if (v === null) return { valeur: null };
  switch (v.sorte) {
    case 'texte':
      // Written as a string cell: a spreadsheet never runs it as a formula.
      return { valeur: v.texte };
    case 'montant':
      return { valeur: v.centimes / 100, format: FORMAT_EUROS };
    case 'date':
      return { valeur: dateExcel(v.date), format: FORMAT_DATE };
    case 'entier':
      return { valeur: v.nombre };
    case 'pourcent':
      return { valeur: v.pourcent / 100, format: FORMAT_POURCENT };
  }
}

export async function ecrireXlsx(lignes: readonly LignePortefeuille[], evenements: readonly EvenementCalendrier[]): Promise<ArrayBuffer> {
  const classeur = new ExcelJS.Workbook();
  classeur.creator = 'Jauge';
  const feuille = classeur.addWorksheet('Conventions', { views: [{ state: 'frozen', ySplit: 1 }] });
  feuille.columns = COLONNES_EXPORT.map((c) => ({ header: c.titre, width: c.largeur }));
  feuille.getRow(1).font = { bold: true };
  for (const l of lignes) {
    const rang = feuille.addRow([]);
    COLONNES_EXPORT.forEach((c, i) => {
      const { valeur, format } = cellule(c.valeur(l));
      const cell = rang.getCell(i + 1);
      cell.value = valeur;
      if (format) cell.numFmt = format;
    });
  }
  feuille.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLONNES_EXPORT.length } };

  const dates = classeur.addWorksheet('Dates clés', { views: [{ state: 'frozen', ySplit: 1 }] });
  dates.columns = [
    { header: 'Date', width: 11 },
    { header: 'Jours restants', width: 10 },
    { header: 'Date clé', width: 70 },
    { header: 'Convention', width: 40 },
    { header: 'Conventions concernées', width: 80 },
  ];
  dates.getRow(1).font = { bold: true };
  for (const e of evenements) {
    const rang = dates.addRow([dateExcel(e.date), e.jours, e.libelle, e.convention, e.texte]);
    rang.getCell(1).numFmt = FORMAT_DATE;
  }
  return classeur.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
