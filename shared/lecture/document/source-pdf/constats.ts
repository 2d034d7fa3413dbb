// What the PDF source says about what it did not read: text no one can see (by page and reason),
// text read in its own orientation, text at an angle left aside, a font whose text layer lies, and
// an invisible OCR layer whose amounts are not those of the image the OCR read.
import type { Constat } from '../../../model';
import { formaterMontant, lireMontant } from '../../../montant';
import type { LigneDocument } from '../types';
import type { PageLue } from './page';
import { RAISONS_INVISIBLES } from './visibilite';

/** Visible characters on a page over a full-page image that make it a text layer, not a caption. */
const TEXTE_SUR_IMAGE = 20;

const pluriel = (n: number, mot: string) => `${n.toLocaleString('fr-FR')} ${mot}${n > 1 ? 's' : ''}`;
const QUARTS = ['', "d'un quart de tour", 'à l\'envers', "d'un quart de tour (vers la gauche)"];

export function constatsDesPages(pages: readonly PageLue[]): Constat[] {
  const constats: Constat[] = [];
  for (const p of pages) {
    const position = { page: p.numero };
    const caches = p.caches.filter((c) => c.caracteres > 0);
    // An OCR layer under a page picture is the scan's own business (pdf.ts): said once, not per page.
    const coucheOcr = p.imagePleinePage && p.caracteres === 0 && caches.every((c) => c.raison === 'mode-invisible');
    if (caches.length && !coucheOcr) {
      const details = caches.map((c) => `${pluriel(c.caracteres, 'caractère')} ${RAISONS_INVISIBLES[c.raison](c.caracteres)} (« ${c.extrait} »)`);
      constats.push({
        regle: 'document-texte-invisible',
        gravite: 'avertissement',
        message: `Page ${p.numero} : du texte que la page ne montre pas n'a pas été lu : ${details.join(' ; ')}. Si le document a été modifié pour cacher ou changer un montant, demandez l'original.`,
        position,
      });
    }
    if (p.imagePleinePage && p.caracteres >= TEXTE_SUR_IMAGE) {
      constats.push({
        regle: 'document-texte-sur-image',
        gravite: 'information',
        message: `Page ${p.numero} : le texte est posé sur une image de toute la page ; Jauge a lu le texte, pas l'image. Si l'image est le scan d'une page, vérifiez que ses montants sont ceux du texte.`,
        position,
      });
    }
    for (const o of p.pages.filter((o) => o.quart !== 0)) {
      constats.push({ regle: 'document-texte-tourne', gravite: 'information', message: `Page ${p.numero} : du texte tourné ${QUARTS[o.quart]} a été lu dans son sens.`, position });
    }
    if (p.biais > 0) {
      constats.push({
        regle: 'document-texte-en-biais',
        gravite: 'information',
        message: `Page ${p.numero} : ${pluriel(p.biais, 'caractère')} écrits en biais (un filigrane ?) n'ont pas été lus.`,
        position,
      });
    }
    for (const police of p.polices) {
      const exemples = police.exemples.map((e) => `« ${e.dessine} » là où son texte dit « ${e.lu} »`).join(', ');
      constats.push({
        regle: 'document-police-trompeuse',
        gravite: 'avertissement',
        message:
          `Page ${p.numero} : la police « ${police.police} » dessine ${exemples} (${pluriel(police.glyphes, 'caractère')}) : le texte du PDF ne dit pas ce que la page montre. ` +
          (police.corrige ? 'Jauge a lu ce que la page montre ; vérifiez les montants de cette page sur le document imprimé.' : 'Vérifiez le texte de cette page sur le document imprimé.'),
        position,
      });
    }
  }
  return constats;
}

/** French amounts with a currency (`900 000 €`, `1 500 000,50 euros`, `300 k€`), in cents. */
export function montantsDe(texte: string): Set<number> {
  const montants = new Set<number>();
  const re = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?\s*(?:€|euros?\b|k€|M€)|\d+(?:,\d{1,2})?\s*(?:€|k€|M€)/g;
  for (const m of texte.matchAll(re)) {
    const lu = lireMontant(m[0]);
    if (lu.ok && lu.centimes > 0) montants.add(lu.centimes);
  }
  return montants;
}

/**
 * An invisible OCR layer against what the OCR read from the image, page by page: the layer's
 * amounts the image does not show are named (the layer was not read: the image was).
 */
export function comparerCoucheCachee(pages: readonly PageLue[], lignes: readonly LigneDocument[]): Constat[] {
  const constats: Constat[] = [];
  for (const p of pages) {
    if (p.texteInvisible.trim().length === 0) continue;
    const duCalque = montantsDe(p.texteInvisible);
    const deLImage = montantsDe(lignes.filter((l) => l.page === p.numero).map((l) => l.texte).join('\n'));
    const absents = [...duCalque].filter((m) => !deLImage.has(m));
    if (absents.length === 0) continue;
    constats.push({
      regle: 'document-couche-texte-discordante',
      gravite: 'avertissement',
      message: `Page ${p.numero} : la couche de texte invisible posée sur l'image porte des montants que l'image ne montre pas (${absents.slice(0, 4).map((m) => formaterMontant(m)).join(', ')}) : Jauge a lu l'image, pas cette couche.`,
      position: { page: p.numero },
    });
  }
  return constats;
}
