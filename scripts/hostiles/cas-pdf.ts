// The campaign's PDF inputs, written by hand so that what each page shows is exactly known: broken
// files (truncated, circular page tree, corrupt streams, deep nesting, lying counts) and the
// visibility cases (VISIBILITE_PDF): each must read as the page shows it, and say what it left.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE, JAMAIS_LU, LECTURE_VISIBLE } from './bureautique';
import type { CasHostile } from './cas';
import { assemblerPdf, chainePdf, COLONNES, contenuConvention, HAUTEUR, LARGEUR, pdfPages, texte, yDuree, yRangeeSuivante, type Objets } from './pdf-brut';

const FIXTURES_DOCUMENTS = path.resolve(import.meta.dirname, '../../test/fixtures/documents');

const base = () => assemblerPdf(pdfPages([{ contenu: contenuConvention() }]));
const pdfCas = (nom: string, quoi: string, octets: () => Uint8Array, attendu: CasHostile['attendu'], profond = false): CasHostile => ({ nom, quoi, commande: 'parse', octets, attendu, ...(profond ? { profond } : {}) });

/** The hidden 2026 row and end date, drawn with `avant` … `apres` around each text (white, clipped, invisible…). */
function cachesDessines(avant: string, apres = ''): string {
  const y = yRangeeSuivante();
  const rangee = CACHE.rangee.map((t, i) => `${avant}\n${texte(t, COLONNES[i]!, y)}\n${apres}`).join('\n');
  return `${rangee}\n${avant}\n${texte(`s'achève le ${CACHE.fin}`, 300, yDuree() + 40)}\n${apres}`;
}

