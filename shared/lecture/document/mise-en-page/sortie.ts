// The blocks of every page → the document's lines, as the convention reader reads them: a paragraph
// a line, a table row as its cells joined by tabs, a blank line between blocks. A paragraph cut by a
// page or column break is joined again; a table cut by a page break goes on as one table, without
// the header row a browser or a word processor repeats on the new page, and a row the break split in
// two is one row again.
import type { LigneDocument } from '../types';
import { texteParagraphe, type Bloc, type Rangee } from './blocs';
import { texteLigne, type LignePhysique } from './lignes';
import { largeurTableau } from './tableaux';
import { joindreLignes } from './texte';

export interface PageBlocs {
  numero: number;
  blocs: Bloc[];
}

const cle = (r: Rangee) => r.cellules.map((c) => c.replace(/\s+/g, ' ').trim().toLowerCase()).join('\t');

function continueParagraphe(precedent: Bloc | undefined, b: Bloc, premierDeLaPage: boolean): boolean {
  if (precedent?.type !== 'paragraphe' || b.type !== 'paragraphe') return false;
  const derniere = precedent.lignes[precedent.lignes.length - 1]!;
  const coupure = (premierDeLaPage && derniere.page !== b.lignes[0]!.page) || b.debutColonne === true;
  if (!coupure) return false;
  const droite = precedent.droite ?? derniere.x1;
  // The next page goes on with a lower-case word, a figure, or a bracketed code (« [013-CEFP] du programme »).
  return derniere.x1 >= droite - 3 * derniere.taille && !/[.:;!?»]$/.test(texteLigne(derniere)) && /^[\p{Ll}\d([]/u.test(texteLigne(b.lignes[0]!));
}

/** Adds a table's continuation to it: the repeated header goes, a row split by the break is joined. */
function prolonger(tableau: Extract<Bloc, { type: 'tableau' }>, suite: readonly Rangee[]): void {
  const entete = cle(tableau.rangees[0]!);
  const rangees = suite.filter((r, n) => n > 0 || cle(r) !== entete);
  const premiere = rangees[0];
  const derniere = tableau.rangees[tableau.rangees.length - 1]!;
  // The first cell empty (no year, no label) under a full row: the rest of that row.
  if (premiere && premiere.cellules[0]!.trim() === '' && derniere.cellules[0]!.trim() !== '' && tableau.rangees.length > 1) {
    derniere.cellules = derniere.cellules.map((c, k) => joindreLignes(c, premiere.cellules[k] ?? ''));
    rangees.shift();
  }
  tableau.rangees.push(...rangees);
}

export function assembler(pages: readonly PageBlocs[], joindre: (a: string, b: string) => string): LigneDocument[] {
  const tous: Bloc[] = [];
  for (const p of pages) {
    p.blocs.forEach((b, k) => {
      const precedent = tous[tous.length - 1];
      const premier = k === 0;
      if (continueParagraphe(precedent, b, premier) && precedent?.type === 'paragraphe' && b.type === 'paragraphe') {
        precedent.lignes.push(...b.lignes);
        if (b.droite !== undefined) precedent.droite = b.droite;
      } else if (premier && b.type === 'tableau' && precedent?.type === 'tableau' && largeurTableau(precedent.rangees) === largeurTableau(b.rangees) && precedent.rangees[precedent.rangees.length - 1]!.ligne.page !== b.rangees[0]!.ligne.page) {
        prolonger(precedent, b.rangees);
      } else tous.push(b.type === 'tableau' ? { ...b, rangees: [...b.rangees] } : b);
    });
  }
  const lignes: LigneDocument[] = [];
  const ajouter = (texte: string, l: LignePhysique, confiance: number | undefined) =>
    lignes.push({ texte, page: l.page, ligne: l.numero, ...(confiance !== undefined ? { confiance } : {}) });
  for (const b of tous) {
    if (lignes.length > 0) {
      const avant = lignes[lignes.length - 1]!;
      lignes.push({ texte: '', page: avant.page, ligne: avant.ligne });
    }
    if (b.type === 'paragraphe') {
      const confiances = b.lignes.map((l) => l.confiance).filter((c): c is number => c !== undefined);
      ajouter(texteParagraphe(b.lignes, joindre), b.lignes[0]!, confiances.length ? Math.min(...confiances) : undefined);
    } else for (const r of b.rangees) ajouter(r.cellules.join('\t'), r.ligne, r.confiance);
  }
  return lignes;
}
