// The blocks of every page → the document's lines, as the convention reader reads them: a paragraph
// a line, a table row as its cells joined by tabs, a blank line between blocks. A paragraph cut by a
// page or column break is joined again; a table cut by a page break goes on as one table, without
// the header row a browser or a word processor repeats on the new page, and a row the break split in
// two is one row again.
import type { LigneDocument } from '../types';
import { continueCellule, texteParagraphe, type Bloc, type Rangee } from './blocs';
import { texteLigne, type LignePhysique } from './lignes';
import { largeurTableau } from './tableaux';
import { joindreLignes } from './texte';
import { minimum } from './bornes';

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
  return derniere.x1 >= droite - 3 * derniere.taille && !/[.:;!?»]$/.test(texteLigne(derniere)) && /^[\p{Ll}\d(]/u.test(texteLigne(b.lignes[0]!));
}

/**
 * The first row after a page break is the rest of the row the break cut: its first cell is empty
 * under a full one (no year, no label), or it starts lower case (« d'engagement (AE) » after
 * « Autorisations »), or the cut row left a parenthesis open (« 200 000 € (deux »).
 */
function suiteDeRangee(coupee: Rangee, suite: Rangee): boolean {
  if (suite.cellules[0]!.trim() === '' && coupee.cellules[0]!.trim() !== '') return true;
  const pleines = suite.cellules.map((c, k) => [coupee.cellules[k] ?? '', c] as const).filter(([, c]) => c.trim() !== '');
  return pleines.length > 0 && pleines.every(([dessus, c]) => continueCellule(dessus, c));
}

const plie = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The repeated header glued to the rest of a cut row (no padding between them, the rest reading as
 * the header's own wrapped lines): every cell starts with the header's cell; the rest is the row.
 */
function sansEntete(r: Rangee, entete: Rangee): Rangee {
  const colle =
    entete.cellules.length === r.cellules.length &&
    entete.cellules.filter((e) => plie(e) !== '').length >= 2 &&
    entete.cellules.every((e, k) => plie(r.cellules[k]!).startsWith(plie(e)));
  if (!colle) return r;
  return { ...r, cellules: r.cellules.map((c, k) => c.replace(/\s+/g, ' ').trim().slice(plie(entete.cellules[k]!).length).trim()) };
}

/** Adds a table's continuation to it: the repeated header goes, a row split by the break is joined. */
function prolonger(tableau: Extract<Bloc, { type: 'tableau' }>, suite: readonly Rangee[]): void {
  const entete = cle(tableau.rangees[0]!);
  const rangees = suite.filter((r, n) => n > 0 || cle(r) !== entete).map((r, n) => (n === 0 ? sansEntete(r, tableau.rangees[0]!) : r));
  const premiere = rangees[0];
  const derniere = tableau.rangees[tableau.rangees.length - 1]!;
  if (premiere && tableau.rangees.length > 1 && suiteDeRangee(derniere, premiere)) {
    derniere.cellules = derniere.cellules.map((c, k) => joindreLignes(c, premiere.cellules[k] ?? ''));
    rangees.shift();
  }
  tableau.rangees.push(...rangees);
}

export function assembler(pages: readonly PageBlocs[], joindre: (a: string, b: string) => string): LigneDocument[] {
  const tous: Bloc[] = [];
  for (const p of pages) {
    // A table's title line repeated above its continuation (« Références Chorus ») goes with the repeat.
    const [titre, suite] = p.blocs;
    const [avantTableau, tableau] = [tous[tous.length - 2], tous[tous.length - 1]];
    const repete =
      titre?.type === 'paragraphe' && suite?.type === 'tableau' && tableau?.type === 'tableau' && avantTableau?.type === 'paragraphe' &&
      texteParagraphe(titre.lignes).trim() === texteParagraphe(avantTableau.lignes).trim() && largeurTableau(tableau.rangees) === largeurTableau(suite.rangees);
    const blocs = repete ? p.blocs.slice(1) : p.blocs;
    blocs.forEach((b, k) => {
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
      ajouter(texteParagraphe(b.lignes, joindre), b.lignes[0]!, confiances.length ? minimum(confiances) : undefined);
    } else for (const r of b.rangees) ajouter(r.cellules.join('\t'), r.ligne, r.confiance);
  }
  return lignes;
}
