// The model behind the fake Google Doc (./document.ts): a body of paragraphs, list items and tables
// (rows of cells, each cell one paragraph or more), a header and a footer, and per-character text
// attributes (background, bold). Text views give the offsets Apps Script's Text elements use: a
// paragraph's own text, or a container's (Body.editAsText(), Table…) made of every paragraph it holds,
// depth first, separated by '\n' — as Body.getText() returns them.

export type TypeParagraphe = 'PARAGRAPH' | 'LIST_ITEM';

export interface Attributs {
  fond: string | null;
  gras: boolean;
}

export class Paragraphe {
  readonly sorte = 'paragraphe';
  parent: Conteneur | null = null;
  /** One entry per character, plus one for the paragraph's end (the '\n' a container's text puts after it). */
  attributs: Attributs[];
  constructor(
    public texte: string,
    public type: TypeParagraphe = 'PARAGRAPH',
    public titre: string = 'NORMAL',
  ) {
    this.attributs = Array.from({ length: texte.length + 1 }, () => ({ fond: null, gras: false }));
  }
}

export class Cellule {
  readonly sorte = 'cellule';
  parent: Rangee | null = null;
  readonly enfants: Paragraphe[] = [];
  constructor(paragraphes: Paragraphe[]) {
    for (const p of paragraphes) {
      p.parent = this;
      this.enfants.push(p);
    }
  }
}

export class Rangee {
  readonly sorte = 'rangee';
  parent: Tableau | null = null;
  readonly enfants: Cellule[] = [];
  constructor(cellules: Cellule[]) {
    for (const c of cellules) {
      c.parent = this;
      this.enfants.push(c);
    }
  }
}

export class Tableau {
  readonly sorte = 'tableau';
  parent: Section | null = null;
  readonly enfants: Rangee[] = [];
  constructor(rangees: Rangee[]) {
    for (const r of rangees) {
      r.parent = this;
      this.enfants.push(r);
    }
  }
}

/** The body, a header or a footer. */
export class Section {
  readonly sorte = 'section';
  readonly parent = null;
  readonly enfants: Array<Paragraphe | Tableau> = [];
  constructor(public readonly type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION') {}
  ajouter(e: Paragraphe | Tableau, index = this.enfants.length): void {
    e.parent = this;
    this.enfants.splice(index, 0, e);
  }
}

export type Conteneur = Section | Cellule;
export type Noeud = Section | Paragraphe | Tableau | Rangee | Cellule;

/** Every paragraph a node holds, depth first (Body.getParagraphs() order). */
export function paragraphesDe(n: Noeud): Paragraphe[] {
  if (n instanceof Paragraphe) return [n];
  return (n.enfants as Noeud[]).flatMap((e) => paragraphesDe(e));
}

/** The text of a node as Apps Script gives it: its paragraphs joined by '\n'. */
export function texteDe(n: Noeud): string {
  return paragraphesDe(n)
    .map((p) => p.texte)
    .join('\n');
}

/**
 * A Text element's view over paragraphs: offset ↔ (paragraph, index). Index `texte.length` of a
 * paragraph that is not the last one is the '\n' after it.
 */
export class VueTexte {
  constructor(readonly paragraphes: readonly Paragraphe[]) {}

  get texte(): string {
    return this.paragraphes.map((p) => p.texte).join('\n');
  }

  /** Characters a paragraph takes in this view: its text, and the '\n' after it unless it is the last. */
  private largeur(k: number): number {
    return this.paragraphes[k]!.texte.length + (k < this.paragraphes.length - 1 ? 1 : 0);
  }

  /** The paragraph and index of an offset, or null past the end. */
  private situer(offset: number): { k: number; i: number } | null {
    if (!Number.isInteger(offset) || offset < 0) return null;
    let o = 0;
    for (let k = 0; k < this.paragraphes.length; k++) {
      const n = this.largeur(k);
      if (offset < o + n) return { k, i: offset - o };
      o += n;
    }
    return null;
  }

  attributsA(offset: number): Attributs | null {
    const s = this.situer(offset);
    return s ? this.paragraphes[s.k]!.attributs[s.i]! : null;
  }

  /** Starts of runs of identical attributes (Text.getTextAttributeIndices()). */
  indices(): number[] {
    const indices: number[] = [];
    let avant: string | null = null;
    let o = 0;
    for (let k = 0; k < this.paragraphes.length; k++) {
      const p = this.paragraphes[k]!;
      for (let i = 0; i < this.largeur(k); i++, o++) {
        const a = p.attributs[i]!;
        const cle = `${a.fond}|${a.gras}`;
        if (cle !== avant) indices.push(o);
        avant = cle;
      }
    }
    return indices.length > 0 ? indices : [0];
  }

