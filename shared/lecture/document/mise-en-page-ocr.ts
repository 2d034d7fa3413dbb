// Lays out the words an OCR engine recognised on a scanned page into the lines the convention
// reader expects. The OCR runs in sparse mode (tables keep every cell that way, but each cell
// comes back as its own "line"), so rows are rebuilt from vertical overlap, and the cells of a
// table from the x positions of its rows: an empty cell (`2025 | | 600 000 €`) stays empty.
// Each line keeps the lowest confidence of its words: one doubtful word makes the line doubtful.

/** A word as the OCR engine saw it: text, confidence 0–100, box in pixels. */
export interface MotOcr {
  texte: string;
  confiance: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A run of words the engine put on one line (in sparse mode: a phrase or a table cell). */
export interface SegmentOcr {
  mots: MotOcr[];
}

export interface LigneOcr {
  texte: string;
  confiance: number;
}

interface Segment {
  texte: string;
  confiance: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function fusionner(mots: readonly MotOcr[]): Segment {
  return {
    texte: mots.map((m) => m.texte).join(' '),
    confiance: Math.min(...mots.map((m) => m.confiance)),
    x0: Math.min(...mots.map((m) => m.x0)),
    x1: Math.max(...mots.map((m) => m.x1)),
    y0: Math.min(...mots.map((m) => m.y0)),
    y1: Math.max(...mots.map((m) => m.y1)),
  };
}

// A table's vertical rules come back as "|", "[", "“|"…: they separate cells, they are not text.
const REGLE_DE_TABLEAU = /^[|[\]¦!“”"‘’]+$/;

/** An OCR line cut where a table rule or a column gap separates its words. */
function decouper(segment: SegmentOcr, ecart: number): Segment[] {
  const sortie: Segment[] = [];
  let courant: MotOcr[] = [];
  const clore = (): void => {
    if (courant.length) sortie.push(fusionner(courant));
    courant = [];
  };
  for (const brut of segment.mots) {
    const texte = brut.texte.trim().replace(/^[|¦]+|[|¦]+$/g, '');
    if (texte === '' || REGLE_DE_TABLEAU.test(texte)) {
      clore();
      continue;
    }
    const precedent = courant[courant.length - 1];
    if (precedent && brut.x0 - precedent.x1 > ecart) clore();
    courant.push({ ...brut, texte });
  }
  clore();
  return sortie;
}

const milieu = (s: { y0: number; y1: number }): number => (s.y0 + s.y1) / 2;

/** Segments whose vertical spans overlap by half the smaller height sit on one row. */
function enRangees(segments: Segment[]): Segment[][] {
  const rangees: { y0: number; y1: number; segments: Segment[] }[] = [];
  for (const s of [...segments].sort((a, b) => milieu(a) - milieu(b))) {
    const hauteur = s.y1 - s.y0;
    const rangee = rangees.find((r) => {
      const recouvrement = Math.min(r.y1, s.y1) - Math.max(r.y0, s.y0);
      return recouvrement >= 0.5 * Math.min(hauteur, r.y1 - r.y0);
    });
    if (rangee) {
      rangee.segments.push(s);
      rangee.y0 = Math.min(rangee.y0, s.y0);
      rangee.y1 = Math.max(rangee.y1, s.y1);
    } else rangees.push({ y0: s.y0, y1: s.y1, segments: [s] });
  }
  return rangees.sort((a, b) => milieu(a) - milieu(b)).map((r) => r.segments.sort((a, b) => a.x0 - b.x0));
}

/** A row's segments merged where the gap is a word space, split where it is a column gap. */
function cellules(rangee: Segment[], ecart: number): Segment[] {
  const sortie: Segment[] = [];
  for (const s of rangee) {
    const precedente = sortie[sortie.length - 1];
    if (precedente && s.x0 - precedente.x1 < ecart) {
      sortie[sortie.length - 1] = {
        texte: `${precedente.texte} ${s.texte}`,
        confiance: Math.min(precedente.confiance, s.confiance),
        x0: precedente.x0,
        x1: Math.max(precedente.x1, s.x1),
        y0: Math.min(precedente.y0, s.y0),
        y1: Math.max(precedente.y1, s.y1),
      };
    } else sortie.push(s);
  }
  return sortie;
}

/** Left edges of the columns of a table: x positions of its cells, clustered. */
function colonnes(rangees: Segment[][], tolerance: number): number[] {
  const bords = rangees.flatMap((r) => r.map((c) => c.x0)).sort((a, b) => a - b);
  const groupes: number[][] = [];
  for (const x of bords) {
    const dernier = groupes[groupes.length - 1];
    if (dernier && x - dernier[dernier.length - 1]! <= tolerance) dernier.push(x);
    else groupes.push([x]);
  }
  return groupes.map((g) => g[0]!);
}

/** A laid-out row before paragraphs are joined: its cells (one for prose) and where it sits. */
interface Rangee {
  cellules: string[];
  confiance: number;
  x0: number;
  y0: number;
  y1: number;
  tableau: boolean;
}

function rangee(segments: Segment[], cellules: string[], tableau: boolean): Rangee {
  return {
    cellules,
    confiance: Math.min(...segments.map((c) => c.confiance)),
    x0: Math.min(...segments.map((c) => c.x0)),
    y0: Math.min(...segments.map((c) => c.y0)),
    y1: Math.max(...segments.map((c) => c.y1)),
    tableau,
  };
}

function ligneDeTableau(segments: Segment[], bords: number[]): Rangee {
  const textes: string[] = bords.map(() => '');
  for (const c of segments) {
    let k = 0;
    for (let i = 0; i < bords.length; i++) if (Math.abs(bords[i]! - c.x0) < Math.abs(bords[k]! - c.x0)) k = i;
    textes[k] = textes[k] ? `${textes[k]} ${c.texte}` : c.texte;
  }
  while (textes.length && textes[textes.length - 1] === '') textes.pop();
  return rangee(segments, textes, true);
}

// A list item starts a new line even when it follows the previous one closely (the OCR reads
// bullets as », •, ·, -, – or a dot).
const PUCE = /^[»•·\-–*.]\s/;

/** Two texts a line or page break cut: a word hyphenated at the line's end is rejoined. */
export function recoller(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/**
 * Physical lines back into the paragraphs the convention reader reads (one paragraph a line, as
 * in the seeds), and a table cell's wrapped lines back into its row: both are lines closer to the
 * previous one than a paragraph's or a row's spacing.
 */
function joindre(rangees: Rangee[], hauteurTexte: number): Rangee[] {
  const sortie: Rangee[] = [];
  for (const r of rangees) {
    const avant = sortie[sortie.length - 1];
    const ecart = avant ? r.y0 - avant.y1 : Infinity;
    if (avant && !avant.tableau && !r.tableau && ecart < 0.7 * hauteurTexte && r.x0 > avant.x0 - hauteurTexte && !PUCE.test(r.cellules[0]!)) {
      sortie[sortie.length - 1] = { ...avant, cellules: [recoller(avant.cellules[0]!, r.cellules[0]!)], confiance: Math.min(avant.confiance, r.confiance), y1: r.y1 };
    } else if (avant?.tableau && r.tableau && ecart < 0.45 * hauteurTexte && r.cellules[0] === '') {
      const cellules = Array.from({ length: Math.max(avant.cellules.length, r.cellules.length) }, (_, k) =>
        [avant.cellules[k] ?? '', r.cellules[k] ?? ''].filter((c) => c !== '').join(' '),
      );
      sortie[sortie.length - 1] = { ...avant, cellules, confiance: Math.min(avant.confiance, r.confiance), y1: r.y1 };
    } else sortie.push(r);
  }
  return sortie;
}

/** The lines of one page, top to bottom; table rows as tab-separated cells aligned on the table's columns. */
export function lignesOcr(segmentsOcr: readonly SegmentOcr[]): LigneOcr[] {
  const hauteurs = segmentsOcr
    .flatMap((s) => s.mots)
    .filter((m) => m.texte.trim() !== '')
    .map((m) => m.y1 - m.y0)
    .sort((a, b) => a - b);
  if (!hauteurs.length) return [];
  const hauteurTexte = hauteurs[Math.floor(hauteurs.length / 2)]!;
  // A gap wider than about two letters is a column gap, not a space between words.
  const ecart = 1.2 * hauteurTexte;
  const segments = segmentsOcr.flatMap((s) => decouper(s, ecart));
  const rangees = enRangees(segments).map((r) => cellules(r, ecart));
  const misesEnPage: Rangee[] = [];
  for (let i = 0; i < rangees.length; ) {
    if (rangees[i]!.length < 2) {
      misesEnPage.push(rangee(rangees[i]!, [rangees[i]![0]!.texte], false));
      i++;
      continue;
    }
    let j = i;
    const gauche = Math.min(...rangees[i]!.map((c) => c.x0));
    // A lone cell right under a row, away from the left column, is the rest of a wrapped cell.
    const suite = (r: Segment[], avant: Segment[]): boolean =>
      r.length === 1 && r[0]!.x0 > gauche + 2 * hauteurTexte && r[0]!.y0 - Math.max(...avant.map((c) => c.y1)) < 0.45 * hauteurTexte;
    while (j < rangees.length && (rangees[j]!.length >= 2 || suite(rangees[j]!, rangees[j - 1]!))) j++;
    const tableau = rangees.slice(i, j);
    const bords = colonnes(tableau, 2 * hauteurTexte);
    for (const r of tableau) misesEnPage.push(ligneDeTableau(r, bords));
    i = j;
  }
  return joindre(misesEnPage, hauteurTexte).map((r) => ({ texte: r.cellules.join('\t'), confiance: r.confiance }));
}

/**
 * A paragraph a page break cut, joined again: the page's last line does not end a sentence and
 * the next page's first line goes on with it (lower case, a bracket or a parenthesis). Table rows
 * are never joined. The joined line keeps the first page's place and the lower confidence.
 */
export function recollerPages<L extends { texte: string; page: number; confiance?: number }>(lignes: readonly L[]): L[] {
  const sortie: L[] = [];
  for (const l of lignes) {
    const avant = sortie[sortie.length - 1];
    const coupe =
      avant &&
      avant.page !== l.page &&
      !avant.texte.includes('\t') &&
      !l.texte.includes('\t') &&
      !/[.!?:;»]$/.test(avant.texte.trim()) &&
      /^[\p{Ll}[(]/u.test(l.texte.trim());
    if (coupe) {
      const confiance = Math.min(avant.confiance ?? 100, l.confiance ?? 100);
      sortie[sortie.length - 1] = { ...avant, texte: recoller(avant.texte, l.texte), ...(avant.confiance !== undefined ? { confiance } : {}) };
    } else sortie.push(l);
  }
  return sortie;
}
