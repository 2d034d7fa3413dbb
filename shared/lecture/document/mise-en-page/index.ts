// The layout engine: positioned words (PDF.js runs or OCR words) → physical lines → running headers
// dropped → ruled tables from their grid → reading order (columns) → paragraphs and tables from
// alignment → the document's lines, as the convention reader reads them (a paragraph a line, a
// table row as tab-joined cells, a blank line between blocks). The same code for a PDF and its scan.
import type { Constat } from '../../../model';
import { blocs } from './blocs';
import { ordonner, type ElementPage } from './colonnes';
import type { DocumentMisEnPage, PagePlacee } from './contrat';
import { retirerEnTetes } from './en-tetes';
import { lignesPhysiques, texteLigne, type LignePhysique } from './lignes';
import { assembler, type PageBlocs } from './sortie';
import { tableauxRegles, type BlocTableau } from './tableaux';
import { joindreAvecMots, motsDuTexte } from './texte';

export type { DocumentMisEnPage, MotPlace, PagePlacee, Trait } from './contrat';

const mediane = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

/** Words → lines → blocks → tables for a whole document (tables may run over page breaks). */
export function mettreEnPage(pages: PagePlacee[]): DocumentMisEnPage {
  const brutes = pages.map((p) => ({ numero: p.numero, hauteur: p.hauteur, lignes: lignesPhysiques(p.numero, p.mots) }));
  const { pages: nettes, retirees } = retirerEnTetes(brutes);
  // Lines are numbered on their page once headers are gone (the frames of one page follow each other).
  const compteurs = new Map<number, number>();
  for (const p of nettes) {
    for (const l of p.lignes) {
      const n = (compteurs.get(p.numero) ?? 0) + 1;
      compteurs.set(p.numero, n);
      l.numero = n;
    }
  }
  const joindre = joindreAvecMots(motsDuTexte(nettes.flatMap((p) => p.lignes.map(texteLigne))));
  const parPage: PageBlocs[] = nettes.map((p, i) => {
    const taille = mediane(p.lignes.map((l) => l.taille)) ?? 10;
    const { tableaux, lignes } = tableauxRegles(p.numero, p.lignes, pages[i]!.traits, taille);
    const elements: ElementPage<BlocTableau>[] = [...tableaux, ...lignes.map((l: LignePhysique) => ({ x0: l.x0, x1: l.x1, y0: l.y0, y1: l.y1, ligne: l }))];
    elements.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    return { numero: p.numero, blocs: elements.length ? blocs(ordonner(elements, taille)) : [] };
  });
  const constats: Constat[] = [];
  if (retirees > 0) {
    constats.push({
      regle: 'document-en-tetes-retires',
      gravite: 'information',
      message: `${retirees} ligne${retirees > 1 ? 's' : ''} d'en-tête, de pied de page ou de numéro de page retirée${retirees > 1 ? 's' : ''} du texte.`,
      position: null,
    });
  }
  return { lignes: assembler(parPage, joindre), constats };
}
