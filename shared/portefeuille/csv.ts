// The portfolio as a CSV that Excel and Sheets open right in French: the registry CSV's writer
// (BOM, `;`, CRLF, texts protected from formula injection), amounts as `2500000,50`, dates as
// `31/12/2025`, rates as `72,5`: what a French spreadsheet reads as numbers and dates.
import { ecrireEuros } from '../montant';
import { ecrireCsvFrancais, protegerTexte } from '../registre/csv-francais';
import { COLONNES_EXPORT, type Valeur } from './colonnes';
import type { LignePortefeuille } from './ligne';

function cellule(v: Valeur): string {
  if (v === null) return '';
  switch (v.sorte) {
    case 'texte':
      return protegerTexte(v.texte);
    case 'montant':
      return ecrireEuros(v.centimes);
    case 'date':
      return `${v.date.slice(8, 10)}/${v.date.slice(5, 7)}/${v.date.slice(0, 4)}`;
    case 'entier':
      return String(v.nombre);
    case 'pourcent':
      return String(v.pourcent).replace('.', ',');
  }
}

export function ecrirePortefeuilleCsv(lignes: readonly LignePortefeuille[]): string {
  return ecrireCsvFrancais([COLONNES_EXPORT.map((c) => c.titre), ...lignes.map((l) => COLONNES_EXPORT.map((c) => cellule(c.valeur(l))))]);
}