  /** Applies `f` to the attributes of offsets debut…finInclusive. */
  modifier(debut: number, finInclusive: number, f: (a: Attributs) => void): void {
    const s = this.situer(debut);
    if (!s) return;
    let { k, i } = s;
    for (let o = debut; o <= finInclusive && k < this.paragraphes.length; o++) {
      f(this.paragraphes[k]!.attributs[i]!);
      if (++i >= this.largeur(k)) {
        k++;
        i = 0;
      }
    }
  }

  /** Inserts text at an offset, with the attributes of the character before it (as typing does). */
  inserer(offset: number, ajout: string): void {
    let o = 0;
    for (const p of this.paragraphes) {
      if (offset <= o + p.texte.length) {
        const i = offset - o;
        const modele = p.attributs[Math.max(0, i - 1)] ?? { fond: null, gras: false };
        p.texte = p.texte.slice(0, i) + ajout + p.texte.slice(i);
        p.attributs.splice(i, 0, ...Array.from({ length: ajout.length }, () => ({ ...modele })));
        return;
      }
      o += p.texte.length + 1;
    }
    throw new Error(`Décalage hors du texte : ${offset}.`);
  }
}

// ---- A document from a convention's text ---------------------------------------------------------

const TITRE = /^(#{1,6})\s+(.*)$/;
const PUCE = /^\s*[-*•]\s+(.*)$/;
const GRAS = /\*\*([^*]+)\*\*/g;

/** A paragraph from one line: `## Titre` a heading, `- item` a list item, `**gras**` bold. */
export function paragrapheDepuisLigne(ligne: string): Paragraphe {
  let texte = ligne;
  let type: TypeParagraphe = 'PARAGRAPH';
  let titre = 'NORMAL';
  const t = TITRE.exec(texte);
  const puce = t ? null : PUCE.exec(texte);
  if (t) {
    texte = t[2]!;
    titre = `HEADING${t[1]!.length}`;
  } else if (puce) {
    texte = puce[1]!;
    type = 'LIST_ITEM';
  }
  const gras: Array<[number, number]> = [];
  let sans = '';
  let dernier = 0;
  for (const m of texte.matchAll(GRAS)) {
    sans += texte.slice(dernier, m.index);
    gras.push([sans.length, sans.length + m[1]!.length]);
    sans += m[1];
    dernier = m.index! + m[0].length;
  }
  sans += texte.slice(dernier);
  const p = new Paragraphe(sans, type, titre);
  for (const [de, a] of gras) for (let i = de; i < a; i++) p.attributs[i]!.gras = true;
  return p;
}

/**
 * A Docs-like body from a convention's text, as a person pasting it into Docs would get it: headings,
 * list items and bold from the markdown marks, each run of tab-separated lines a real table (short rows
 * completed with empty cells: Docs tables are rectangular), every other line a paragraph.
 */
export function corpsDepuisTexte(texte: string): Section {
  const corps = new Section('BODY_SECTION');
  const lignes = texte.split(/\r\n|\r|\n/);
  if (lignes.length > 1 && lignes[lignes.length - 1] === '') lignes.pop();
  for (let i = 0; i < lignes.length; ) {
    if (!lignes[i]!.includes('\t')) {
      corps.ajouter(paragrapheDepuisLigne(lignes[i]!));
      i++;
      continue;
    }
    const bloc: string[][] = [];
    while (i < lignes.length && lignes[i]!.includes('\t')) bloc.push(lignes[i++]!.split('\t'));
    const largeur = Math.max(...bloc.map((r) => r.length));
    // A header row shorter than the rows under it (`AE⇥CP` over `2024⇥…⇥…`) sits over their last
    // columns, its top-left cell empty, as in the seeds' `⇥AE⇥CP`; any other short row ends with empty cells.
    const complete = (r: string[], k: number) => (k === 0 && r.length < largeur && bloc.length > 1 ? [...Array<string>(largeur - r.length).fill(''), ...r] : r);
    corps.ajouter(
      new Tableau(bloc.map((r, k) => new Rangee(Array.from({ length: largeur }, (_, c) => new Cellule([paragrapheDepuisLigne(complete(r, k)[c] ?? '')]))))),
    );
  }
  return corps;
}

/** What the person sees, as lines: a paragraph each, a table row each (cells tab-separated, a cell's paragraphs joined by a space). */
export function texteVisible(corps: Section): string {
  return corps.enfants
    .flatMap((e) => (e instanceof Paragraphe ? [e.texte] : e.enfants.map((r) => r.enfants.map((c) => c.enfants.map((p) => p.texte).join(' ')).join('\t'))))
    .join('\n');
}
