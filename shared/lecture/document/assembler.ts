// From the glyph runs of every page to the document's lines: physical lines, running headers
// dropped, paragraphs and tables rebuilt, a paragraph cut by a page break joined again, and one
// blank line between blocks, as in the seeds (paragraph per line, table rows as tab-joined cells).
import { retirerEnTetes, type PageLignes } from './en-tetes';
import { blocs, joindreLignes, lignesPhysiques, type Bloc, type LignePhysique, type PageFragments } from './mise-en-page';
import type { LigneDocument } from './types';

export interface TexteMisEnPage {
  lignes: LigneDocument[];
  /** Header, footer and page-number lines dropped. */
  enTetesRetires: number;
}

/** The right edge of the text: where most full lines end (the 90th percentile of line ends). */
function bordDroit(pages: readonly PageLignes[]): number {
  const fins = pages.flatMap((p) => p.lignes.filter((l) => l.segments.length === 1).map((l) => l.x1)).sort((a, b) => a - b);
  return fins.length === 0 ? Infinity : fins[Math.floor((fins.length - 1) * 0.9)]!;
}

/**
 * Words of the document, to undo a word processor's hyphenation: `conven-` / `tion` becomes
 * `convention` when the document writes « convention » elsewhere and never « conven-tion ».
 */
function motsDuDocument(pages: readonly PageLignes[]): Set<string> {
  const mots = new Set<string>();
  for (const p of pages) for (const l of p.lignes) for (const s of l.segments) for (const m of s.texte.toLowerCase().split(/[\s,.;:!?()«»"']+/)) if (m) mots.add(m);
  return mots;
}

function joindreAvecMots(mots: Set<string>) {
  return (a: string, b: string): string => {
    const coupe = /(\p{L}+)-$/u.exec(a);
    const suite = /^(\p{Ll}+)/u.exec(b);
    if (coupe && suite) {
      const entier = (coupe[1]! + suite[1]!).toLowerCase();
      const compose = `${coupe[1]!}-${suite[1]!}`.toLowerCase();
      if (mots.has(entier) && !mots.has(compose)) return a.slice(0, -1) + b;
    }
    return joindreLignes(a, b);
  };
}

const texteLigne = (l: LignePhysique) => l.segments.map((s) => s.texte).join(' ');

export function assembler(pagesFragments: readonly PageFragments[]): TexteMisEnPage {
  const brutes: PageLignes[] = pagesFragments.map((p) => ({ numero: p.numero, hauteur: p.hauteur, lignes: lignesPhysiques(p) }));
  const { pages, retirees } = retirerEnTetes(brutes);
  const droite = bordDroit(pages);
  const joindre = joindreAvecMots(motsDuDocument(pages));

  // Blocks of all pages, a paragraph cut by a page break joined to its end on the next page.
  const tous: Bloc[] = [];
  for (const p of pages) {
    p.lignes.forEach((l, i) => (l.numero = i + 1));
    for (const [k, b] of blocs(p.lignes, droite).entries()) {
      const precedent = tous[tous.length - 1];
      const derniere = precedent?.type === 'paragraphe' ? precedent.lignes[precedent.lignes.length - 1] : undefined;
      const continue_ =
        b.type === 'paragraphe' &&
        derniere !== undefined &&
        derniere.page !== b.lignes[0]!.page &&
        k === 0 &&
        derniere.x1 >= droite - 3 * derniere.taille &&
        !/[.:;!?»]$/.test(texteLigne(derniere)) &&
        /^[\p{Ll}\d(]/u.test(texteLigne(b.lignes[0]!));
      // A table cut by the page break goes on (the header row a browser or a word processor repeats goes).
      const suiteTableau = k === 0 && b.type === 'tableau' && precedent?.type === 'tableau' && precedent.rangees[0]!.cellules.length === b.rangees[0]!.cellules.length;
      if (continue_ && precedent?.type === 'paragraphe') precedent.lignes.push(...b.lignes);
      else if (suiteTableau && precedent?.type === 'tableau') {
        const entete = precedent.rangees[0]!.cellules.join('\t');
        precedent.rangees.push(...b.rangees.filter((r, n) => n > 0 || r.cellules.join('\t') !== entete));
      } else tous.push(b);
    }
  }

  const lignes: LigneDocument[] = [];
  const ajouter = (texte: string, l: LignePhysique) => lignes.push({ texte, page: l.page, ligne: l.numero });
  for (const b of tous) {
    if (lignes.length > 0) {
      const avant = lignes[lignes.length - 1]!;
      lignes.push({ texte: '', page: avant.page, ligne: avant.ligne });
    }
    if (b.type === 'paragraphe') ajouter(b.lignes.map(texteLigne).reduce(joindre, ''), b.lignes[0]!);
    else for (const r of b.rangees) ajouter(r.cellules.join('\t'), r.ligne);
  }
  return { lignes, enTetesRetires: retirees };
}