/** A font that draws Helvetica's glyphs but whose ToUnicode map says each « 5 » is a « 9 ». */
const POLICE_MENTEUSE = (() => {
  const cmap =
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Menteuse def /CMapType 2 def\n' +
    '1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <35> <0039> endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end';
  return { police: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>', cmap };
})();

function pdfToUnicodeMenteur(): Uint8Array {
  // The 2025 row's AE cell is drawn with /F2: the page shows « 50 000 € », the map says « 90 000 € ».
  const contenu = contenuConvention({ cellule: (t, x, y) => texte(t, x, y, t === '50 000 €' ? 'F2' : 'F1') });
  const objets: Objets = pdfPages([{ contenu, polices: { F2: POLICE_MENTEUSE.police } }]);
  // pdfPages numbers: 1 catalogue, 2 pages, 3 F1, 4 F2, 5 contents, 6 page: the ToUnicode stream goes last, renumbered.
  objets.corps.push(`<< /Length ${POLICE_MENTEUSE.cmap.length} >>\nstream\n${POLICE_MENTEUSE.cmap}\nendstream`);
  objets.corps[3] = objets.corps[3]!.replace('6 0 R', `${objets.corps.length} 0 R`);
  return assemblerPdf(objets);
}

const rotation = (a: number, b: number, c: number, d: number, e: number, f: number) => assemblerPdf(pdfPages([{ contenu: `q ${a} ${b} ${c} ${d} ${e} ${f} cm\n${contenuConvention()}\nQ` }]));

/**
 * Two columns: the convention's prose up to the échéancier on the left, the échéancier and what
 * follows on the right, each from the top of the page, in a font small enough for half a page.
 */
function deuxColonnes(): Uint8Array {
  const lignes = contenuConvention().split('\n').filter((l) => l.includes(' Td '));
  const yDe = (op: string) => Number(/(\d+(?:\.\d+)?) Td/.exec(op)![1]);
  // The table's first row starts at its year cell, the op just before its first column-2 cell.
  const milieu = lignes.findIndex((l) => l.includes(`${COLONNES[1]} `)) - 1;
  /** Half the size and half the spacing, from `depuis` (PDF y of the column's first line) down from the page's top line. */
  const colonne = (ops: string[], dx: number, depuis: number) => {
    const haut = yDe(lignes[0]!);
    return ops.map((op) =>
      op
        .replace('11 Tf', '6 Tf')
        .replace(/(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) Td/, (_, x: string, y: string) => `${Number(x) / 2 + dx} ${haut - (depuis - Number(y)) / 2} Td`),
    );
  };
  const gauche = colonne(lignes.slice(0, milieu), 20, yDe(lignes[0]!));
  const droite = colonne(lignes.slice(milieu), 310, yDe(lignes[milieu]!));
  return assemblerPdf(pdfPages([{ contenu: [...gauche, ...droite].join('\n') }]));
}

/** The finding that says what a page hid, and why (the hidden text is quoted there, and only there). */
const laisse = (pourquoi: RegExp) => [new RegExp(`Page 1 : du texte que la page ne montre pas n'a pas été lu : \\d+ caractères ${pourquoi.source}`)];
const visible = (en_plus: RegExp[] = []): CasHostile['attendu'] => ({ code: 0, sortie: [...LECTURE_VISIBLE, ...en_plus], jamais: JAMAIS_LU });

/** Visibility: each reads as the page shows it (never the hidden 2026 row, 900 000 € or 2030), and says what it left. */
export const VISIBILITE_PDF: CasHostile[] = (
  [
    ['pdf-texte-blanc.pdf', 'texte blanc sur page blanche (ligne 2026, date 2030)', () => assemblerPdf(pdfPages([{ contenu: contenuConvention({ apres: cachesDessines('q 1 1 1 rg', 'Q') }) }])), visible(laisse(/de la couleur du fond/))],
    [
      'pdf-sous-rectangle-blanc.pdf',
      'texte recouvert de rectangles blancs',
      () => assemblerPdf(pdfPages([{ contenu: contenuConvention({ apres: `${cachesDessines('')}\nq 1 1 1 rg 60 ${HAUTEUR - yRangeeSuivante() - 4} 480 14 re f 290 ${HAUTEUR - yDuree() - 44} 260 14 re f Q` }) }])),
      visible(laisse(/recouverts par une forme ou une image/)),
    ],
    ['pdf-hors-decoupe.pdf', 'texte hors du découpage (clip de 1 point)', () => assemblerPdf(pdfPages([{ contenu: contenuConvention({ apres: cachesDessines('q 0 0 1 1 re W n', 'Q') }) }])), visible(laisse(/hors de la zone découpée/))],
    ['pdf-mode-3.pdf', 'texte en mode de rendu 3 (invisible)', () => assemblerPdf(pdfPages([{ contenu: contenuConvention({ apres: cachesDessines('q', 'Q').replace(/BT /g, 'BT 3 Tr ') }) }])), visible(laisse(/en mode de rendu invisible/))],
    ['pdf-hors-page.pdf', 'texte hors de la page (x = 2 000)', () => assemblerPdf(pdfPages([{ contenu: contenuConvention({ apres: `q 1 0 0 1 2000 0 cm\n${cachesDessines('')}\nQ` }) }])), visible(laisse(/hors de la page/))],
    ['pdf-rotation-90.pdf', 'contenu tourné de 90° dans une page droite', () => rotation(0, 1, -1, 0, LARGEUR, 0), visible([/texte tourné d'un quart de tour \(vers la gauche\) a été lu dans son sens/])],
    ['pdf-rotation-180.pdf', 'contenu tourné de 180°', () => rotation(-1, 0, 0, -1, LARGEUR, HAUTEUR), visible([/texte tourné à l'envers a été lu dans son sens/])],
    ['pdf-deux-colonnes.pdf', 'page en deux colonnes', deuxColonnes, visible()],
    ['pdf-tounicode-menteur.pdf', 'police dont la table ToUnicode ment (50 000 dessiné, 90 000 dans la table)', pdfToUnicodeMenteur, visible([/la police « Helvetica » dessine « 5 » là où son texte dit « 9 »/])],
  ] as const
).map(([nom, quoi, octets, attendu]) => pdfCas(nom, quoi, octets, attendu));

/** Nested arrays `[[[…]]]` `n` deep in the page dictionary. */
const imbrique = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** Refusals of PDF.js's deepest failures: its English becomes a French reason (pdf.ts, raisonPdfJs). */
export const REFUS_PDF_PROFONDS: CasHostile[] = [
  pdfCas('pdf-arbre-circulaire.pdf', 'arbre des pages circulaire', () => assemblerPdf({ corps: ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>'], racine: 1 }), { code: 2, sortie: [/pdf-arbre-circulaire\.pdf.*référence circulaire/] }),
  pdfCas('pdf-imbrication-100000.pdf', '100 000 tableaux imbriqués dans une page', () => assemblerPdf({ ...pdfPages([{ contenu: contenuConvention() }]), corps: pdfPages([{ contenu: contenuConvention() }]).corps.map((c, i) => (i === 4 ? c.replace('/Type /Page', `/Type /Page /Piege ${imbrique(100_000)}`) : c)) }), { code: 2, sortie: [/pdf-imbrication-100000\.pdf/] }),
];

export const CAS_PDF: CasHostile[] = [
  pdfCas('pdf-de-base.pdf', 'la convention de base, écrite à la main', base, { code: 0, sortie: LECTURE_VISIBLE, jamais: JAMAIS_LU }),
  pdfCas('pdf-tronque.pdf', 'PDF coupé aux deux tiers', () => base().slice(0, Math.floor(base().length * 0.66)), { code: 2, sortie: [/« [^»]*pdf-tronque\.pdf »/] }),
  pdfCas('pdf-en-tete-seul.pdf', '« %PDF-1.7 » et rien d’autre', () => new TextEncoder().encode('%PDF-1.7\n'), { code: 2, sortie: [/pdf-en-tete-seul\.pdf/] }),
  pdfCas('pdf-compte-menteur.pdf', 'une page qui en déclare un million (PDF.js compte les vraies)', () => assemblerPdf({ ...pdfPages([{ contenu: contenuConvention() }]), corps: pdfPages([{ contenu: contenuConvention() }]).corps.map((c, i) => (i === 1 ? c.replace('/Count 1', '/Count 1000000') : c)) }), { code: 0, sortie: LECTURE_VISIBLE }),
  pdfCas('pdf-xref-faussee.pdf', 'table des objets décalée (réparable)', () => assemblerPdf(pdfPages([{ contenu: contenuConvention() }]), { xrefFausse: true }), { code: 0, sortie: LECTURE_VISIBLE }),
  pdfCas('pdf-sans-eof.pdf', 'sans %%EOF final', () => assemblerPdf(pdfPages([{ contenu: contenuConvention() }]), { sansFin: true }), { code: 0, sortie: LECTURE_VISIBLE }),
  pdfCas('pdf-flux-corrompu.pdf', 'flux FlateDecode corrompu', () => assemblerPdf({ corps: ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${LARGEUR} ${HAUTEUR}] /Contents 4 0 R >>`, `<< /Length 200 /Filter /FlateDecode >>\nstream\n${'\xff'.repeat(200)}\nendstream`], racine: 1 }), { code: 2, sortie: [/pdf-flux-corrompu\.pdf/] }),
  pdfCas('pdf-300-pages.pdf', '300 pages', () => assemblerPdf(pdfPages(Array.from({ length: 300 }, (_, i) => ({ contenu: texte(`Page ${i + 1}`, 72, 72) })))), { code: 2, sortie: [/a 300 pages : Jauge en lit 100 au plus/] }),
  pdfCas('pdf-page-geante.pdf', 'page de 5 m sur 5 m', () => assemblerPdf(pdfPages([{ contenu: contenuConvention(), mediaBox: '[0 0 14400 14400]' }])), { code: 0 }),
  pdfCas('pdf-chaine-de-1-mo.pdf', 'une chaîne de 1 Mo dans le contenu', () => assemblerPdf(pdfPages([{ contenu: `${contenuConvention()}\nBT /F1 1 Tf 0 0 Td ${chainePdf('x'.repeat(1 << 20))} Tj ET` }])), { code: 0, sortie: LECTURE_VISIBLE }),
  pdfCas('pdf-chiffre.pdf', 'PDF protégé par un mot de passe', () => readFileSync(path.join(FIXTURES_DOCUMENTS, 'chiffre.pdf')), { code: 2, sortie: [/protégé par un mot de passe/] }),
];
