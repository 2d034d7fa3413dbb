// The layout engine: positioned words (PDF.js runs or OCR words) → physical lines → blocks →
// tables → the document's lines, as the convention reader reads them (a paragraph a line, a table
// row as tab-joined cells, a blank line between blocks).
import type { Constat } from '../../../model';
import { assembler } from '../assembler';
import type { Fragment, PageFragments } from '../mise-en-page';
import type { DocumentMisEnPage, PagePlacee } from './contrat';

export type { DocumentMisEnPage, MotPlace, PagePlacee, Trait } from './contrat';

/** Words → lines → blocks → tables for a whole document (tables may run over page breaks). */
export function mettreEnPage(pages: PagePlacee[]): DocumentMisEnPage {
  const fragments: PageFragments[] = pages.map((p) => ({
    numero: p.numero,
    largeur: p.largeur,
    hauteur: p.hauteur,
    fragments: p.mots.map((m): Fragment => ({ texte: m.texte, x: m.x0, y: m.ligneDeBase ?? m.y1, largeur: m.x1 - m.x0, taille: m.taille })),
  }));
  const { lignes, enTetesRetires } = assembler(fragments);
  const constats: Constat[] = [];
  if (enTetesRetires > 0) {
    constats.push({
      regle: 'document-en-tetes-retires',
      gravite: 'information',
      message: `${enTetesRetires} ligne${enTetesRetires > 1 ? 's' : ''} d'en-tête, de pied de page ou de numéro de page retirée${enTetesRetires > 1 ? 's' : ''} du texte.`,
      position: null,
    });
  }
  return { lignes, constats };
}
